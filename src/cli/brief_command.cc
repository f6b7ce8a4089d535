// chorus brief [--format md|json|html|text] [--words N] [-o FILE] INPUT...
#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <memory>

#include "brief/brief_builder.h"
#include "cli/commands.h"
#include "read/inputs.h"
#include "render/render.h"

namespace chorus::cli {
namespace {

struct BriefArgs {
  std::string format = "md";
  int words = 100;
  std::string output;
  std::vector<std::string> inputs;
};

int RunBrief(const BriefArgs& args) {
  const auto format = ParseOutputFormat(args.format);
  if (!format) {
    std::cerr << "chorus brief: unknown format '" << args.format << "' (md, json, html, text)\n";
    return kExitUsage;
  }
  ReadResult in = ReadInputs(args.inputs);
  for (const Error& e : in.errors) std::cerr << "chorus brief: " << e.message << "\n";
  if (in.docs.empty()) {
    std::cerr << "chorus brief: no readable input\n";
    return kExitInputError;
  }
  const Brief brief = BuildBrief(std::move(in.docs), BriefOptions{.words = args.words});
  const std::string out = Render(brief, *format);
  if (args.output.empty() || args.output == "-") {
    std::cout << out;
  } else {
    std::ofstream f(args.output, std::ios::binary);
    if (!(f << out)) {
      std::cerr << "chorus brief: cannot write " << args.output << "\n";
      return kExitInputError;
    }
  }
  return in.errors.empty() ? kExitOk : kExitInputError;
}

}  // namespace

void RegisterBriefCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<BriefArgs>();
  CLI::App* cmd = app.add_subcommand(
      "brief", "Brief one story: INPUT files or folders (read recursively, in name order) are\n"
               "reports of one event; prints the brief.");
  cmd->add_option("-f,--format", args->format, "md (default), json, html, or text (summary only)")
      ->check(CLI::IsMember({"md", "markdown", "json", "html", "text"}));
  cmd->add_option("-w,--words", args->words, "summary budget in words")
      ->check(CLI::Range(10, 2000))
      ->capture_default_str();
  cmd->add_option("-o,--output", args->output, "write to FILE instead of standard output");
  cmd->add_option("INPUT", args->inputs, "report files or folders")->required();
  cmd->callback([args, exit_code] { *exit_code = RunBrief(*args); });
}

}  // namespace chorus::cli
