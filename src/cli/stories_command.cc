// chorus stories [--db PATH] [--format md|json|jsonl] [--since DATE] [--limit N]
#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/commands.h"
#include "store/store.h"

namespace chorus::cli {
namespace {

struct StoriesArgs {
  std::string db = "chorus.db";
  std::string format = "md";
  std::string since;
  int limit = 50;
};

nlohmann::json StoryJson(const store::StoryRow& s) {
  nlohmann::json j = {
      {"story", s.id}, {"title", s.title}, {"articles", s.articles}, {"updated", s.updated_at}};
  if (!s.first_published.empty()) j["first_published"] = s.first_published;
  if (!s.last_published.empty()) j["last_published"] = s.last_published;
  return j;
}

std::string Dump(const nlohmann::json& j, int indent = -1) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

int RunStories(const StoriesArgs& args) {
  if (!std::filesystem::exists(args.db)) {
    std::cerr << "chorus stories: " << args.db << ": no such store (run chorus ingest first)\n";
    return kExitInputError;
  }
  auto db = store::Store::Open(args.db);
  if (!db) {
    std::cerr << "chorus stories: " << db.error().message << "\n";
    return kExitInputError;
  }
  auto stories = (*db)->Stories({.since = args.since, .limit = args.limit});
  if (!stories) {
    std::cerr << "chorus stories: " << stories.error().message << "\n";
    return kExitInputError;
  }
  if (args.format == "json") {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& s : *stories) arr.push_back(StoryJson(s));
    std::cout << Dump(arr, 2) << "\n";
  } else if (args.format == "jsonl") {
    for (const auto& s : *stories) std::cout << Dump(StoryJson(s)) << "\n";
  } else {
    std::cout << "| story | articles | published | title |\n|---:|---:|---|---|\n";
    for (const auto& s : *stories) {
      std::string when = s.first_published.substr(0, 10);
      if (s.last_published.substr(0, 10) != when) when += " to " + s.last_published.substr(0, 10);
      std::string title = s.title;
      for (char& c : title) {
        if (c == '|' || c == '\n' || c == '\r') c = ' ';
      }
      std::cout << "| " << s.id << " | " << s.articles << " | " << when << " | " << title << " |\n";
    }
  }
  return kExitOk;
}

}  // namespace

void RegisterStoriesCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<StoriesArgs>();
  CLI::App* cmd =
      app.add_subcommand("stories", "List the stories in the store, most recent first.");
  cmd->add_option("--db", args->db, "store file")->capture_default_str();
  cmd->add_option("-f,--format", args->format, "md (default), json or jsonl")
      ->check(CLI::IsMember({"md", "json", "jsonl"}));
  cmd->add_option("--since", args->since,
                  "only stories with an article published (or ingested) on or after DATE "
                  "(YYYY-MM-DD)");
  cmd->add_option("--limit", args->limit, "at most N stories")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  cmd->callback([args, exit_code] { *exit_code = RunStories(*args); });
}

}  // namespace chorus::cli
