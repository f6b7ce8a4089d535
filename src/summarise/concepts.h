// Concepts for summary selection: stemmed word bigrams (and content-word unigrams) weighted
// by how many documents of the story contain them (Gillick & Favre 2009).
//
//   ConceptIndex index = BuildConcepts(story, {});
//   index.weight[c]                   -> weight of concept c
//   SentenceConcepts(story, ref, index) -> distinct concept ids of one sentence
#ifndef CHORUS_SUMMARISE_CONCEPTS_H_
#define CHORUS_SUMMARISE_CONCEPTS_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "chorus/story.h"

namespace chorus::summarise {

struct ConceptOptions {
  double unigram_weight = 0.0;  // weight of content-word unigrams relative to bigrams
  double rare_weight = 0.0;     // weight of concepts below the document threshold
};

struct ConceptIndex {
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<double> weight;
};

ConceptIndex BuildConcepts(const StoryText& story, const ConceptOptions& options);

// Distinct concepts of the first `max_tokens` tokens of a sentence (all when negative), with
// positive weight only.
std::vector<uint32_t> SentenceConcepts(const Sentence& sentence, const ConceptIndex& index,
                                       int max_tokens = -1);

}  // namespace chorus::summarise

#endif  // CHORUS_SUMMARISE_CONCEPTS_H_
