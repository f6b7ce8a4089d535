// Language identification with CLD2 (see language.h).
#include "read/language.h"

#include <cld2/public/compact_lang_det.h>

#include <algorithm>

namespace chorus {
namespace {

constexpr size_t kLanguageSampleBytes = 4 << 10;

}  // namespace

std::string DetectLanguage(std::string_view utf8) {
  // The first 4 KB decide: CLD2 is reliable from a few hundred bytes of prose, and its
  // cost grows with the text (5 % of `chorus extract` when it read up to 64 KB).
  size_t n = std::min<size_t>(utf8.size(), kLanguageSampleBytes);
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
