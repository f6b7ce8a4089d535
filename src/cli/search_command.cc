// chorus search [--db PATH] [--format md|json|jsonl] [--limit N] QUERY...
#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "store/store.h"

namespace chorus::cli {
namespace {

struct SearchArgs {
  std::string db = "chorus.db";
  std::string format = "md";
  int limit = 20;
  std::vector<std::string> words;
};

nlohmann::json HitJson(const store::SearchHit& h) {
  return {{"story", h.story},
          {"id", h.id},
          {"title", h.title},
          {"snippet", h.snippet},
          {"score", -h.score}};
}

int RunSearch(const SearchArgs& args) {
  if (!std::filesystem::exists(args.db)) {
    std::cerr << "chorus search: " << args.db << ": no such store (run chorus ingest first)\n";
    return kExitInputError;
  }
  auto db = store::Store::Open(args.db);
  if (!db) {
    std::cerr << "chorus search: " << db.error().message << "\n";
    return kExitInputError;
  }
  std::string query;
  for (const auto& w : args.words) query += (query.empty() ? "" : " ") + w;
  auto hits = (*db)->Search(query, args.limit);
  if (!hits) {
    std::cerr << "chorus search: " << hits.error().message << "\n";
    return kExitInputError;
  }
  const auto dump = [](const nlohmann::json& j, int indent) {
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  if (args.format == "json") {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& h : *hits) arr.push_back(HitJson(h));
    std::cout << dump(arr, 2) << "\n";
  } else if (args.format == "jsonl") {
    for (const auto& h : *hits) std::cout << dump(HitJson(h), -1) << "\n";
  } else {
    if (hits->empty()) std::cout << "No articles match \"" << query << "\".\n";
    for (const auto& h : *hits) {
      std::cout << "- story " << h.story << ", " << h.id;
      if (!h.title.empty()) std::cout << ": " << h.title;
      std::string snippet = h.snippet;  // one Markdown quote line: line breaks as spaces
      for (char& c : snippet) {
        if (c == '\n' || c == '\r') c = ' ';
      }
      std::cout << "\n  > " << snippet << "\n";
    }
  }
  return kExitOk;
}

}  // namespace

void RegisterSearchCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<SearchArgs>();
  CLI::App* cmd = app.add_subcommand(
      "search",
      "Full-text search of the stored articles (stemmed like the rest of chorus; every word\n"
      "must match). Prints the matching articles with their story, best first.");
  cmd->add_option("--db", args->db, "store file")->capture_default_str();
  cmd->add_option("-f,--format", args->format, "md (default), json or jsonl")
      ->check(CLI::IsMember({"md", "json", "jsonl"}));
  cmd->add_option("--limit", args->limit, "at most N articles")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  cmd->add_option("QUERY", args->words, "words to look for")->required();
  cmd->callback([args, exit_code] { *exit_code = RunSearch(*args); });
}

}  // namespace chorus::cli
