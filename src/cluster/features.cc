// Article features for story clustering, after the feature families of Miranda et al. 2018
// ("Multilingual Clustering of Streaming News", EMNLP): TF-IDF-ready word stems of the title
// and lead, named entities, plus the quote and figure overlaps that distinguish two events of
// the same kind (two earthquakes share words, not magnitudes or quotes). Entities are found
// without a tagger: a capitalised, non-stopword token that does not open a sentence, and
// the pair of adjacent such tokens ("Mark Teixeira").
#include "cluster/features.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

#include "segment/tokenizer.h"

namespace chorus::cluster {
namespace {

constexpr int kKindShift = 62;

uint64_t HashOf(FeatureKind kind, std::string_view text) {
  const uint64_t h = XXH3_64bits_withSeed(text.data(), text.size(), static_cast<uint64_t>(kind));
  return (h >> 2) | (static_cast<uint64_t>(kind) << kKindShift);
}

// Cuts text to at most max_bytes without splitting a UTF-8 sequence.
std::string_view Prefix(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  return text.substr(0, n);
}

bool GapEndsSentence(std::string_view gap) {
  for (char c : gap) {
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == ';') return true;
  }
  return false;
}

bool IsOpenQuote(std::string_view s, size_t i, size_t* len) {
  if (s.compare(i, 3, "\xE2\x80\x9C") == 0) {  // “
    *len = 3;
    return true;
  }
  if (s[i] == '"') {
    *len = 1;
    return true;
  }
  return false;
}

// Marks, per token, whether it lies inside quotation marks (“...” or "...").
std::vector<bool> InsideQuotes(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<std::pair<uint32_t, uint32_t>> regions;
  for (size_t i = 0; i < text.size(); ++i) {
    size_t len = 0;
    if (!IsOpenQuote(text, i, &len)) continue;
    const bool curly = len == 3;
    const size_t close = curly ? text.find("\xE2\x80\x9D", i + 3) : text.find('"', i + 1);
    if (close == std::string_view::npos) break;
    regions.emplace_back(static_cast<uint32_t>(i + len), static_cast<uint32_t>(close));
    i = close;
  }
  std::vector<bool> inside(tokens.size(), false);
  size_t r = 0;
  for (size_t t = 0; t < tokens.size(); ++t) {
    while (r < regions.size() && regions[r].second <= tokens[t].span.begin) ++r;
    inside[t] = r < regions.size() && regions[r].first <= tokens[t].span.begin;
  }
  return inside;
}

bool LooksTitleCase(const std::vector<Token>& tokens) {
  int words = 0;
  int caps = 0;
  for (const Token& t : tokens) {
    if (!t.Is(kTokWord) || t.Is(kTokStopword)) continue;
    ++words;
    caps += t.Is(kTokCapitalised) ? 1 : 0;
  }
  return words > 0 && caps * 10 >= words * 7;
}

// Calls emit(kind, key, count_weight, surface) for every feature occurrence of one text part.
template <typename Emit>
void WalkPart(std::string_view text, double word_boost, bool entities, Emit&& emit) {
  const std::vector<Token> tokens = Tokenize(text, 0);
  const std::vector<bool> quoted = InsideQuotes(text, tokens);
  entities = entities && !LooksTitleCase(tokens);
  bool prev_entity = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const uint32_t gap_begin = i == 0 ? 0 : tokens[i - 1].span.end;
    const bool starts = i == 0 || GapEndsSentence(text.substr(gap_begin, t.span.begin - gap_begin));
    if (t.Is(kTokNumber)) {
      emit(FeatureKind::kFigure, t.norm, 1.0, t.norm);
      if (i + 1 < tokens.size() && tokens[i + 1].Is(kTokWord) &&
          tokens[i + 1].span.begin - t.span.end <= 2) {
        emit(FeatureKind::kFigure, t.norm + " " + tokens[i + 1].stem, 1.0,
             text.substr(t.span.begin, tokens[i + 1].span.end - t.span.begin));
      }
    } else if (t.Is(kTokWord) && !t.Is(kTokStopword) && t.norm.size() > 1) {
      emit(FeatureKind::kWord, t.stem, word_boost, t.norm);
    }
    const bool entity = entities && t.Is(kTokWord) && t.Is(kTokCapitalised) &&
                        !t.Is(kTokStopword) && !starts && !quoted[i];
    if (entity) {
      emit(FeatureKind::kEntity, t.norm, 1.0, text.substr(t.span.begin, t.span.size()));
      if (prev_entity && !GapEndsSentence(text.substr(gap_begin, t.span.begin - gap_begin))) {
        const uint32_t b = tokens[i - 1].span.begin;
        emit(FeatureKind::kEntity, tokens[i - 1].norm + " " + t.norm, 1.0,
             text.substr(b, t.span.end - b));
      }
    }
    prev_entity = entity;
    if (quoted[i] && i >= 2 && quoted[i - 1] && quoted[i - 2]) {
      const uint32_t b = tokens[i - 2].span.begin;
      emit(FeatureKind::kQuote, tokens[i - 2].norm + " " + tokens[i - 1].norm + " " + t.norm, 1.0,
           text.substr(b, t.span.end - b));
    }
  }
}

