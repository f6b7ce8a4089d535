// What the story clusterer sees of an article: weighted, hashed features of four kinds.
//
//   ArticleFeatures f = ExtractFeatures(doc, FeatureOptions{});
//   f.features   -> sorted (hash, weight) pairs: words, entities, quotes, figures
//   f.published  -> days since 1970 (NaN when the article has no date)
//   std::vector<FeatureTerm> why = DescribeFeatures(doc, FeatureOptions{});  // readable forms
//
// Words are Snowball stems of the title and lead (the first `lead_words` words of the body)
// without stopwords; entities are capitalised words that do not start a sentence; quotes
// are word trigrams inside quotation marks; figures are a number with the word after it
// ("160 million", "7.6 magnitude"). Each kind is hashed into its own space, so a stem and
// an entity never collide. Weights are 1 + log(tf), times the kind's weight.
#ifndef CHORUS_CLUSTER_FEATURES_H_
#define CHORUS_CLUSTER_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chorus/document.h"

namespace chorus::cluster {

enum class FeatureKind : uint8_t { kWord = 0, kEntity = 1, kQuote = 2, kFigure = 3 };
std::string_view FeatureKindName(FeatureKind kind);  // "word", "entity", "quote", "figure"

struct FeatureOptions {
  int lead_words = 120;      // body words that count as the lead
  double title_boost = 2.0;  // title words count this many times
  double word_weight = 1.0;  // per-kind weights
  double entity_weight = 1.0;
  double quote_weight = 0.6;
  double figure_weight = 0.6;
};

struct Feature {
  uint64_t hash = 0;  // kind in the top 2 bits
  float weight = 0;
};

struct ArticleFeatures {
  std::vector<Feature> features;  // sorted by hash, unique
  double published = 0;           // days since 1970-01-01; NaN when unknown
  bool HasDate() const { return published == published; }
};

// A feature in readable form, for explanations.
struct FeatureTerm {
  uint64_t hash = 0;
  FeatureKind kind = FeatureKind::kWord;
  std::string text;  // the stem, entity, quote trigram or figure as written
};

FeatureKind KindOf(uint64_t hash);

ArticleFeatures ExtractFeatures(const Document& doc, const FeatureOptions& options);
std::vector<FeatureTerm> DescribeFeatures(const Document& doc, const FeatureOptions& options);

// "2024-05-03", "2024-05-03T10:00:00Z", ... -> days since 1970 (fractional); NaN if unparsable.
double ParseIsoDays(std::string_view iso);

}  // namespace chorus::cluster

#endif  // CHORUS_CLUSTER_FEATURES_H_
