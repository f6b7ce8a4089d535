// Summary evaluation: clusters of reports with reference summaries, scored with ROUGE.
//
//   SummaryClusterSet set = ReadSummaryClusters("duc2004/dev.jsonl", {});
//   std::vector<SystemResult> r = EvaluateSummaries(set.clusters, {.words = 100});
//   r[0].name == "chorus"; r[0].mean.rouge2.recall ...
//
// Input lines: {"id", "docs": [{"id", "text", "title"?}], "references": {label: text},
// "peer_summaries"?: {system: text}}. Systems scored: chorus (the library's summariser over the
// pipeline of BuildBrief), every system in peer_summaries, Lead and LexRank (baselines.h).
#ifndef CHORUS_EVAL_SUMMARY_EVAL_H_
#define CHORUS_EVAL_SUMMARY_EVAL_H_

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "chorus/document.h"
#include "chorus/error.h"
#include "eval/rouge.h"

namespace chorus {

struct SummaryCluster {
  std::string id;
  std::vector<Document> docs;
  std::vector<std::string> references;                     // one sentence per line
  std::vector<std::pair<std::string, std::string>> peers;  // system -> summary, by name
};

struct SummaryClusterSet {
  std::vector<SummaryCluster> clusters;
  std::vector<Error> errors;  // bad lines (named "FILE:LINE: ..."); other lines still read
};

struct ReadClusterOptions {
  int limit = 0;  // read at most this many clusters (0 = all)
};

// kIo when the file cannot be read; bad lines are reported in errors.
Result<SummaryClusterSet> ReadSummaryClusters(const std::string& path,
                                              const ReadClusterOptions& options);
// One cluster from one JSON line (what ReadSummaryClusters does per line).
Result<SummaryCluster> ParseSummaryCluster(const std::string& json_line);

struct SummaryEvalOptions {
  int words = 100;        // summary budget of chorus, Lead and LexRank
  int rouge_words = -1;   // ROUGE -l; -1 = same as words, 0 = no truncation
  bool fill = true;       // let the last sentence overflow the budget (the evaluator cuts it)
  bool baselines = true;  // score Lead and LexRank
  bool peers = true;      // score peer_summaries
  // Averages over clusters as ROUGE-1.5.5 prints them (mean of its -r 1000 bootstrap
  // resamples, Rouge155Average); 0 = plain mean.
  int resamples = 1000;
};

struct SystemResult {
  std::string name;
  RougeScores mean;
  int clusters = 0;
};

// Systems in the order chorus, peers (by name), baseline:Lead, baseline:LexRank. progress(i, n)
// after each cluster when given.
std::vector<SystemResult> EvaluateSummaries(
    const std::vector<SummaryCluster>& clusters, const SummaryEvalOptions& options,
    const std::function<void(size_t, size_t)>& progress = nullptr);

// chorus's summary of one cluster, one sentence per line.
std::string ChorusSummary(std::vector<Document> docs, int words, bool fill);

}  // namespace chorus

#endif  // CHORUS_EVAL_SUMMARY_EVAL_H_
