// Garbling signs per sentence, from the sentence and from what the other outlets write.
//
// Machine-translation quality estimation without references (Specia et al. 2009, "QuEst"
// black-box features) looks at fluency and adequacy signs; the ones that survive without a
// language model are used here (METHODS.md "Quality of a source"):
//   - person shift: I / me / my outside quotation marks in third-person news reporting;
//   - fragments: very short or verbless sentences ("It emphasizes.", "CIA Director X.");
//   - broken starts: a sentence beginning in lower case;
//   - misspelt names: a name form only this outlet uses while a variant of it (same phonetic
//     key or within a small edit distance, names.h) is used by at least two other outlets.
// Signals combine by noisy-or; each sentence also takes a share of its document's rate, so
// the sentences of a garbled report rank below equivalent sentences of clean reports.
#include "align/garbling.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <unordered_map>

namespace chorus::align {
namespace {

constexpr double kFirstPersonWeight = 0.6;
constexpr double kShortFragmentWeight = 0.5;
constexpr double kVerblessWeight = 0.4;
constexpr double kMisspeltWeight = 0.45;
constexpr double kMisspeltAlsoConsensusWeight = 0.6;
constexpr double kBrokenStartWeight = 0.3;
constexpr double kDocShare = 2.0;  // a report's rate, doubled, is a prior for its sentences
constexpr double kMaxDocPrior = 0.5;
constexpr int kShortWords = 3;
constexpr int kVerblessWords = 7;
constexpr size_t kMinConsensusDocs = 2;

bool IsFirstPersonSingular(std::string_view norm) {
  return norm == "i" || norm == "me" || norm == "my" || norm == "myself" || norm == "i'm" ||
         norm == "i've" || norm == "i'd" || norm == "i'll";
}

double NoisyOr(double acc, double p) { return 1.0 - (1.0 - acc) * (1.0 - p); }

// Name terms and the documents that use them, to find spellings against the consensus.
class NameConsensus {
 public:
  NameConsensus(const StoryFeatures& f) : f_(f), docs_of_(f.term_text.size()) {
    for (const SentenceFeatures& s : f.sentences) {
      for (const TermWeight& t : s.terms) {
        if (!f.term_is_name[t.term]) continue;
        auto& docs = docs_of_[t.term];
        if (docs.empty() || docs.back() != s.ref.doc) docs.push_back(s.ref.doc);
        by_class_[f.soft_class[t.term]].push_back(t.term);
      }
    }
    for (auto& [cls, terms] : by_class_) {
      std::sort(terms.begin(), terms.end());
      terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    }
  }

  // 0 when term is a consensus spelling in doc; otherwise the misspelling weight.
  double Misspelt(uint32_t term, uint32_t doc) const {
    const auto& own = docs_of_[term];
    if (!f_.term_is_name[term] || own.size() != 1) return 0.0;
    const auto it = by_class_.find(f_.soft_class[term]);
    double weight = 0.0;
    const std::string& form = f_.term_form[term];
    for (uint32_t other : it->second) {
      const std::string& consensus = f_.term_form[other];
      // A form that extends the other is a derived word (Europe/European), not a misspelling.
      if (other == term || form.starts_with(consensus) || consensus.starts_with(form)) continue;
      const auto& docs = docs_of_[other];
      const size_t elsewhere = docs.size() - std::count(docs.begin(), docs.end(), doc);
      if (elsewhere < kMinConsensusDocs) continue;
      const bool doc_uses_both = elsewhere < docs.size();
      weight = std::max(weight, doc_uses_both ? kMisspeltAlsoConsensusWeight : kMisspeltWeight);
    }
    return weight;
  }

 private:
  const StoryFeatures& f_;
  std::vector<std::vector<uint32_t>> docs_of_;  // sorted: sentences are visited in doc order
  std::unordered_map<uint32_t, std::vector<uint32_t>> by_class_;
};

bool StartsLowerCase(std::string_view text) {
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80) return false;
    if (std::isalnum(u)) return std::islower(u) != 0;
  }
  return false;
}

