// Text safety and layout helpers for the renderers: strict UTF-8 repair (each ill-formed
// byte becomes U+FFFD, as the WHATWG decoder does for lone bytes), control-character removal
// for terminals, code-point column counting and greedy word wrap.
#include "render/render_util.h"

#include <algorithm>
#include <set>

namespace chorus::render {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

// Length of the well-formed UTF-8 sequence at s[i] and its code point; 0 when ill-formed.
size_t DecodeAt(std::string_view s, size_t i, char32_t* cp) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t len = 0;
  char32_t v = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    v = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    v = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    v = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    const auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    v = (v << 6) | (cc & 0x3F);
  }
  if ((len == 3 && v < 0x800) || (len == 4 && v < 0x10000) || v > 0x10FFFF ||
      (v >= 0xD800 && v <= 0xDFFF)) {
    return 0;
  }
  *cp = v;
  return len;
}

bool IsSpaceOrControl(char32_t c) {
  return c <= 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool IsCombining(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
         (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
         (c >= 0xFE20 && c <= 0xFE2F) || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F);
}

// Byte length of the first code point of valid UTF-8 text at i.
size_t CodePointLength(std::string_view s, size_t i) {
  char32_t cp = 0;
  const size_t n = DecodeAt(s, i, &cp);
  return n == 0 ? 1 : n;
}

}  // namespace

