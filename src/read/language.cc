// Language identification with CLD2 (see language.h).
#include "read/language.h"

#include <cld2/public/compact_lang_det.h>

#include <algorithm>

namespace chorus {

std::string DetectLanguage(std::string_view utf8) {
  size_t n = std::min<size_t>(utf8.size(), 1 << 16);
  while (n > 0 && n < utf8.size() && (static_cast<unsigned char>(utf8[n]) & 0xC0) == 0x80) --n;
  bool reliable = false;
  int valid = 0;
  const CLD2::Language lang =
      CLD2::DetectLanguageCheckUTF8(utf8.data(), static_cast<int>(n),
                                    /*is_plain_text=*/true, &reliable, &valid);
  if (!reliable || lang == CLD2::UNKNOWN_LANGUAGE) return {};
  return CLD2::LanguageCode(lang);
}

}  // namespace chorus
