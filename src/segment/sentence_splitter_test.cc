#include "segment/sentence_splitter.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "segment/tokenizer.h"
#include "tests/test_util.h"
#include "util/text_util.h"

namespace chorus {
namespace {

std::vector<std::string> Texts(std::string_view text) {
  std::vector<std::string> out;
  for (TextSpan s : SentenceSpans(text)) out.emplace_back(text.substr(s.begin, s.size()));
  return out;
}

Document Doc(std::string text) {
  Document d;
  d.text = std::move(text);
  d.body = {0, static_cast<uint32_t>(d.text.size())};
  return d;
}

// Non-empty lines of the text as kept pieces (what the cleaner keeps, roughly).
std::vector<TextSpan> LinePieces(const Document& d) {
  std::vector<TextSpan> pieces;
  for (TextSpan line : SplitLines(d.text, d.body)) {
    TextSpan t = TrimSpan(d.text, line);
    if (!t.empty()) pieces.push_back(t);
  }
  return pieces;
}

std::vector<Document> Seeds() {
  std::vector<Document> docs;
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(testing::SeedsDir())) {
    if (e.path().extension() == ".txt") paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) docs.push_back(Doc(testing::ReadFileOrEmpty(p.string())));
  return docs;
}

bool EndsWithSingleInitial(std::string_view s) {
  if (s.size() < 3 || s.back() != '.') return false;
  char c = s[s.size() - 2];
  char before = s[s.size() - 3];
  return c >= 'A' && c <= 'Z' && (before == ' ' || before == '.');
}

bool HasAlnum(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    char32_t c = NextCodePoint(s, &i);
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c > 0xBF) {
      if (c != 0x201C && c != 0x201D && c != 0x2018 && c != 0x2019 && c != 0x2014 && c != 0x2013 &&
          c != 0x2026) {
        return true;
      }
    }
  }
  return false;
}

TEST(SentenceSplitterTest, SeedSentencesAreWellFormed) {
  std::vector<Document> docs = Seeds();
  ASSERT_EQ(docs.size(), 5u) << "seeds not found in " << testing::SeedsDir();
  for (const Document& d : docs) {
    std::vector<TextSpan> pieces = LinePieces(d);
    std::vector<Sentence> sentences = SplitSentences(d, pieces);
    ASSERT_GE(sentences.size(), pieces.size());
    uint32_t prev_end = 0;
    for (const Sentence& s : sentences) {
      ASSERT_LT(s.paragraph, pieces.size());
      EXPECT_TRUE(pieces[s.paragraph].Contains(s.span));
      EXPECT_FALSE(s.span.empty());
      EXPECT_GE(s.span.begin, prev_end);
      prev_end = s.span.end;
      EXPECT_EQ(TrimSpan(d.text, s.span), s.span);
      std::string_view text = d.Slice(s.span);
      EXPECT_TRUE(IsUtf8(text)) << text;
      EXPECT_FALSE(EndsWithSingleInitial(text)) << text;
      EXPECT_TRUE(HasAlnum(text)) << "punctuation-only sentence: " << text;
      ASSERT_FALSE(s.tokens.empty()) << text;
      for (const Token& t : s.tokens) EXPECT_TRUE(s.span.Contains(t.span));
    }
  }
}

TEST(SentenceSplitterTest, WholeSeedAsOnePieceNeverCrossesLines) {
  for (const Document& d : Seeds()) {
    for (const Sentence& s : SplitSentences(d, {d.body})) {
      std::string_view text = d.Slice(s.span);
      EXPECT_EQ(text.find('\n'), std::string_view::npos) << text;
      EXPECT_EQ(s.paragraph, 0u);
    }
  }
}

// Finds the sentence of doc containing needle.
std::string SentenceWith(const Document& d, const std::vector<Sentence>& ss,
                         std::string_view needle) {
  for (const Sentence& s : ss) {
    std::string_view t = d.Slice(s.span);
    if (t.find(needle) != std::string_view::npos) return std::string(t);
  }
  return "";
}

