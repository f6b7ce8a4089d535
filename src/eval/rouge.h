// ROUGE-N, ROUGE-L and ROUGE-SU following ROUGE-1.5.5 (Lin 2004) with the DUC 2004 settings
// (-n 2 -m -l 100 -2 4 -u -f A -p 0.5 -t 0).
//
//   RougeScorer scorer(references, RougeOptions{.word_limit = 100});
//   RougeScores s = scorer.Score("First sentence.\nSecond sentence.");
//   s.rouge2.recall  -> in [0,1], rounded to 5 decimals as ROUGE-1.5.5 prints it
//   RougeScores avg = Rouge155Average(per_cluster_scores);  // what ROUGE-1.5.5 reports
//
// Summaries are one sentence per line (SPL). As in ROUGE-1.5.5: lines are lowercased (ASCII),
// peer and references are each cut to the first word_limit white-space separated words, then
// every character other than [a-z0-9-] becomes a space, tokens must start with [a-z0-9],
// tokens longer than 3 characters are normalised as ROUGE's -m does (WordNet exception base form,
// else ROUGE's own Porter variant: rouge_stem.h), stopwords are kept. With several references
// the counts are pooled ("model average", -f A): R = sum hits / sum reference n-grams,
// P = sum hits / (peer n-grams x references); no jackknifing (removed in 1.4). The figure
// ROUGE-1.5.5 prints is not the plain mean over clusters but the mean of its 1000 bootstrap
// resamples (-r 1000): Rouge155Average reproduces it exactly.
// Text is handled as bytes, so UTF-8 input scores as the same text read as Latin-1 would.
#ifndef CHORUS_EVAL_ROUGE_H_
#define CHORUS_EVAL_ROUGE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "eval/rouge_stem.h"

namespace chorus {

struct RougeOptions {
  int word_limit = 100;   // -l; 0 = no limit
  bool stem = true;       // -m
  int skip_distance = 4;  // -2 for ROUGE-SU (with -u)
  // Before stemming, map irregular forms to their base form with the WordNet exception lists
  // (ROUGE-1.5.5 uses WordNet-2.0.exc.db; we read WordNet 3.0's *.exc, Debian package
  // wordnet-base: rouge_stem.h). Without them: Porter only.
  bool wordnet_exceptions = true;
};

struct RougeScore {
  double recall = 0.0;
  double precision = 0.0;
  double f = 0.0;  // alpha = 0.5
};

struct RougeScores {
  RougeScore rouge1, rouge2, rougeL, rougeSU4;
};

// ROUGE tokens of one line (after lowercasing, no length limit).
std::vector<std::string> RougeTokens(std::string_view line, bool stem,
                                     bool wordnet_exceptions = false);

// Lines of an SPL summary after the -l word limit (lowercased, untokenised).
std::vector<std::string> RougeUnits(std::string_view summary, int word_limit);

class RougeScorer {
 public:
  RougeScorer(const std::vector<std::string>& references, const RougeOptions& options);
  RougeScores Score(std::string_view peer) const;
  size_t references() const { return refs_.size(); }

 private:
  struct Ref;
  RougeOptions options_;
  std::unordered_map<std::string, uint32_t> vocab_;  // reference tokens -> ids
  std::vector<std::shared_ptr<const Ref>> refs_;
};

// Plain mean of per-cluster scores (the rounded per-cluster figures of -t 0).
RougeScores MeanScores(const std::vector<RougeScores>& scores);

// The average ROUGE-1.5.5 prints (computeAverages): the mean of `resamples` bootstrap samples,
// sample i drawn with Perl's rand() after srand(i) from the evaluations sorted by ID as strings,
// rounded to 5 decimals. scores[k] is evaluation ID k + 1, the numbering of clusters in input
// order that pyrouge and most ROUGE set-ups write. It differs from the plain mean by up to ~0.1
// points on 25 clusters. resamples <= 0: MeanScores.
RougeScores Rouge155Average(const std::vector<RougeScores>& scores, int resamples = 1000);

}  // namespace chorus

#endif  // CHORUS_EVAL_ROUGE_H_
