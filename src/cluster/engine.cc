// Story engine: exact copies are the store's business (URL or content hash); here,
// near-duplicates found by MinHash/LSH (Broder 1997) are linked to their origin, and every
// other article goes through the online clusterer (Miranda et al. 2018).
#include "cluster/engine.h"

#include <cmath>
#include <utility>

namespace chorus::cluster {

StoryEngine::StoryEngine(EngineOptions options) : options_(options), clusterer_(options.cluster) {}

ArticleSketch StoryEngine::Sketch(const Document& doc) const {
  ArticleSketch sk;
  sk.features = ExtractFeatures(doc, options_.features);
  sk.minhash = MinHashOf(Shingles(doc.text));
  return sk;
}

std::optional<std::pair<uint32_t, double>> StoryEngine::FindOrigin(
    const ArticleSketch& sketch) const {
  const MinHash& sig = sketch.minhash;
  if (IsEmpty(sig)) return std::nullopt;
  const double t = sketch.features.published;
  std::optional<std::pair<uint32_t, double>> best;
  for (uint32_t a : lsh_.Candidates(sig)) {
    const double ta = published_[sig_index_[a]];
    if (t == t && ta == ta && std::abs(t - ta) > options_.copy_days) continue;
    const double j = EstimateJaccard(sig, signatures_[sig_index_[a]]);
    if (j >= options_.copy_jaccard && (!best || j > best->second)) best = {{a, j}};
  }
  return best;
}

void StoryEngine::Remember(const ArticleSketch& sketch, uint32_t story,
                           std::optional<uint32_t> copy_of) {
  const auto self = static_cast<uint32_t>(origin_.size());
  story_of_.push_back(story);
  if (copy_of && *copy_of < self) {
    origin_.push_back(origin_[*copy_of]);
    sig_index_.push_back(sig_index_[origin_[*copy_of]]);
    return;
  }
  origin_.push_back(self);
  sig_index_.push_back(static_cast<uint32_t>(signatures_.size()));
  signatures_.push_back(sketch.minhash);
  published_.push_back(static_cast<float>(sketch.features.published));
  if (!IsEmpty(sketch.minhash)) lsh_.Insert(sketch.minhash, self);
}

Placement StoryEngine::Place(const ArticleSketch& sketch) {
  Placement p;
  if (const auto origin = FindOrigin(sketch)) {
    p.copy_of = origin_[origin->first];
    p.story = story_of_[*p.copy_of];
    p.similarity = origin->second;
    p.new_story = false;
    clusterer_.AddCopy(p.story, sketch.features.published);
  } else {
    const Assignment a = clusterer_.Add(sketch.features);
    p.story = a.story;
    p.similarity = a.similarity;
    p.new_story = a.new_story;
  }
  Remember(sketch, p.story, p.copy_of);
  return p;
}

void StoryEngine::Restore(const ArticleSketch& sketch, uint32_t story,
                          std::optional<uint32_t> copy_of) {
  if (copy_of && *copy_of < origin_.size()) {
    clusterer_.AddCopy(story, sketch.features.published);
  } else {
    clusterer_.AddTo(sketch.features, story);
  }
  Remember(sketch, story, copy_of);
}

}  // namespace chorus::cluster
