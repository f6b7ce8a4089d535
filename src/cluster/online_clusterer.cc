// Single-pass (online) story clustering after Miranda et al. 2018, "Multilingual Clustering
// of Streaming News" (EMNLP): an incoming article is compared with the centroids of candidate
// clusters on TF-IDF sparse features (words, entities; here also quote and figure overlaps),
// with a time term; it joins the best cluster when the score passes a threshold, otherwise it
// starts a new cluster. Candidates come from an inverted index over the article's most
// weighted (rare) features, each posting list capped to its most recent stories, so the work
// per article is bounded by query_features x posting_cap plus candidates x centroid_cap,
// whatever the number of stories.
#include "cluster/online_clusterer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace chorus::cluster {
namespace {

double Nan() { return std::numeric_limits<double>::quiet_NaN(); }

}  // namespace

OnlineClusterer::OnlineClusterer(ClusterOptions options) : options_(options) {}

void OnlineClusterer::CountDf(const ArticleFeatures& f) {
  docs_ += 1;
  for (const Feature& x : f.features) ++df_[x.hash];
}

void OnlineClusterer::PrimeDf(const ArticleFeatures& f) {
  CountDf(f);
  primed_ = true;
}

double OnlineClusterer::Idf(uint64_t hash) const {
  const auto it = df_.find(hash);
  const double df = it == df_.end() ? 0.0 : it->second;
  return std::log((docs_ + options_.idf_prior_docs + 1.0) / (df + 0.5));
}

std::vector<Feature> OnlineClusterer::QueryFeatures(const ArticleFeatures& f) const {
  std::vector<Feature> q;
  q.reserve(f.features.size());
  for (const Feature& x : f.features) {
    const double w = x.weight * Idf(x.hash);
    if (w > 0) q.push_back({x.hash, static_cast<float>(w)});
  }
  const size_t n = std::min<size_t>(q.size(), static_cast<size_t>(options_.query_features));
  std::partial_sort(q.begin(), q.begin() + static_cast<std::ptrdiff_t>(n), q.end(),
                    [](const Feature& a, const Feature& b) { return a.weight > b.weight; });
  q.resize(n);
  return q;
}

std::vector<uint32_t> OnlineClusterer::CandidateStories(const std::vector<Feature>& query) const {
  // (story, weight) pairs from the posting lists, summed per story after a sort: cheaper
  // than a hash map for the at most query_features x posting_cap entries.
  std::vector<std::pair<uint32_t, float>> hits;
  for (const Feature& x : query) {
    const auto it = postings_.find(x.hash);
    if (it == postings_.end()) continue;
    for (uint32_t s : it->second) hits.emplace_back(s, x.weight);
  }
  std::sort(hits.begin(), hits.end());
  std::vector<std::pair<double, uint32_t>> ranked;
  for (size_t i = 0; i < hits.size();) {
    double sum = 0;
    size_t j = i;
    for (; j < hits.size() && hits[j].first == hits[i].first; ++j) sum += hits[j].second;
    ranked.emplace_back(sum, hits[i].first);
    i = j;
  }
  const size_t n = std::min<size_t>(ranked.size(), static_cast<size_t>(options_.candidates));
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(n), ranked.end(),
                    [](const auto& a, const auto& b) {
                      return a.first != b.first ? a.first > b.first : a.second < b.second;
                    });
  std::vector<uint32_t> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) out.push_back(ranked[i].second);
  return out;
}

double OnlineClusterer::TimeFactor(double published, const Story& s) const {
  if (published != published || s.first != s.first) return 1.0;
  const double gap = std::max({0.0, s.first - published, published - s.last});
  const double excess = gap - options_.time_grace_days;
  return excess <= 0 ? 1.0 : std::exp(-excess / options_.time_scale_days);
}