SentenceGarbling ScoreSentence(const StoryText& story, const SentenceFeatures& f,
                               const NameConsensus& names, const StoryFeatures& features,
                               DocGarbling* doc) {
  SentenceGarbling g;
  const Sentence& s = story.At(f.ref);
  bool verb = false;
  int first_person = 0;
  for (size_t k = 0; k < s.tokens.size(); ++k) {
    verb = verb || LooksLikeVerb(s.tokens[k]);
    if (!f.in_quote[k] && IsFirstPersonSingular(s.tokens[k].norm)) ++first_person;
  }
  double p = 0;
  if (first_person > 0) {
    p = NoisyOr(p, kFirstPersonWeight), g.signals |= kFirstPerson, ++doc->first_person;
  }
  const bool quoted = f.quoted_words * 2 > f.words;
  if (!quoted && f.words > 0 && (f.words <= kShortWords || (f.words <= kVerblessWords && !verb))) {
    p = NoisyOr(p, f.words <= kShortWords ? kShortFragmentWeight : kVerblessWeight);
    g.signals |= kFragment, ++doc->fragments;
  }
  if (StartsLowerCase(story.Text(f.ref))) {
    p = NoisyOr(p, kBrokenStartWeight), g.signals |= kBrokenStart, ++doc->broken_starts;
  }
  for (const TermWeight& t : f.terms) {
    const double w = names.Misspelt(t.term, f.ref.doc);
    if (w <= 0) continue;
    p = NoisyOr(p, w), g.signals |= kMisspeltName, ++doc->misspellings;
    doc->misspelt_names.push_back(features.term_form[t.term]);
  }
  g.own = p;
  return g;
}

}  // namespace

bool LooksLikeVerb(const Token& token) {
  static constexpr std::array<std::string_view, 44> kVerbs = {
      "is",   "are",  "was",  "were", "be",    "been",  "being",  "am",    "has",   "have", "had",
      "do",   "does", "did",  "will", "would", "shall", "should", "can",   "could", "may",  "might",
      "must", "said", "says", "say",  "told",  "tells", "went",   "made",  "came",  "took", "gave",
      "got",  "left", "met",  "won",  "lost",  "began", "spoke",  "wrote", "knew",  "held", "sent"};
  const std::string_view n = token.norm;
  if (!token.Is(kTokWord)) return false;
  if (std::find(kVerbs.begin(), kVerbs.end(), n) != kVerbs.end()) return true;
  if (n.ends_with("n't")) return true;
  if (token.Is(kTokCapitalised) && !token.Is(kTokStopword)) return false;
  return n.size() >= 5 && (n.ends_with("ed") || n.ends_with("ing"));
}

GarblingReport AnalyseGarbling(const StoryText& story, const StoryFeatures& features) {
  GarblingReport r;
  r.sentences.resize(story.sentences.size());
  r.docs.resize(story.sentences.size());
  const NameConsensus names(features);
  for (const SentenceFeatures& f : features.sentences) {
    r.sentences[f.ref.doc].push_back(ScoreSentence(story, f, names, features, &r.docs[f.ref.doc]));
  }
  for (size_t d = 0; d < r.docs.size(); ++d) {
    DocGarbling& doc = r.docs[d];
    auto& m = doc.misspelt_names;
    std::sort(m.begin(), m.end());
    m.erase(std::unique(m.begin(), m.end()), m.end());
    double sum = 0;
    for (const SentenceGarbling& g : r.sentences[d]) sum += g.own;
    doc.rate = r.sentences[d].empty() ? 0.0 : sum / r.sentences[d].size();
    for (SentenceGarbling& g : r.sentences[d])
      g.score = NoisyOr(g.own, std::min(kMaxDocPrior, kDocShare * doc.rate));
  }
  return r;
}

}  // namespace chorus::align
