// The analyse stage on the five real seed reports (../shared/seeds, read at run time) and on
// the bundled example story when it exists.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "analyse/analysis.h"
#include "analyse/name_match.h"
#include "analyse/test_story.h"
#include "analyse/words.h"
#include "brief/brief_builder.h"
#include "read/inputs.h"
#include "tests/test_util.h"

namespace chorus {
namespace {

using testing::EntityWithVariant;

class SeedsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ReadResult in = ReadInputs({testing::SeedsDir()});
    story_ = new StoryText(PrepareStory(std::move(in.docs)));
    analysis_ = new StoryAnalysis(AnalyseStory(*story_));
  }
  static void TearDownTestSuite() {
    delete analysis_;
    delete story_;
  }
  static const StoryAnalysis& A() { return *analysis_; }
  static std::set<uint32_t> Docs(const StoryEntity& e) {
    std::set<uint32_t> d;
    for (const SpanRef& m : e.mentions) d.insert(m.doc);
    return d;
  }
  // The quote group one of whose variants contains `words`, or nullptr.
  static const StoryQuote* QuoteWith(uint32_t doc, const std::string& words) {
    for (const StoryQuote& q : A().quotes) {
      for (const QuoteVariantRef& v : q.variants) {
        if (v.where.doc == doc &&
            testing::Slice(*story_, v.where).find(words) != std::string::npos) {
          return &q;
        }
      }
    }
    return nullptr;
  }
  static StoryText* story_;
  static StoryAnalysis* analysis_;
};
StoryText* SeedsTest::story_ = nullptr;
StoryAnalysis* SeedsTest::analysis_ = nullptr;

// Every spelling in `variants` is a variant of one person entity.
void ExpectOnePerson(const StoryAnalysis& a, const std::vector<std::string>& variants) {
  const int e = EntityWithVariant(a, variants.front());
  ASSERT_GE(e, 0) << variants.front();
  EXPECT_EQ(a.entities[e].type, EntityType::kPerson) << variants.front();
  for (const std::string& v : variants) EXPECT_EQ(EntityWithVariant(a, v), e) << v;
}

TEST_F(SeedsTest, EachPersonIsOneEntityWithAllSpellings) {
  ASSERT_EQ(story_->docs.size(), 5u);
  ExpectOnePerson(A(), {"Volodymyr Zelenskyy", "Volodymyr Zelensky", "Volodymie Zelensky",
                        "Zelensky", "Zelenskyy"});
  ExpectOnePerson(A(), {"Dmitri S. Peskov", "Dmitry Peskov", "Peskov"});
  ExpectOnePerson(A(), {"Michael Waltz", "Mike Waltz"});
  ExpectOnePerson(A(), {"Steve Witkoff", "Witkov"});
  ExpectOnePerson(A(), {"Pete Hegseth", "Pete Hegses", "Hegseth"});
  ExpectOnePerson(A(), {"Marc Fogel", "Mark Fogel", "Mark Vogel"});
  ExpectOnePerson(A(), {"Donald Trump", "Trump"});
  ExpectOnePerson(A(), {"Vladimir Putin", "Putin"});
  EXPECT_EQ(A().entities[EntityWithVariant(A(), "Trump")].name, "Donald Trump");
  EXPECT_EQ(A().entities[EntityWithVariant(A(), "Zelensky")].name, "Volodymyr Zelenskyy");
  EXPECT_EQ(Docs(A().entities[EntityWithVariant(A(), "Zelensky")]).size(), 5u);
}

TEST_F(SeedsTest, DifferentPeopleAreNotMerged) {
  EXPECT_NE(EntityWithVariant(A(), "Vladimir Putin"),
            EntityWithVariant(A(), "Volodymyr Zelenskyy"));
  EXPECT_NE(EntityWithVariant(A(), "Marco Rubio"), EntityWithVariant(A(), "Marc Fogel"));
  for (const StoryEntity& e : A().entities) {  // all full names of an entity share a surname
    std::vector<std::string> surnames;
    for (const std::string& v : e.variants) {
      const std::vector<Word> w = ScanWords(v, {0, static_cast<uint32_t>(v.size())});
      if (w.size() >= 2) surnames.push_back(w.back().fold);
    }
    for (const std::string& s : surnames) {
      EXPECT_GT(SurnameScore(s, surnames.front()), 0.0) << e.name << " has " << s;
    }
  }
}