double OnlineClusterer::Similarity(const ArticleFeatures& f, uint32_t story) const {
  if (story >= stories_.size()) return 0;
  const Story& s = stories_[story];
  std::array<double, 4> dot{}, dn{};
  size_t j = 0;
  for (const Feature& x : f.features) {
    const double idf = Idf(x.hash);
    if (idf <= 0) continue;
    const auto k = static_cast<size_t>(KindOf(x.hash));
    const double w = x.weight * idf;
    dn[k] += w * w;
    while (j < s.centroid.size() && s.centroid[j].hash < x.hash) ++j;
    if (j < s.centroid.size() && s.centroid[j].hash == x.hash) {
      dot[k] += w * s.centroid[j].weight * idf;
    }
  }
  double sim = 0, mass = 0;
  for (size_t k = 0; k < 4; ++k) {
    if (dn[k] <= 0 || s.norm[k] <= 0) continue;  // a kind neither side has does not count
    sim += options_.mix[k] * dot[k] / (std::sqrt(dn[k]) * s.norm[k]);
    mass += options_.mix[k];
  }
  if (mass <= 0) return 0;
  return sim / mass * TimeFactor(f.published, s);
}

void OnlineClusterer::Merge(Story* s, const ArticleFeatures& f) {
  std::vector<Feature> merged;
  merged.reserve(s->centroid.size() + f.features.size());
  size_t i = 0, j = 0;
  while (i < s->centroid.size() || j < f.features.size()) {
    if (j == f.features.size() ||
        (i < s->centroid.size() && s->centroid[i].hash < f.features[j].hash)) {
      merged.push_back(s->centroid[i++]);
    } else if (i == s->centroid.size() || f.features[j].hash < s->centroid[i].hash) {
      merged.push_back(f.features[j++]);
    } else {
      merged.push_back({s->centroid[i].hash, s->centroid[i].weight + f.features[j].weight});
      ++i, ++j;
    }
  }
  const size_t cap = static_cast<size_t>(options_.centroid_cap);
  if (merged.size() > cap) {  // keep the heaviest features (by idf-weighted mass)
    std::vector<std::pair<double, size_t>> order;
    order.reserve(merged.size());
    for (size_t k = 0; k < merged.size(); ++k) {
      order.emplace_back(merged[k].weight * Idf(merged[k].hash), k);
    }
    std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(cap), order.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<Feature> kept;
    kept.reserve(cap);
    for (size_t k = 0; k < cap; ++k) kept.push_back(merged[order[k].second]);
    std::sort(kept.begin(), kept.end(),
              [](const Feature& a, const Feature& b) { return a.hash < b.hash; });
    merged = std::move(kept);
  }
  s->centroid = std::move(merged);
  s->norm = {};
  for (const Feature& x : s->centroid) {
    const double w = x.weight * Idf(x.hash);
    s->norm[static_cast<size_t>(KindOf(x.hash))] += w * w;
  }
  for (double& n : s->norm) n = std::sqrt(n);
}

void OnlineClusterer::Index(const std::vector<Feature>& query, uint32_t story) {
  for (const Feature& x : query) {
    std::vector<uint32_t>& list = postings_[x.hash];
    if (std::find(list.rbegin(), list.rend(), story) != list.rend()) continue;
    list.push_back(story);
    if (list.size() > static_cast<size_t>(options_.posting_cap)) list.erase(list.begin());
  }
}

void OnlineClusterer::AddTo(const ArticleFeatures& f, uint32_t story) {
  if (!primed_) CountDf(f);
  if (story >= stories_.size()) {
    stories_.resize(story + 1, Story{{}, {}, Nan(), Nan(), 0});
  }
  Story& s = stories_[story];
  Merge(&s, f);
  AddCopy(story, f.published);
  Index(QueryFeatures(f), story);
}

void OnlineClusterer::AddCopy(uint32_t story, double published) {
  if (story >= stories_.size()) stories_.resize(story + 1, Story{{}, {}, Nan(), Nan(), 0});
  Story& s = stories_[story];
  ++s.members;
  if (published == published) {
    s.first = s.first == s.first ? std::min(s.first, published) : published;
    s.last = s.last == s.last ? std::max(s.last, published) : published;
  }
}

Assignment OnlineClusterer::Add(const ArticleFeatures& f) {
  if (!primed_) CountDf(f);
  const std::vector<Feature> query = QueryFeatures(f);
  Assignment best;
  for (uint32_t s : CandidateStories(query)) {
    const double sim = Similarity(f, s);
    if (sim > best.similarity) best = {s, sim, false};
  }
  if (best.new_story || best.similarity < options_.threshold) {
    best = {static_cast<uint32_t>(stories_.size()), 0.0, true};
  }
  const bool was_primed = primed_;
  primed_ = true;  // df already counted above
  AddTo(f, best.story);
  primed_ = was_primed;
  return best;
}

}  // namespace chorus::cluster
