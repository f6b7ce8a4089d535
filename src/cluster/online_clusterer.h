// Online story clustering: each article joins the most similar existing story or starts a
// new one; candidate stories come from an inverted index, so the cost per article does not
// grow with the number of stories.
//
//   OnlineClusterer c(ClusterOptions{});
//   Assignment a = c.Add(ExtractFeatures(doc, {}));    // a.story, a.similarity, a.new_story
//   c.Similarity(features, a.story)                     // for explanations
//
// Similarity is the cosine of TF-IDF vectors (article vs. story centroid) over words,
// entities, quotes and figures, times a time decay when both sides carry dates. A story
// with enough members also asks a newcomer for a similarity close to its members' own
// (ClusterOptions::tight_factor), and an article such a story turns away does not settle for
// a much less similar story (ClusterOptions::settle_factor).
// Document frequencies are counted as articles arrive; PrimeDf() lets a batch caller
// count a whole input first.
#ifndef CHORUS_CLUSTER_ONLINE_CLUSTERER_H_
#define CHORUS_CLUSTER_ONLINE_CLUSTERER_H_

#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "cluster/features.h"
#include "cluster/flat_counter.h"

namespace chorus::cluster {

struct ClusterOptions {
  // Smoothed IDF: log((N + prior + 1) / (df + 0.5)), as if `prior` unseen documents never
  // contained the feature, so the first articles of a store are not matched on noise.
  double idf_prior_docs = 50;
  double threshold = 0.10;  // join the best story when similarity >= threshold and ...
  // ... once a story has `tight_members` members that joined it, also >= tight_factor x
  // their mean similarity when they joined: a story whose reports agree closely (one
  // event) does not take in a report that only shares its topic (a second event of the
  // same kind). Statistics of the story itself, no fixed list.
  double tight_factor = 0.85;
  int tight_members = 8;
  // An article that a story's tight rule turned away joins another story only when it is at
  // least settle_factor x as similar to it as to the story that refused it; otherwise it
  // starts a story. 0 turns this off.
  double settle_factor = 0.6;
  int candidates = 24;         // stories fully scored per article
  int query_features = 32;     // highest-weighted features used to look up candidates
  int posting_cap = 48;        // stories kept per feature in the index (most recent)
  int centroid_cap = 256;      // features kept per story centroid
  double time_grace_days = 2;  // no decay within this distance of the story's dates
  double time_scale_days = 4;  // then similarity *= exp(-excess / scale)
  // Similarity = sum over kinds of mix[kind] * cosine(kind); word, entity, quote, figure.
  std::array<double, 4> mix = {0.6, 0.15, 0.05, 0.2};
};

struct Assignment {
  uint32_t story = 0;
  double similarity = 0;  // to the story before joining (0 for a new story)
  bool new_story = true;
};

class OnlineClusterer {
 public:
  explicit OnlineClusterer(ClusterOptions options = {});

  // Counts the article's features in the document frequencies (Add does this unless primed).
  void PrimeDf(const ArticleFeatures& f);
  void SetPrimed(bool primed) { primed_ = primed; }

  Assignment Add(const ArticleFeatures& f);
  // Adds f to a known story (restoring saved state); story may be the next new id.
  void AddTo(const ArticleFeatures& f, uint32_t story);
  // Counts a member that does not change the centroid (a near-duplicate copy).
  void AddCopy(uint32_t story, double published);

  double Similarity(const ArticleFeatures& f, uint32_t story) const;
  double Idf(uint64_t hash) const;
  size_t story_count() const { return stories_.size(); }
  uint32_t story_size(uint32_t story) const { return stories_[story].members; }

 private:
  struct Story {
    std::vector<Feature> centroid;  // sorted by hash; sums of member weights
    std::array<double, 4> norm{};   // per kind, of the idf-weighted centroid
    double first = 0, last = 0;     // published range (NaN when no member has a date)
    uint32_t members = 0;
    uint32_t joined = 0;  // members placed into the story after its first
    double join_sum = 0;  // sum of their similarities when they joined
  };

  // f's weights times IDF (0 where the IDF is not positive), parallel to f.features.
  std::vector<float> Weighted(const ArticleFeatures& f) const;
  double Score(const ArticleFeatures& f, const std::vector<float>& weighted, uint32_t story) const;
  std::vector<Feature> QueryFeatures(const ArticleFeatures& f,
                                     const std::vector<float>& weighted) const;
  std::vector<uint32_t> CandidateStories(const std::vector<Feature>& query);
  void Join(const ArticleFeatures& f, const std::vector<Feature>& query, uint32_t story);
  double Required(const Story& s) const;  // similarity a newcomer needs to join s
  double TimeFactor(double published, const Story& s) const;
  void Index(const std::vector<Feature>& query, uint32_t story);
  void Merge(Story* s, const ArticleFeatures& f);
  void CountDf(const ArticleFeatures& f);

  ClusterOptions options_;
  bool primed_ = false;
  double docs_ = 0;
  FlatCounter df_;
  double log_total_ = 0;           // log(docs_ + idf_prior_docs + 1)
  std::vector<float> log_df_;      // log(df + 0.5) for small df
  std::vector<double> scratch_;    // per story: shared query weight (CandidateStories)
  std::vector<uint32_t> touched_;  // stories with a non-zero scratch_ entry
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings_;
  std::vector<Story> stories_;
};

}  // namespace chorus::cluster

#endif  // CHORUS_CLUSTER_ONLINE_CLUSTERER_H_