TEST_F(SeedsTest, RolesComeFromTheText) {
  const StoryEntity& rubio = A().entities[EntityWithVariant(A(), "Marco Rubio")];
  EXPECT_NE(std::find(rubio.roles.begin(), rubio.roles.end(), "Secretary of State"),
            rubio.roles.end());
  const StoryEntity& peskov = A().entities[EntityWithVariant(A(), "Peskov")];
  EXPECT_NE(std::find(peskov.roles.begin(), peskov.roles.end(), "Kremlin spokesman"),
            peskov.roles.end());
}

TEST_F(SeedsTest, NoCreditOrBylineIsAnEntity) {
  for (const char* credit :
       {"Evan Vucci", "Julia Bonavita", "Kevin Lamarque", "Aleksey Babushkin", "Farnaz Fassihi",
        "Julian E. Barnes", "AFP", "Reuters", "Getty Images"}) {
    EXPECT_EQ(EntityWithVariant(A(), credit), -1) << credit;
  }
  for (const StoryEntity& e : A().entities) {  // and nothing from removed text
    for (const SpanRef& m : e.mentions) {
      bool kept = false;
      for (const TextSpan& k : story_->cleaned[m.doc].kept) kept = kept || k.Contains(m.span);
      EXPECT_TRUE(kept) << e.name;
    }
  }
}

TEST_F(SeedsTest, MillionsOfDeathsQuoteIsOneQuoteFromEveryOutlet) {
  const StoryQuote* q = QuoteWith(0, "millions of deaths");
  ASSERT_NE(q, nullptr);
  std::set<uint32_t> docs;
  for (const QuoteVariantRef& v : q->variants) docs.insert(v.where.doc);
  EXPECT_EQ(docs, (std::set<uint32_t>{0, 1, 2, 3, 4}));
  for (uint32_t d = 1; d < 5; ++d) EXPECT_EQ(QuoteWith(d, "millions of deaths"), q) << d;
  ASSERT_GE(q->speaker, 0);
  EXPECT_EQ(A().entities[q->speaker].name, "Donald Trump");
  for (const QuoteVariantRef& v : q->variants) {  // 001 re-translated it
    if (v.where.doc == 1 &&
        testing::Slice(*story_, v.where).find("happening") != std::string::npos) {
      EXPECT_TRUE(v.kind == QuoteKind::kTranslation || v.kind == QuoteKind::kParaphrase);
    }
  }
}

TEST_F(SeedsTest, KremlinReadoutRenderedTwoWaysIsOneQuote) {
  const StoryQuote* a = QuoteWith(3, "spoke in favor of");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(QuoteWith(4, "spoke in favour of"), a);
  const StoryQuote* b = QuoteWith(3, "long-term settlement");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(QuoteWith(4, "long-term settlement"), b);
  ASSERT_GE(a->speaker, 0);
  EXPECT_EQ(A().entities[a->speaker].name, A().entities[EntityWithVariant(A(), "Peskov")].name);
}

TEST_F(SeedsTest, SpeakersOfSingleQuotes) {
  auto speaker = [&](uint32_t doc, const std::string& words) -> std::string {
    const StoryQuote* q = QuoteWith(doc, words);
    return q == nullptr || q->speaker < 0 ? "" : A().entities[q->speaker].name;
  };
  EXPECT_EQ(speaker(2, "pre-2014 borders"), "Pete Hegseth");
  EXPECT_EQ(speaker(2, "a realistic outcome"), "Pete Hegseth");
  EXPECT_EQ(speaker(1, "time for our country"),
            A().entities[EntityWithVariant(A(), "Peskov")].name);
  EXPECT_EQ(speaker(1, "begin negotiations soon"), "Donald Trump");
  EXPECT_EQ(speaker(0, "Millions of people have died"), "Donald Trump");
}

