// Concepts for summary selection: stemmed word bigrams (and content-word unigrams) weighted
// by how many documents of the story contain them (Gillick & Favre 2009), optionally more when
// a document states them in its first sentences.
//
//   ConceptIndex index = BuildConcepts(story, {});
//   index.weight[c]                        -> weight of concept c
//   SentenceConcepts(index, ref)           -> distinct concept ids of one sentence
//   SentenceConcepts(index, ref, 12)       -> ... of its first 12 tokens
//
// Stems are interned once and concepts keyed by pairs of stem ids, and every sentence's concept
// occurrences are kept in one flat array, so candidates and prefixes never hash strings again.
#ifndef CHORUS_SUMMARISE_CONCEPTS_H_
#define CHORUS_SUMMARISE_CONCEPTS_H_

#include <cstdint>
#include <vector>

#include "chorus/story.h"

namespace chorus::summarise {

struct ConceptOptions {
  double unigram_weight = 0.0;  // weight of content-word unigrams relative to bigrams
  double rare_weight = 0.0;     // weight of concepts below the document threshold
  // Each document containing a concept adds lead_weight / (1 + index of the first sentence
  // stating it there) to its weight (not to rare concepts): what reports put first counts more.
  double lead_weight = 0.0;
};

struct ConceptIndex {
  struct Occurrence {
    uint32_t token;  // index in its sentence of the token that completes the concept
    uint32_t id;     // concept id, indexes weight
  };
  std::vector<double> weight;
  std::vector<char> unigram;  // per concept: 1 for a content-word unigram (unigram_weight > 0)
  // Occurrences of sentence s of document d, in token order:
  // occurrences[first[d][s] .. first[d][s + 1]).
  std::vector<Occurrence> occurrences;
  std::vector<std::vector<uint32_t>> first;
};

ConceptIndex BuildConcepts(const StoryText& story, const ConceptOptions& options);

// Distinct concepts of the first `max_tokens` tokens of a sentence (all when negative), with
// positive weight only, sorted by id.
std::vector<uint32_t> SentenceConcepts(const ConceptIndex& index, SentenceRef ref,
                                       int max_tokens = -1);

}  // namespace chorus::summarise

#endif  // CHORUS_SUMMARISE_CONCEPTS_H_
