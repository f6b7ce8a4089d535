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

constexpr size_t kLogTable = 4096;  // log(df + 0.5) is tabulated below this df

}  // namespace

OnlineClusterer::OnlineClusterer(ClusterOptions options) : options_(options) {
  log_df_.resize(kLogTable);
  for (size_t i = 0; i < kLogTable; ++i) log_df_[i] = static_cast<float>(std::log(i + 0.5));
  log_total_ = std::log(options_.idf_prior_docs + 1.0);
}

void OnlineClusterer::CountDf(const ArticleFeatures& f) {
  docs_ += 1;
  log_total_ = std::log(docs_ + options_.idf_prior_docs + 1.0);
  for (const Feature& x : f.features) df_.Increment(x.hash);
}

void OnlineClusterer::PrimeDf(const ArticleFeatures& f) {
  CountDf(f);
  primed_ = true;
}

double OnlineClusterer::Idf(uint64_t hash) const {
  const uint32_t df = df_.Get(hash);
  return log_total_ - (df < kLogTable ? log_df_[df] : std::log(df + 0.5));
}

std::vector<float> OnlineClusterer::Weighted(const ArticleFeatures& f) const {
  std::vector<float> w(f.features.size());
  for (size_t i = 0; i < w.size(); ++i) {
    const double idf = Idf(f.features[i].hash);
    w[i] = idf > 0 ? static_cast<float>(f.features[i].weight * idf) : 0.0F;
  }
  return w;
}

std::vector<Feature> OnlineClusterer::QueryFeatures(const ArticleFeatures& f,
                                                    const std::vector<float>& weighted) const {
  std::vector<Feature> q;
  q.reserve(f.features.size());
  for (size_t i = 0; i < weighted.size(); ++i) {
    if (weighted[i] > 0) q.push_back({f.features[i].hash, weighted[i]});
  }
  const size_t n = std::min<size_t>(q.size(), static_cast<size_t>(options_.query_features));
  std::partial_sort(q.begin(), q.begin() + static_cast<std::ptrdiff_t>(n), q.end(),
                    [](const Feature& a, const Feature& b) { return a.weight > b.weight; });
  q.resize(n);
  return q;
}

