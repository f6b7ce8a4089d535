// Concept extraction after Gillick & Favre (2009), "A Scalable Global Model for Summarization":
// concepts are bigrams of stemmed words (bigrams of two stopwords dropped), weighted by the
// number of input documents that contain them; rare concepts (in fewer documents than a
// threshold that grows with the story's size, 3 of 10 documents as in ICSISumm) weigh nothing.
// Content-word unigrams may be added with a lower weight. The position of a concept's first
// occurrence in each document may raise its weight, as the first-occurrence feature of
// Berg-Kirkpatrick et al. (2011) does: news reports state their main facts first, so a concept
// that several reports put in their first sentences is central to the story.
#include "summarise/concepts.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string_view>

namespace chorus::summarise {
namespace {

bool Usable(const Token& t) { return t.Is(kTokWord) || t.Is(kTokNumber); }

constexpr uint64_t kUnigramKey = 0xFFFFFFFFull << 32;  // high half of a unigram's key

// Documents a concept must appear in to count: 3 of 10 (ICSISumm), 2 of 2-6, 1 of 1.
int MinDocs(size_t docs) {
  if (docs <= 1) return 1;
  return std::clamp(static_cast<int>(std::lround(docs * 0.3)), 2, 3);
}

// Open-addressing table (linear probing, power-of-two size) from keys to dense ids 0, 1, 2...
template <typename Key, typename Hash>
class DenseIds {
 public:
  // The id of key; a new key gets the next id and sets *added.
  uint32_t Get(const Key& key, bool* added) {
    if (2 * (size_ + 1) > slots_.size()) Grow();
    const size_t mask = slots_.size() - 1;
    for (size_t i = Hash{}(key)&mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.id == kEmpty) {
        s = Slot{key, size_++};
        *added = true;
        return s.id;
      }
      if (s.key == key) {
        *added = false;
        return s.id;
      }
    }
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    Key key{};
    uint32_t id = kEmpty;
  };
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(1024, 2 * old.size()), Slot{});
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.id == kEmpty) continue;
      size_t i = Hash{}(s.key) & mask;
      while (slots_[i].id != kEmpty) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }
  std::vector<Slot> slots_;
  uint32_t size_ = 0;
};

struct MixHash {  // splitmix64's finaliser: stem-id pairs are far from uniform
  size_t operator()(uint64_t x) const {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    return static_cast<size_t>(x ^ (x >> 31));
  }
};

// Assigns concept ids in order of first occurrence and counts documents and occurrences.
class ConceptCounter {
 public:
  uint32_t Id(uint64_t key) {
    bool added = false;
    const uint32_t id = ids_.Get(key, &added);
    if (added) {
      df_.push_back(0);
      tf_.push_back(0);
      lead_.push_back(0.0);
      last_doc_.push_back(kNoDoc);
      unigram_.push_back((key >> 32) == (kUnigramKey >> 32));
    }
    return id;
  }
  // An occurrence of concept id in sentence `sentence` of document doc.
  void Count(uint32_t id, uint32_t doc, uint32_t sentence) {
    ++tf_[id];
    if (last_doc_[id] != doc) {
      last_doc_[id] = doc;
      ++df_[id];
      lead_[id] += 1.0 / (1.0 + sentence);
    }
  }
  uint32_t Stem(std::string_view stem) {
    bool added = false;
    return stems_.Get(stem, &added);
  }
  std::vector<char> Unigrams() const { return {unigram_.begin(), unigram_.end()}; }
  std::vector<double> Weights(size_t docs, const ConceptOptions& options) const {
    const int min_docs = MinDocs(docs);
    std::vector<double> weight(df_.size(), 0.0);
    for (size_t c = 0; c < df_.size(); ++c) {
      // A single report: repetition inside it is the only signal.
      const int support = docs <= 1 ? tf_[c] : df_[c];
      const bool rare = support < std::max(min_docs, docs <= 1 ? 2 : 0);
      // Rare concepts only break ties and keep filling the budget once the shared ones are used.
      const double w = rare ? options.rare_weight : support + options.lead_weight * lead_[c];
      weight[c] = unigram_[c] ? options.unigram_weight * w : w;
    }
    return weight;
  }

 private:
  static constexpr uint32_t kNoDoc = 0xFFFFFFFFu;
  DenseIds<std::string_view, std::hash<std::string_view>> stems_;  // views into the tokens
  DenseIds<uint64_t, MixHash> ids_;
  std::vector<int> df_, tf_;
  std::vector<double> lead_;  // sum over documents of 1 / (1 + first sentence index)
  std::vector<uint32_t> last_doc_;
  std::vector<bool> unigram_;
};

}  // namespace

ConceptIndex BuildConcepts(const StoryText& story, const ConceptOptions& options) {
  ConceptIndex index;
  ConceptCounter counter;
  const bool unigrams = options.unigram_weight > 0;
  index.first.resize(story.sentences.size());
  for (uint32_t d = 0; d < story.sentences.size(); ++d) {
    for (uint32_t si = 0; si < story.sentences[d].size(); ++si) {
      const Sentence& s = story.sentences[d][si];
      index.first[d].push_back(static_cast<uint32_t>(index.occurrences.size()));
      const Token* prev = nullptr;
      uint32_t prev_stem = 0;
      for (uint32_t k = 0; k < s.tokens.size(); ++k) {
        const Token& t = s.tokens[k];
        if (!Usable(t)) {
          prev = nullptr;
          continue;
        }
        const uint32_t stem = counter.Stem(t.stem);
        auto add = [&](uint64_t key) {
          const uint32_t id = counter.Id(key);
          counter.Count(id, d, si);
          index.occurrences.push_back({k, id});
        };
        if (unigrams && !t.Is(kTokStopword) && !t.stem.empty()) add(kUnigramKey | stem);
        if (prev != nullptr && !(prev->Is(kTokStopword) && t.Is(kTokStopword))) {
          add((static_cast<uint64_t>(prev_stem) << 32) | stem);
        }
        prev = &t;
        prev_stem = stem;
      }
    }
    index.first[d].push_back(static_cast<uint32_t>(index.occurrences.size()));
  }
  index.weight = counter.Weights(story.sentences.size(), options);
  index.unigram = counter.Unigrams();
  return index;
}

std::vector<uint32_t> SentenceConcepts(const ConceptIndex& index, SentenceRef ref, int max_tokens) {
  std::vector<uint32_t> out;
  if (ref.doc >= index.first.size() || ref.sentence + 1 >= index.first[ref.doc].size()) {
    return out;
  }
  const uint32_t begin = index.first[ref.doc][ref.sentence];
  const uint32_t end = index.first[ref.doc][ref.sentence + 1];
  for (uint32_t i = begin; i < end; ++i) {
    const ConceptIndex::Occurrence& o = index.occurrences[i];
    if (max_tokens >= 0 && o.token >= static_cast<uint32_t>(max_tokens)) break;
    if (index.weight[o.id] > 0) out.push_back(o.id);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace chorus::summarise
