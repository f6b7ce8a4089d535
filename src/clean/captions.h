// Photo captions with credits: a line ending in a parenthesised credit such as
// "(Name Surname/Agency via Other)" is a caption; the credit is cut off as kCredit and the
// rest of the line is kCaption. Internal to src/clean.
#ifndef CHORUS_CLEAN_CAPTIONS_H_
#define CHORUS_CLEAN_CAPTIONS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "chorus/document.h"
#include "clean/line_features.h"

namespace chorus::clean {

// The parenthesised credit ending text (offsets relative to text), if the parentheses hold
// a short run of capitalised names with credit separators ("/", "|", "via", "Pool", "Photo"
// or three comma-separated parts) and no verb.
std::optional<TextSpan> FindTrailingCredit(std::string_view text);

// Marks kept blocks that end in a credit: caption text kCaption, credit kCredit.
void MarkCaptions(const Document& doc, std::vector<Block>* blocks);

}  // namespace chorus::clean

#endif  // CHORUS_CLEAN_CAPTIONS_H_