std::vector<uint32_t> OnlineClusterer::CandidateStories(const std::vector<Feature>& query) {
  // Shared query weight per story, summed in a dense scratch array (one slot per story)
  // and read back through the list of stories touched: linear in the postings visited.
  if (scratch_.size() < stories_.size()) scratch_.resize(stories_.size(), 0.0);
  touched_.clear();
  for (const Feature& x : query) {
    const auto it = postings_.find(x.hash);
    if (it == postings_.end()) continue;
    for (uint32_t s : it->second) {
      if (scratch_[s] == 0) touched_.push_back(s);
      scratch_[s] += x.weight;
    }
  }
  std::vector<std::pair<double, uint32_t>> ranked;
  ranked.reserve(touched_.size());
  for (uint32_t s : touched_) {
    ranked.emplace_back(scratch_[s], s);
    scratch_[s] = 0;
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
  return Score(f, Weighted(f), story);
}

double OnlineClusterer::Score(const ArticleFeatures& f, const std::vector<float>& weighted,
                              uint32_t story) const {
  if (story >= stories_.size()) return 0;
  const Story& s = stories_[story];
  std::array<double, 4> dot{}, dn{};
  size_t j = 0;
  for (size_t i = 0; i < f.features.size(); ++i) {
    const double w = weighted[i];
    if (w <= 0) continue;
    const uint64_t h = f.features[i].hash;
    const auto k = static_cast<size_t>(KindOf(h));
    dn[k] += w * w;
    while (j < s.centroid.size() && s.centroid[j].hash < h) ++j;
    if (j < s.centroid.size() && s.centroid[j].hash == h) {
      dot[k] += w * s.centroid[j].weight * (w / f.features[i].weight);
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
  std::vector<double> idf(merged.size());
  for (size_t k = 0; k < merged.size(); ++k) idf[k] = Idf(merged[k].hash);
  const size_t cap = static_cast<size_t>(options_.centroid_cap);
  if (merged.size() > cap) {  // keep the heaviest features (by idf-weighted mass)
    std::vector<std::pair<double, size_t>> order;
    order.reserve(merged.size());
    for (size_t k = 0; k < merged.size(); ++k) order.emplace_back(merged[k].weight * idf[k], k);
    std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(cap), order.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(cap),
              [](const auto& a, const auto& b) { return a.second < b.second; });
    std::vector<Feature> kept;
    std::vector<double> kept_idf;
    kept.reserve(cap);
    kept_idf.reserve(cap);
    for (size_t k = 0; k < cap; ++k) {  // in index order, so still sorted by hash
      kept.push_back(merged[order[k].second]);
      kept_idf.push_back(idf[order[k].second]);
    }
    merged = std::move(kept);
    idf = std::move(kept_idf);
  }
  s->centroid = std::move(merged);
  s->norm = {};
  for (size_t k = 0; k < s->centroid.size(); ++k) {
    const double w = s->centroid[k].weight * idf[k];
    s->norm[static_cast<size_t>(KindOf(s->centroid[k].hash))] += w * w;
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
  const std::vector<float> weighted = Weighted(f);
  if (story < stories_.size() && stories_[story].members > 0) {  // as Add scored it
    stories_[story].join_sum += Score(f, weighted, story);
    ++stories_[story].joined;
  }
  Join(f, QueryFeatures(f, weighted), story);
}

double OnlineClusterer::Required(const Story& s) const {
  if (s.joined < static_cast<uint32_t>(std::max(1, options_.tight_members))) {
    return options_.threshold;
  }
  return std::max(options_.threshold, options_.tight_factor * s.join_sum / s.joined);
}

void OnlineClusterer::Join(const ArticleFeatures& f, const std::vector<Feature>& query,
                           uint32_t story) {
  if (story >= stories_.size()) {
    stories_.resize(story + 1, Story{{}, {}, Nan(), Nan(), 0, 0, 0});
  }
  Merge(&stories_[story], f);
  AddCopy(story, f.published);
  Index(query, story);
}

void OnlineClusterer::AddCopy(uint32_t story, double published) {
  if (story >= stories_.size()) stories_.resize(story + 1, Story{{}, {}, Nan(), Nan(), 0, 0, 0});
  Story& s = stories_[story];
  ++s.members;
  if (published == published) {
    s.first = s.first == s.first ? std::min(s.first, published) : published;
    s.last = s.last == s.last ? std::max(s.last, published) : published;
  }
}

Assignment OnlineClusterer::Add(const ArticleFeatures& f) {
  if (!primed_) CountDf(f);
  const std::vector<float> weighted = Weighted(f);
  const std::vector<Feature> query = QueryFeatures(f, weighted);
  Assignment best;
  double turned_away = 0;  // best similarity of a story whose tight rule refused the article
  for (uint32_t s : CandidateStories(query)) {
    const double sim = Score(f, weighted, s);
    const double required = Required(stories_[s]);
    if (sim >= required) {
      if (sim > best.similarity) best = {s, sim, false};
    } else if (sim >= options_.threshold) {
      turned_away = std::max(turned_away, sim);
    }
  }
  // An article a closer story turned away does not settle for a much less similar story:
  // such a story is usually the topic's other event (or a spin-off singleton of the closer
  // story), and the article is better off starting its own.
  if (!best.new_story && best.similarity < options_.settle_factor * turned_away) best = {};
  if (best.new_story) {
    best = {static_cast<uint32_t>(stories_.size()), 0.0, true};
  } else {
    stories_[best.story].join_sum += best.similarity;
    ++stories_[best.story].joined;
  }
  Join(f, query, best.story);
  return best;
}

}  // namespace chorus::cluster
