// Helpers shared by the renderers (internal to src/render): safe text for terminals and
// HTML, word wrapping, source numbering for citation marks, and the summary split into
// sentences that each cite the sources of their fact.
//
//   SourceIndex index(brief);
//   index.Cite({"harbour-gazette", "tide-wire"})   -> "[1,3]"
//   for (const SummaryPiece& p : SplitSummary(brief)) ...   // p.text, p.sources
#ifndef CHORUS_RENDER_RENDER_UTIL_H_
#define CHORUS_RENDER_RENDER_UTIL_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/brief.h"

namespace chorus::render {

// text with every byte that is not part of a well-formed UTF-8 sequence replaced by U+FFFD.
std::string ValidUtf8(std::string_view text);

// Valid UTF-8 on one line: white space and control characters (C0, DEL, C1) collapse to
// one space; leading and trailing space removed. Safe to print to a terminal.
std::string OneLine(std::string_view text);

// Display columns, counted as code points (combining marks count 0).
size_t Columns(std::string_view text);

// At most max_columns columns of one-line text; longer text is cut at a code point boundary
// (preferably a word boundary) and ends with "…".
std::string Truncate(std::string_view text, size_t max_columns);

// Pads (on the right, or left when right_align) to width columns.
std::string Pad(std::string_view text, size_t width, bool right_align = false);

// Greedy word wrap of one-line text into lines of at most width columns (a single longer
// word gets its own line).
std::vector<std::string> Wrap(std::string_view text, size_t width);

// "1 outlet", "3 outlets".
std::string Count(size_t n, std::string_view singular, std::string_view plural);

// Sources numbered 1.. in brief order; citations are sorted, de-duplicated numbers.
class SourceIndex {
 public:
  explicit SourceIndex(const Brief& brief);
  // 1-based number, or 0 when id is not a source of the brief.
  size_t Number(const std::string& id) const;
  // The outlet when known, else the id (one line).
  std::string Label(const std::string& id) const;
  // Sorted numbers of ids (unknown ids are skipped).
  std::vector<size_t> Numbers(const std::vector<std::string>& ids) const;
  // "[1,3]"; "" when no id is known.
  std::string Cite(const std::vector<std::string>& ids) const;

 private:
  std::map<std::string, size_t> number_;
  std::map<std::string, std::string> label_;
};

// One summary sentence (the text of one summary fact) and the sources of that fact.
struct SummaryPiece {
  std::string text;
  std::vector<std::string> sources;
};

// The summary text cut at the summary facts' texts, in order. Text not matching a fact (none
// is expected) becomes a piece without sources; if no fact text is found at all, the whole
// summary is one piece citing every summary fact's sources.
std::vector<SummaryPiece> SplitSummary(const Brief& brief);

// Removals of one source: count per reason (in first-seen order) and the removals.
struct SourceRemovals {
  std::string source;
  std::vector<std::pair<std::string, size_t>> counts;
  std::vector<const Removal*> items;
};
// Per source, in brief source order (sources without removals are omitted; removals naming
// an unknown source come last).
std::vector<SourceRemovals> GroupRemovals(const Brief& brief);

// Fact lookup by id; nullptr when absent.
const Fact* FindFact(const Brief& brief, const std::string& id);

// Quote variant kinds with their sources, in the order verbatim, partial, paraphrase,
// translation, then any other kind.
std::vector<std::pair<std::string, std::vector<std::string>>> VariantKinds(const Quote& quote);

}  // namespace chorus::render

#endif  // CHORUS_RENDER_RENDER_UTIL_H_
