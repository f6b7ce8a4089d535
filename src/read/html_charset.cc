// Charset determination and conversion for web pages and feeds (see html_charset.h).
// Order as in the HTML spec's encoding sniffing algorithm: BOM, then a prescan of the first
// bytes for a declaration, then a guess (here: UTF-8 validity, then ICU's detector).
#include "read/html_charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "util/text_util.h"

namespace chorus {
namespace {

constexpr size_t kPrescanBytes = 8192;

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The charset label after `charset=` / `encoding=` at s[at].
std::string LabelAt(std::string_view s, size_t at) {
  while (at < s.size() && (s[at] == ' ' || s[at] == '"' || s[at] == '\'')) ++at;
  size_t end = at;
  while (end < s.size() && (std::isalnum(static_cast<unsigned char>(s[end])) || s[end] == '-' ||
                            s[end] == '_' || s[end] == ':' || s[end] == '.')) {
    ++end;
  }
  return std::string(s.substr(at, end - at));
}

bool HasMultibyte(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return (static_cast<unsigned char>(c) & 0x80) != 0; });
}

std::string CanonicalLabel(std::string label) {
  if (label == "iso-8859-1" || label == "latin1" || label == "latin-1" || label == "us-ascii" ||
      label == "ascii" || label == "iso8859-1" || label == "l1") {
    return "windows-1252";
  }
  if (label == "gb2312" || label == "gbk" || label == "x-gbk") return "gb18030";
  if (label == "utf8") return "utf-8";
  return label;
}

std::string Detect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&status);
  if (U_FAILURE(status)) return "windows-1252";
  const int32_t n = static_cast<int32_t>(std::min<size_t>(bytes.size(), 1 << 16));
  ucsdet_setText(det, bytes.data(), n, &status);
  const UCharsetMatch* m = ucsdet_detect(det, &status);
  std::string name = "windows-1252";
  if (U_SUCCESS(status) && m != nullptr) {
    const char* detected = ucsdet_getName(m, &status);
    if (U_SUCCESS(status) && detected != nullptr) name = LowerAscii(detected);
  }
  ucsdet_close(det);
  // Pages without a BOM are not UTF-16/32 (the HTML spec never sniffs them).
  if (name.starts_with("utf-16") || name.starts_with("utf-32")) return "windows-1252";
  return CanonicalLabel(name);
}

// IsUtf8 with a fast path over ASCII runs (most of a page's bytes are markup).
bool FastIsUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    while (i + 8 <= s.size()) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if ((w & 0x8080808080808080ULL) != 0) break;
      i += 8;
    }
    if (i >= s.size()) break;
    if ((static_cast<unsigned char>(s[i]) & 0x80) == 0) {
      ++i;
      continue;
    }
    // Multi-byte sequences consist of high-bit bytes only: validate each maximal run.
    size_t j = i;
    while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0x80) != 0) ++j;
    if (!IsUtf8(s.substr(i, j - i))) return false;
    i = j;
  }
  return true;
}

}  // namespace

std::string DeclaredCharset(std::string_view bytes) {
  const std::string head = LowerAscii(bytes.substr(0, kPrescanBytes));
  if (head.starts_with("<?xml")) {
    const size_t end = head.find("?>");
    const size_t enc = head.find("encoding=");
    if (enc != std::string::npos && enc < end) return LabelAt(head, enc + 9);
  }
  size_t at = 0;
  while ((at = head.find("<meta", at)) != std::string::npos) {
    const size_t end = head.find('>', at);
    const std::string_view tag =
        std::string_view(head).substr(at, end == std::string::npos ? std::string::npos : end - at);
    const size_t cs = tag.find("charset=");
    if (cs != std::string_view::npos) {
      std::string label = LabelAt(tag, cs + 8);
      if (!label.empty()) return label;
    }
    at += 5;
  }
  return {};
}

Result<std::string> DecodeWebBytes(std::string_view bytes, const std::string& name,
                                   std::string* charset) {
  std::string label;
  bool valid_utf8 = false;
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    label = "utf-8";
    valid_utf8 = FastIsUtf8(bytes);
  } else if (bytes.starts_with("\xFF\xFE")) {
    label = "utf-16le";
  } else if (bytes.starts_with("\xFE\xFF")) {
    label = "utf-16be";
  } else {
    label = CanonicalLabel(DeclaredCharset(bytes));
    valid_utf8 = FastIsUtf8(bytes);
    if (label.empty() || label == "utf-8" || label.starts_with("utf-16")) {
      // A page that reached us as 8-bit bytes is not UTF-16 whatever it says (HTML spec).
      label = valid_utf8 ? "utf-8" : (label == "utf-8" ? "utf-8" : Detect(bytes));
    } else if (valid_utf8 && HasMultibyte(bytes)) {
      label = "utf-8";
    }
  }
  *charset = label;
  if (label == "utf-8" && valid_utf8) return std::string(bytes);
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(label.c_str(), &status);
  if (U_FAILURE(status)) {
    label = Detect(bytes);
    *charset = label;
    status = U_ZERO_ERROR;
    conv = ucnv_open(label.c_str(), &status);
    if (U_FAILURE(status))
      return MakeError(ErrorCode::kEncoding, name + ": unknown charset " + label);
  }
  ucnv_close(conv);
  icu::UnicodeString u(
      bytes.data(), static_cast<int32_t>(std::min<size_t>(bytes.size(), INT32_MAX)), label.c_str());
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace chorus