TEST_F(SeedsTest, DeathTollConflictIsFlaggedAndCallLengthIsNot) {
  int deaths = 0;
  for (const StoryConflict& c : A().conflicts) {
    std::set<std::string> values;
    for (const ConflictClaim& cl : c.claims) values.insert(cl.value);
    if (values.count("millions") && values.count("hundreds of thousands")) ++deaths;
    EXPECT_EQ(c.about.find("call"), std::string::npos) << c.about;
    EXPECT_EQ(c.about.find("conversation"), std::string::npos) << c.about;
    EXPECT_EQ(c.about.find("talk"), std::string::npos) << c.about;
  }
  EXPECT_EQ(deaths, 1);
  bool ninety = false;
  for (const StoryFigure& f : A().figures) {
    ninety =
        ninety || (f.kind == FigureKind::kDuration && f.low == 90 && f.measures == "conversation");
  }
  EXPECT_TRUE(ninety);
}

TEST_F(SeedsTest, BriefListsEachOutletsUniqueFacts) {
  ReadResult in = ReadInputs({testing::SeedsDir()});
  const Brief b = BuildBrief(std::move(in.docs), BriefOptions{});
  EXPECT_EQ(b.unique.size(), 5u);
  size_t unique = 0;
  for (const auto& [source, facts] : b.unique) unique += facts.size();
  EXPECT_GT(unique, 0u);
  for (const Quote& q : b.quotes) {
    EXPECT_FALSE(q.text.empty());
    EXPECT_FALSE(q.sources.empty());
  }
}

// Invariants that must hold on any story: spans inside kept text, speakers valid, no
// person listed twice under one full name.
void ExpectSane(const StoryText& story, const StoryAnalysis& a) {
  auto kept = [&](const SpanRef& r) {
    for (const TextSpan& k : story.cleaned[r.doc].kept) {
      if (k.Contains(r.span)) return true;
    }
    return false;
  };
  std::set<std::string> names;
  for (const StoryEntity& e : a.entities) {
    EXPECT_TRUE(names.insert(e.name).second) << e.name;
    for (const SpanRef& m : e.mentions) EXPECT_TRUE(kept(m)) << e.name;
  }
  for (const StoryQuote& q : a.quotes) {
    EXPECT_LT(q.speaker, static_cast<int>(a.entities.size()));
    for (const QuoteVariantRef& v : q.variants) EXPECT_TRUE(kept(v.where));
  }
  for (const StoryConflict& c : a.conflicts) EXPECT_GE(c.claims.size(), 2u);
}

TEST_F(SeedsTest, Invariants) { ExpectSane(*story_, A()); }

class ExampleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(testing::ExampleDir())) GTEST_SKIP() << "no example story";
    ReadResult in = ReadInputs({testing::ExampleDir()});
    story_ = PrepareStory(std::move(in.docs));
    a_ = AnalyseStory(story_);
  }
  int Doc(const std::string& id) const {
    for (size_t d = 0; d < story_.docs.size(); ++d) {
      if (story_.docs[d].id == id) return static_cast<int>(d);
    }
    return -1;
  }
  const StoryQuote* QuoteWith(int doc, const std::string& words) const {
    for (const StoryQuote& q : a_.quotes) {
      for (const QuoteVariantRef& v : q.variants) {
        if (static_cast<int>(v.where.doc) == doc &&
            testing::Slice(story_, v.where).find(words) != std::string::npos) {
          return &q;
        }
      }
    }
    return nullptr;
  }
  StoryText story_;
  StoryAnalysis a_;
};

TEST_F(ExampleTest, Invariants) {
  ExpectSane(story_, a_);
  EXPECT_FALSE(a_.entities.empty());
}

