// Subcommands of the chorus command. Each Register* adds one subcommand to the app; the
// work is done by the library, these files only parse arguments and print.
#ifndef CHORUS_CLI_COMMANDS_H_
#define CHORUS_CLI_COMMANDS_H_

namespace CLI {
class App;
}

namespace chorus::cli {

// Exit codes shared by all subcommands.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInputError = 1;  // some input could not be read
inline constexpr int kExitUsage = 2;

void RegisterBriefCommand(CLI::App& app, int* exit_code);
void RegisterExtractCommand(CLI::App& app, int* exit_code);
void RegisterIngestCommand(CLI::App& app, int* exit_code);
void RegisterStoriesCommand(CLI::App& app, int* exit_code);
void RegisterShowCommand(CLI::App& app, int* exit_code);
void RegisterSearchCommand(CLI::App& app, int* exit_code);
void RegisterClusterCommand(CLI::App& app, int* exit_code);
void RegisterServeCommand(CLI::App& app, int* exit_code);
// The eval_* commands register under the `chorus eval` group passed as `app`.
void RegisterEvalSummariesCommand(CLI::App& app, int* exit_code);
void RegisterEvalExtractCommand(CLI::App& app, int* exit_code);
void RegisterEvalClusterCommand(CLI::App& app, int* exit_code);

}  // namespace chorus::cli

#endif  // CHORUS_CLI_COMMANDS_H_
