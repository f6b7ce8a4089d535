// Candidate facts: readability filters and priors for the concept-coverage selection
// (summariser.cc). The filters are the usual extractive-summary hygiene of ICSISumm-style
// systems (Gillick & Favre 2009 drop short sentences; Nenkova & McKeown 2011 survey dangling
// references and question sentences); priors use the fact's outlet support (pyramid-style,
// Nenkova & Passonneau 2004), its source's quality and the lead position of news reports.
#include "summarise/candidates.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

#include "util/text_util.h"

namespace chorus::summarise {
namespace {

constexpr int kMinWords = 8;
constexpr double kSupportWeight = 0.1;  // prior x (1 + w log outlets)
constexpr double kLeadWeight = 2.0;     // prior x (1 + w / (1 + sentence index)^2)
constexpr double kGarbled = 0.5;

// Openers that refer back to earlier text: connectives and pronouns (English function words,
// not tied to any story).
constexpr std::array<std::string_view, 30> kContextOpeners = {
    "but",         "however",     "and",          "also",    "so",        "yet",
    "he",          "she",         "they",         "it",      "this",      "that",
    "these",       "those",       "his",          "her",     "their",     "its",
    "meanwhile",   "still",       "instead",      "then",    "thus",      "moreover",
    "furthermore", "nonetheless", "nevertheless", "besides", "otherwise", "or"};

enum class Tier { kGood = 0, kAwkward = 1, kGarbled = 2 };

bool IsQuestion(std::string_view text) {
  size_t end = text.find_last_not_of(" \t\r\n\"'\u201d)");
  return end != std::string_view::npos && text[end] == '?';
}

// A sentence inside a quotation of several sentences: its quotation marks do not pair up, so
// on its own it hides who is speaking.
bool UnbalancedQuotes(std::string_view text) {
  int curly = 0, straight = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') {
      ++straight;
    } else if (text.compare(i, 3, "\u201C") == 0) {
      ++curly;
    } else if (text.compare(i, 3, "\u201D") == 0) {
      if (--curly < 0) return true;  // closes a quotation opened in an earlier sentence
    }
  }
  return curly != 0 || straight % 2 != 0;
}

bool IsFragment(std::string_view text) {
  if (text.empty()) return true;
  const unsigned char c = static_cast<unsigned char>(text[0]);
  return (c >= 'a' && c <= 'z') || c == ',' || c == ';' || c == ')' || !EndsLikeSentence(text) ||
         UnbalancedQuotes(text);
}

bool NeedsContext(const Sentence& s) {
  for (const Token& t : s.tokens) {
    if (!t.Is(kTokWord)) return false;
    return std::find(kContextOpeners.begin(), kContextOpeners.end(), t.norm) !=
           kContextOpeners.end();
  }
  return false;
}

Tier Classify(std::string_view text, const Sentence& s, int words, double garbling) {
  if (garbling > kGarbled) return Tier::kGarbled;
  if (words < kMinWords || IsQuestion(text) || IsFragment(text) || NeedsContext(s)) {
    return Tier::kAwkward;
  }
  return Tier::kGood;
}

// News reports put their most important facts first; multi-source support and clean sources
// count too. Tuned on DUC 2004 dev (docs/evaluation.md).
double Prior(const FactGroup& f, const std::vector<SourceQuality>& q) {
  const SentenceRef r = f.representative;
  const double quality = r.doc < q.size() ? q[r.doc].score : 1.0;
  const double support = 1.0 + kSupportWeight * std::log(static_cast<double>(f.members.size()));
  const double rank = 1.0 + r.sentence;
  const double lead = 1.0 + kLeadWeight / (rank * rank);
  return (0.5 + 0.5 * quality) * support * lead;
}

