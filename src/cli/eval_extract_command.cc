// chorus eval extract BENCH_DIR [--format md|json] [--threads N] [--limit N]
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "eval/extract_eval.h"
#include "read/html_reader.h"

namespace chorus::cli {
namespace {

struct EvalExtractArgs {
  std::string dir;
  std::string format = "md";
  int threads = 0;
  size_t limit = 0;
};

int RunEvalExtract(const EvalExtractArgs& args) {
  ExtractEvalOptions opt;
  opt.threads = args.threads > 0
                    ? args.threads
                    : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  opt.max_pages = args.limit;
  auto extract = [](std::string_view page, const std::string& name) -> Result<std::string> {
    auto r = ReadArticle(page, name);
    if (!r) return tl::unexpected(r.error());
    return std::move(r->article.text);
  };
  auto reports = EvaluateExtraction(args.dir, extract, opt);
  if (!reports) {
    std::cerr << "chorus eval extract: " << reports.error().message << "\n";
    return kExitInputError;
  }
  std::cout << (args.format == "json" ? ExtractReportJson(*reports)
                                      : ExtractReportMarkdown(*reports));
  return kExitOk;
}

}  // namespace

void RegisterEvalExtractCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<EvalExtractArgs>();
  CLI::App* cmd = app.add_subcommand(
      "extract",
      "Score `chorus extract` on the article-extraction benchmarks in BENCH_DIR (aeb/: shingle\n"
      "F1, with the published tools' outputs scored alike; wcxb-articles/: bag-of-words F1).");
  cmd->add_option("BENCH_DIR", args->dir, "folder holding aeb/ and wcxb-articles/")->required();
  cmd->add_option("-f,--format", args->format, "md (default) or json")
      ->check(CLI::IsMember({"md", "json"}));
  cmd->add_option("-j,--threads", args->threads, "worker threads (default: all cores)");
  cmd->add_option("--limit", args->limit, "score only the first N pages of each set");
  cmd->callback([args, exit_code] { *exit_code = RunEvalExtract(*args); });
}

}  // namespace chorus::cli
