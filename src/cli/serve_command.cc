// chorus serve [--db PATH] [--host 127.0.0.1] [--port 8080] [--words 100] [--rate-limit 50]
// The store as a web app and JSON API (src/serve, docs/api.md) until SIGINT or SIGTERM.
#include <pthread.h>
#include <signal.h>
#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include "cli/commands.h"
#include "serve/api.h"
#include "serve/server.h"

namespace chorus::cli {
namespace {

struct ServeArgs {
  std::string db = "chorus.db";
  serve::ServerOptions server;
  int words = 100;
};

int RunServe(const ServeArgs& args) {
  if (!std::filesystem::exists(args.db)) {
    std::cerr << "chorus serve: " << args.db << ": no such store (run chorus ingest first)\n";
    return kExitInputError;
  }
  auto api = serve::Api::Open({.db = args.db, .words = args.words});
  if (!api) {
    std::cerr << "chorus serve: " << api.error().message << "\n";
    return kExitInputError;
  }
  // SIGINT/SIGTERM are taken by one thread with sigwait (every thread inherits the mask), so
  // the shutdown runs outside a signal handler.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  serve::Server server(api->get(), args.server);
  auto port = server.Bind();
  if (!port) {
    std::cerr << "chorus serve: " << port.error().message << "\n";
    return kExitInputError;
  }
  const std::string host = args.server.host.find(':') != std::string::npos
                               ? "[" + args.server.host + "]"
                               : args.server.host;
  std::cout << "chorus serve: listening on http://" << host << ":" << *port << std::endl;
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    server.Stop();
  });
  auto run = server.Run();
  pthread_kill(waiter.native_handle(), SIGTERM);  // wakes the waiter if Run ended by itself
  waiter.join();
  if (!run) {
    std::cerr << "chorus serve: " << run.error().message << "\n";
    return kExitInputError;
  }
  std::cout << "chorus serve: stopped" << std::endl;
  return kExitOk;
}

}  // namespace

void RegisterServeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "serve",
      "Serve the store as a web app and JSON API: stories, briefs, search, POST of new\n"
      "articles and an Atom feed (docs/api.md). Binds 127.0.0.1 unless --host says otherwise.");
  cmd->add_option("--db", args->db, "store file")->capture_default_str();
  cmd->add_option("--host", args->server.host, "address to listen on")->capture_default_str();
  cmd->add_option("--port", args->server.port, "port (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("-w,--words", args->words, "summary budget of the briefs in words")
      ->check(CLI::Range(10, 2000))
      ->capture_default_str();
  cmd->add_option("--rate-limit", args->server.rate_limit,
                  "requests a second per client address (0: no limit)")
      ->check(CLI::Range(0.0, 1e9))
      ->capture_default_str();
  cmd->add_option("--burst", args->server.burst, "requests a client may send at once")
      ->check(CLI::Range(1.0, 1e9))
      ->capture_default_str();
  cmd->add_option("--threads", args->server.threads, "worker threads (one per open connection)")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  cmd->callback([args, exit_code] { *exit_code = RunServe(*args); });
}

}  // namespace chorus::cli
