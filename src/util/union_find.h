// Disjoint sets over 0..n-1 (union-find with path halving; Tarjan 1975): the grouping step
// of entity, name-form and quote merging.
//
//   UnionFind uf(forms.size());
//   uf.Union(a, b);                 // a and b are one group from now on
//   if (uf.Find(a) == uf.Find(c))   // same group?
#ifndef CHORUS_UTIL_UNION_FIND_H_
#define CHORUS_UTIL_UNION_FIND_H_

#include <cstddef>
#include <numeric>
#include <vector>

namespace chorus {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  // The representative of x's group.
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // Joins the groups of a and b; the representative becomes b's.
  void Union(size_t a, size_t b) { parent_[Find(a)] = Find(b); }

 private:
  std::vector<size_t> parent_;
};

}  // namespace chorus

#endif  // CHORUS_UTIL_UNION_FIND_H_