TEST(SentenceSplitterTest, SeedSpotChecks) {
  std::vector<Document> docs = Seeds();
  ASSERT_EQ(docs.size(), 5u);
  auto s1 = SplitSentences(docs[1], LinePieces(docs[1]));
  std::string peskov = SentenceWith(docs[1], s1, "Dmitri S.");
  EXPECT_EQ(peskov.rfind("Kremlin spokesman", 0), 0u) << peskov;
  EXPECT_NE(peskov.find("an hour and a half."), std::string::npos) << peskov;
  std::string barnes = SentenceWith(docs[1], s1, "Julian E.");
  EXPECT_NE(barnes.find("Barnes contributed"), std::string::npos) << barnes;
  std::string putin = SentenceWith(docs[1], s1, "Vladimir V.");
  EXPECT_NE(putin.find("V. Putin, which"), std::string::npos) << putin;

  auto s0 = SplitSentences(docs[0], LinePieces(docs[0]));
  std::string bush = SentenceWith(docs[0], s0, "H.W.");
  EXPECT_NE(bush.find("H.W. Bush"), std::string::npos) << bush;
  // A quotation ending in "!" followed by its attribution is one sentence.
  std::string many = SentenceWith(docs[0], s0, "lost so many!");
  EXPECT_NE(many.find("Trump added in his Truth Social post of his call"), std::string::npos)
      << many;
  // "U.S." before a lower-case word does not end the sentence.
  std::string fogel = SentenceWith(docs[0], s0, "return of Marc Fogel to the U.S.");
  EXPECT_NE(fogel.find("on Wednesday evening"), std::string::npos) << fogel;
}

TEST(SentenceSplitterTest, InitialsAndAbbreviations) {
  EXPECT_EQ(Texts("Kremlin spokesman Dmitri S. Peskov told reporters. He left.").size(), 2u);
  EXPECT_EQ(Texts("George H.W. Bush was there. So was I.").size(), 2u);
  EXPECT_EQ(Texts("The U.S. Senate voted. It passed.").size(), 2u);
  EXPECT_EQ(Texts("He went to the U.S. The move was odd.").size(), 2u);
  EXPECT_EQ(Texts("It was 3 p.m. Wednesday in Kyiv.").size(), 1u);
  EXPECT_EQ(Texts("Plan B. The end.").size(), 2u);
  EXPECT_EQ(Texts("Mr. Smith met Gen. Keith Kellogg on Friday. They talked.").size(), 2u);
  // "Sen" without its period only ends a name ("Hun Sen"), so "Sen." is an abbreviation.
  EXPECT_EQ(Texts("Hun Sen spoke. It was backed by former Sen. Bob Dole on Friday.").size(), 2u);
  EXPECT_EQ(Texts("It helps, noted Dr. Jeremy Koppel, a scientist. Dr Ann Lee agreed.").size(), 2u);
  // "War" also appears without a period, so "War." ends a sentence.
  EXPECT_EQ(Texts("The War began. War ended it. Trump spoke.").size(), 3u);
}

TEST(SentenceSplitterTest, QuotationsAndAttribution) {
  auto t = Texts("\xE2\x80\x9CNo more lives should be lost.\xE2\x80\x9D Trump said. He left.");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0], "\xE2\x80\x9CNo more lives should be lost.\xE2\x80\x9D Trump said.");
  // A closing quote after the period stays with its sentence.
  t = Texts(
      "He used the motto \xE2\x80\x98"
      "COMMON SENSE.\xE2\x80\x99\xE2\x80\x9D Then he left.");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].substr(t[0].size() - 8), "E.\xE2\x80\x99\xE2\x80\x9D");
  t = Texts("\xE2\x80\x9CWhat?\xE2\x80\x9D came the reply. \xE2\x80\x9CNo!\xE2\x80\x9D he said.");
  EXPECT_EQ(t.size(), 2u);
  // The text teaches its own reporting verbs (",” Ann harrumphed" teaches "harrumphed"); a
  // noun after a quotation ("the president said") is not taken for one.
  const std::string open = "\xE2\x80\x9C";
  const std::string close = "\xE2\x80\x9D";
  t = Texts(open + "Fine," + close + " Ann harrumphed. " + open + "Go." + close +
            " Bob harrumphed. " + open + "No," + close + " the president said. " + open + "Yes." +
            close + " The president left.");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[1], open + "Go." + close + " Bob harrumphed.");
  EXPECT_EQ(t[3], open + "Yes." + close);
  // A new sentence after a quotation is not an attribution.
  EXPECT_EQ(Texts("\xE2\x80\x9CIt is over.\xE2\x80\x9D Russia has rejected the plan.").size(), 2u);
}

