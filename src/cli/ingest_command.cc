// chorus ingest [--db PATH] [--batch N] INPUT...
// Streams articles into the story store; a progress bar on a terminal, plain lines otherwise,
// and a summary line at the end.
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cluster/article_stream.h"
#include "store/ingest.h"
#include "store/store.h"

namespace chorus::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct IngestArgs {
  std::string db = "chorus.db";
  int batch = 1000;
  int64_t log_every = 0;
  std::vector<std::string> inputs;
};

std::string Duration(double seconds) {
  const auto s = static_cast<long>(seconds + 0.5);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  return buf;
}

class Progress {
 public:
  explicit Progress(bool tty) : tty_(tty), start_(Clock::now()), last_(start_) {}
  double Elapsed() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

  void Update(const store::IngestStats& s, size_t stories, double fraction, bool force) {
    const auto now = Clock::now();
    const double since = std::chrono::duration<double>(now - last_).count();
    if (!force && since < (tty_ ? 0.2 : 5.0)) return;
    last_ = now;
    const double t = Elapsed();
    const double rate = t > 0 ? static_cast<double>(s.seen) / t : 0;
    char line[256];
    std::string eta = "?";
    if (fraction > 0.001 && fraction < 1) eta = Duration(t * (1 - fraction) / fraction);
    if (fraction >= 1) eta = "0:00:00";
    std::snprintf(line, sizeof line, "%lld articles  %.0f articles/s  %zu stories  ETA %s",
                  static_cast<long long>(s.seen), rate, stories, eta.c_str());
    if (tty_) {
      const int width = 24;
      const int filled = static_cast<int>(fraction * width);
      std::cerr << "\r[" << std::string(static_cast<size_t>(filled), '#')
                << std::string(static_cast<size_t>(width - filled), ' ') << "] " << line << "\x1b[K"
                << std::flush;
    } else {
      std::cerr << "chorus ingest: " << line << "\n";
    }
  }
  void Done() const {
    if (tty_) std::cerr << "\r\x1b[K" << std::flush;
  }

 private:
  bool tty_;
  Clock::time_point start_, last_;
};

int RunIngest(const IngestArgs& args) {
  auto db = store::Store::Open(args.db);
  if (!db) {
    std::cerr << "chorus ingest: " << db.error().message << "\n";
    return kExitInputError;
  }
  auto ingester = store::Ingester::Open(db->get(), store::IngestOptions{.batch = args.batch});
  if (!ingester) {
    std::cerr << "chorus ingest: " << ingester.error().message << "\n";
    return kExitInputError;
  }
  store::Ingester& in = **ingester;
  cluster::ArticleStream stream(args.inputs);
  Progress progress(isatty(STDERR_FILENO) != 0);
  const auto report = [&](bool force) {
    if (force || (in.stats().seen & 63) == 0) {
      progress.Update(in.stats(), in.story_count(), stream.Progress(), force);
    }
  };
  double last_log = 0;
  while (std::optional<Document> doc = stream.Next()) {
    for (const Error& e : stream.TakeErrors())
      std::cerr << "\nchorus ingest: " << e.message << "\n";
    auto r = in.Add(*doc);
    if (!r) {
      progress.Done();
      std::cerr << "chorus ingest: " << r.error().message << "\n";
      return kExitInputError;
    }
    report(false);
    if (args.log_every > 0 && in.stats().seen % args.log_every == 0) {
      const double now = progress.Elapsed();
      std::fprintf(stderr,
                   "chorus ingest: at %lld articles: %.3f s, %.0f articles/s over the last %lld; "
                   "cpu %.3f s\n",
                   static_cast<long long>(in.stats().seen), now,
                   static_cast<double>(args.log_every) / std::max(1e-9, now - last_log),
                   static_cast<long long>(args.log_every),
                   static_cast<double>(std::clock()) / CLOCKS_PER_SEC);
      last_log = now;
    }
  }
  for (const Error& e : stream.TakeErrors()) std::cerr << "chorus ingest: " << e.message << "\n";
  if (auto r = in.Finish(); !r) {
    progress.Done();
    std::cerr << "chorus ingest: " << r.error().message << "\n";
    return kExitInputError;
  }
  report(true);
  progress.Done();
  const store::IngestStats& s = in.stats();
  const double t = progress.Elapsed();
  char line[512];
  std::snprintf(
      line, sizeof line,
      "chorus ingest: %lld articles read, %lld added (%lld near-duplicate copies), "
      "%lld duplicates skipped, %lld new stories, %zu errors in %.1f s (%.0f articles/s); "
      "%s holds %lld articles in %zu stories\n",
      static_cast<long long>(s.seen), static_cast<long long>(s.added),
      static_cast<long long>(s.copies), static_cast<long long>(s.duplicates),
      static_cast<long long>(s.new_stories), stream.error_count(), t,
      t > 0 ? static_cast<double>(s.seen) / t : 0.0, args.db.c_str(),
      static_cast<long long>(s.restored + s.added), in.story_count());
  std::cerr << line;
  return stream.error_count() == 0 ? kExitOk : kExitInputError;
}

}  // namespace

void RegisterIngestCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Add articles to the story store; each lands in the right story. INPUT: .jsonl files\n"
      "(one {\"id\", \"title\"?, \"text\", \"published\"?, \"url\"?, \"outlet\"?} a line), report\n"
      "files or folders. Re-ingesting an article stores it once.");
  cmd->add_option("--db", args->db, "store file (SQLite)")->capture_default_str();
  cmd->add_option("--batch", args->batch, "articles per transaction")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  cmd->add_option("--log-every", args->log_every,
                  "also print a line with the rate of every N articles (for benchmarks)");
  cmd->add_option("INPUT", args->inputs, "article files or folders")->required();
  cmd->callback([args, exit_code] { *exit_code = RunIngest(*args); });
}

}  // namespace chorus::cli
