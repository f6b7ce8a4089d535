// Garbling: signs that a sentence is machine-translated or otherwise broken, per sentence.
//
//   StoryFeatures f = BuildFeatures(story);
//   GarblingReport g = AnalyseGarbling(story, f);
//   g.sentences[d][i].score      -> [0,1], 1 = clearly garbled
//   g.sentences[d][i].signals    -> which signs fired (GarbleSignal bits)
//   g.docs[d].misspelt_names     -> name spellings no other outlet uses
//
// ScoreGarbling (aligner.h) returns the scores of this report. Above 0.5 a sentence is
// garbled and should not be shown as a fact's text or in a summary.
#ifndef CHORUS_ALIGN_GARBLING_H_
#define CHORUS_ALIGN_GARBLING_H_

#include <cstdint>
#include <string>
#include <vector>

#include "align/features.h"
#include "chorus/story.h"

namespace chorus::align {

enum GarbleSignal : uint8_t {
  kFirstPerson = 1,   // I / me / my outside quotation marks, in third-person reporting
  kFragment = 2,      // a very short or verbless sentence ("It emphasizes.")
  kMisspeltName = 4,  // a name spelt unlike the other outlets' consensus
  kBrokenStart = 8,   // starts in lower case (a broken-off piece of a sentence)
};

struct SentenceGarbling {
  double score = 0;  // noisy-or of own and min(0.5, 2 x the document's rate)
  double own = 0;    // noisy-or of this sentence's signals only
  uint8_t signals = 0;
};

struct DocGarbling {
  double rate = 0;  // mean of the sentences' own scores
  int first_person = 0, fragments = 0, broken_starts = 0, misspellings = 0;
  std::vector<std::string> misspelt_names;  // lower-case forms, unique
};

struct GarblingReport {
  std::vector<std::vector<SentenceGarbling>> sentences;  // parallel to story.sentences
  std::vector<DocGarbling> docs;
};

GarblingReport AnalyseGarbling(const StoryText& story, const StoryFeatures& features);

// True for tokens that make a clause: auxiliaries, reporting verbs and -ed / -ing forms.
// Used to tell fragments ("CIA Director John Ratcliffe.") from sentences.
bool LooksLikeVerb(const Token& token);

}  // namespace chorus::align

#endif  // CHORUS_ALIGN_GARBLING_H_
