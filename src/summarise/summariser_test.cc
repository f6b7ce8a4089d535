#include "summarise/summariser.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "brief/brief_builder.h"
#include "read/text_reader.h"
#include "summarise/concepts.h"
#include "tests/test_util.h"
#include "util/text_util.h"

namespace chorus {
namespace {

struct Prepared {
  StoryText story;
  SentenceScores garbling;
  std::vector<FactGroup> facts;
  std::vector<SourceQuality> quality;
};

Prepared Prepare(const std::vector<std::string>& texts) {
  std::vector<Document> docs;
  for (size_t i = 0; i < texts.size(); ++i) {
    const std::string id = "d" + std::to_string(i);
    docs.push_back(*DocumentFromBytes(id, id + ".txt", texts[i]));
  }
  Prepared p;
  p.story = PrepareStory(std::move(docs));
  p.garbling = ScoreGarbling(p.story);
  p.facts = AlignFacts(p.story, p.garbling);
  p.quality = ScoreSources(p.story, p.garbling, p.facts);
  return p;
}

const std::vector<std::string> kReports = {
    "Heavy rain flooded the river town of Elm on Monday, forcing hundreds from their homes.\n\n"
    "Rescue teams in boats reached stranded families in the flooded river town of Elm.\n\n"
    "Is the town ready for the next storm season this year?\n\n"
    "But the mayor said the old levee had held better than many engineers expected.\n",
    "The river town of Elm was flooded on Monday after two days of heavy rain.\n\n"
    "Hundreds of residents were forced from their homes in the river town of Elm.\n\n"
    "Rescue teams in boats reached stranded families as water kept rising in the afternoon.\n",
    "Floods hit the river town of Elm on Monday after heavy rain fell across the valley.\n\n"
    "Rescue teams in boats reached stranded families, local officials said in a statement.\n\n"
    "A local bakery reopened its doors on Tuesday morning with a sale on fresh bread.\n"};

TEST(ConceptsTest, SharedBigramsWeighByDocumentsAndPrefixesCutThem) {
  const Prepared p = Prepare({"Heavy rain flooded the town.\n", "Heavy rain hit the town.\n"});
  const summarise::ConceptIndex index = summarise::BuildConcepts(p.story, {.rare_weight = 0.05});
  const std::vector<uint32_t> all = summarise::SentenceConcepts(index, SentenceRef{0, 0});
  // heavy-rain, rain-flood, flood-the, the-town (the-town and heavy-rain are in both reports)
  ASSERT_EQ(all.size(), 4u);
  int shared = 0;
  for (uint32_t c : all) {
    EXPECT_TRUE(index.weight[c] == 2.0 || index.weight[c] == 0.05) << index.weight[c];
    shared += index.weight[c] == 2.0;
  }
  EXPECT_EQ(shared, 2);
  // The first two tokens hold one bigram, heavy-rain, shared by both reports.
  const std::vector<uint32_t> prefix = summarise::SentenceConcepts(index, SentenceRef{0, 0}, 2);
  ASSERT_EQ(prefix.size(), 1u);
  EXPECT_EQ(index.weight[prefix[0]], 2.0);
  EXPECT_EQ(prefix, summarise::SentenceConcepts(index, SentenceRef{1, 0}, 2));
  EXPECT_TRUE(summarise::SentenceConcepts(index, SentenceRef{5, 0}).empty());
}

TEST(SummariserTest, EmptyStory) {
  EXPECT_TRUE(Summarise(StoryText{}, {}, {}, {}, SummaryOptions{}).facts.empty());
}

TEST(SummariserTest, StaysWithinBudgetAndUsesVerbatimFactTexts) {
  const Prepared p = Prepare(kReports);
  for (int budget : {15, 30, 60}) {
    const SummaryPlan plan = Summarise(p.story, p.facts, p.garbling, p.quality, {.words = budget});
    EXPECT_LE(CountWords(plan.text), budget);
    std::string joined;
    for (size_t f : plan.facts) {
      ASSERT_LT(f, p.facts.size());
      if (!joined.empty()) joined += ' ';
      joined += p.story.Text(p.facts[f].representative);
    }
    EXPECT_EQ(plan.text, joined);
  }
}

TEST(SummariserTest, PrefersWidelyReportedFactsOverSingleSourceAsides) {
  const Prepared p = Prepare(kReports);
  const SummaryPlan plan = Summarise(p.story, p.facts, p.garbling, p.quality, {.words = 40});
  EXPECT_NE(plan.text.find("Elm"), std::string::npos) << plan.text;
  EXPECT_EQ(plan.text.find("bakery"), std::string::npos) << plan.text;
}

TEST(SummariserTest, SkipsQuestionsAndContextDependentOpenersWhileOthersFillTheBudget) {
  const Prepared p = Prepare(kReports);
  // The three widely reported facts and the aside fill 45 words without the awkward ones.
  const SummaryPlan plan = Summarise(p.story, p.facts, p.garbling, p.quality, {.words = 45});
  EXPECT_GE(CountWords(plan.text), 25) << plan.text;
  EXPECT_EQ(plan.text.find('?'), std::string::npos) << plan.text;
  EXPECT_EQ(plan.text.find("But the mayor"), std::string::npos) << plan.text;
}

TEST(SummariserTest, AvoidsGarbledSentencesWhenOthersExist) {
  Prepared p = Prepare(kReports);
  const SummaryPlan before = Summarise(p.story, p.facts, p.garbling, p.quality, {.words = 20});
  ASSERT_FALSE(before.facts.empty());
  const SentenceRef first = p.facts[before.facts.front()].representative;
  p.garbling[first.doc][first.sentence] = 0.9;
  const SummaryPlan after = Summarise(p.story, p.facts, p.garbling, p.quality, {.words = 20});
  for (size_t f : after.facts) EXPECT_FALSE(p.facts[f].representative == first);
}

TEST(SummariserTest, FillLetsTheLastFactOverflowTheBudget) {
  const Prepared p = Prepare(kReports);
  const SummaryPlan plan =
      Summarise(p.story, p.facts, p.garbling, p.quality, {.words = 25, .fill = true});
  EXPECT_GE(CountWords(plan.text), 25);
}

TEST(SummariserTest, SeedBriefSummaryLengthAtDefaultBudget) {
  std::vector<Document> docs;
  const std::string dir = testing::SeedsDir();
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no seeds in " << dir;
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::directory_iterator(dir)) paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  for (const std::string& path : paths) {
    Result<Document> d = ReadTextFile(path);
    if (d) docs.push_back(std::move(*d));
  }
  ASSERT_EQ(docs.size(), 5u);
  const Brief brief = BuildBrief(std::move(docs), BriefOptions{});
  const int words = CountWords(brief.summary.text);
  EXPECT_GE(words, 40) << brief.summary.text;
  EXPECT_LE(words, 100) << brief.summary.text;
  EXPECT_EQ(brief.summary.text.find('?'), std::string::npos) << brief.summary.text;
}

}  // namespace
}  // namespace chorus