// The title and the lead of the body, as separate parts.
std::pair<std::string_view, std::string_view> TitleAndLead(const Document& doc, int lead_words) {
  std::string_view title = doc.title ? std::string_view(*doc.title) : std::string_view();
  std::string_view body = doc.body.empty() ? std::string_view(doc.text) : doc.Slice(doc.body);
  if (doc.title && doc.body.empty() && !doc.title_span.empty()) {
    body = std::string_view(doc.text).substr(doc.title_span.end);
  }
  // Generous byte budget (about 12 bytes a word), trimmed to whole words by the tokenizer.
  return {title, Prefix(body, static_cast<size_t>(lead_words) * 12)};
}

template <typename Emit>
void WalkDocument(const Document& doc, const FeatureOptions& o, Emit&& emit) {
  const auto [title, lead] = TitleAndLead(doc, o.lead_words);
  if (!title.empty()) WalkPart(title, o.title_boost, true, emit);
  int words = 0;
  WalkPart(lead, 1.0, true,
           [&](FeatureKind kind, const std::string& key, double w, std::string_view surface) {
             if (kind == FeatureKind::kWord && ++words > o.lead_words) return;
             if (words > o.lead_words) return;
             emit(kind, key, w, surface);
           });
}

double KindWeight(FeatureKind kind, const FeatureOptions& o) {
  switch (kind) {
    case FeatureKind::kWord:
      return o.word_weight;
    case FeatureKind::kEntity:
      return o.entity_weight;
    case FeatureKind::kQuote:
      return o.quote_weight;
    case FeatureKind::kFigure:
      return o.figure_weight;
  }
  return 0;
}

int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {  // Howard Hinnant's algorithm
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

bool ReadInt(std::string_view s, size_t pos, size_t len, int* out) {
  if (pos + len > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + len; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

}  // namespace

std::string_view FeatureKindName(FeatureKind kind) {
  static constexpr std::string_view kNames[] = {"word", "entity", "quote", "figure"};
  return kNames[static_cast<int>(kind)];
}

FeatureKind KindOf(uint64_t hash) { return static_cast<FeatureKind>(hash >> kKindShift); }

ArticleFeatures ExtractFeatures(const Document& doc, const FeatureOptions& options) {
  std::unordered_map<uint64_t, double> tf;
  WalkDocument(doc, options,
               [&](FeatureKind kind, const std::string& key, double w, std::string_view) {
                 tf[HashOf(kind, key)] += w;
               });
  ArticleFeatures out;
  out.features.reserve(tf.size());
  for (const auto& [hash, count] : tf) {
    const double w = (1.0 + std::log(count)) * KindWeight(KindOf(hash), options);
    if (w > 0) out.features.push_back({hash, static_cast<float>(w)});
  }
  std::sort(out.features.begin(), out.features.end(),
            [](const Feature& a, const Feature& b) { return a.hash < b.hash; });
  out.published =
      doc.published ? ParseIsoDays(*doc.published) : std::numeric_limits<double>::quiet_NaN();
  return out;
}

std::vector<FeatureTerm> DescribeFeatures(const Document& doc, const FeatureOptions& options) {
  std::unordered_map<uint64_t, size_t> seen;
  std::vector<FeatureTerm> out;
  WalkDocument(doc, options,
               [&](FeatureKind kind, const std::string& key, double, std::string_view surface) {
                 const uint64_t h = HashOf(kind, key);
                 if (seen.emplace(h, out.size()).second)
                   out.push_back({h, kind, std::string(surface)});
               });
  return out;
}

double ParseIsoDays(std::string_view s) {
  int y = 0, m = 0, d = 0;
  if (!ReadInt(s, 0, 4, &y) || s.size() < 10 || s[4] != '-' || !ReadInt(s, 5, 2, &m) ||
      s[7] != '-' || !ReadInt(s, 8, 2, &d) || m < 1 || m > 12 || d < 1 || d > 31) {
    return std::numeric_limits<double>::quiet_NaN();
  }
  double days =
      static_cast<double>(DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)));
  int hh = 0, mm = 0;
  if (s.size() >= 16 && (s[10] == 'T' || s[10] == ' ') && ReadInt(s, 11, 2, &hh) && s[13] == ':' &&
      ReadInt(s, 14, 2, &mm)) {
    days += (hh * 60.0 + mm) / 1440.0;
  }
  return days;
}

}  // namespace chorus::cluster
