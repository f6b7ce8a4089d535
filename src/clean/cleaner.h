// Clean: find what in each report is not the report, across the whole story.
//
//   std::vector<CleanDocument> cleaned = CleanStory(docs);
//   cleaned[d].kept      -> body pieces that are the report
//   cleaned[d].removed   -> captions, credits, widgets, bylines, duplicates, off-topic tails
//
// Judgements use features and statistics over the story (other reports), never lists of
// strings tied to one example. See clean/cleaner.cc for the method and citations.
#ifndef CHORUS_CLEAN_CLEANER_H_
#define CHORUS_CLEAN_CLEANER_H_

#include <vector>

#include "chorus/document.h"
#include "chorus/story.h"
#include "segment/tokenizer.h"

namespace chorus {

std::vector<CleanDocument> CleanStory(const std::vector<Document>& docs);

// The same, also handing over the tokens of every kept piece (kept_tokens[d] parallel to
// cleaned[d].kept), so that segment need not tokenise the text again.
std::vector<CleanDocument> CleanStory(const std::vector<Document>& docs,
                                      std::vector<std::vector<TokenizedText>>* kept_tokens);

}  // namespace chorus

#endif  // CHORUS_CLEAN_CLEANER_H_
