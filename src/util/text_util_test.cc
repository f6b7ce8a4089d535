#include "util/text_util.h"

#include <gtest/gtest.h>

namespace chorus {
namespace {

TEST(TextUtilTest, Utf8Validity) {
  EXPECT_TRUE(IsUtf8("plain ascii"));
  EXPECT_TRUE(IsUtf8("curly \xE2\x80\x9Cquotes\xE2\x80\x9D"));
  EXPECT_FALSE(IsUtf8("latin1 caf\xE9"));
  EXPECT_FALSE(IsUtf8("\xC0\xAF"));      // overlong
  EXPECT_FALSE(IsUtf8("\xED\xA0\x80"));  // surrogate
  EXPECT_FALSE(IsUtf8("truncated \xE2\x80"));
}

TEST(TextUtilTest, CountsWordsLikeReaders) {
  EXPECT_EQ(CountWords("Trump's call lasted 90 minutes."), 5);
  EXPECT_EQ(CountWords("U.S.-Russia relationship"), 4);
  EXPECT_EQ(CountWords("  "), 0);
  EXPECT_EQ(CountWords("re-elected \xE2\x80\x94 vowing"), 2);
}

TEST(TextUtilTest, TrimsUnicodeSpace) {
  const std::string t = " \xC2\xA0hello \n";
  const TextSpan s = TrimSpan(t, {0, static_cast<uint32_t>(t.size())});
  EXPECT_EQ(t.substr(s.begin, s.size()), "hello");
}

TEST(TextUtilTest, SplitsLinesKeepingEmptyOnes) {
  const std::string t = "a\r\n\nb";
  const auto lines = SplitLines(t, {0, static_cast<uint32_t>(t.size())});
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(t.substr(lines[0].begin, lines[0].size()), "a");
  EXPECT_TRUE(lines[1].empty());
  EXPECT_EQ(t.substr(lines[2].begin, lines[2].size()), "b");
}

TEST(TextUtilTest, EndsLikeSentence) {
  EXPECT_TRUE(EndsLikeSentence("He left."));
  EXPECT_TRUE(EndsLikeSentence("\u201CNo more,\u201D he said.\u201D"));
  EXPECT_TRUE(EndsLikeSentence("motto of \u2018COMMON SENSE.\u2019\u201D"));
  EXPECT_FALSE(EndsLikeSentence("Estlund names ferry inquiry as port stays shut"));
  EXPECT_FALSE(EndsLikeSentence("\u201D"));
  EXPECT_FALSE(EndsLikeSentence(""));
}

TEST(TextUtilTest, DataLinesSkipCommentsAndBlanks) {
  const auto lines = DataLines("# header\nalpha \r\n\nbeta\n#x\ngamma");
  EXPECT_EQ(lines, (std::vector<std::string_view>{"alpha", "beta", "gamma"}));
}

}  // namespace
}  // namespace chorus
