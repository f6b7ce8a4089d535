// STUB: chorus show (to be implemented by its owner).
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"

namespace chorus::cli {

void RegisterShowCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("show", "(not yet available)");
  cmd->group("");  // hidden until implemented
  cmd->allow_extras();
  cmd->callback([exit_code] {
    std::cerr << "chorus: 'show' is not available yet\n";
    *exit_code = kExitUsage;
  });
}

}  // namespace chorus::cli
