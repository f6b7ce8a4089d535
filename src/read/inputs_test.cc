#include "read/inputs.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "read/dates.h"
#include "read/gzip.h"
#include "tests/test_util.h"

namespace chorus {
namespace {

std::string TestPath(const std::string& name) {
  return testing::RepoDir() + "/src/read/testdata/" + name;
}

TEST(SourceIdFromPath, StripsKnownExtensions) {
  EXPECT_EQ(SourceIdFromPath("dir/abc.html.gz"), "abc");
  EXPECT_EQ(SourceIdFromPath("ledger.txt"), "ledger");
  EXPECT_EQ(SourceIdFromPath("news.rss"), "news");
  EXPECT_EQ(SourceIdFromPath("bbc.co.uk.html"), "bbc.co.uk");
  EXPECT_EQ(SourceIdFromPath("notes"), "notes");
}

TEST(ReadInputs, HtmlPageAndGzippedPage) {
  ReadResult r = ReadInputs({TestPath("article.html"), TestPath("article.html.gz")}, 2);
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].message;
  ASSERT_EQ(r.docs.size(), 2u);
  for (const Document& d : r.docs) {
    EXPECT_EQ(d.id, "article");
    EXPECT_EQ(d.title, "Harbour bridge reopens after repairs");
    EXPECT_EQ(d.byline, "Mira Okafor");
    EXPECT_EQ(d.language, "en");
    EXPECT_TRUE(d.Slice(d.body).starts_with("The harbour bridge reopened")) << d.text;
  }
  EXPECT_EQ(r.docs[0].text, r.docs[1].text);
}

TEST(ReadInputs, RssItemsBecomeDocuments) {
  ReadResult r = ReadInputFile(TestPath("feed.rss"));
  ASSERT_EQ(r.docs.size(), 2u);
  const Document& a = r.docs[0];
  EXPECT_EQ(a.id, "feed#1");
  EXPECT_EQ(a.title, "Harbour bridge reopens after repairs");
  EXPECT_EQ(a.url, "https://courier.example/news/harbour-bridge");
  EXPECT_EQ(a.published, "2024-03-05T07:30:00Z");
  EXPECT_EQ(a.byline, "Mira Okafor");
  EXPECT_EQ(a.outlet, "Valley Courier: News");
  EXPECT_TRUE(a.text.starts_with("The harbour bridge reopened")) << a.text;
  EXPECT_TRUE(a.text.find("\n\nAbout 40,000 vehicles") != std::string::npos);
  // Escaped HTML in <description> is extracted too.
  EXPECT_EQ(r.docs[1].published, "2024-03-04T16:00:00+01:00");
  EXPECT_TRUE(r.docs[1].text.starts_with("The central library will stay open")) << r.docs[1].text;
  // The third item has no text: one error naming the feed and the item.
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("feed.rss: item 3"), std::string::npos);
}

TEST(ReadInputs, AtomAndJsonFeeds) {
  ReadResult r = ReadInputs({TestPath("feed.atom"), TestPath("feed.json")}, 1);
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].message;
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "comet-2024");
  EXPECT_EQ(r.docs[0].url, "https://courier.example/science/comet");
  EXPECT_EQ(r.docs[0].byline, "Tomas Berg");
  EXPECT_EQ(r.docs[0].text,
            "A comet will be visible to the naked eye on Saturday night, astronomers at the "
            "observatory said.\n\nClear skies are forecast for most of the region.");
  EXPECT_EQ(r.docs[1].id, "match-101");
  EXPECT_EQ(r.docs[1].outlet, "Courier Sport");
  EXPECT_EQ(r.docs[1].byline, "Ana Ruiz");
  EXPECT_TRUE(r.docs[1].text.starts_with("The home side won the derby 2-1"));
}

TEST(ReadInputs, WarcResponsesWithHtml) {
  for (const char* name : {"pages.warc", "pages.warc.gz"}) {
    ReadResult r = ReadInputFile(TestPath(name));
    ASSERT_TRUE(r.errors.empty()) << r.errors[0].message;
    ASSERT_EQ(r.docs.size(), 1u) << name;  // warcinfo, request and the PNG are not articles
    EXPECT_EQ(r.docs[0].id, "pages#2");
    EXPECT_EQ(r.docs[0].url, "https://courier.example/news/harbour-bridge?utm=x");
    EXPECT_EQ(r.docs[0].published, "2024-03-05T08:30:00+01:00");
    EXPECT_TRUE(r.docs[0].text.starts_with("The harbour bridge reopened"));
  }
}