TEST_F(ExampleTest, GarbledAndShortenedNamesMerge) {
  ExpectOnePerson(a_, {"Margarethe Lind", "Greta Lind", "Margarethe Lint", "Lind"});
  ExpectOnePerson(a_, {"Tomas R. Heller", "Tomas Heller", "Domas Heller"});
  ExpectOnePerson(a_, {"Alexander Korin", "Aleksandr Korin", "Alexandre Corin"});
  ExpectOnePerson(a_, {"Pieter Falk", "Pieter Valk"});
  for (const char* credit : {"Nora Quill", "Anders Vik", "Mira Solheim", "Daniel Orr", "Ada Lenz",
                             "Carl Moy", "Simon Achterberg", "Lea Fontaine"}) {
    EXPECT_EQ(EntityWithVariant(a_, credit), -1) << credit;
  }
}

// Places, ships and things get the merges people get: a garbled word ("Cestrel Bay"), the
// distinctive part of one longer name ("Skellan", "HALVARD"), an abbreviation ("St Brigid");
// the outlets naming themselves ("told the Ledger", "(Meridian)") are sources, not entities;
// "the Quay 4 berth" names "Quay 4", not "Quay".
TEST_F(ExampleTest, PlacesAndThingsMergeLikePeople) {
  auto same = [&](const std::vector<std::string>& variants) {
    const int e = EntityWithVariant(a_, variants.front());
    ASSERT_GE(e, 0) << variants.front();
    for (const std::string& v : variants) EXPECT_EQ(EntityWithVariant(a_, v), e) << v;
  };
  same({"Kestrel Bay", "Cestrel Bay"});
  same({"Skellan Island", "Skellan"});
  same({"Port Halvard", "Halvard", "HALVARD"});
  same({"Saint Brigid", "St Brigid"});
  for (const char* outlet : {"Ledger", "Meridian", "Quay"}) {
    EXPECT_EQ(EntityWithVariant(a_, outlet), -1) << outlet;
  }
  EXPECT_GE(EntityWithVariant(a_, "Quay 4"), 0);
  // examples/README.md: Kestrel Bay in all six reports, Skellan Island in five.
  auto reports = [&](const std::string& name) {
    std::set<uint32_t> docs;
    const int e = EntityWithVariant(a_, name);
    if (e >= 0) {
      for (const SpanRef& r : a_.entities[e].mentions) docs.insert(r.doc);
    }
    return docs.size();
  };
  EXPECT_EQ(reports("Kestrel Bay"), 6u);
  EXPECT_EQ(reports("Skellan Island"), 5u);
  EXPECT_EQ(reports("Port Halvard"), 6u);
}

TEST_F(ExampleTest, TranslatedStatementsAreOneQuote) {
  const StoryQuote* lind = QuoteWith(Doc("halvard-herald"), "whoever is responsible");
  ASSERT_NE(lind, nullptr);
  EXPECT_EQ(QuoteWith(Doc("eastbank-observer"), "the one who is guilty"), lind);
  ASSERT_GE(lind->speaker, 0);
  EXPECT_EQ(a_.entities[lind->speaker].name, "Margarethe Lind");
  const StoryQuote* owner = QuoteWith(Doc("coastline-daily"), "deeply regrets");
  ASSERT_NE(owner, nullptr);
  EXPECT_EQ(QuoteWith(Doc("meridian-wire"), "profoundly laments"), owner);
}

TEST_F(ExampleTest, InjuryCountConflictsAndAgreeingFiguresDoNot) {
  ASSERT_EQ(a_.conflicts.size(), 1u);
  const StoryConflict& c = a_.conflicts[0];
  EXPECT_EQ(c.about, "number of injured");
  std::set<std::string> values;
  for (const ConflictClaim& cl : c.claims) values.insert(cl.value);
  EXPECT_TRUE(values.count("dozens"));
  EXPECT_TRUE(values.count("at least 300"));
}

}  // namespace
}  // namespace chorus
