#include "eval/rouge.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>

#include "eval/summary_eval.h"
#include "tests/test_util.h"

namespace chorus {
namespace {

TEST(RougeTokensTest, LowercaseAlphanumericRunsStemmedAboveThreeChars) {
  EXPECT_EQ(RougeTokens("the u.s.-led talks", false),
            (std::vector<std::string>{"the", "u", "s", "led", "talks"}));
  EXPECT_EQ(RougeTokens("the generalizations ran", true),
            (std::vector<std::string>{"the", "gener", "ran"}));
  // Words of three characters or fewer are not stemmed ("was" stays, as in ROUGE-1.5.5).
  EXPECT_EQ(RougeTokens("was does", true), (std::vector<std::string>{"was", "doe"}));
}

TEST(RougePorterStemTest, OriginalPorterNotPorter2) {
  EXPECT_EQ(RougePorterStem("caresses"), "caress");
  EXPECT_EQ(RougePorterStem("ponies"), "poni");
  EXPECT_EQ(RougePorterStem("relational"), "relat");
  EXPECT_EQ(RougePorterStem("hopefully"), "hopefulli");  // Porter2 gives "hope"
  EXPECT_EQ(RougePorterStem("hoping"), "hope");
  EXPECT_EQ(RougePorterStem("controlling"), "control");
  EXPECT_EQ(RougePorterStem("skies"), "ski");
}

TEST(RougePorterStemTest, RougeVariantOfSteps2And4) {
  // ROUGE's step 4 tries "-ment" and "-ent" after "-ement" (libstemmer "porter": "movement").
  EXPECT_EQ(RougePorterStem("movement"), "movem");
  EXPECT_EQ(RougePorterStem("agreement"), "agreem");
  EXPECT_EQ(RougePorterStem("government"), "govern");
  // Step 2 "logi" -> "log" and "bli" -> "ble" (Porter's published release, not the paper).
  EXPECT_EQ(RougePorterStem("archaeology"), "archaeolog");
  EXPECT_EQ(RougePorterStem("feasibility"), "feasibl");
  // An initial y is a consonant.
  EXPECT_EQ(RougePorterStem("yelling"), "yell");
}

TEST(RougeAverageTest, BootstrapMeanAsRouge155Prints) {
  std::vector<RougeScores> scores(12);
  for (int k = 0; k < 12; ++k) scores[k].rouge1.recall = (k * k % 7) / 10.0;
  // Plain mean 0.19167; ROUGE-1.5.5's mean of 1000 resamples (srand(i), IDs "1" < "10" < "2")
  // is 0.19142, computed by an independent re-implementation of the script's resampling.
  EXPECT_NEAR(MeanScores(scores).rouge1.recall, 0.19167, 1e-5);
  EXPECT_DOUBLE_EQ(Rouge155Average(scores).rouge1.recall, 0.19142);
  EXPECT_DOUBLE_EQ(Rouge155Average(scores, 0).rouge1.recall, MeanScores(scores).rouge1.recall);
  EXPECT_DOUBLE_EQ(Rouge155Average({scores[3]}).rouge1.recall, scores[3].rouge1.recall);
}

TEST(RougeUnitsTest, WordLimitCountsWhiteSpaceWordsAcrossLines) {
  EXPECT_EQ(RougeUnits("One two -- three.\n\nFour five six.", 5),
            (std::vector<std::string>{"one two -- three.", "four"}));
  EXPECT_EQ(RougeUnits("a b\nc d", 0), (std::vector<std::string>{"a b", "c d"}));
  EXPECT_EQ(RougeUnits("a b c", 3), (std::vector<std::string>{"a b c"}));
}

TEST(RougeScorerTest, HandComputedCounts) {
  const RougeScorer scorer({"the cat sat on the mat"}, RougeOptions{.word_limit = 0});
  const RougeScores s = scorer.Score("the cat was on the mat today");
  // unigrams: 5 of 6 reference words matched, 7 peer words
  EXPECT_DOUBLE_EQ(s.rouge1.recall, 0.83333);
  EXPECT_DOUBLE_EQ(s.rouge1.precision, 0.71429);
  // bigrams: "the cat", "on the", "the mat" of 5; 6 peer bigrams
  EXPECT_DOUBLE_EQ(s.rouge2.recall, 0.6);
  EXPECT_DOUBLE_EQ(s.rouge2.precision, 0.5);
  EXPECT_DOUBLE_EQ(s.rouge2.f, 0.54545);
  // LCS: the cat on the mat = 5
  EXPECT_DOUBLE_EQ(s.rougeL.recall, 0.83333);
}

TEST(RougeScorerTest, MultipleReferencesPoolCounts) {
  const RougeScorer scorer({"a b c d", "a x"}, RougeOptions{.word_limit = 0, .stem = false});
  const RougeScores s = scorer.Score("a b");
  EXPECT_DOUBLE_EQ(s.rouge1.recall, 0.5);      // (2 + 1) / (4 + 2)
  EXPECT_DOUBLE_EQ(s.rouge1.precision, 0.75);  // 3 / (2 x 2)
  EXPECT_DOUBLE_EQ(s.rouge2.recall, 0.25);     // 1 / (3 + 1)
}

TEST(RougeScorerTest, UnionLcsIsClippedAcrossPeerSentences) {
  // Both peer sentences contain "a b"; the reference has one "a b": LCS hits are clipped.
  const RougeScorer scorer({"a b c"}, RougeOptions{.word_limit = 0, .stem = false});
  const RougeScores s = scorer.Score("a b\na b");
  EXPECT_DOUBLE_EQ(s.rougeL.recall, 0.66667);
  EXPECT_DOUBLE_EQ(s.rougeL.precision, 0.5);
}

TEST(RougeScorerTest, PeerIsTruncatedAtWordLimit) {
  const RougeScorer scorer({"alpha beta"}, RougeOptions{.word_limit = 2, .stem = false});
  EXPECT_DOUBLE_EQ(scorer.Score("gamma delta alpha beta").rouge1.recall, 0.0);
  EXPECT_DOUBLE_EQ(scorer.Score("alpha beta gamma delta").rouge1.recall, 1.0);
}

struct Published {
  double r1r, r2r, r1f, r2f;
};

std::map<std::string, Published> ReadPublished(const std::string& path) {
  std::istringstream in(chorus::testing::ReadFileOrEmpty(path));
  std::map<std::string, Published> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ls(line);
    std::string name, k1, k2, k3, k4;
    Published p;
    if (ls >> name >> k1 >> p.r1r >> k2 >> p.r2r >> k3 >> p.r1f >> k4 >> p.r2f) out[name] = p;
  }
  return out;
}

// ROUGE-1.5.5 -n 2 -m -l 100 -f A -r 1000 on the 13 published DUC 2004 systems of the dev split.
// With WordNet 3.0's exception lists (ROUGE used 2.0's), ROUGE's Porter variant and its
// bootstrap average, all 52 figures agree to the printed precision (0.005 points); the issue
// asks for 0.05. Without the lists R-1 is ~0.4 points low.
TEST(RougeReproductionTest, Duc2004DevMatchesRouge155) {
  const std::string dir = chorus::testing::SharedDir() + "/data/duc2004";
  const auto published = ReadPublished(dir + "/rouge-1.5.5-dev.txt");
  auto set = ReadSummaryClusters(dir + "/dev.jsonl", {});
  if (published.empty() || !set) GTEST_SKIP() << "no DUC 2004 data in " << dir;
  ASSERT_EQ(published.size(), 13u);
  ASSERT_EQ(set->clusters.size(), 25u);
  const bool wordnet = WordNetExceptionCount() > 0;
  std::map<std::string, std::vector<RougeScores>> scores;
  for (const SummaryCluster& c : set->clusters) {
    const RougeScorer scorer(c.references, RougeOptions{.word_limit = 100});
    for (const auto& [name, text] : c.peers) scores[name].push_back(scorer.Score(text));
  }
  double worst = 0, total = 0;
  for (const auto& [name, p] : published) {
    ASSERT_EQ(scores[name].size(), 25u) << name;
    const RougeScores m = Rouge155Average(scores[name]);
    const double got[] = {m.rouge1.recall, m.rouge2.recall, m.rouge1.f, m.rouge2.f};
    const double want[] = {p.r1r, p.r2r, p.r1f, p.r2f};
    std::printf("%-12s", name.c_str());
    for (int k = 0; k < 4; ++k) {
      const double diff = 100 * got[k] - want[k];
      std::printf("  %6.2f (%+.2f)", 100 * got[k], diff);
      EXPECT_NEAR(diff, 0.0, wordnet ? 0.05 : 0.6) << name << " measure " << k;
      worst = std::max(worst, std::fabs(diff));
      total += std::fabs(diff);
    }
    std::printf("\n");
  }
  const double mean = total / (4.0 * published.size());
  std::printf("difference from ROUGE-1.5.5: largest %.3f, mean %.3f points (WordNet: %s)\n", worst,
              mean, wordnet ? "yes" : "no");
  if (wordnet) {
    EXPECT_LT(mean, 0.01);
  }
}

}  // namespace
}  // namespace chorus