std::string ValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    char32_t cp = 0;
    const size_t n = DecodeAt(text, i, &cp);
    if (n == 0) {
      out += kReplacement;
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

std::string OneLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < text.size()) {
    char32_t cp = 0;
    size_t n = DecodeAt(text, i, &cp);
    std::string_view piece = text.substr(i, n);
    if (n == 0) {
      piece = kReplacement;
      n = 1;
      cp = 0xFFFD;
    }
    i += n;
    if (IsSpaceOrControl(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(piece);
  }
  return out;
}

size_t Columns(std::string_view text) {
  size_t cols = 0;
  size_t i = 0;
  while (i < text.size()) {
    char32_t cp = 0xFFFD;
    const size_t n = DecodeAt(text, i, &cp);
    i += n == 0 ? 1 : n;
    if (!IsCombining(cp)) ++cols;
  }
  return cols;
}

std::string Truncate(std::string_view text, size_t max_columns) {
  if (Columns(text) <= max_columns) return std::string(text);
  if (max_columns == 0) return std::string();
  // Keep max_columns - 1 columns, then the ellipsis.
  size_t cols = 0;
  size_t i = 0;
  size_t last_space = std::string_view::npos;
  while (i < text.size()) {
    const size_t n = CodePointLength(text, i);
    char32_t cp = 0;
    DecodeAt(text, i, &cp);
    if (!IsCombining(cp)) {
      if (cols + 1 > max_columns - 1) break;
      ++cols;
    }
    if (text[i] == ' ') last_space = i;
    i += n;
  }
  size_t cut = i;
  if (last_space != std::string_view::npos && last_space * 3 > i * 2) cut = last_space;
  std::string out(text.substr(0, cut));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + std::string(kEllipsis);
}

std::string Pad(std::string_view text, size_t width, bool right_align) {
  const size_t cols = Columns(text);
  const std::string fill(cols < width ? width - cols : 0, ' ');
  return right_align ? fill + std::string(text) : std::string(text) + fill;
}

std::vector<std::string> Wrap(std::string_view text, size_t width) {
  std::vector<std::string> lines;
  std::string line;
  size_t line_cols = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j == i) break;
    const std::string_view word = text.substr(i, j - i);
    const size_t cols = Columns(word);
    if (!line.empty() && line_cols + 1 + cols > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_cols = 0;
    }
    if (!line.empty()) {
      line += ' ';
      ++line_cols;
    }
    line.append(word);
    line_cols += cols;
    i = j;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

std::string Count(size_t n, std::string_view singular, std::string_view plural) {
  return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

SourceIndex::SourceIndex(const Brief& brief) {
  for (const SourceInfo& s : brief.sources) {
    if (number_.count(s.id) != 0) continue;
    number_[s.id] = number_.size() + 1;
    const bool has_outlet = s.outlet && !OneLine(*s.outlet).empty();
    label_[s.id] = OneLine(has_outlet ? *s.outlet : s.id);
  }
}

size_t SourceIndex::Number(const std::string& id) const {
  const auto it = number_.find(id);
  return it == number_.end() ? 0 : it->second;
}

std::string SourceIndex::Label(const std::string& id) const {
  const auto it = label_.find(id);
  return it == label_.end() ? OneLine(id) : it->second;
}

std::vector<size_t> SourceIndex::Numbers(const std::vector<std::string>& ids) const {
  std::set<size_t> numbers;
  for (const std::string& id : ids) {
    if (const size_t n = Number(id); n != 0) numbers.insert(n);
  }
  return {numbers.begin(), numbers.end()};
}

std::string SourceIndex::Cite(const std::vector<std::string>& ids) const {
  const std::vector<size_t> numbers = Numbers(ids);
  if (numbers.empty()) return "";
  std::string out = "[";
  for (size_t k = 0; k < numbers.size(); ++k) {
    if (k != 0) out += ',';
    out += std::to_string(numbers[k]);
  }
  return out + "]";
}

const Fact* FindFact(const Brief& brief, const std::string& id) {
  for (const Fact& f : brief.facts) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

namespace {

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\n'; });
}

void AddGap(std::string_view gap, std::vector<SummaryPiece>* pieces) {
  if (!IsBlank(gap)) pieces->push_back(SummaryPiece{std::string(gap), {}});
}

}  // namespace

std::vector<SummaryPiece> SplitSummary(const Brief& brief) {
  const std::string_view text = brief.summary.text;
  std::vector<SummaryPiece> pieces;
  std::vector<std::string> all_sources;
  size_t pos = 0;
  bool matched = false;
  for (const std::string& id : brief.summary.facts) {
    const Fact* fact = FindFact(brief, id);
    if (fact == nullptr) continue;
    all_sources.insert(all_sources.end(), fact->sources.begin(), fact->sources.end());
    const size_t at = fact->text.empty() ? std::string_view::npos : text.find(fact->text, pos);
    if (at == std::string_view::npos) continue;
    matched = true;
    AddGap(text.substr(pos, at - pos), &pieces);
    pieces.push_back(SummaryPiece{fact->text, fact->sources});
    pos = at + fact->text.size();
  }
  if (!matched) {
    if (IsBlank(text)) return {};
    return {SummaryPiece{std::string(text), all_sources}};
  }
  AddGap(text.substr(pos), &pieces);
  return pieces;
}

std::vector<SourceRemovals> GroupRemovals(const Brief& brief) {
  std::vector<SourceRemovals> groups;
  std::map<std::string, size_t> at;
  for (const SourceInfo& s : brief.sources) {
    if (at.count(s.id) == 0) {
      at[s.id] = groups.size();
      groups.push_back(SourceRemovals{s.id, {}, {}});
    }
  }
  for (const Removal& r : brief.removed) {
    if (at.count(r.span.source) == 0) {
      at[r.span.source] = groups.size();
      groups.push_back(SourceRemovals{r.span.source, {}, {}});
    }
    SourceRemovals& g = groups[at[r.span.source]];
    g.items.push_back(&r);
    auto it = std::find_if(g.counts.begin(), g.counts.end(),
                           [&](const auto& c) { return c.first == r.reason; });
    if (it == g.counts.end()) {
      g.counts.emplace_back(r.reason, 1);
    } else {
      ++it->second;
    }
  }
  std::erase_if(groups, [](const SourceRemovals& g) { return g.items.empty(); });
  return groups;
}

std::vector<std::pair<std::string, std::vector<std::string>>> VariantKinds(const Quote& quote) {
  static constexpr std::string_view kOrder[] = {"verbatim", "partial", "paraphrase", "translation"};
  std::vector<std::pair<std::string, std::vector<std::string>>> kinds;
  for (std::string_view k : kOrder) kinds.emplace_back(std::string(k), std::vector<std::string>{});
  for (const QuoteVariant& v : quote.variants) {
    auto it =
        std::find_if(kinds.begin(), kinds.end(), [&](const auto& k) { return k.first == v.kind; });
    if (it == kinds.end()) {
      kinds.emplace_back(v.kind, std::vector<std::string>{});
      it = std::prev(kinds.end());
    }
    it->second.push_back(v.span.source);
  }
  std::erase_if(kinds, [](const auto& k) { return k.second.empty(); });
  return kinds;
}

}  // namespace chorus::render
