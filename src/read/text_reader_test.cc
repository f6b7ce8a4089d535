#include "read/text_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/test_util.h"

namespace chorus {
namespace {

TEST(TextReaderTest, EmptyInputIsAnErrorNamingIt) {
  auto doc = DocumentFromBytes("x", "dir/x.txt", "");
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.error().code, ErrorCode::kEmpty);
  EXPECT_NE(doc.error().message.find("dir/x.txt"), std::string::npos);
  auto blank = DocumentFromBytes("x", "blank.txt", " \n\t\r\n \xE2\x80\x83\n");
  ASSERT_FALSE(blank);
  EXPECT_EQ(blank.error().code, ErrorCode::kEmpty);
}

TEST(TextReaderTest, BinaryInputIsAnError) {
  auto nul = DocumentFromBytes("b", "img.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  ASSERT_FALSE(nul);
  EXPECT_EQ(nul.error().code, ErrorCode::kBinary);
  EXPECT_EQ(nul.error().message, "img.png: binary file, not text");
  std::string noisy = "some words";
  for (int i = 1; i < 20; ++i) noisy += static_cast<char>(i % 8 + 1);
  auto ctl = DocumentFromBytes("c", "c.bin", noisy);
  ASSERT_FALSE(ctl);
  EXPECT_EQ(ctl.error().code, ErrorCode::kBinary);
  // Tabs, form feeds and CRLF are text.
  EXPECT_TRUE(DocumentFromBytes("t", "t.txt", "a\tb\r\n\fc d e f g h i j k l m n o p"));
}

TEST(TextReaderTest, UnreadableFileIsAnIoError) {
  auto doc = ReadTextFile("/nonexistent/chorus/report.txt");
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.error().code, ErrorCode::kIo);
  EXPECT_NE(doc.error().message.find("/nonexistent/chorus/report.txt"), std::string::npos);
  auto dir = ReadTextFile(testing::SeedsDir());
  ASSERT_FALSE(dir);
  EXPECT_EQ(dir.error().code, ErrorCode::kIo);
}

TEST(TextReaderTest, Utf8IsTakenAsIs) {
  std::string bytes = "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D.\n";
  auto doc = DocumentFromBytes("u", "u.txt", bytes);
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->text, bytes);
  EXPECT_TRUE(doc->source_offsets.empty());
  EXPECT_EQ(doc->source_charset, "UTF-8");
  EXPECT_EQ(doc->SourceOffset(5), 5u);
}

