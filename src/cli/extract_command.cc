// chorus extract [--format text|json|jsonl] [--threads N] INPUT...
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "read/inputs.h"

namespace chorus::cli {
namespace {

struct ExtractArgs {
  std::string format = "text";
  int threads = 0;
  std::vector<std::string> inputs;
};

using Json = nlohmann::ordered_json;

Json Optional(const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); }

Json DocumentJson(const Document& d) {
  return Json{{"id", d.id},
              {"path", d.path},
              {"url", Optional(d.url)},
              {"title", Optional(d.title)},
              {"byline", Optional(d.byline)},
              {"published", Optional(d.published)},
              {"outlet", Optional(d.outlet)},
              {"language", Optional(d.language)},
              {"text", d.Slice(d.body)}};
}

int RunExtract(const ExtractArgs& args) {
  ReadResult in = ReadInputs(args.inputs, args.threads);
  for (const Error& e : in.errors) std::cerr << "chorus extract: " << e.message << "\n";
  const auto dump = [](const Json& j, int indent) {
    return j.dump(indent, ' ', false, Json::error_handler_t::replace);
  };
  if (args.format == "jsonl") {
    for (const Document& d : in.docs) std::cout << dump(DocumentJson(d), -1) << "\n";
  } else if (args.format == "json") {
    Json all = Json::array();
    for (const Document& d : in.docs) all.push_back(DocumentJson(d));
    std::cout << dump(all, 2) << "\n";
  } else {
    bool first = true;
    for (const Document& d : in.docs) {
      if (!first) std::cout << "\n\n";
      first = false;
      std::cout << d.Slice(d.body) << "\n";
    }
  }
  std::cout.flush();
  if (in.docs.empty() && !in.errors.empty()) return kExitInputError;
  return in.errors.empty() ? kExitOk : kExitInputError;
}

}  // namespace

void RegisterExtractCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand(
      "extract",
      "Extract the article text and metadata of web pages, feeds, WARC and JSONL files (or\n"
      "any of them gzipped, or - for standard input). Output follows input order.");
  cmd->add_option("-f,--format", args->format, "text (default: article bodies), json, or jsonl")
      ->check(CLI::IsMember({"text", "json", "jsonl"}));
  cmd->add_option("-j,--threads", args->threads, "worker threads (default: all cores)")
      ->check(CLI::Range(0, 1024));
  cmd->add_option("INPUT", args->inputs, "files or folders (read recursively, in name order)")
      ->required();
  cmd->callback([args, exit_code] { *exit_code = RunExtract(*args); });
}

}  // namespace chorus::cli
