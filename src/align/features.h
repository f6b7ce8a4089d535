// Per-sentence features shared by alignment, garbling and origins, computed once per story.
//
//   StoryFeatures f = BuildFeatures(story);
//   const SentenceFeatures& s = f.sentences[f.Flat({doc, i})];
//   s.terms      -> L2-normalised TF-IDF weights of content stems (IDF over the story's sentences)
//   s.in_quote   -> per token: inside quotation marks (state carried across a paragraph)
//   s.figures    -> normalised figures ("three killed" = "3 dead"), figure_agreement.h
//
// Terms are stems of non-stopword words and numbers. A term is a name when most of its
// occurrences are capitalised away from the start of a sentence; name spellings that
// GroupNameVariants links share a soft class, and so do words sharing a 5-letter stem prefix
// ("advis|er"/"advis|or"), which gives paraphrase-tolerant partial matches.
#ifndef CHORUS_ALIGN_FEATURES_H_
#define CHORUS_ALIGN_FEATURES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "align/figure_agreement.h"
#include "chorus/story.h"

namespace chorus::align {

struct TermWeight {
  uint32_t term = 0;
  uint32_t cls = 0;  // soft_class[term]
  float weight = 0;
};

struct SentenceFeatures {
  SentenceRef ref;
  std::vector<TermWeight> terms;       // sorted by term id
  std::vector<uint32_t> numbers;       // term ids of numeric tokens, sorted, unique
  std::vector<uint64_t> shingles;      // hashed word 3-grams (norms), sorted, unique
  std::vector<uint64_t> own_shingles;  // the 3-grams with no word inside quotation marks
  std::vector<uint8_t> in_quote;       // parallel to the sentence's tokens
  std::vector<FigureNote> figures;     // comparable figures (figure_agreement.h)
  std::vector<uint64_t> figure_keys;   // FigureKeys(figures)
  float other_mass = 0;                // sum of squared weights of the non-name terms
  int words = 0;                       // word and number tokens
  int quoted_words = 0;                // of which inside quotation marks
};

struct StoryFeatures {
  std::vector<std::string> term_text;  // id -> stem
  std::vector<std::string> term_form;  // id -> most frequent lower-case surface form
  std::vector<uint32_t> term_df;       // sentences containing the term
  std::vector<uint32_t> soft_class;    // id -> soft-match class (shared by variants)
  std::vector<uint8_t> term_is_name;
  std::vector<uint8_t> term_is_number;
  std::vector<SentenceFeatures> sentences;  // flat, in (doc, sentence) order
  std::vector<uint32_t> doc_begin;          // flat index of each doc's first sentence; +1 entry

  uint32_t Flat(SentenceRef r) const { return doc_begin[r.doc] + r.sentence; }
  size_t docs() const { return doc_begin.empty() ? 0 : doc_begin.size() - 1; }
};

StoryFeatures BuildFeatures(const StoryText& story);

// BuildFeatures through a one-entry, per-thread cache keyed by a hash of the documents' texts,
// sentence spans and token counts, so ScoreGarbling, AlignFacts and ScoreSources on one story
// build the features once.
std::shared_ptr<const StoryFeatures> SharedFeatures(const StoryText& story);

// Per token of each sentence of one document: 1 when the token is inside quotation marks
// (“ ”, « », straight double quotes, and ‘ ’ / ' used as quotation marks, not apostrophes).
// The state carries from sentence to sentence within a paragraph.
std::vector<std::vector<uint8_t>> QuoteMask(const Document& doc,
                                            const std::vector<Sentence>& sentences);

}  // namespace chorus::align

#endif  // CHORUS_ALIGN_FEATURES_H_
