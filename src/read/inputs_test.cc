#include "read/inputs.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

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

// Writes bytes to a fresh file under the test's temporary folder and returns its path.
std::string TempFile(const std::string& name, const std::string& bytes) {
  const auto dir =
      std::filesystem::temp_directory_path() / ("chorus_read_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / name).string();
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

TEST(ReadInputs, WarcGzMemberPerRecordIsStreamed) {
  // records.warc.gz: pages.warc with each record in its own gzip member (as in CC-NEWS).
  std::vector<Document> docs;
  std::vector<Error> errors;
  ReadInputsStreaming(
      {TestPath("records.warc.gz")}, [&](Document&& d) { docs.push_back(std::move(d)); },
      [&](Error&& e) { errors.push_back(std::move(e)); });
  ASSERT_TRUE(errors.empty()) << errors[0].message;
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "records#2");
  EXPECT_TRUE(docs[0].text.starts_with("The harbour bridge reopened"));
}

TEST(ReadInputs, TruncatedWarcGzKeepsCompleteRecords) {
  const std::string gz = testing::ReadFileOrEmpty(TestPath("records.warc.gz"));
  ASSERT_EQ(gz.size(), 1921u);  // members of 122, 1471, 155 and 173 bytes
  // Cut inside the third member: the article (record 2) is read, then one error.
  const std::string cut = TempFile("cut.warc.gz", gz.substr(0, 122 + 1471 + 50));
  ReadResult r = ReadInputFile(cut);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "cut#2");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].message, cut + ": WARC record 3: truncated or corrupt gzip data");
  // Cut inside the article's member: nothing but the error.
  const std::string early = TempFile("early.warc.gz", gz.substr(0, 122 + 700));
  ReadResult e = ReadInputFile(early);
  EXPECT_TRUE(e.docs.empty());
  ASSERT_EQ(e.errors.size(), 1u);
  EXPECT_EQ(e.errors[0].message, early + ": WARC record 2: truncated or corrupt gzip data");
}

TEST(ReadInputs, WarcLengthsBeyondTheDataAreNotAllocated) {
  const std::string head = "WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/html\r\n";
  // Larger than the record limit: skipped by reading, which finds the end of the file.
  const std::string huge =
      TempFile("huge.warc", head + "Content-Length: 300000000000\r\n\r\n<html><p>tiny</p></html>");
  ReadResult h = ReadInputFile(huge);
  ASSERT_EQ(h.errors.size(), 1u);
  EXPECT_EQ(h.errors[0].message, huge + ": WARC record 1: truncated");
  // Within the limit: read in steps, so a lying length costs only the bytes present.
  const std::string lying =
      TempFile("lying.warc", head + "Content-Length: 200000000\r\n\r\n<html><p>tiny</p>");
  ReadResult l = ReadInputFile(lying);
  ASSERT_EQ(l.errors.size(), 1u);
  EXPECT_EQ(l.errors[0].message, lying + ": WARC record 1: truncated");
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

std::string GzipOf(const std::string& raw) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, raw.size()), '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(raw.data()));
  zs.avail_in = static_cast<uInt>(raw.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

TEST(Gunzip, MembersAndGrowingOutput) {
  // 1 MB of one byte compresses 1000-fold, past the size hint, so the output grows.
  const std::string big(size_t{1} << 20, 'a');
  const std::string gz = GzipOf(big) + GzipOf("tail");
  auto out = Gunzip(gz, "big.gz");
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, big + "tail");
  EXPECT_FALSE(Gunzip(gz, "big.gz", big.size()));
  EXPECT_FALSE(Gunzip(gz.substr(0, gz.size() - 3), "cut.gz"));
  const std::string records = testing::ReadFileOrEmpty(TestPath("records.warc.gz"));
  auto warc = Gunzip(records, "records.warc.gz");
  ASSERT_TRUE(warc);
  EXPECT_EQ(*warc, testing::ReadFileOrEmpty(TestPath("pages.warc")));
  EXPECT_EQ(GunzipPrefix(records, 5), "WARC/");
  EXPECT_EQ(GunzipPrefix(records.substr(0, 12), 5), "");  // too short to tell
}

}  // namespace
}  // namespace chorus
