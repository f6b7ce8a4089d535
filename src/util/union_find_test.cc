#include "util/union_find.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace chorus {
namespace {

TEST(UnionFindTest, GroupsFollowUnions) {
  UnionFind uf(6);
  uf.Union(0, 1);
  uf.Union(2, 3);
  uf.Union(1, 3);
  EXPECT_EQ(uf.Find(0), uf.Find(2));
  EXPECT_EQ(uf.Find(3), uf.Find(1));
  EXPECT_NE(uf.Find(0), uf.Find(4));
  EXPECT_NE(uf.Find(4), uf.Find(5));
  EXPECT_EQ(uf.Find(5), 5u);
}

// Against a deliberately simple reference: relabel every member of a's group on each union.
TEST(UnionFindTest, MatchesRelabellingOnRandomUnions) {
  constexpr size_t kN = 200;
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> pick(0, kN - 1);
  UnionFind uf(kN);
  std::vector<size_t> label(kN);
  for (size_t i = 0; i < kN; ++i) label[i] = i;
  for (int step = 0; step < 150; ++step) {
    const size_t a = pick(rng), b = pick(rng);
    uf.Union(a, b);
    const size_t from = label[a], to = label[b];
    for (size_t& l : label) l = l == from ? to : l;
  }
  for (size_t x = 0; x < kN; ++x) {
    for (size_t y = 0; y < kN; ++y) {
      ASSERT_EQ(uf.Find(x) == uf.Find(y), label[x] == label[y]) << x << " " << y;
    }
  }
}

}  // namespace
}  // namespace chorus
