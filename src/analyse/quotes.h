// Quotes: direct quotations, their speakers, and the same quote across outlets.
//
//   std::vector<RawQuote> q = FindQuotes(story);              // marks only
//   AttributeQuotes(story, entities, &q);                     // q[i].speaker
//   std::vector<StoryQuote> groups = GroupQuotes(story, q);   // one per statement
//
// FindQuotes pairs straight and curly marks per paragraph (nested single quotes stay inside;
// an unclosed quote runs to the end of its paragraph, as multi-paragraph quotes do).
// Attribution and grouping rules are described in quotes.cc and quote_groups.cc.
#ifndef CHORUS_ANALYSE_QUOTES_H_
#define CHORUS_ANALYSE_QUOTES_H_

#include <cstdint>
#include <vector>

#include "analyse/analysis.h"
#include "analyse/entities.h"

namespace chorus {

inline constexpr int kMinQuoteWords = 3;  // shorter quotations are scare quotes, not quotes

struct RawQuote {
  uint32_t doc = 0;
  uint32_t paragraph = 0;  // index into story.cleaned[doc].kept
  TextSpan outer;          // with the marks
  TextSpan inner;          // the quoted words (trimmed; a trailing comma dropped)
  int words = 0;
  int speaker = -1;  // entity index
};

std::vector<RawQuote> FindQuotes(const StoryText& story);

// Speaker of every quote: "Q," X said / said X / X said, "Q" / X: "Q" / "X quoted Y as
// saying" / pronouns and "the president" to the nearest fitting person / continuation of
// the previous quote's speaker.
void AttributeQuotes(const StoryText& story, const EntitySet& entities,
                     std::vector<RawQuote>* quotes);

// Groups quotes (of at least kMinQuoteWords words) that render one statement.
std::vector<StoryQuote> GroupQuotes(const StoryText& story, const std::vector<RawQuote>& quotes);

// How b renders a: verbatim, partial (contiguous part), translation, paraphrase; false if
// they are not the same statement. Exposed for tests.
bool CompareQuotes(std::string_view a, std::string_view b, QuoteKind* kind);

}  // namespace chorus

#endif  // CHORUS_ANALYSE_QUOTES_H_
