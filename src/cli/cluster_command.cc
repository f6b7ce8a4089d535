// chorus cluster [--format jsonl|md] [--online] [--threshold X] INPUT...
// The story engine without a store: prints {"id", "story"} per article, in input order.
#include <CLI/CLI.hpp>

#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cluster/article_stream.h"
#include "cluster/engine.h"

namespace chorus::cli {
namespace {

struct ClusterArgs {
  std::string format = "jsonl";
  bool online = false;
  double threshold = -1;
  std::vector<std::string> inputs;
};

struct Item {
  std::string id;
  std::string title;
  cluster::ArticleSketch sketch;
};

void PrintMarkdown(const std::vector<Item>& items, const std::vector<cluster::Placement>& placed) {
  std::map<uint32_t, std::vector<size_t>> members;
  for (size_t i = 0; i < items.size(); ++i) members[placed[i].story].push_back(i);
  std::cout << "# " << members.size() << " stories from " << items.size() << " articles\n";
  for (const auto& [story, list] : members) {
    std::cout << "\n## Story " << story + 1 << " (" << list.size() << " articles)\n\n";
    for (size_t i : list) {
      std::cout << "- " << items[i].id;
      if (!items[i].title.empty()) std::cout << ": " << items[i].title;
      if (placed[i].copy_of) std::cout << " (copy)";
      std::cout << "\n";
    }
  }
}

int RunCluster(const ClusterArgs& args) {
  cluster::EngineOptions options;
  if (args.threshold >= 0) options.cluster.threshold = args.threshold;
  cluster::StoryEngine engine(options);
  cluster::ArticleStream in(args.inputs);
  std::vector<Item> items;
  while (std::optional<Document> doc = in.Next()) {
    items.push_back({doc->id, doc->title.value_or(""), engine.Sketch(*doc)});
    for (const Error& e : in.TakeErrors()) std::cerr << "chorus cluster: " << e.message << "\n";
  }
  for (const Error& e : in.TakeErrors()) std::cerr << "chorus cluster: " << e.message << "\n";
  if (items.empty()) {
    std::cerr << "chorus cluster: no readable input\n";
    return kExitInputError;
  }
  if (!args.online) {
    for (const Item& it : items) engine.PrimeDf(it.sketch);
  }
  std::vector<cluster::Placement> placed;
  placed.reserve(items.size());
  for (const Item& it : items) placed.push_back(engine.Place(it.sketch));
  if (args.format == "md") {
    PrintMarkdown(items, placed);
  } else {
    for (size_t i = 0; i < items.size(); ++i) {
      nlohmann::json j = {{"id", items[i].id}, {"story", placed[i].story + 1}};
      if (placed[i].copy_of) j["copy_of"] = items[*placed[i].copy_of].id;
      std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
  }
  return in.error_count() == 0 ? kExitOk : kExitInputError;
}

}  // namespace

void RegisterClusterCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ClusterArgs>();
  CLI::App* cmd = app.add_subcommand(
      "cluster",
      "Group articles into stories without a store. INPUT: .jsonl files (one\n"
      "{\"id\", \"title\"?, \"text\", \"published\"?} a line), report files or folders.\n"
      "Prints {\"id\", \"story\"} per article (and \"copy_of\" for near-duplicates).");
  cmd->add_option("-f,--format", args->format, "jsonl (default) or md")
      ->check(CLI::IsMember({"jsonl", "md"}));
  cmd->add_flag("--online", args->online,
                "strictly one pass: document frequencies grow as articles arrive, as in ingest\n"
                "(default: counted over the whole input first)");
  cmd->add_option("--threshold", args->threshold, "similarity needed to join a story")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("INPUT", args->inputs, "article files or folders")->required();
  cmd->callback([args, exit_code] { *exit_code = RunCluster(*args); });
}

}  // namespace chorus::cli