TEST(SentenceSplitterTest, PunctuationFragmentsJoinANeighbour) {
  for (const auto& s : Texts("\xE2\x80\x9D \xE2\x80\x94 He left. \xE2\x80\x9D")) {
    EXPECT_TRUE(HasAlnum(s)) << s;
  }
  EXPECT_TRUE(Texts("   \n ").empty());
}

TEST(SentenceSplitterTest, PiecesAreNeverCrossed) {
  Document d = Doc("Dmitri S. Peskov spoke. Then Trump");
  // Piece boundary right after "S.": the initial cannot pull "Peskov" across it.
  std::vector<Sentence> s = SplitSentences(d, {{0, 9}, {10, 34}});
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(d.Slice(s[0].span), "Dmitri S.");
  EXPECT_EQ(s[0].paragraph, 0u);
  EXPECT_EQ(d.Slice(s[1].span), "Peskov spoke.");
  EXPECT_EQ(s[2].paragraph, 1u);
  EXPECT_EQ(s[1].tokens.front().norm, "peskov");
  EXPECT_EQ(d.Slice(s[1].tokens.front().span), "Peskov");
}

TEST(SentenceSplitterTest, SpansAreRelativeAndTrimmed) {
  std::string text = "  One here.  Two there!\n\nThree?  ";
  auto spans = SentenceSpans(text);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].size()), "One here.");
  EXPECT_EQ(text.substr(spans[2].begin, spans[2].size()), "Three?");
}

// Segment reuses the tokens clean computed for each kept piece: same sentences, same tokens.
TEST(SentenceSplitterTest, ReusedPieceTokensGiveTheSameSentences) {
  std::vector<Document> docs = Seeds();
  ASSERT_FALSE(docs.empty());
  docs.push_back(
      Doc("Caf\xC3\xA9 owners said NO. IN Paris, talks resumed.\nThey said NO. IN Rome."));
  size_t reused = 0;
  for (const Document& d : docs) {
    const std::vector<TextSpan> pieces = LinePieces(d);
    std::vector<TokenizedText> given;
    for (TextSpan p : pieces) {
      TokenizedText t;
      t.tokens = Tokenize(d.Slice(p), p.begin, &t.fast);
      reused += t.fast ? 1 : 0;
      given.push_back(std::move(t));
    }
    const std::vector<Sentence> want = SplitSentences(d, pieces);
    const std::vector<Sentence> got = SplitSentences(d, pieces, &given);
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].span, want[i].span);
      EXPECT_EQ(got[i].paragraph, want[i].paragraph);
      ASSERT_EQ(got[i].tokens.size(), want[i].tokens.size()) << d.Slice(want[i].span);
      for (size_t k = 0; k < got[i].tokens.size(); ++k) {
        const Token& a = got[i].tokens[k];
        const Token& b = want[i].tokens[k];
        EXPECT_TRUE(a.span == b.span && a.norm == b.norm && a.stem == b.stem && a.flags == b.flags)
            << b.norm << " in " << d.Slice(want[i].span);
      }
    }
  }
  EXPECT_GT(reused, 20u);
}

}  // namespace
}  // namespace chorus
