// The clean stage: splits each report body into lines and runs the rule families in order:
//   1. glued widget words cut off the start of a sentence (widgets.cc)
//   2. photo captions with credits (captions.cc)
//   3. bylines and credit lines at the edges (widgets.cc)
//   4. widget, teaser and boilerplate lines (widgets.cc)
//   5. captions repeating the next paragraph, repeated paragraphs within a report, furniture
//      repeated across reports (duplicates.cc)
//   6. off-topic tails: TextTiling cohesion + support from the other reports (off_topic.cc)
//   7. runs of teaser headlines: related-link lists (widgets.cc)
// and emits kept and removed spans that together cover every non-space byte of the body.
// What each rule looks for, and what the stage misses, is in docs/clean.md.
#include "clean/cleaner.h"

#include <algorithm>

#include "clean/captions.h"
#include "clean/duplicates.h"
#include "clean/line_features.h"
#include "clean/off_topic.h"
#include "clean/widgets.h"

namespace chorus {
namespace {

// Kept and removed pieces of blocks; the tokens of kept pieces are moved to *tokens if set.
CleanDocument Emit(std::vector<clean::Block>* blocks, std::vector<TokenizedText>* tokens) {
  CleanDocument out;
  for (clean::Block& b : *blocks) {
    std::vector<TextRemoval> pieces = b.cuts;
    if (!b.core.empty()) {
      pieces.push_back({b.core, b.whole.value_or(RemovalReason::kBoilerplate)});
    }
    std::sort(pieces.begin(), pieces.end(), [](const TextRemoval& x, const TextRemoval& y) {
      return x.span.begin < y.span.begin;
    });
    for (const TextRemoval& p : pieces) {
      if (p.span.empty()) continue;
      const bool is_core = p.span == b.core;
      if (is_core && b.Kept()) {
        out.kept.push_back(p.span);
        if (tokens != nullptr) tokens->push_back({std::move(b.tokens), b.fast_tokens});
      } else {
        out.removed.push_back(p);
      }
    }
  }
  return out;
}

}  // namespace

std::vector<CleanDocument> CleanStory(const std::vector<Document>& docs) {
  return CleanStory(docs, nullptr);
}

std::vector<CleanDocument> CleanStory(const std::vector<Document>& docs,
                                      std::vector<std::vector<TokenizedText>>* kept_tokens) {
  std::vector<std::vector<clean::Block>> blocks;
  blocks.reserve(docs.size());
  for (const Document& doc : docs) {
    std::vector<clean::Block> b = clean::SplitBlocks(doc);
    clean::MarkGluedWidgets(doc, &b);
    clean::MarkCaptions(doc, &b);
    clean::MarkBylines(&b);
    clean::MarkWidgetLines(doc, &b);
    clean::MarkDuplicates(&b);
    blocks.push_back(std::move(b));
  }
  clean::MarkSharedBoilerplate(docs, &blocks);
  const clean::StoryVocabulary story = clean::BuildStoryVocabulary(blocks);
  for (size_t d = 0; d < docs.size(); ++d) {
    clean::FindOffTopicTail(d, story, &blocks[d]);
    // After the tail detector, which reads a headline after a seam as the start of an
    // appended article.
    clean::MarkTeaserRuns(docs[d], &blocks[d]);
  }
  std::vector<CleanDocument> out;
  out.reserve(docs.size());
  if (kept_tokens != nullptr) kept_tokens->assign(docs.size(), {});
  for (size_t d = 0; d < docs.size(); ++d) {
    out.push_back(Emit(&blocks[d], kept_tokens != nullptr ? &(*kept_tokens)[d] : nullptr));
  }
  return out;
}

}  // namespace chorus
