// Origins of a fact: near-duplicate detection with word 3-gram shingles (Broder 1997) as in
// churnalism / text-reuse detection (Clough et al. 2002, METER corpus): a sentence pair is
// one origin when the Jaccard similarity of their shingles outside quotation marks is at
// least 0.7; a document pair is a syndicated copy when at least half the shingles of the
// shorter one appear in the other. Quotations are left out because outlets quoting the same
// statement are still independent reports of it.
#include "align/origins.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace chorus::align {
namespace {

constexpr double kSameWordingJaccard = 0.7;
constexpr size_t kMinSentenceShingles = 3;
constexpr double kDocContainment = 0.5;
constexpr size_t kMinDocShingles = 10;

uint32_t Find(std::vector<uint32_t>& parent, uint32_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 0.0;
  size_t i = 0, j = 0, shared = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++shared, ++i, ++j;
    } else {
      a[i] < b[j] ? ++i : ++j;
    }
  }
  return static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
}

Syndication::Syndication(const StoryFeatures& f) {
  const size_t docs = f.docs();
  std::vector<size_t> sizes(docs, 0);
  std::vector<std::pair<uint64_t, uint32_t>> postings;  // (shingle, doc)
  for (const SentenceFeatures& s : f.sentences) {
    for (uint64_t h : s.own_shingles) postings.push_back({h, s.ref.doc});
  }
  std::sort(postings.begin(), postings.end());
  postings.erase(std::unique(postings.begin(), postings.end()), postings.end());
  for (const auto& p : postings) ++sizes[p.second];
  // Shingles many documents share are stock phrases; whole-story syndication of single
  // sentences is still caught per sentence by SameWording.
  const size_t max_df = std::max<size_t>(8, docs / 25);
  std::vector<uint64_t> shared;  // doc pair keys, one entry per shared shingle
  for (size_t i = 0; i < postings.size();) {
    size_t j = i + 1;
    while (j < postings.size() && postings[j].first == postings[i].first) ++j;
    if (j - i >= 2 && j - i <= max_df) {
      for (size_t a = i; a < j; ++a) {
        for (size_t b = a + 1; b < j; ++b) {
          shared.push_back((static_cast<uint64_t>(postings[a].second) << 32) | postings[b].second);
        }
      }
    }
    i = j;
  }
  std::sort(shared.begin(), shared.end());
  for (size_t i = 0; i < shared.size();) {
    size_t j = i + 1;
    while (j < shared.size() && shared[j] == shared[i]) ++j;
    const uint32_t a = static_cast<uint32_t>(shared[i] >> 32), b = static_cast<uint32_t>(shared[i]);
    const size_t shorter = std::min(sizes[a], sizes[b]);
    if (shorter >= kMinDocShingles && j - i >= kDocContainment * shorter) pairs_.insert({a, b});
    i = j;
  }
}

bool Syndication::Copies(uint32_t a, uint32_t b) const {
  if (a == b) return true;
  return pairs_.count({std::min(a, b), std::max(a, b)}) > 0;
}

bool SameWording(const SentenceFeatures& a, const SentenceFeatures& b) {
  if (a.own_shingles.size() < kMinSentenceShingles ||
      b.own_shingles.size() < kMinSentenceShingles) {
    return false;
  }
  return Jaccard(a.own_shingles, b.own_shingles) >= kSameWordingJaccard;
}

std::vector<uint32_t> OriginOf(const StoryFeatures& f, const Syndication& syndication,
                               const std::vector<uint32_t>& members) {
  std::vector<uint32_t> parent(members.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (uint32_t i = 0; i < members.size(); ++i) {
    for (uint32_t j = i + 1; j < members.size(); ++j) {
      const SentenceFeatures& a = f.sentences[members[i]];
      const SentenceFeatures& b = f.sentences[members[j]];
      if (syndication.Copies(a.ref.doc, b.ref.doc) || SameWording(a, b)) {
        parent[Find(parent, i)] = Find(parent, j);
      }
    }
  }
  std::unordered_map<uint32_t, uint32_t> index;
  std::vector<uint32_t> out(members.size());
  for (uint32_t i = 0; i < members.size(); ++i) {
    out[i] = index.emplace(Find(parent, i), static_cast<uint32_t>(index.size())).first->second;
  }
  return out;
}

int CountOrigins(const StoryFeatures& f, const Syndication& syndication,
                 const std::vector<uint32_t>& members) {
  const std::vector<uint32_t> origin = OriginOf(f, syndication, members);
  return origin.empty() ? 0 : static_cast<int>(*std::max_element(origin.begin(), origin.end())) + 1;
}

}  // namespace chorus::align
