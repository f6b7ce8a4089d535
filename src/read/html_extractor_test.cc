#include "read/html_extractor.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "eval/extract_eval.h"
#include "read/gzip.h"
#include "read/html_reader.h"
#include "tests/test_util.h"

namespace chorus {
namespace {

std::string TestData(const std::string& name) {
  return testing::ReadFileOrEmpty(testing::RepoDir() + "/src/read/testdata/" + name);
}

bool Has(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

TEST(ExtractArticle, KeepsTheStoryAndDropsWhatReadersSkip) {
  const std::string page = TestData("article.html");
  ASSERT_FALSE(page.empty());
  const html::Article a = html::ExtractArticle(page);
  for (const char* kept : {"The harbour bridge reopened to traffic", "About 40,000 vehicles",
                           "Costs higher than planned", "The repairs cost 2.4 million euros",
                           "Cycle lanes reopen on Friday", "Residents welcomed the news"}) {
    EXPECT_TRUE(Has(a.text, kept)) << kept << "\n" << a.text;
  }
  for (const char* dropped :
       {"Home", "cookies", "Share on social", "morning newsletter", "Council approves budget",
        "First comment", "Copyright", "The bridge at dawn", "By Mira Okafor"}) {
    EXPECT_FALSE(Has(a.text, dropped)) << dropped << "\n" << a.text;
  }
  // The headline is metadata, not body.
  EXPECT_FALSE(a.text.starts_with("Harbour bridge reopens"));
  // Paragraphs are separated by blank lines; list items are paragraphs of their own.
  EXPECT_TRUE(Has(
      a.text,
      "commuters, according to the council's transport office.\n\nCosts higher than planned\n\n"));
  EXPECT_TRUE(Has(a.text, "dried.\n\nPedestrian access"));
  // What was dropped inside the article is reported with its reason.
  bool caption = false, newsletter = false;
  for (const auto& r : a.removed) {
    caption |= r.reason == RemovalReason::kCaption && Has(r.text, "The bridge at dawn");
    newsletter |= r.reason == RemovalReason::kBoilerplate && Has(r.text, "morning newsletter");
  }
  EXPECT_TRUE(caption);
  EXPECT_TRUE(newsletter);
}

TEST(DocumentFromHtml, ReportsRemovalsAsSourceBytes) {
  const std::string page = TestData("removals.html");
  auto doc = DocumentFromHtml("removals", "removals.html", page);
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_TRUE(Has(doc->text, "teenagers & adults")) << doc->text;
  std::vector<std::pair<std::string, std::string>> got;  // reason, text
  for (const InputRemoval& r : doc->input_removed) {
    ASSERT_LT(r.start, r.end);
    ASSERT_LE(r.end, page.size());
    EXPECT_EQ(r.text, page.substr(r.start, r.end - r.start));  // exactly the input bytes
    EXPECT_FALSE(Has(doc->text, r.text)) << r.text;            // and not in the article
    got.emplace_back(r.reason, r.text);
  }
  const std::vector<std::pair<std::string, std::string>> want = {
      {"boilerplate", "This site uses cookies."},
      {"boilerplate", "Learn more"},
      {"byline", "By Tomas Brenner"},
      {"caption", "The reading room after its renovation."},
      {"credit", "Photo: Lea Marsh"},
      {"boilerplate", "Share on Facebook"},
      {"boilerplate", "Share by e-mail"},
      {"widget", "Related"},
      {"widget", "Swimming pool to close for repairs"},
      {"widget", "New bus line to the hospital"},
      {"boilerplate", "Great news, finally a chance to borrow books after work on a weekday!"},
  };
  EXPECT_EQ(got, want);
}

TEST(DocumentFromHtml, LegacyCharsetRemovalsMapToInputBytes) {
  // Windows-1252: "é" is one input byte and two UTF-8 bytes.
  const std::string page =
      "<html><head><meta charset=\"windows-1252\"></head><body><article><p>Caf\xe9 owners in "
      "the old town said on Monday that they would open later, citing rising costs and fewer "
      "visitors.</p><figure><figcaption>Caf\xe9 terrace</figcaption></figure><p>The owners "
      "association will meet the mayor next week to discuss the opening hours, it said.</p>"
      "</article></body></html>";
  auto doc = DocumentFromHtml("cafe", "cafe.html", page);
  ASSERT_TRUE(doc) << doc.error().message;
  ASSERT_EQ(doc->input_removed.size(), 1u);
  const InputRemoval& r = doc->input_removed[0];
  EXPECT_EQ(r.reason, "caption");
  EXPECT_EQ(r.text, "Caf\u00e9 terrace");
  EXPECT_EQ(page.substr(r.start, r.end - r.start), "Caf\xe9 terrace");
}

TEST(ExtractArticle, Metadata) {
  const html::Article a = html::ExtractArticle(TestData("article.html"));
  EXPECT_EQ(a.meta.title, "Harbour bridge reopens after repairs");
  EXPECT_EQ(a.meta.byline, "Mira Okafor");  // JSON-LD person, not "Email the author"
  EXPECT_EQ(a.meta.published, "2024-03-05T08:30:00+01:00");
  EXPECT_EQ(a.meta.outlet, "The Valley Courier");
  EXPECT_EQ(a.meta.url, "https://courier.example/news/harbour-bridge");
  EXPECT_EQ(a.meta.language, "en-GB");
}

TEST(CleanByline, KeepsPeopleOnly) {
  EXPECT_EQ(html::CleanByline("By Jane Doe and John Roe"), "Jane Doe, John Roe");
  EXPECT_EQ(html::CleanByline("Email the author"), "");
  EXPECT_EQ(html::CleanByline("March 5, 2024"), "");
  EXPECT_EQ(html::CleanByline("jane@example.com"), "");
  EXPECT_EQ(html::CleanByline("Ana Ruiz | Staff Writer"), "Ana Ruiz, Staff Writer");
}

TEST(DocumentFromHtml, ConvertsLegacyCharsets) {
  auto doc = DocumentFromHtml("latin1", "latin1.html", TestData("latin1.html"));
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_EQ(doc->source_charset, "windows-1252");
  EXPECT_TRUE(Has(doc->text, "The caf\u00e9 on the main square")) << doc->text;
  EXPECT_TRUE(Has(doc->text,
                  "opened \u2013 many had followed the renovation on the caf\u00e9\u2019s page"));
  EXPECT_EQ(doc->title, "Caf\u00e9 reopens");
  EXPECT_EQ(doc->body.begin, 0u);
  EXPECT_EQ(doc->body.end, doc->text.size());
}

TEST(DocumentFromHtml, BadPagesAreErrors) {
  EXPECT_EQ(DocumentFromHtml("b", "b.html", std::string("\x00\x01\x02 binary", 10)).error().code,
            ErrorCode::kBinary);
  EXPECT_EQ(
      DocumentFromHtml("e", "e.html", "<html><body><nav>Home</nav></body></html>").error().code,
      ErrorCode::kEmpty);
  // Truncated markup still gives its text.
  auto doc =
      DocumentFromHtml("t", "t.html", "<html><body><p>The council met on Monday and approved");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->text, "The council met on Monday and approved");
}

// Real pages from the public benchmarks: a sample of each, scored with their own metric.
struct Sample {
  double f1 = 0;
  int pages = 0;
};

Sample ScoreSample(const std::string& dir, const std::string& field, bool aeb, size_t every) {
  Sample s;
  auto pages = LoadGold(dir, field);
  if (!pages) return s;
  double p = 0, r = 0, f = 0;
  for (size_t i = 0; i < pages->size(); i += every) {
    const GoldPage& g = (*pages)[i];
    auto raw = Gunzip(testing::ReadFileOrEmpty(g.html_path), g.html_path);
    if (!raw) continue;
    auto art = ReadArticle(*raw, g.html_path);
    const std::string out = art ? art->article.text : "";
    if (aeb) {
      const ShingleMatch m = AebShingleMatch(out, g.gold);
      p += m.tp + m.fp > 0 ? m.tp / (m.tp + m.fp) : 0;
      r += m.tp + m.fn > 0 ? m.tp / (m.tp + m.fn) : 0;
    } else {
      f += BagOfWordsF1(out, g.gold);
    }
    ++s.pages;
  }
  if (s.pages == 0) return s;
  if (aeb) {
    p /= s.pages;
    r /= s.pages;
    s.f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
  } else {
    s.f1 = f / s.pages;
  }
  return s;
}

TEST(ExtractArticle, ScrapinghubBenchmarkSample) {
  const std::string dir = testing::SharedDir() + "/data/aeb";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no ../shared/data";
  const Sample s = ScoreSample(dir, "articleBody", true, 6);  // 31 of 181 pages
  EXPECT_EQ(s.pages, 31);
  EXPECT_GE(s.f1, 0.94);
}

TEST(ExtractArticle, WcxbSample) {
  const std::string dir = testing::SharedDir() + "/data/wcxb-articles";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no ../shared/data";
  const Sample s = ScoreSample(dir, "main_content", false, 24);  // 30 of 710 pages
  EXPECT_EQ(s.pages, 30);
  EXPECT_GE(s.f1, 0.88);
}

// Titles and dates agree with the WCXB annotations on most pages.
TEST(ExtractArticle, WcxbMetadataSample) {
  const std::string dir = testing::SharedDir() + "/data/wcxb-articles";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no ../shared/data";
  const auto gold = nlohmann::json::parse(testing::ReadFileOrEmpty(dir + "/ground-truth.json"));
  int pages = 0, titles = 0, dates = 0, dated = 0;
  int k = 0;
  for (const auto& [id, v] : gold.items()) {
    if (k++ % 48 != 0) continue;  // 15 pages
    auto raw = Gunzip(testing::ReadFileOrEmpty(dir + "/html/" + id + ".html.gz"), id);
    ASSERT_TRUE(raw);
    auto art = ReadArticle(*raw, id);
    ASSERT_TRUE(art);
    ++pages;
    const std::string title = v.value("title", "");
    if (!title.empty() && Has(art->article.meta.title, title.substr(0, 20))) ++titles;
    const std::string date =
        v["publish_date"].is_string() ? v["publish_date"].get<std::string>() : "";
    if (date.size() >= 10) {
      ++dated;
      if (art->article.meta.published.starts_with(date.substr(0, 10))) ++dates;
    }
  }
  EXPECT_GE(titles * 10, pages * 8) << titles << " of " << pages;
  EXPECT_GE(dates * 10, dated * 7) << dates << " of " << dated;
}

}  // namespace
}  // namespace chorus
