// STUB: chorus eval cluster (to be implemented by its owner).
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"

namespace chorus::cli {

void RegisterEvalClusterCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("cluster", "(not yet available)");
  cmd->group("");  // hidden until implemented
  cmd->allow_extras();
  cmd->callback([exit_code] {
    std::cerr << "chorus: 'eval cluster' is not available yet\n";
    *exit_code = kExitUsage;
  });
}

}  // namespace chorus::cli
