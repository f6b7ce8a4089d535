// Summarise: budgeted concept coverage over facts.
//
// Follows Gillick & Favre (2009), "A Scalable Global Model for Summarization" (ICSISumm): the
// summary maximises the total weight of the distinct concepts it covers (stemmed bigrams
// weighted by how many documents state them and how early, concepts.h) under a word budget, so
// redundant facts add nothing; a fact whose content words mostly repeat a chosen one's (a
// paraphrase, whose bigrams differ) is not taken. The budgeted maximisation is solved with the
// cost-scaled greedy rule of Lin & Bilmes (2010/2011) (gain / length^r, compared with the best
// single fact), followed by a swap local search. A fact's gain is scaled by its support across
// outlets and by the quality of the source of its text; garbled sentences, questions, fragments and
// sentences that open with a word needing earlier context are only used when nothing else fills the
// budget. The chosen facts are ordered by position in their reports; the text is their
// verbatim representative sentences joined by spaces.
#include "summarise/summariser.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "summarise/candidates.h"
#include "summarise/concepts.h"
#include "util/text_util.h"

namespace chorus {
namespace {

using summarise::Candidate;

struct Selection {
  std::vector<size_t> chosen;  // indices into candidates
  double value = 0;
  int words = 0;
};

// Whether cands[i] repeats what a chosen candidate (other than the one at position skip) says:
// idf-weighted cosine of their content words at or above kRedundant (the idf-modified cosine of
// LexRank, Erkan & Radev 2004). Concept coverage misses paraphrases, whose bigrams differ.
bool Redundant(const std::vector<Candidate>& cands, const std::vector<size_t>& chosen, size_t i,
               size_t skip = static_cast<size_t>(-1)) {
  constexpr double kRedundant = 0.3;
  for (size_t pos = 0; pos < chosen.size(); ++pos) {
    if (pos != skip && summarise::Overlap(cands[chosen[pos]], cands[i]) >= kRedundant) return true;
  }
  return false;
}

double Gain(const Candidate& c, const std::vector<double>& weight,
            const std::vector<char>& covered) {
  double g = 0;
  for (uint32_t k : c.concepts) {
    if (!covered[k]) g += weight[k];
  }
  return g * c.prior;
}

Selection Evaluate(const std::vector<Candidate>& cands, const std::vector<size_t>& chosen,
                   const std::vector<double>& weight) {
  Selection s{chosen, 0, 0};
  std::vector<char> covered(weight.size(), 0);
  for (size_t i : chosen) {
    s.value += Gain(cands[i], weight, covered);
    for (uint32_t k : cands[i].concepts) covered[k] = 1;
    s.words += cands[i].words;
  }
  return s;
}

Selection Greedy(const std::vector<Candidate>& cands, const std::vector<double>& weight, int budget,
                 double r) {
  std::vector<char> covered(weight.size(), 0), used(cands.size(), 0);
  std::vector<size_t> chosen;
  int words = 0;
  while (true) {
    double best = 0;
    size_t arg = cands.size();
    for (size_t i = 0; i < cands.size(); ++i) {
      if (used[i] || words + cands[i].words > budget) continue;
      const double g = Gain(cands[i], weight, covered) / std::pow(cands[i].words, r);
      if (g > best && Redundant(cands, chosen, i)) {
        used[i] = 1;  // the chosen set only grows: redundant for good
      } else if (g > best) {
        best = g;
        arg = i;
      }
    }
    if (arg == cands.size()) break;
    used[arg] = 1;
    chosen.push_back(arg);
    words += cands[arg].words;
    for (uint32_t k : cands[arg].concepts) covered[k] = 1;
  }
  Selection greedy = Evaluate(cands, chosen, weight);
  const std::vector<char> none(weight.size(), 0);
  for (size_t i = 0; i < cands.size(); ++i) {  // the best single fact (Lin & Bilmes, Thm. 1)
    if (cands[i].words > budget) continue;
    if (Gain(cands[i], weight, none) > greedy.value) greedy = Evaluate(cands, {i}, weight);
  }
  return greedy;
}

// Adds the unchosen fact that raises the value most within budget; false when none does.
bool AddBest(const std::vector<Candidate>& cands, const std::vector<double>& weight, int budget,
             const std::vector<size_t>& pool, Selection* sel) {
  Selection best = *sel;
  for (size_t i : pool) {
    if (sel->words + cands[i].words > budget) continue;
    if (std::find(sel->chosen.begin(), sel->chosen.end(), i) != sel->chosen.end()) continue;
    if (Redundant(cands, sel->chosen, i)) continue;
    std::vector<size_t> next = sel->chosen;
    next.push_back(i);
    Selection s = Evaluate(cands, next, weight);
    if (s.value > best.value * 1.0001) best = std::move(s);
  }
  if (best.chosen.size() == sel->chosen.size()) return false;
  *sel = std::move(best);
  return true;
}

// Replaces one chosen fact by one unchosen one, then refills, while that raises the value.
// Only the kPool facts of highest standalone gain per word are tried, so the cost stays flat
// in the story's size.
void LocalSearch(const std::vector<Candidate>& cands, const std::vector<double>& weight, int budget,
                 Selection* sel) {
  constexpr size_t kPool = 60;
  std::vector<double> density(cands.size());
  const std::vector<char> none(weight.size(), 0);
  for (size_t i = 0; i < cands.size(); ++i)
    density[i] = Gain(cands[i], weight, none) / cands[i].words;
  std::vector<size_t> pool(cands.size());
  for (size_t i = 0; i < pool.size(); ++i) pool[i] = i;
  const size_t keep = std::min(kPool, pool.size());
  std::partial_sort(pool.begin(), pool.begin() + keep, pool.end(),
                    [&](size_t a, size_t b) { return density[a] > density[b]; });
  pool.resize(keep);
  for (int round = 0; round < 4; ++round) {
    bool improved = false;
    for (size_t pos = 0; pos < sel->chosen.size() && !improved; ++pos) {
      for (size_t i : pool) {
        if (improved) break;
        if (std::find(sel->chosen.begin(), sel->chosen.end(), i) != sel->chosen.end()) continue;
        if (Redundant(cands, sel->chosen, i, pos)) continue;
        const int words = sel->words - cands[sel->chosen[pos]].words + cands[i].words;
        if (words > budget) continue;
        std::vector<size_t> next = sel->chosen;
        next[pos] = i;
        Selection s = Evaluate(cands, next, weight);
        while (AddBest(cands, weight, budget, pool, &s)) {
        }
        if (s.value > sel->value * 1.0001) {
          *sel = std::move(s);
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
}

// With fill, one more fact whose first (budget - words) words add the most.
std::optional<size_t> Filler(const std::vector<Candidate>& cands, const std::vector<double>& weight,
                             const Selection& sel, int budget) {
  if (sel.words >= budget) return std::nullopt;
  std::vector<char> covered(weight.size(), 0);
  for (size_t i : sel.chosen) {
    for (uint32_t k : cands[i].concepts) covered[k] = 1;
  }
  const int room = budget - sel.words;
  double best = -1;
  std::optional<size_t> arg;
  for (size_t i = 0; i < cands.size(); ++i) {
    if (std::find(sel.chosen.begin(), sel.chosen.end(), i) != sel.chosen.end()) continue;
    double g = 0;
    for (uint32_t k : summarise::PrefixConcepts(cands[i], room)) {
      if (!covered[k]) g += weight[k];
    }
    g *= cands[i].prior;
    if (g > best && !Redundant(cands, sel.chosen, i)) {
      best = g;
      arg = i;
    }
  }
  return arg;
}

}  // namespace

SummaryPlan Summarise(const StoryText& story, const std::vector<FactGroup>& facts,
                      const SentenceScores& garbling, const std::vector<SourceQuality>& quality,
                      const SummaryOptions& options) {
  SummaryPlan plan;
  if (facts.empty() || options.words <= 0) return plan;
  const summarise::ConceptIndex index =
      summarise::BuildConcepts(story, {.unigram_weight = summarise::kUnigramWeight,
                                       .rare_weight = summarise::kRareWeight,
                                       .lead_weight = summarise::kConceptLeadWeight});
  const std::vector<Candidate> cands =
      summarise::BuildCandidates(story, facts, garbling, quality, index, options.words);
  Selection sel = Greedy(cands, index.weight, options.words, summarise::kLengthExponent);
  LocalSearch(cands, index.weight, options.words, &sel);
  std::vector<size_t> order = sel.chosen;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return cands[a].position < cands[b].position; });
  if (options.fill) {
    if (auto extra = Filler(cands, index.weight, sel, options.words)) order.push_back(*extra);
  }
  for (size_t i : order) {
    plan.facts.push_back(cands[i].fact);
    if (!plan.text.empty()) plan.text += ' ';
    plan.text += story.Text(facts[cands[i].fact].representative);
  }
  return plan;
}

}  // namespace chorus
