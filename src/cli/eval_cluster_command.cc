// chorus eval cluster FILE.jsonl [--format md|json] [--online] [--threshold X]
//                    [--tight-factor X] [--tight-members N] [--settle-factor X]
// Clusters the articles of FILE ({"id", "story", "title"?, "text"} a line) with the story
// engine and scores the result against "story" with BCubed precision, recall and F1.
#include <CLI/CLI.hpp>

#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cluster/article_stream.h"
#include "cluster/engine.h"
#include "eval/cluster_eval.h"

namespace chorus::cli {
namespace {

struct EvalClusterArgs {
  std::string format = "md";
  bool online = false;
  double threshold = -1;
  double tight_factor = -1;
  int tight_members = -1;
  double settle_factor = -1;
  std::string file;
};

struct Labelled {
  std::vector<std::string> gold;
  std::vector<cluster::ArticleSketch> sketches;
};

Result<Labelled> ReadLabelled(const std::string& path, const cluster::StoryEngine& engine) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError(ErrorCode::kIo, path + ": cannot open");
  Labelled out;
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = path + ":" + std::to_string(n);
    auto doc = cluster::DocumentFromJsonLine(line, where);
    if (!doc) return tl::unexpected(doc.error());
    const nlohmann::json j = nlohmann::json::parse(line);
    const auto story = j.find("story");
    if (story == j.end()) return MakeError(ErrorCode::kFormat, where + ": no \"story\"");
    out.gold.push_back(story->is_string() ? story->get<std::string>() : story->dump());
    out.sketches.push_back(engine.Sketch(*doc));
  }
  if (out.gold.empty()) return MakeError(ErrorCode::kEmpty, path + ": no articles");
  return out;
}

int RunEvalCluster(const EvalClusterArgs& args) {
  cluster::EngineOptions options;
  if (args.threshold >= 0) options.cluster.threshold = args.threshold;
  if (args.tight_factor >= 0) options.cluster.tight_factor = args.tight_factor;
  if (args.tight_members >= 0) options.cluster.tight_members = args.tight_members;
  if (args.settle_factor >= 0) options.cluster.settle_factor = args.settle_factor;
  cluster::StoryEngine engine(options);
  Result<Labelled> data = ReadLabelled(args.file, engine);
  if (!data) {
    std::cerr << "chorus eval cluster: " << data.error().message << "\n";
    return kExitInputError;
  }
  if (!args.online) {
    for (const auto& sk : data->sketches) engine.PrimeDf(sk);
  }
  std::vector<std::string> predicted;
  for (const auto& sk : data->sketches) {
    predicted.push_back(std::to_string(engine.Place(sk).story));
  }
  const BCubedScores s = BCubed(data->gold, predicted);
  if (args.format == "json") {
    const nlohmann::json j = {{"file", args.file},
                              {"articles", s.items},
                              {"gold_stories", s.gold_clusters},
                              {"predicted_stories", s.predicted_clusters},
                              {"bcubed_precision", s.precision},
                              {"bcubed_recall", s.recall},
                              {"bcubed_f1", s.f1},
                              {"online", args.online}};
    std::cout << j.dump(2) << "\n";
  } else {
    std::cout
        << "| file | articles | gold stories | predicted | BCubed P | BCubed R | BCubed F1 |\n"
        << "|---|---|---|---|---|---|---|\n"
        << "| " << args.file << " | " << s.items << " | " << s.gold_clusters << " | "
        << s.predicted_clusters << " | " << std::fixed << std::setprecision(4) << s.precision
        << " | " << s.recall << " | " << s.f1 << " |\n";
  }
  return kExitOk;
}

}  // namespace

void RegisterEvalClusterCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<EvalClusterArgs>();
  CLI::App* cmd = app.add_subcommand(
      "cluster",
      "Score story clustering on FILE.jsonl ({\"id\", \"story\", \"title\"?, \"text\"} a line):\n"
      "BCubed precision, recall and F1 of the story engine against \"story\".");
  cmd->add_option("-f,--format", args->format, "md (default) or json")
      ->check(CLI::IsMember({"md", "json"}));
  cmd->add_flag("--online", args->online, "document frequencies grow as articles arrive");
  cmd->add_option("--threshold", args->threshold, "similarity needed to join a story")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--tight-factor", args->tight_factor,
                  "a story with enough members needs this share of their mean join similarity")
      ->check(CLI::Range(0.0, 2.0));
  cmd->add_option("--tight-members", args->tight_members,
                  "members joined before a story asks for --tight-factor")
      ->check(CLI::Range(0, 1000000));
  cmd->add_option("--settle-factor", args->settle_factor,
                  "an article a story turned away joins another only at this share of that "
                  "similarity (0: off)")
      ->check(CLI::Range(0.0, 2.0));
  cmd->add_option("FILE", args->file, "labelled articles, JSONL")->required();
  cmd->callback([args, exit_code] { *exit_code = RunEvalCluster(*args); });
}

}  // namespace chorus::cli
