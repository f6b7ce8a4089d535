#include "segment/tokenizer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "segment/tokenizer_internal.h"
#include "tests/test_util.h"
#include "util/text_util.h"

namespace chorus {
namespace {

std::vector<std::string> Norms(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) out.push_back(t.norm);
  return out;
}

using V = std::vector<std::string>;

TEST(TokenizerTest, WordsAndNumbersWithOffsets) {
  std::string text = "Putin, on Wednesday: 90-minute call!";
  auto t = Tokenize(text, 100);
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[0].span, (TextSpan{100, 105}));
  EXPECT_EQ(t[3].norm, "90");
  EXPECT_TRUE(t[3].Is(kTokNumber));
  EXPECT_FALSE(t[3].Is(kTokWord));
  EXPECT_EQ(t[4].norm, "minute");
  EXPECT_EQ(text.substr(t[5].span.begin - 100, t[5].span.size()), "call");
}

TEST(TokenizerTest, HyphensSlashesAndDottedAbbreviations) {
  EXPECT_EQ(Norms("pre-2014 borders"), (V{"pre", "2014", "borders"}));
  EXPECT_EQ(Norms("one-and-a-half hours"), (V{"one", "and", "a", "half", "hours"}));
  EXPECT_EQ(Norms("Russia/Ukraine"), (V{"russia", "ukraine"}));
  auto us = Tokenize("the U.S. and us");
  ASSERT_EQ(us.size(), 4u);
  EXPECT_EQ(us[1].norm, "us");
  EXPECT_TRUE(us[1].Is(kTokAllCaps));
  EXPECT_FALSE(us[1].Is(kTokStopword));
  EXPECT_TRUE(us[3].Is(kTokStopword));
  auto shout = Tokenize("talks with the US and WHO officials: THE WAR IN UKRAINE");
  ASSERT_EQ(shout.size(), 11u);
  EXPECT_FALSE(shout[3].Is(kTokStopword));  // US
  EXPECT_FALSE(shout[5].Is(kTokStopword));  // WHO
  EXPECT_TRUE(shout[7].Is(kTokStopword));   // THE
  EXPECT_FALSE(shout[8].Is(kTokStopword));  // WAR
  EXPECT_TRUE(shout[9].Is(kTokStopword));   // IN
  EXPECT_EQ(Norms("1,000 troops, 3.5 hours"), (V{"1000", "troops", "3.5", "hours"}));
}

TEST(TokenizerTest, PossessivesAndApostrophes) {
  std::string text = "Trump\xE2\x80\x99s and Russia's ally can\xE2\x80\x99t";
  auto t = Tokenize(text);
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].norm, "trump");
  EXPECT_EQ(text.substr(t[0].span.begin, t[0].span.size()), "Trump");
  EXPECT_EQ(t[2].norm, "russia");
  EXPECT_EQ(t[2].stem, Stem("russia"));
  EXPECT_EQ(t[4].norm, "can't");
  EXPECT_TRUE(t[4].Is(kTokStopword));
  EXPECT_EQ(NormalizeWord("other\xE2\x80\x99s"), "other's");
}

TEST(TokenizerTest, NormalisationAndStems) {
  EXPECT_EQ(NormalizeWord("PEACE"), "peace");
  EXPECT_EQ(NormalizeWord("Stra\xC3\x9F"
                          "e"),
            "strasse");
  EXPECT_EQ(NormalizeWord("\xEF\xAC\x81nal"), "final");  // fi ligature
  EXPECT_EQ(NormalizeWord("\xC3\x89lys\xC3\xA9"
                          "e"),
            "\xC3\xA9lys\xC3\xA9"
            "e");
  EXPECT_EQ(Stem("negotiations"), Stem("negotiation"));
  EXPECT_EQ(Stem("negotiations"), "negoti");
  EXPECT_EQ(Stem("agreed"), Stem("agreeing"));
  EXPECT_NE(Stem("war"), Stem("ward"));
}

TEST(TokenizerTest, Flags) {
  auto t = Tokenize("The PEACE deal of Zelenskyy 2022 20th A");
  ASSERT_EQ(t.size(), 8u);
  EXPECT_TRUE(t[0].Is(kTokStopword));
  EXPECT_TRUE(t[0].Is(kTokCapitalised));
  EXPECT_FALSE(t[0].Is(kTokAllCaps));
  EXPECT_TRUE(t[1].Is(kTokAllCaps));
  EXPECT_TRUE(t[1].Is(kTokCapitalised));
  EXPECT_FALSE(t[2].Is(kTokCapitalised));
  EXPECT_FALSE(t[2].Is(kTokStopword));
  EXPECT_TRUE(t[3].Is(kTokStopword));
  EXPECT_TRUE(t[4].Is(kTokCapitalised));
  EXPECT_EQ(t[5].flags, kTokNumber);
  EXPECT_EQ(t[5].stem, "2022");
  EXPECT_TRUE(t[6].Is(kTokNumber) && t[6].Is(kTokWord));
  EXPECT_FALSE(t[7].Is(kTokAllCaps));  // a single capital letter is not all caps
  EXPECT_TRUE(IsStopword("the"));
  EXPECT_FALSE(IsStopword("ukraine"));
}

TEST(TokenizerTest, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(Tokenize("").empty());
  EXPECT_TRUE(Tokenize(" \xE2\x80\x94 \xE2\x80\x9C, \xE2\x80\x9D...").empty());
}

