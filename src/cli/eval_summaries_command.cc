// STUB: chorus eval summaries (to be implemented by its owner).
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"

namespace chorus::cli {

void RegisterEvalSummariesCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("summaries", "(not yet available)");
  cmd->group("");  // hidden until implemented
  cmd->allow_extras();
  cmd->callback([exit_code] {
    std::cerr << "chorus: 'eval summaries' is not available yet\n";
    *exit_code = kExitUsage;
  });
}

}  // namespace chorus::cli
