#include "cluster/minhash.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/test_util.h"

namespace chorus::cluster {
namespace {

// Texts of the seed reports and variants with a growing share of their lines dropped, so
// the exact Jaccard of the pairs spans the whole range.
std::vector<std::pair<std::string, std::string>> SeedPairs() {
  std::vector<std::string> texts;
  for (const auto& e : std::filesystem::directory_iterator(testing::SeedsDir())) {
    texts.push_back(testing::ReadFileOrEmpty(e.path().string()));
  }
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const std::string& t : texts) {
    for (int keep_every : {1, 2, 3, 5}) {
      std::string variant;
      size_t line = 0, pos = 0;
      while (pos < t.size()) {
        size_t end = t.find('\n', pos);
        end = end == std::string::npos ? t.size() : end + 1;
        if (keep_every == 1 || line % static_cast<size_t>(keep_every) != 0) {
          variant += t.substr(pos, end - pos);
        }
        pos = end;
        ++line;
      }
      pairs.emplace_back(t, variant);
    }
  }
  for (size_t i = 0; i + 1 < texts.size(); ++i) pairs.emplace_back(texts[i], texts[i + 1]);
  return pairs;
}

TEST(MinHashTest, ExactJaccardOfKnownSets) {
  EXPECT_DOUBLE_EQ(ExactJaccard({1, 2, 3}, {2, 3, 4}), 0.5);
  EXPECT_DOUBLE_EQ(ExactJaccard({1, 2}, {3, 4}), 0.0);
  EXPECT_DOUBLE_EQ(ExactJaccard({}, {}), 1.0);
  EXPECT_DOUBLE_EQ(ExactJaccard(Shingles("a b c d e f"), Shingles("A B C D E F")), 1.0);
}

TEST(MinHashTest, EstimateTracksExactJaccardOnRealText) {
  const auto pairs = SeedPairs();
  ASSERT_GE(pairs.size(), 20u);
  double total_error = 0;
  double lo = 1, hi = 0;
  for (const auto& [a, b] : pairs) {
    const auto sa = Shingles(a), sb = Shingles(b);
    const double exact = ExactJaccard(sa, sb);
    const double est = EstimateJaccard(MinHashOf(sa), MinHashOf(sb));
    lo = std::min(lo, exact);
    hi = std::max(hi, exact);
    // 64 hashes: standard error <= 0.0625; allow 4 sigma per pair.
    EXPECT_NEAR(est, exact, 0.25) << "exact " << exact;
    total_error += std::abs(est - exact);
  }
  EXPECT_LT(total_error / static_cast<double>(pairs.size()), 0.06);
  EXPECT_LT(lo, 0.2);  // the pairs really span the range
  EXPECT_GT(hi, 0.99);
}

TEST(MinHashTest, LshFindsNearDuplicatesAndNotUnrelatedTexts) {
  const auto pairs = SeedPairs();
  int close = 0, found = 0, far = 0, false_hits = 0;
  for (const auto& [a, b] : pairs) {
    const auto sa = Shingles(a), sb = Shingles(b);
    const double exact = ExactJaccard(sa, sb);
    LshIndex lsh;
    lsh.Insert(MinHashOf(sa), 7);
    const bool hit = !lsh.Candidates(MinHashOf(sb)).empty();
    if (exact >= 0.8) {
      ++close;
      found += hit ? 1 : 0;
    } else if (exact < 0.2) {
      ++far;
      false_hits += hit ? 1 : 0;
    }
  }
  ASSERT_GT(close, 3);
  ASSERT_GT(far, 2);
  EXPECT_EQ(found, close);
  EXPECT_EQ(false_hits, 0);
}

TEST(MinHashTest, ShortTextsHaveASignature) {
  EXPECT_FALSE(IsEmpty(MinHashOf(Shingles("two words"))));
  EXPECT_TRUE(IsEmpty(MinHashOf(Shingles("  ,, "))));
}

}  // namespace
}  // namespace chorus::cluster
