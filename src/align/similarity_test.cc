#include "align/similarity.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "align/features.h"
#include "align/test_story.h"
#include "brief/brief_builder.h"
#include "tests/test_util.h"

namespace chorus::align {
namespace {

using chorus::testing::MakeStory;
using chorus::testing::WithFiller;

TEST(SimilarityTest, ParaphraseScoresAboveUnrelated) {
  const StoryText story = MakeStory(WithFiller(
      {
          {"Secretary of State Marco Rubio and CIA Director John Ratcliffe will lead the "
           "negotiations.",
           "Markets in Tokyo closed higher on Thursday."},
          {"Rubio and Ratcliffe were named to lead negotiations with Moscow, the White House said.",
           "The weather in Brussels was cold and wet."},
      },
      10));
  const StoryFeatures f = BuildFeatures(story);
  const double paraphrase = SentenceSimilarity(f, f.Flat({0, 0}), f.Flat({1, 0}));
  const double unrelated = SentenceSimilarity(f, f.Flat({0, 0}), f.Flat({1, 1}));
  EXPECT_GT(paraphrase, 0.3);
  EXPECT_LT(unrelated, 0.1);
  EXPECT_NEAR(SentenceSimilarity(f, f.Flat({1, 0}), f.Flat({0, 0})), paraphrase, 1e-9);
}

TEST(SimilarityTest, GarbledNameSpellingCountsPartially) {
  const StoryText story = MakeStory({
      {"Envoy Steve Witkoff travelled to Moscow this week."},
      {"Envoy Steve Witkov travelled to Moscow this week."},
      {"Envoy Steve Johnson travelled to Moscow this week."},
      {"Witkoff met officials.", "Johnson met officials."},
  });
  const StoryFeatures f = BuildFeatures(story);
  const double variant = SentenceSimilarity(f, f.Flat({0, 0}), f.Flat({1, 0}));
  const double other = SentenceSimilarity(f, f.Flat({0, 0}), f.Flat({2, 0}));
  EXPECT_GT(variant, other);
}

TEST(SimilarityTest, SharedQuotationRaisesScore) {
  const StoryText story = MakeStory({
      {"\"We want to stop the millions of deaths taking place in the war,\" Trump wrote."},
      {"He said they want \"to stop the millions of deaths taking place in the war\" soon."},
  });
  const StoryFeatures f = BuildFeatures(story);
  EXPECT_GT(SentenceSimilarity(f, 0, 1), 0.6);
}

TEST(SimilarityTest, NoPairsWithinOneDocument) {
  const StoryText story = MakeStory({{"Rubio will lead the talks.", "Rubio will lead the talks."}});
  EXPECT_TRUE(CandidatePairs(BuildFeatures(story), 0.0).empty());
  EXPECT_TRUE(CandidatePairsBruteForce(BuildFeatures(story), 0.0).empty());
}

// Random sentences over a Zipf-like vocabulary: many documents, varied overlap.
StoryText RandomStory(size_t docs, size_t sentences, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<std::string> vocab;
  for (int i = 0; i < 400; ++i) {
    std::string w;
    for (int k = 0; k < 3 + i % 6; ++k) w.push_back(static_cast<char>('a' + (i * 7 + k * 13) % 26));
    if (i % 9 == 0) w[0] = static_cast<char>(w[0] - 'a' + 'A');
    vocab.push_back(w + std::to_string(i % 10 == 0 ? i : 0).substr(0, i % 10 == 0 ? 3 : 0));
  }
  std::vector<std::vector<std::string>> out(docs);
  for (auto& d : out) {
    for (size_t s = 0; s < sentences; ++s) {
      std::string line;
      const int len = 6 + static_cast<int>(rng() % 14);
      for (int w = 0; w < len; ++w) {
        const double u = std::uniform_real_distribution<double>(0, 1)(rng);
        line += vocab[static_cast<size_t>(u * u * u * vocab.size())] + " ";
      }
      d.push_back(line + "end.");
    }
  }
  return MakeStory(out);
}

TEST(SimilarityTest, IndexedPairsEqualBruteForceOnRandomStory) {
  const StoryFeatures f = BuildFeatures(RandomStory(40, 12, 7));
  const std::vector<ScoredPair> indexed = CandidatePairs(f, 0.15);
  EXPECT_FALSE(indexed.empty());
  EXPECT_EQ(indexed, CandidatePairsBruteForce(f, 0.15));
}

// Real newswire: DUC 2004 clusters from ../shared/data, each cluster one story.
TEST(SimilarityTest, IndexedPairsEqualBruteForceOnDuc) {
  std::ifstream in(chorus::testing::SharedDir() + "/data/duc2004/dev.jsonl");
  if (!in) GTEST_SKIP() << "no ../shared/data/duc2004";
  std::vector<Document> docs;
  std::string line;
  for (int cluster = 0; cluster < 3 && std::getline(in, line); ++cluster) {
    const nlohmann::json j = nlohmann::json::parse(line);
    for (const auto& d : j["docs"]) {
      Document doc;
      doc.id = d["id"].get<std::string>();
      doc.text = d["text"].get<std::string>();
      doc.body = {0, static_cast<uint32_t>(doc.text.size())};
      docs.push_back(std::move(doc));
    }
  }
  const StoryFeatures f = BuildFeatures(PrepareStory(std::move(docs)));
  ASSERT_GE(f.docs(), 20u);
  const std::vector<ScoredPair> indexed = CandidatePairs(f, 0.2);
  EXPECT_FALSE(indexed.empty());
  EXPECT_EQ(indexed, CandidatePairsBruteForce(f, 0.2));
}

}  // namespace
}  // namespace chorus::align
