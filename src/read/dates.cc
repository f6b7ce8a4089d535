// Date normalisation to ISO 8601 for the formats found in pages and feeds: ISO 8601 and its
// common variants (2019/11/19, "2019-11-19 13:00"), RFC 822/1123 (RSS pubDate), and
// month-name dates ("November 19, 2019", "19 Nov 2019").
#include "read/dates.h"

#include <array>
#include <cctype>
#include <cstdio>

namespace chorus {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};

bool Digits(std::string_view s, size_t at, size_t n, int* v) {
  if (at + n > s.size()) return false;
  int x = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    x = x * 10 + (s[i] - '0');
  }
  *v = x;
  return true;
}

int MonthOf(std::string_view word) {
  if (word.size() < 3) return 0;
  std::string w;
  for (char c : word.substr(0, 3))
    w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (w == kMonths[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool ValidDate(int y, int m, int d) {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

std::string FormatDate(int y, int m, int d) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// "13:00", "13:00:05" at s[at]; appends "THH:MM:SS" and the zone if one follows.
void AppendTime(std::string_view s, size_t at, std::string* out) {
  int hh = 0, mm = 0, ss = 0;
  if (!Digits(s, at, 2, &hh) || at + 2 >= s.size() || s[at + 2] != ':' ||
      !Digits(s, at + 3, 2, &mm)) {
    return;
  }
  size_t i = at + 5;
  if (i < s.size() && s[i] == ':' && Digits(s, i + 1, 2, &ss)) i += 3;
  while (i < s.size() && (s[i] == '.' || std::isdigit(static_cast<unsigned char>(s[i])))) ++i;
  if (hh > 23 || mm > 59 || ss > 60) return;
  char buf[48];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hh, mm, ss);
  out->append(buf);
  while (i < s.size() && s[i] == ' ') ++i;
  if (i >= s.size()) return;
  if (s[i] == 'Z' || s.substr(i).starts_with("GMT") || s.substr(i).starts_with("UTC")) {
    out->push_back('Z');
  } else if ((s[i] == '+' || s[i] == '-') && Digits(s, i + 1, 2, &hh)) {
    int zm = 0;
    const size_t m_at = (i + 3 < s.size() && s[i + 3] == ':') ? i + 4 : i + 3;
    Digits(s, m_at, 2, &zm);
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", s[i], hh, zm);
    out->append(buf);
  }
}

std::string IsoLike(std::string_view s) {
  int y = 0, m = 0, d = 0;
  if (!Digits(s, 0, 4, &y) || s.size() < 10) return {};
  const char sep = s[4];
  if ((sep != '-' && sep != '/' && sep != '.') || s[7] != sep) return {};
  if (!Digits(s, 5, 2, &m) || !Digits(s, 8, 2, &d) || !ValidDate(y, m, d)) return {};
  std::string out = FormatDate(y, m, d);
  if (s.size() > 11 && (s[10] == 'T' || s[10] == ' ')) AppendTime(s, 11, &out);
  return out;
}

// Words of s split at spaces, commas and dots.
std::array<std::string_view, 6> Words(std::string_view s, size_t* n) {
  std::array<std::string_view, 6> w{};
  *n = 0;
  size_t i = 0;
  while (i < s.size() && *n < w.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '.')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != ',') ++j;
    if (j > i) w[(*n)++] = s.substr(i, j - i);
    i = j;
  }
  return w;
}

int Number(std::string_view w) {
  int v = 0;
  size_t k = 0;
  while (k < w.size() && std::isdigit(static_cast<unsigned char>(w[k])))
    v = v * 10 + (w[k++] - '0');
  return k == 0 || k > 4 ? -1 : v;
}

// RFC 822 ("Tue, 19 Nov 2019 13:00:00 GMT") and month-name dates.
std::string MonthName(std::string_view s) {
  size_t n = 0;
  const auto w = Words(s, &n);
  for (size_t i = 0; i + 2 < n + 1 && i < n; ++i) {
    const int m = MonthOf(w[i]);
    if (m == 0) continue;
    // "19 Nov 2019 13:00" or "November 19, 2019"
    if (i > 0 && i + 1 < n && ValidDate(Number(w[i + 1]), m, Number(w[i - 1]))) {
      std::string out = FormatDate(Number(w[i + 1]), m, Number(w[i - 1]));
      if (i + 2 < n) {
        const size_t at = static_cast<size_t>(w[i + 2].data() - s.data());
        AppendTime(s, at, &out);
      }
      return out;
    }
    if (i + 2 < n && ValidDate(Number(w[i + 2]), m, Number(w[i + 1]))) {
      return FormatDate(Number(w[i + 2]), m, Number(w[i + 1]));
    }
  }
  return {};
}

}  // namespace

std::string NormalizeDate(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  if (s.size() > 200) s = s.substr(0, 200);
  std::string iso = IsoLike(s);
  if (!iso.empty()) return iso;
  return MonthName(s);
}

}  // namespace chorus
