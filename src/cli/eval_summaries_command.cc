// chorus eval summaries FILE.jsonl [--words 100] [--rouge-words N] [--limit N] [--format md|json]
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "eval/summary_eval.h"

namespace chorus::cli {
namespace {

struct EvalSummariesArgs {
  std::string input;
  int words = 100;
  int rouge_words = -1;
  int limit = 0;
  bool no_fill = false;
  std::string format = "md";
};

std::string Json(const std::vector<SystemResult>& results) {
  nlohmann::ordered_json systems = nlohmann::ordered_json::object();
  for (const SystemResult& r : results) {
    auto pct = [](double x) { return std::round(x * 10000.0) / 100.0; };
    systems[r.name] = {{"rouge1_r", pct(r.mean.rouge1.recall)},
                       {"rouge1_f", pct(r.mean.rouge1.f)},
                       {"rouge2_r", pct(r.mean.rouge2.recall)},
                       {"rouge2_f", pct(r.mean.rouge2.f)},
                       {"rougeL_r", pct(r.mean.rougeL.recall)},
                       {"rougeL_f", pct(r.mean.rougeL.f)},
                       {"clusters", r.clusters}};
  }
  return nlohmann::ordered_json{{"systems", systems}}.dump(2) + "\n";
}

std::string Markdown(std::vector<SystemResult> results, const EvalSummariesArgs& args,
                     size_t clusters) {
  std::stable_sort(results.begin(), results.end(), [](const auto& a, const auto& b) {
    return a.mean.rouge2.recall > b.mean.rouge2.recall;
  });
  const int rouge_words = args.rouge_words < 0 ? args.words : args.rouge_words;
  std::string out = "ROUGE-1.5.5 style (-n 2 -m -f A";
  out += rouge_words > 0 ? " -l " + std::to_string(rouge_words) : std::string();
  out += " -r 1000: the mean of 1000 bootstrap resamples, as ROUGE-1.5.5 prints it) on " +
         std::to_string(clusters) + " clusters of " + args.input + ", percent\n\n";
  out += "| system | R-1 R | R-1 F | R-2 R | R-2 F | R-L R | R-L F |\n";
  out += "|---|---:|---:|---:|---:|---:|---:|\n";
  char buf[256];
  for (const SystemResult& r : results) {
    std::snprintf(buf, sizeof(buf), "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |\n",
                  r.name.c_str(), 100 * r.mean.rouge1.recall, 100 * r.mean.rouge1.f,
                  100 * r.mean.rouge2.recall, 100 * r.mean.rouge2.f, 100 * r.mean.rougeL.recall,
                  100 * r.mean.rougeL.f);
    out += buf;
  }
  return out;
}

int RunEvalSummaries(const EvalSummariesArgs& args) {
  Result<SummaryClusterSet> set = ReadSummaryClusters(args.input, {.limit = args.limit});
  if (!set) {
    std::cerr << "chorus eval summaries: " << set.error().message << "\n";
    return kExitInputError;
  }
  for (const Error& e : set->errors) std::cerr << "chorus eval summaries: " << e.message << "\n";
  if (set->clusters.empty()) {
    std::cerr << "chorus eval summaries: " << args.input << ": no usable cluster\n";
    return kExitInputError;
  }
  const bool tty = isatty(STDERR_FILENO) != 0;
  auto progress = [tty](size_t done, size_t total) {
    if (!tty) return;
    std::cerr << "\r" << done << "/" << total << " clusters" << (done == total ? "\n" : "")
              << std::flush;
  };
  const std::vector<SystemResult> results = EvaluateSummaries(
      set->clusters, {.words = args.words, .rouge_words = args.rouge_words, .fill = !args.no_fill},
      progress);
  std::cout << (args.format == "json" ? Json(results)
                                      : Markdown(results, args, set->clusters.size()));
  return set->errors.empty() ? kExitOk : kExitInputError;
}

}  // namespace

void RegisterEvalSummariesCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<EvalSummariesArgs>();
  CLI::App* cmd = app.add_subcommand(
      "summaries",
      "Score chorus's summaries with ROUGE against reference summaries, next to the systems in\n"
      "peer_summaries and the Lead and LexRank baselines. FILE holds one cluster per line:\n"
      "{\"id\", \"docs\": [{\"id\", \"text\", \"title\"?}], \"references\": {label: text},\n"
      "\"peer_summaries\"?: {system: text}}.");
  cmd->add_option("FILE", args->input, "clusters, JSON lines")->required();
  cmd->add_option("-w,--words", args->words, "summary budget in words")
      ->check(CLI::Range(10, 2000))
      ->capture_default_str();
  cmd->add_option("--rouge-words", args->rouge_words,
                  "ROUGE -l: cut summaries and references to N words (default: --words; 0 = "
                  "no cut)");
  cmd->add_option("-n,--limit", args->limit, "score only the first N clusters (0 = all)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("--no-fill", args->no_fill,
                "never let the last sentence overflow the budget (by default the summaries fill "
                "up to the ROUGE cut, as DUC systems do)");
  cmd->add_option("-f,--format", args->format, "md (default) or json")
      ->check(CLI::IsMember({"md", "json"}));
  cmd->callback([args, exit_code] { *exit_code = RunEvalSummaries(*args); });
}

}  // namespace chorus::cli
