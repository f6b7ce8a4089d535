// chorus: many reports of one event in, one grounded brief out.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{
      "chorus turns many news reports of one event into a single brief: facts with the\n"
      "outlets that report them, verbatim quotes, people and places, conflicting figures,\n"
      "and what was removed from each source. Every sentence shown is traceable to source bytes.",
      "chorus"};
  app.set_version_flag("--version", "chorus 0.1.0");
  app.require_subcommand(1);
  int exit_code = chorus::cli::kExitOk;
  chorus::cli::RegisterBriefCommand(app, &exit_code);
  chorus::cli::RegisterExtractCommand(app, &exit_code);
  chorus::cli::RegisterIngestCommand(app, &exit_code);
  chorus::cli::RegisterStoriesCommand(app, &exit_code);
  chorus::cli::RegisterShowCommand(app, &exit_code);
  chorus::cli::RegisterSearchCommand(app, &exit_code);
  chorus::cli::RegisterClusterCommand(app, &exit_code);
  chorus::cli::RegisterServeCommand(app, &exit_code);
  CLI::App* eval = app.add_subcommand("eval", "Measure chorus on public evaluation sets");
  eval->require_subcommand(1);
  chorus::cli::RegisterEvalSummariesCommand(*eval, &exit_code);
  chorus::cli::RegisterEvalExtractCommand(*eval, &exit_code);
  chorus::cli::RegisterEvalClusterCommand(*eval, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : chorus::cli::kExitUsage;
  }
  return exit_code;
}
