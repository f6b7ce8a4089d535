#include "util/text_util.h"

#include <unicode/uchar.h>

namespace chorus {

bool IsUtf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len = 0;
    uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (int k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += len;
  }
  return true;
}

char32_t NextCodePoint(std::string_view s, size_t* pos) {
  const size_t i = *pos;
  const auto c = static_cast<unsigned char>(s[i]);
  int len = 1;
  char32_t cp = c;
  if (c >= 0x80) {
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      *pos = i + 1;
      return 0xFFFD;
    }
    if (i + len > s.size()) {
      *pos = s.size();
      return 0xFFFD;
    }
    for (int k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) {
        *pos = i + 1;
        return 0xFFFD;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
  }
  *pos = i + len;
  return cp;
}

bool IsSpaceCp(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0; }

int CountWords(std::string_view text) {
  int words = 0;
  bool in_word = false;
  size_t pos = 0;
  while (pos < text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    char32_t c = byte;
    bool alnum = false;
    if (byte < 0x80) {  // ASCII fast path: same answer as u_isalnum, no decoding
      ++pos;
      alnum = (byte >= '0' && byte <= '9') || ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z');
    } else {
      c = NextCodePoint(text, &pos);
      alnum = u_isalnum(static_cast<UChar32>(c)) != 0;
    }
    if (alnum && !in_word) ++words;
    if (alnum) {
      in_word = true;
    } else if (in_word && (c == '\'' || c == U'\u2019' || c == '-') && pos < text.size()) {
      size_t peek = pos;
      in_word = u_isalnum(static_cast<UChar32>(NextCodePoint(text, &peek))) != 0;
    } else {
      in_word = false;
    }
  }
  return words;
}

TextSpan TrimSpan(std::string_view text, TextSpan span) {
  uint32_t b = span.begin;
  uint32_t e = span.end;
  while (b < e) {
    size_t p = b;
    const char32_t c = NextCodePoint(text, &p);
    if (!IsSpaceCp(c) && c != 0xFEFF) break;
    b = static_cast<uint32_t>(p);
  }
  while (e > b) {
    uint32_t start = e - 1;
    while (start > b && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    size_t p = start;
    const char32_t c = NextCodePoint(text, &p);
    if (!IsSpaceCp(c) && c != 0xFEFF) break;
    e = start;
  }
  return {b, e};
}

std::vector<TextSpan> SplitLines(std::string_view text, TextSpan within) {
  std::vector<TextSpan> lines;
  uint32_t start = within.begin;
  for (uint32_t i = within.begin; i < within.end; ++i) {
    if (text[i] == '\n') {
      uint32_t end = i;
      if (end > start && text[end - 1] == '\r') --end;
      lines.push_back({start, end});
      start = i + 1;
    }
  }
  if (start < within.end) {
    uint32_t end = within.end;
    if (end > start && text[end - 1] == '\r') --end;
    lines.push_back({start, end});
  }
  return lines;
}

bool EndsLikeSentence(std::string_view text) {
  while (!text.empty()) {
    const char c = text.back();
    if (c == '.' || c == '!' || c == '?') return true;
    if (c == '"' || c == '\'' || c == ')') {
      text.remove_suffix(1);
    } else if (text.ends_with("\u201D") || text.ends_with("\u2019")) {
      text.remove_suffix(3);  // closing quotation marks after the terminal mark
    } else if (text.ends_with("\u00BB")) {
      text.remove_suffix(2);
    } else {
      return false;
    }
  }
  return false;
}

std::vector<std::string_view> DataLines(std::string_view data) {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (!line.empty() && line.front() != '#') lines.push_back(line);
  }
  return lines;
}

}  // namespace chorus
