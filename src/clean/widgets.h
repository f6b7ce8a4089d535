// Widget, teaser, boilerplate and byline lines, and widget words glued onto a sentence.
// Internal to src/clean; each function marks blocks in place (Block::whole / Block::cuts).
#ifndef CHORUS_CLEAN_WIDGETS_H_
#define CHORUS_CLEAN_WIDGETS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "chorus/document.h"
#include "clean/line_features.h"

namespace chorus::clean {

// Length in bytes of a verbless title-case run glued without a space onto the sentence that
// starts text ("More Shorts“We agreed ..." -> 11), or 0.
size_t GluedWidgetPrefix(std::string_view text, uint32_t base);

// Why a whole line is page furniture (lone symbol, counter, short title-case line without
// terminal punctuation, short verbless heading, link line, copyright notice, labelled teaser,
// "Follow us" prompt), or nullopt if it may be report text.
std::optional<RemovalReason> ClassifyWidgetLine(std::string_view text,
                                                const std::vector<Token>& tokens,
                                                const LineFeatures& f);

// Whether a line reads as a byline or credit line ("By NAME", "X and Y contributed the
// report", "With inputs from agencies"). Only applied at the edges of a report.
bool LooksLikeByline(const std::vector<Token>& tokens, const LineFeatures& f);

void MarkGluedWidgets(const Document& doc, std::vector<Block>* blocks);
void MarkWidgetLines(const Document& doc, std::vector<Block>* blocks);
void MarkBylines(std::vector<Block>* blocks);
// Related-link lists: runs of unpunctuated 3-15 word lines (three, or two next to a junk
// line) become kWidget.
void MarkTeaserRuns(const Document& doc, std::vector<Block>* blocks);

}  // namespace chorus::clean

#endif  // CHORUS_CLEAN_WIDGETS_H_