TEST(ReadInputs, TruncatedWarcAndGzipAreErrors) {
  ReadResult r = ReadInputFile(TestPath("truncated.warc"));
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("truncated.warc: WARC record 2: truncated"), std::string::npos)
      << r.errors[0].message;
  const std::string gz = testing::ReadFileOrEmpty(TestPath("pages.warc.gz"));
  ReadResult g = ReadInputBytes(gz.substr(0, gz.size() / 2), "cut.warc.gz");
  ASSERT_EQ(g.errors.size(), 1u);
  EXPECT_EQ(g.errors[0].code, ErrorCode::kFormat);
  EXPECT_TRUE(g.docs.empty());
}

TEST(ReadInputs, JsonLinesWithPerLineErrors) {
  ReadResult r = ReadInputFile(TestPath("articles.jsonl"));
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "a1");
  EXPECT_EQ(r.docs[0].title, "Market hall renovation begins");
  EXPECT_EQ(r.docs[0].outlet, "Valley Courier");
  EXPECT_EQ(r.docs[0].published, "2024-03-01");
  EXPECT_EQ(r.docs[0].Slice(r.docs[0].body).substr(0, 12), "Work on the ");
  EXPECT_EQ(r.docs[1].id, "articles#3");
  EXPECT_EQ(r.docs[1].title, "Night buses return");
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_NE(r.errors[0].message.find("articles.jsonl:2"), std::string::npos);
  EXPECT_NE(r.errors[1].message.find("articles.jsonl:4"), std::string::npos);
}

TEST(ReadInputs, SniffsUnknownExtensionsAndKeepsOrder) {
  const std::string html = testing::ReadFileOrEmpty(TestPath("article.html"));
  EXPECT_EQ(ReadInputBytes(html, "page.php").docs.at(0).title,
            "Harbour bridge reopens after repairs");
  const std::string rss = testing::ReadFileOrEmpty(TestPath("feed.rss"));
  EXPECT_EQ(ReadInputBytes(rss, "feed").docs.size(), 2u);
  ReadResult text = ReadInputBytes("Plain words, one line of them, nothing else.\n", "note.dat");
  ASSERT_EQ(text.docs.size(), 1u);
  EXPECT_EQ(text.docs[0].id, "note");
  ReadResult bad = ReadInputBytes("<rss><channel><title>x</title></channel></rss>", "empty.rss");
  ASSERT_EQ(bad.errors.size(), 1u);
  EXPECT_NE(bad.errors[0].message.find("empty.rss: not an RSS or Atom feed"), std::string::npos);

  ReadResult all =
      ReadInputs({TestPath("feed.json"), "no/such/file.html", TestPath("feed.atom")}, 3);
  ASSERT_EQ(all.docs.size(), 2u);
  EXPECT_EQ(all.docs[0].id, "match-101");
  EXPECT_EQ(all.docs[1].id, "comet-2024");
  ASSERT_EQ(all.errors.size(), 1u);
  EXPECT_EQ(all.errors[0].message, "no/such/file.html: no such file or folder");
}

TEST(ReadInputs, FolderOfPagesStreaming) {
  std::vector<std::string> ids;
  std::vector<std::string> errors;
  ReadInputsStreaming(
      {testing::RepoDir() + "/src/read/testdata"}, [&](Document&& d) { ids.push_back(d.id); },
      [&](Error&& e) { errors.push_back(e.message); });
  EXPECT_GE(ids.size(), 8u);
  EXPECT_EQ(ids.front(), "article");  // article.html comes first in name order
  EXPECT_FALSE(errors.empty());       // the bad JSONL lines, the empty item, the truncated WARC
}

TEST(NormalizeDate, CommonFormats) {
  EXPECT_EQ(NormalizeDate("2019-11-19T13:00:00Z"), "2019-11-19T13:00:00Z");
  EXPECT_EQ(NormalizeDate("2019-11-19T13:00:00.123+05:30"), "2019-11-19T13:00:00+05:30");
  EXPECT_EQ(NormalizeDate("2019/11/19"), "2019-11-19");
  EXPECT_EQ(NormalizeDate("Tue, 19 Nov 2019 13:00:00 GMT"), "2019-11-19T13:00:00Z");
  EXPECT_EQ(NormalizeDate("November 19, 2019"), "2019-11-19");
  EXPECT_EQ(NormalizeDate("19 November 2019"), "2019-11-19");
  EXPECT_EQ(NormalizeDate("yesterday"), "");
  EXPECT_EQ(NormalizeDate("2019-13-45"), "");
}

TEST(Gunzip, LimitsOutput) {
  const std::string gz = testing::ReadFileOrEmpty(TestPath("article.html.gz"));
  ASSERT_TRUE(LooksGzipped(gz));
  EXPECT_TRUE(Gunzip(gz, "a"));
  auto small = Gunzip(gz, "a.gz", 100);
  ASSERT_FALSE(small);
  EXPECT_NE(small.error().message.find("a.gz"), std::string::npos);
}

}  // namespace
}  // namespace chorus