TEST(TokenizerTest, SeedTokensSliceTheirText) {
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(testing::SeedsDir())) {
    std::string text = testing::ReadFileOrEmpty(e.path().string());
    ++files;
    auto tokens = Tokenize(text);
    ASSERT_GT(tokens.size(), 300u);
    uint32_t prev = 0;
    for (const Token& t : tokens) {
      ASSERT_LE(t.span.end, text.size());
      EXPECT_GE(t.span.begin, prev);
      prev = t.span.end;
      std::string_view s = std::string_view(text).substr(t.span.begin, t.span.size());
      EXPECT_TRUE(IsUtf8(s)) << s;
      EXPECT_FALSE(t.norm.empty()) << s;
      EXPECT_FALSE(t.stem.empty()) << s;
      EXPECT_NE(t.flags & (kTokWord | kTokNumber), 0) << s;
      EXPECT_EQ(t.norm.find("\xE2\x80\x99"), std::string::npos) << s;
    }
  }
  EXPECT_EQ(files, 5);
}

}  // namespace
}  // namespace chorus

namespace chorus {
namespace {

// Pieces of raw text: lines, and lines of JSON strings (split at "\n" escapes).
std::vector<std::string_view> Chunks(std::string_view text) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    bool cut = i == text.size() || text[i] == '\n' ||
               (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'n');
    if (!cut) continue;
    if (i > b) out.push_back(text.substr(b, i - b));
    b = i + (i < text.size() && text[i] == '\\' ? 2 : 1);
  }
  return out;
}

TEST(TokenizerTest, FastPathSegmentsLikeIcu) {
  std::string all;
  for (const auto& e : std::filesystem::directory_iterator(testing::SeedsDir())) {
    all += testing::ReadFileOrEmpty(e.path().string());
  }
  for (const char* f : {"/data/duc2004/dev.jsonl", "/data/multinews/dev.jsonl"}) {
    all += testing::ReadFileOrEmpty(testing::SharedDir() + f).substr(0, 3'000'000);
  }
  // Edge cases of the rules, and characters that must go to ICU.
  all +=
      "\ne.g. 3.5 1,000 1;2 1:2 a:b a_b _ab __ 1_000 x'y 1'000 a.1 1.a a..b a.'b Mr.Smith "
      "a@b.com @x 12.5% $5bn #tag ab12cd 'a a' a\r\nb\n";
  all += "\nCaf\xC3\xA9 na\xC3\xAFve \xE2\x80\x8B zero-width \xF0\x9F\x98\x80 emoji\n";
  size_t compared = 0;
  size_t chunks = 0;
  for (std::string_view chunk : Chunks(all)) {
    ++chunks;
    std::vector<TextSpan> fast;
    if (!internal::FastWordSpans(chunk, &fast)) continue;
    ++compared;
    std::vector<TextSpan> icu = internal::IcuWordSpans(chunk);
    for (size_t i = 0; i < std::min(fast.size(), icu.size()); ++i) {
      ASSERT_EQ(fast[i], icu[i]) << "fast '" << chunk.substr(fast[i].begin, fast[i].size())
                                 << "' icu '" << chunk.substr(icu[i].begin, icu[i].size())
                                 << "' in ..." << chunk.substr(icu[i].begin, 60);
    }
    ASSERT_EQ(fast.size(), icu.size()) << chunk.substr(0, 200);
  }
  EXPECT_GT(chunks, 10000u);
  EXPECT_GT(compared * 2, chunks);  // most news text takes the fast path
  std::vector<TextSpan> unused;
  EXPECT_FALSE(internal::FastWordSpans("Caf\xC3\xA9", &unused));
}

void ExpectSameTokens(const std::vector<Token>& got, const std::vector<Token>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].span, want[i].span) << want[i].norm;
    EXPECT_EQ(got[i].norm, want[i].norm);
    EXPECT_EQ(got[i].stem, want[i].stem);
    EXPECT_EQ(got[i].flags, want[i].flags) << want[i].norm;
  }
}

TEST(TokenizerTest, TokensWithinASpanEqualTokenizingTheSpan) {
  const std::string line = "They said NO. IN Paris, the U.S. and WHO's envoys met 1,000 times.";
  bool fast = false;
  std::vector<Token> tokens = Tokenize(line, 0, &fast);
  ASSERT_TRUE(fast);
  ASSERT_EQ(tokens[2].norm, "no");
  EXPECT_TRUE(tokens[2].Is(kTokStopword));  // next to the shouted "IN" in the whole line
  const std::vector<TextSpan> spans = {{0, 13}, {14, static_cast<uint32_t>(line.size())}};
  size_t next = 0;
  for (TextSpan span : spans) {
    std::vector<Token> got;
    ASSERT_TRUE(TakeTokensWithin(&tokens, &next, span, &got));
    ExpectSameTokens(got,
                     Tokenize(std::string_view(line).substr(span.begin, span.size()), span.begin));
    if (span.begin == 0) {
      EXPECT_FALSE(got.back().Is(kTokStopword));  // "NO" alone: an answer
    }
  }
  EXPECT_EQ(next, tokens.size());
}

TEST(TokenizerTest, TokensWithinRefuseASpanCuttingAWord) {
  bool fast = false;
  std::vector<Token> tokens = Tokenize("Peace talks resumed", 0, &fast);
  size_t next = 0;
  std::vector<Token> got;
  EXPECT_FALSE(TakeTokensWithin(&tokens, &next, {0, 3}, &got));
  EXPECT_FALSE(TakeTokensWithin(&tokens, &next, {2, 11}, &got));
  EXPECT_EQ(next, 0u);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].norm, "peace");  // nothing was taken
  Tokenize("Caf\xC3\xA9 ouvert", 0, &fast);
  EXPECT_FALSE(fast);  // ICU path: its tokens are not cut up
}

}  // namespace
}  // namespace chorus
