// Concept extraction after Gillick & Favre (2009), "A Scalable Global Model for Summarization":
// concepts are bigrams of stemmed words (bigrams of two stopwords dropped), weighted by the
// number of input documents that contain them; rare concepts (in fewer documents than a
// threshold that grows with the story's size, 3 of 10 documents as in ICSISumm) weigh nothing.
// Content-word unigrams may be added with a lower weight.
#include "summarise/concepts.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace chorus::summarise {
namespace {

bool Usable(const Token& t) { return t.Is(kTokWord) || t.Is(kTokNumber); }

// Concept keys of a sentence: "a b" for bigrams, "a" for content unigrams.
template <typename Fn>
void ForEachKey(const Sentence& s, int max_tokens, bool unigrams, Fn fn) {
  const Token* prev = nullptr;
  int seen = 0;
  for (const Token& t : s.tokens) {
    if (max_tokens >= 0 && seen >= max_tokens) break;
    ++seen;
    if (!Usable(t)) {
      prev = nullptr;
      continue;
    }
    if (unigrams && !t.Is(kTokStopword) && !t.stem.empty()) fn(t.stem, true);
    if (prev != nullptr && !(prev->Is(kTokStopword) && t.Is(kTokStopword))) {
      fn(prev->stem + " " + t.stem, false);
    }
    prev = &t;
  }
}

// Documents a concept must appear in to count: 3 of 10 (ICSISumm), 2 of 2-6, 1 of 1.
int MinDocs(size_t docs) {
  if (docs <= 1) return 1;
  return std::clamp(static_cast<int>(std::lround(docs * 0.3)), 2, 3);
}

}  // namespace

ConceptIndex BuildConcepts(const StoryText& story, const ConceptOptions& options) {
  ConceptIndex index;
  std::vector<int> df;
  std::vector<int> tf;
  std::vector<bool> unigram;
  for (const auto& doc : story.sentences) {
    std::unordered_set<uint32_t> in_doc;
    for (const Sentence& s : doc) {
      ForEachKey(s, -1, options.unigram_weight > 0, [&](const std::string& key, bool uni) {
        auto [it, added] = index.ids.emplace(key, static_cast<uint32_t>(df.size()));
        if (added) {
          df.push_back(0);
          tf.push_back(0);
          unigram.push_back(uni);
        }
        ++tf[it->second];
        if (in_doc.insert(it->second).second) ++df[it->second];
      });
    }
  }
  const int min_docs = MinDocs(story.sentences.size());
  index.weight.assign(df.size(), 0.0);
  for (size_t c = 0; c < df.size(); ++c) {
    // A single report: repetition inside it is the only signal.
    const int support = story.sentences.size() <= 1 ? tf[c] : df[c];
    const bool rare = support < std::max(min_docs, story.sentences.size() <= 1 ? 2 : 0);
    // Rare concepts only break ties and keep filling the budget once the shared ones are used.
    const double w = rare ? options.rare_weight : support;
    index.weight[c] = unigram[c] ? options.unigram_weight * w : w;
  }
  return index;
}

std::vector<uint32_t> SentenceConcepts(const Sentence& sentence, const ConceptIndex& index,
                                       int max_tokens) {
  std::vector<uint32_t> out;
  const bool unigrams = true;  // unigram keys only exist in the index when enabled
  ForEachKey(sentence, max_tokens, unigrams, [&](const std::string& key, bool) {
    auto it = index.ids.find(key);
    if (it != index.ids.end() && index.weight[it->second] > 0) out.push_back(it->second);
  });
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace chorus::summarise
