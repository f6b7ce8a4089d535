// Name spelling variants: a phonetic key and a bounded edit distance.
//
// The key follows the idea of Soundex / Double Metaphone (Philips 2000) in a much smaller
// form: letters that transliterations and machine translation commonly swap are merged
// (v/f/w->f, c/k/q->k, z/s->s, y/i->i, ph->f) and doubled letters collapse, so
// "Witkov"/"Witkoff" and "Vogel"/"Fogel" share a key. Edit distance catches the rest
// ("Hegses"/"Hegseth", "Volodymie"/"Volodymyr") with a length-aware bound and a shared
// prefix, which keeps short, different names ("Mark"/"Mike") apart.
#include "align/names.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace chorus::align {
namespace {

constexpr size_t kMinSkeletonLength = 5;

char FoldLetter(char c) {
  switch (c) {
    case 'v':
    case 'w':
      return 'f';
    case 'c':
    case 'q':
      return 'k';
    case 'z':
      return 's';
    case 'y':
      return 'i';
    default:
      return c;
  }
}

size_t CommonPrefix(std::string_view a, std::string_view b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

uint32_t Find(std::vector<uint32_t>& parent, uint32_t x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

}  // namespace

int BoundedEditDistance(std::string_view a, std::string_view b, int max_distance) {
  const int la = static_cast<int>(a.size());
  const int lb = static_cast<int>(b.size());
  if (std::abs(la - lb) > max_distance) return max_distance + 1;
  std::vector<int> prev(lb + 1), cur(lb + 1);
  std::iota(prev.begin(), prev.end(), 0);
  for (int i = 1; i <= la; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= lb; ++j) {
      const int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({sub, prev[j] + 1, cur[j - 1] + 1});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > max_distance) return max_distance + 1;
    std::swap(prev, cur);
  }
  return std::min(prev[lb], max_distance + 1);
}

std::string NameSkeleton(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == 'p' && i + 1 < name.size() && name[i + 1] == 'h') {
      c = 'f';
      ++i;
    } else if (c == 'c' && i + 1 < name.size() && name[i + 1] == 'k') {
      c = 'k';
      ++i;
    }
    c = FoldLetter(c);
    if (out.empty() || out.back() != c) out.push_back(c);
  }
  return out;
}

namespace {

bool SimilarWithSkeletons(std::string_view a, std::string_view b, std::string_view ska,
                          std::string_view skb) {
  if (a == b) return true;
  const size_t shorter = std::min(a.size(), b.size());
  if (shorter >= kMinSkeletonLength && ska == skb) return true;
  const size_t prefix = CommonPrefix(a, b);
  if (shorter >= 5 && prefix >= 2 && BoundedEditDistance(a, b, 1) <= 1) return true;
  return shorter >= 6 && prefix >= 4 && BoundedEditDistance(a, b, 2) <= 2;
}

}  // namespace

bool SimilarNames(std::string_view a, std::string_view b) {
  return SimilarWithSkeletons(a, b, NameSkeleton(a), NameSkeleton(b));
}

std::vector<uint32_t> GroupNameVariants(const std::vector<std::string>& names) {
  std::vector<uint32_t> parent(names.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<std::string> skeletons(names.size());
  std::unordered_map<std::string, std::vector<uint32_t>> buckets;
  for (uint32_t i = 0; i < names.size(); ++i) {
    if (names[i].size() < kMinSkeletonLength) continue;
    skeletons[i] = NameSkeleton(names[i]);
    buckets[skeletons[i].substr(0, 2)].push_back(i);
  }
  for (auto& [key, members] : buckets) {
    std::sort(members.begin(), members.end(),
              [&](uint32_t x, uint32_t y) { return names[x].size() < names[y].size(); });
    for (size_t i = 0; i < members.size(); ++i) {
      for (size_t j = i + 1; j < members.size(); ++j) {
        const std::string& a = names[members[i]];
        const std::string& b = names[members[j]];
        if (b.size() > a.size() + 2) break;
        if (SimilarWithSkeletons(a, b, skeletons[members[i]], skeletons[members[j]]))
          parent[Find(parent, members[i])] = Find(parent, members[j]);
      }
    }
  }
  std::vector<uint32_t> cls(names.size());
  for (uint32_t i = 0; i < names.size(); ++i) cls[i] = Find(parent, i);
  return cls;
}

}  // namespace chorus::align
