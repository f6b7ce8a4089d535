#include "util/text_util.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <string>

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

// The reference CountWords: every code point decoded and classified by ICU (the fast one
// skips decoding for ASCII bytes).
int CountWordsReference(std::string_view text) {
  int words = 0;
  bool in_word = false;
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = NextCodePoint(text, &pos);
    const bool alnum = u_isalnum(static_cast<UChar32>(c)) != 0;
    if (alnum && !in_word) ++words;
    if (alnum) {
      in_word = true;
    } else if (in_word && (c == '\'' || c == U'\u2019' || c == '-') && pos < text.size()) {
      size_t peek = pos;
      in_word = u_isalnum(static_cast<UChar32>(NextCodePoint(text, &peek))) != 0;
    } else {
      in_word = false;
    }
  }
  return words;
}

TEST(TextUtilTest, CountWordsMatchesTheReferenceOnEveryByte) {
  // Every single byte and every pair of ASCII bytes, each between words and inside one,
  // plus mixed scripts.
  for (int b = 0; b < 256; ++b) {
    const std::string c(1, static_cast<char>(b));
    for (const std::string& t : {c, "ab" + c + "cd", c + " x", "x " + c}) {
      EXPECT_EQ(CountWords(t), CountWordsReference(t)) << b;
    }
  }
  for (int a = 32; a < 128; ++a) {
    for (int b = 32; b < 128; ++b) {
      const std::string t = std::string("w") + static_cast<char>(a) + static_cast<char>(b) + "z";
      ASSERT_EQ(CountWords(t), CountWordsReference(t)) << a << " " << b;
    }
  }
  for (const char* t :
       {"caf\xC3\xA9 na\xC3\xAFve \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 2024",
        "O\xE2\x80\x99"
        "Brien\xE2\x80\x99s \xE5\x8C\x97\xE4\xBA\xAC-based",
        "x_y 3.5%"}) {
    EXPECT_EQ(CountWords(t), CountWordsReference(t)) << t;
  }
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
