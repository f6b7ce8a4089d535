#include "summarise/summariser.h"

#include <gtest/gtest.h>

#include <algorithm>
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

TEST(ConceptsTest, LeadWeightRaisesConceptsReportsStateFirst) {
  const Prepared p = Prepare({"Heavy rain flooded the town.\n\nThe mayor praised the crews.\n",
                              "Heavy rain hit the town.\n\nThe mayor thanked the crews.\n"});
  const SentenceRef lead0{0, 0}, second0{0, 1}, second1{1, 1};
  // heavy-rain: first sentence of both reports; the-mayor: second sentence of both.
  const auto first_concept = [](const summarise::ConceptIndex& index, SentenceRef ref) {
    const std::vector<uint32_t> c = summarise::SentenceConcepts(index, ref, 2);
    EXPECT_EQ(c.size(), 1u);
    return c.empty() ? 0u : c[0];
  };
  const summarise::ConceptIndex plain = summarise::BuildConcepts(p.story, {});
  EXPECT_EQ(plain.weight[first_concept(plain, lead0)], 2.0);
  EXPECT_EQ(plain.weight[first_concept(plain, second0)], 2.0);
  const summarise::ConceptIndex lead = summarise::BuildConcepts(p.story, {.lead_weight = 1.0});
  EXPECT_EQ(first_concept(lead, second0), first_concept(lead, second1));
  EXPECT_DOUBLE_EQ(lead.weight[first_concept(lead, lead0)], 2.0 + 1.0 + 1.0);
  EXPECT_DOUBLE_EQ(lead.weight[first_concept(lead, second0)], 2.0 + 0.5 + 0.5);
  // flooded-the is in one report only: rare concepts get no bonus.
  const summarise::ConceptIndex rare =
      summarise::BuildConcepts(p.story, {.rare_weight = 0.05, .lead_weight = 1.0});
  for (uint32_t c : summarise::SentenceConcepts(rare, lead0)) {
    EXPECT_TRUE(rare.weight[c] == 4.0 || rare.weight[c] == 0.05) << rare.weight[c];
  }
}

// One fact per sentence, equal sources and no garbling: only concepts and positions count.
void OneFactPerSentence(Prepared* p) {
  p->facts.clear();
  for (uint32_t d = 0; d < p->story.sentences.size(); ++d) {
    for (uint32_t s = 0; s < p->story.sentences[d].size(); ++s) {
      FactGroup f;
      f.members = {SentenceRef{d, s}};
      f.representative = SentenceRef{d, s};
      p->facts.push_back(f);
    }
  }
  p->quality.assign(p->story.sentences.size(), SourceQuality{});
  for (auto& doc : p->garbling) std::fill(doc.begin(), doc.end(), 0.0);
}

// Four reports: three open with the levee breaking (in sentences too long for the budget) and
// go on with the rescue; the fourth says both later. Both facts are in all four reports and
// the rescue sentence holds more shared words, but the levee is what the reports put first.
TEST(SummariserTest, PrefersTheFactReportsStateFirstAmongEquallyReportedOnes) {
  std::vector<std::string> texts;
  const std::vector<std::string> openers = {
      "Late on Sunday night the storm surge broke the old levee, officials said, and thousands "
      "of people living near the water were told to leave at once.",
      "Witnesses said the storm surge broke the old levee shortly before midnight, as the wind "
      "reached its peak over the flat coastal farmland.",
      "After hours of rising water the storm surge broke the old levee on Sunday, sending a "
      "wall of water into streets that had been dry for decades."};
  for (const std::string& opener : openers) {
    texts.push_back(opener + "\n\nRescue crews carried stranded families to the school gym.\n");
  }
  texts.push_back(
      "Residents of the coastal region had spent the whole weekend filling sandbags and stocking "
      "up on water, bread and batteries.\n\nEngineers said the storm surge broke the old levee."
      "\n\nVolunteers said rescue crews carried stranded families to the school gym.\n");
  Prepared p = Prepare(texts);
  OneFactPerSentence(&p);
  const SummaryPlan plan = Summarise(p.story, p.facts, p.garbling, p.quality, {.words = 12});
  EXPECT_EQ(plan.text, "Engineers said the storm surge broke the old levee.");
}

// Two outlets word the flood one way, two another: the wordings share few bigrams (so concept
// coverage alone takes both) but nearly all their content words. One of them is enough.
TEST(SummariserTest, SkipsParaphrasesOfAChosenSentence) {
  const std::string a =
      "Heavy rain flooded the town of Elm on Monday, forcing hundreds of residents from their "
      "homes.";
  const std::string b =
      "Hundreds of homes in the town of Elm flooded on Monday as residents fled the heavy rain.";
  const std::string rescue = "\n\nRescue boats reached stranded families in the afternoon.\n";
  const std::string council =
      "\n\nThe town council will meet on Wednesday to discuss the repairs.\n";
  Prepared p = Prepare({a + rescue + council, a + rescue + council, b + rescue, b + rescue});
  OneFactPerSentence(&p);
  const SummaryPlan plan = Summarise(p.story, p.facts, p.garbling, p.quality, {.words = 45});
  const bool has_a = plan.text.find(a) != std::string::npos;
  const bool has_b = plan.text.find(b) != std::string::npos;
  EXPECT_TRUE(has_a != has_b) << plan.text;
  EXPECT_NE(plan.text.find("Rescue boats"), std::string::npos) << plan.text;
  EXPECT_NE(plan.text.find("council"), std::string::npos) << plan.text;
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
  // Every sentence's quotation marks pair up: no tail of a quote several sentences long
  // (the seeds have "... God bless the people of Russia and Ukraine!”"), whose speaker
  // the reader cannot see.
  const std::string& text = brief.summary.text;
  int open = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "\u201C") == 0) ++open;
    if (text.compare(i, 3, "\u201D") == 0) {
      --open;
      ASSERT_GE(open, 0) << text;
    }
  }
  EXPECT_EQ(open, 0) << text;
}

// A sentence inside a quotation of several sentences is a fragment: used only when nothing
// else fills the budget.
TEST(SummariserTest, SkipsTheMiddleOfAQuotationOfSeveralSentences) {
  std::vector<std::string> texts = kReports;
  for (std::string& t : texts) {  // a fact all three report, but only inside a long quote
    t = "\u201CWe lost it. The old stone bridge of Elm collapsed into the river on Monday "
        "night,\u201D a resident said.\n\n" +
        t;
  }
  const Prepared p = Prepare(texts);
  const SummaryPlan plan = Summarise(p.story, p.facts, p.garbling, p.quality, {.words = 40});
  EXPECT_NE(plan.text.find("Elm"), std::string::npos) << plan.text;
  EXPECT_EQ(plan.text.find("stone bridge"), std::string::npos) << plan.text;
}

}  // namespace
}  // namespace chorus