// Inverse sentence frequency of the story's content-word unigram concepts:
// log(sentences / sentences containing it); 0 for other concepts.
std::vector<double> UnigramIdf(const ConceptIndex& index) {
  std::vector<double> idf(index.weight.size(), 0.0);
  std::vector<uint32_t> last(index.weight.size(), 0);  // 1 + index of the last sentence counted
  uint32_t n = 0;
  for (const std::vector<uint32_t>& first : index.first) {
    for (size_t s = 0; s + 1 < first.size(); ++s) {
      ++n;
      for (uint32_t k = first[s]; k < first[s + 1]; ++k) {
        const uint32_t id = index.occurrences[k].id;
        if (!index.unigram[id] || last[id] == n) continue;
        last[id] = n;
        idf[id] += 1;
      }
    }
  }
  for (double& v : idf) v = v > 0 ? std::log(n / v) : 0.0;
  return idf;
}

// The sentence's distinct content-word unigram concepts (sorted) and their idf weights.
void SetContent(const ConceptIndex& index, const std::vector<double>& idf, Candidate* c) {
  const std::vector<uint32_t>& first = index.first[c->ref.doc];
  for (uint32_t k = first[c->ref.sentence]; k < first[c->ref.sentence + 1]; ++k) {
    const uint32_t id = index.occurrences[k].id;
    if (index.unigram[id]) c->content.push_back(id);
  }
  std::sort(c->content.begin(), c->content.end());
  c->content.erase(std::unique(c->content.begin(), c->content.end()), c->content.end());
  double norm = 0;
  for (uint32_t id : c->content) {
    c->content_weight.push_back(idf[id]);
    norm += idf[id] * idf[id];
  }
  c->content_norm = std::sqrt(norm);
}

}  // namespace

std::vector<Candidate> BuildCandidates(const StoryText& story, const std::vector<FactGroup>& facts,
                                       const SentenceScores& garbling,
                                       const std::vector<SourceQuality>& quality,
                                       const ConceptIndex& index, int budget) {
  const std::vector<double> idf = UnigramIdf(index);
  std::array<std::vector<Candidate>, 3> tiers;
  std::array<int, 3> tier_words = {0, 0, 0};
  for (size_t i = 0; i < facts.size(); ++i) {
    const SentenceRef r = facts[i].representative;
    if (r.doc >= story.sentences.size() || r.sentence >= story.sentences[r.doc].size()) continue;
    const Sentence& s = story.At(r);
    const std::string_view text = story.Text(r);
    Candidate c;
    c.fact = i;
    c.sentence = &s;
    c.index = &index;
    c.words = CountWords(text);
    if (c.words == 0) continue;
    c.ref = r;
    c.concepts = SentenceConcepts(index, r);
    SetContent(index, idf, &c);
    c.prior = Prior(facts[i], quality);
    c.position = r.sentence * 1000.0 + r.doc;
    const double g = r.doc < garbling.size() && r.sentence < garbling[r.doc].size()
                         ? garbling[r.doc][r.sentence]
                         : 0.0;
    const int tier = static_cast<int>(Classify(text, s, c.words, g));
    tier_words[tier] += c.words;
    tiers[tier].push_back(std::move(c));
  }
  std::vector<Candidate> out = std::move(tiers[0]);
  int words = tier_words[0];
  for (int t = 1; t < 3 && words < budget; ++t) {
    words += tier_words[t];
    for (Candidate& c : tiers[t]) out.push_back(std::move(c));
  }
  return out;
}

double Overlap(const Candidate& a, const Candidate& b) {
  if (a.content_norm <= 0 || b.content_norm <= 0) return 0.0;
  double shared = 0;
  for (size_t i = 0, j = 0; i < a.content.size() && j < b.content.size();) {
    if (a.content[i] < b.content[j]) {
      ++i;
    } else if (b.content[j] < a.content[i]) {
      ++j;
    } else {
      shared += a.content_weight[i] * b.content_weight[j];
      ++i, ++j;
    }
  }
  return shared / (a.content_norm * b.content_norm);
}

std::vector<uint32_t> PrefixConcepts(const Candidate& c, int words) {
  int tokens = 0, seen = 0;
  for (const Token& t : c.sentence->tokens) {
    if (seen >= words) break;
    ++tokens;
    if (t.Is(kTokWord) || t.Is(kTokNumber)) ++seen;
  }
  return SentenceConcepts(*c.index, c.ref, tokens);
}

}  // namespace chorus::summarise
