// The story engine shared by `chorus cluster` (no store) and `chorus ingest` (SQLite store):
// near-duplicate detection (MinHash + LSH) in front of online clustering.
//
//   StoryEngine engine(EngineOptions{});
//   ArticleSketch sk = engine.Sketch(doc);       // pure: features + MinHash signature
//   Placement p = engine.Place(sk);              // p.story, p.similarity, p.copy_of
//   engine.Restore(sk, story, copy_of);          // rebuilding the state of a saved store
//
// Articles are numbered 0, 1, ... in the order they are placed or restored; stories too.
// A near-duplicate (estimated Jaccard of 5-word shingles >= copy_jaccard) of an earlier
// article is a copy of that article's origin and joins its story without changing the
// story's centroid. Dated near-duplicates more than copy_days apart are placed as new
// articles (a re-run of an old report is not a copy of it).
#ifndef CHORUS_CLUSTER_ENGINE_H_
#define CHORUS_CLUSTER_ENGINE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chorus/document.h"
#include "cluster/features.h"
#include "cluster/minhash.h"
#include "cluster/online_clusterer.h"

namespace chorus::cluster {

struct EngineOptions {
  FeatureOptions features;
  ClusterOptions cluster;
  double copy_jaccard = 0.8;  // near-duplicate threshold on estimated shingle Jaccard
  double copy_days = 7;       // dated near-duplicates further apart are re-runs, not copies
};

struct ArticleSketch {
  ArticleFeatures features;
  MinHash minhash{};
};

struct Placement {
  uint32_t story = 0;
  double similarity = 0;  // to the story before joining; Jaccard for a copy
  bool new_story = true;
  std::optional<uint32_t> copy_of;  // article number of the origin this copies
};

class StoryEngine {
 public:
  explicit StoryEngine(EngineOptions options = {});

  ArticleSketch Sketch(const Document& doc) const;
  // Counts document frequencies of a whole batch before placing it (batch callers only).
  void PrimeDf(const ArticleSketch& sketch) { clusterer_.PrimeDf(sketch.features); }

  Placement Place(const ArticleSketch& sketch);
  void Restore(const ArticleSketch& sketch, uint32_t story, std::optional<uint32_t> copy_of);

  const OnlineClusterer& clusterer() const { return clusterer_; }
  const EngineOptions& options() const { return options_; }
  size_t article_count() const { return origin_.size(); }
  size_t story_count() const { return clusterer_.story_count(); }

 private:
  std::optional<std::pair<uint32_t, double>> FindOrigin(const ArticleSketch& sketch) const;
  void Remember(const ArticleSketch& sketch, uint32_t story, std::optional<uint32_t> copy_of);

  EngineOptions options_;
  OnlineClusterer clusterer_;
  LshIndex lsh_;
  std::vector<uint32_t> story_of_;   // per article
  std::vector<uint32_t> origin_;     // per article: itself, or the origin it copies
  std::vector<MinHash> signatures_;  // of origins only; index into by sig_index_
  std::vector<uint32_t> sig_index_;  // per article: index into signatures_ (origins)
  std::vector<float> published_;     // per origin signature: days since 1970, NaN unknown
};

}  // namespace chorus::cluster

#endif  // CHORUS_CLUSTER_ENGINE_H_