TEST(TextReaderTest, Utf8BomIsStrippedAndOffsetsMapped) {
  auto doc = DocumentFromBytes("b", "b.txt", "\xEF\xBB\xBFHello world.\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->text, "Hello world.\n");
  EXPECT_EQ(doc->SourceOffset(0), 3u);
  EXPECT_EQ(doc->SourceOffset(doc->text.size()), 16u);
}

TEST(TextReaderTest, Windows1252IsConvertedWithSourceOffsets) {
  // "Café “quoted” naïve — done." in Windows-1252, enough text for the detector.
  std::string bytes =
      "Caf\xE9 \x93quoted\x94 na\xEFve \x97 done. The r\xE9sum\xE9 of the d\xE9j\xE0 vu "
      "was read by the fa\xE7"
      "ade of the caf\xE9 in M\xFCnchen.\n";
  auto doc = DocumentFromBytes("w", "w.txt", bytes);
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_NE(doc->source_charset, "UTF-8");
  const std::string& t = doc->text;
  EXPECT_EQ(t.substr(0, 5), "Caf\xC3\xA9");
  size_t q = t.find("quoted");
  ASSERT_NE(q, std::string::npos);
  EXPECT_EQ(t.substr(q - 3, 3), "\xE2\x80\x9C");
  EXPECT_EQ(t.substr(q + 6, 3), "\xE2\x80\x9D");
  EXPECT_NE(t.find("na\xC3\xAFve \xE2\x80\x94 done."), std::string::npos);
  ASSERT_EQ(doc->source_offsets.size(), t.size() + 1);
  EXPECT_EQ(doc->SourceOffset(q), 6u);  // 'q' in the input
  EXPECT_EQ(doc->SourceOffset(3), 3u);  // both bytes of é map to input byte 3
  EXPECT_EQ(doc->SourceOffset(4), 3u);
  EXPECT_EQ(doc->SourceOffset(q - 1), 5u);  // “ is input byte 5
  EXPECT_EQ(doc->SourceOffset(t.size()), bytes.size());
  size_t m = t.find("nchen");
  EXPECT_EQ(bytes.substr(doc->SourceOffset(m), 5), "nchen");
}

TEST(TextReaderTest, ShortLatin1FallsBackToWindows1252) {
  auto doc = DocumentFromBytes("s", "s.txt", "Caf\xE9\n");
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_EQ(doc->text, "Caf\xC3\xA9\n");
  EXPECT_EQ(doc->source_charset, "windows-1252");
  EXPECT_EQ(doc->SourceOffset(5), 4u);
}

TEST(TextReaderTest, Utf16WithBomIsConverted) {
  std::string bytes("\xFF\xFEH\0i\0 \0\x1C\x20!\0", 12);
  auto doc = DocumentFromBytes("w", "w16.txt", bytes);
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_EQ(doc->text, "Hi \xE2\x80\x9C!");
  EXPECT_EQ(doc->SourceOffset(0), 2u);
  EXPECT_EQ(doc->SourceOffset(3), 8u);
  EXPECT_EQ(doc->SourceOffset(6), 10u);
}

TEST(TextReaderTest, TitlesOnSmallInputs) {
  auto d = DocumentFromBytes("a", "a.txt", "Leaders Agree To Talks\nThe two leaders spoke.\n");
  ASSERT_TRUE(d);
  ASSERT_TRUE(d->title.has_value());
  EXPECT_EQ(*d->title, "Leaders Agree To Talks");
  EXPECT_EQ(d->Slice(d->title_span), *d->title);
  EXPECT_EQ(d->Slice(d->body).substr(0, 7), "The two");

  d = DocumentFromBytes("b", "b.txt",
                        "Leaders agree to talks after a call\n\nThe two leaders spoke.\n");
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->title.has_value());  // blank line after it

  // Lower-case openings, credits and widget lines sharing nothing with the body are not titles.
  for (const char* junk : {"talks begin after a long call", "(Getty Images)",
                           "Share | Tweet | Email", "Tweet with a location"}) {
    d = DocumentFromBytes("j", "j.txt",
                          std::string(junk) + "\n\nThe two leaders spoke on the call.\n");
    ASSERT_TRUE(d);
    EXPECT_FALSE(d->title.has_value()) << junk;
  }

  d = DocumentFromBytes("c", "c.txt", "The two leaders spoke on Wednesday.\nThey agreed.\n");
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->title.has_value());
  EXPECT_EQ(d->body, (TextSpan{0, static_cast<uint32_t>(d->text.size())}));

  // A line running on into the next one is not a headline.
  d = DocumentFromBytes("d", "d.txt", "The Two Leaders Spoke On\nwednesday about the war.\n");
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->title.has_value());

  d = DocumentFromBytes("e", "e.txt", "Only One Line Here\n");
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->title.has_value());
}

TEST(TextReaderTest, TitlesOnSeeds) {
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(testing::SeedsDir())) {
    paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  ASSERT_EQ(paths.size(), 5u);
  const bool has_title[] = {true, false, true, false, false};
  for (size_t i = 0; i < paths.size(); ++i) {
    auto doc = ReadTextFile(paths[i].string());
    ASSERT_TRUE(doc) << doc.error().message;
    EXPECT_EQ(doc->id, paths[i].stem().string());
    EXPECT_EQ(doc->path, paths[i].string());
    EXPECT_EQ(doc->title.has_value(), has_title[i]) << paths[i];
    EXPECT_EQ(doc->body.end, doc->text.size());
    if (has_title[i]) {
      EXPECT_EQ(doc->Slice(doc->title_span), *doc->title);
      EXPECT_EQ(doc->title_span.begin, 0u);
      EXPECT_GT(doc->body.begin, doc->title_span.end);
      EXPECT_EQ(doc->Slice(doc->body).substr(0, 9), "President");
    } else {
      EXPECT_EQ(doc->body.begin, 0u);
      EXPECT_TRUE(doc->title_span.empty());
    }
  }
}

}  // namespace
}  // namespace chorus
