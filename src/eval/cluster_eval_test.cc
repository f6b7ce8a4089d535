#include "eval/cluster_eval.h"

#include <gtest/gtest.h>

namespace chorus {
namespace {

TEST(BCubedTest, PerfectClusteringScoresOne) {
  const BCubedScores s = BCubed({"a", "a", "b"}, {"x", "x", "y"});
  EXPECT_DOUBLE_EQ(s.precision, 1.0);
  EXPECT_DOUBLE_EQ(s.recall, 1.0);
  EXPECT_DOUBLE_EQ(s.f1, 1.0);
  EXPECT_EQ(s.gold_clusters, 2u);
  EXPECT_EQ(s.predicted_clusters, 2u);
}

TEST(BCubedTest, OneBigClusterHasFullRecallLowPrecision) {
  // gold {a,a,b,b}: everything in one cluster -> precision 0.5 per item, recall 1.
  const BCubedScores s = BCubed({"a", "a", "b", "b"}, {"x", "x", "x", "x"});
  EXPECT_DOUBLE_EQ(s.precision, 0.5);
  EXPECT_DOUBLE_EQ(s.recall, 1.0);
  EXPECT_NEAR(s.f1, 2.0 / 3.0, 1e-12);
}

TEST(BCubedTest, SingletonsHaveFullPrecisionLowRecall) {
  const BCubedScores s = BCubed({"a", "a", "a", "b"}, {"1", "2", "3", "4"});
  EXPECT_DOUBLE_EQ(s.precision, 1.0);
  EXPECT_DOUBLE_EQ(s.recall, (1.0 / 3 * 3 + 1.0) / 4);
}

TEST(BCubedTest, WorkedExample) {
  // gold: a a a b b ; predicted: x x y y y
  // precision: items 1,2 -> 2/2; item 3 -> 1/3; items 4,5 -> 2/3  => (1+1+1/3+2/3+2/3)/5
  // recall:    items 1,2 -> 2/3; item 3 -> 1/3; items 4,5 -> 2/2  => (2/3+2/3+1/3+1+1)/5
  const BCubedScores s = BCubed({"a", "a", "a", "b", "b"}, {"x", "x", "y", "y", "y"});
  EXPECT_NEAR(s.precision, (1 + 1 + 1.0 / 3 + 2.0 / 3 + 2.0 / 3) / 5, 1e-12);
  EXPECT_NEAR(s.recall, (2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1 + 1) / 5, 1e-12);
}

TEST(BCubedTest, MismatchedOrEmptyInputScoresZero) {
  EXPECT_EQ(BCubed({}, {}).f1, 0.0);
  EXPECT_EQ(BCubed({"a"}, {}).items, 0u);
}

}  // namespace
}  // namespace chorus
