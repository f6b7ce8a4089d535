// chorus show [--db PATH] [--format md|json|html] [--words N] STORY
// The story's brief (built with BuildBrief, cached until the story changes) and why each
// article belongs to it.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "brief/brief_builder.h"
#include "cli/commands.h"
#include "render/render.h"
#include "serve/story_json.h"
#include "store/explain.h"
#include "store/store.h"

namespace chorus::cli {
namespace {

struct ShowArgs {
  std::string db = "chorus.db";
  std::string format = "md";
  int words = 100;
  int64_t story = 0;
};

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string MembershipMarkdown(const std::vector<store::Membership>& members) {
  std::ostringstream out;
  out << "\n## Why these articles\n\n";
  for (const auto& m : members) {
    out << "- **" << m.id << "**" << (m.title.empty() ? "" : ": " + m.title) << "\n  ";
    if (m.founded) {
      out << "started the story";
    } else if (m.copy_of) {
      out << "near-duplicate of " << *m.copy_of << " (shingle Jaccard " << std::fixed
          << std::setprecision(2) << m.similarity << ")";
    } else {
      out << "similarity " << std::fixed << std::setprecision(2) << m.similarity;
    }
    if (!m.entities.empty()) out << "; entities: " << Join(m.entities);
    if (!m.quotes.empty()) out << "; quotes: " << Join(m.quotes);
    if (!m.figures.empty()) out << "; figures: " << Join(m.figures);
    if (!m.words.empty()) out << "; words: " << Join(m.words);
    out << "\n";
  }
  return out.str();
}

std::string MembershipHtml(const std::vector<store::Membership>& members) {
  std::string out = "<section><h2>Why these articles</h2><ul>";
  for (const auto& m : members) {
    std::ostringstream sim;
    sim << std::fixed << std::setprecision(2) << m.similarity;
    out += "<li><b>" + EscapeHtml(m.id) + "</b> " + EscapeHtml(m.title) + ": ";
    out += m.founded ? "started the story"
                     : (m.copy_of ? "near-duplicate of " + EscapeHtml(*m.copy_of)
                                  : "similarity " + sim.str());
    if (!m.entities.empty()) out += "; entities: " + EscapeHtml(Join(m.entities));
    if (!m.words.empty()) out += "; words: " + EscapeHtml(Join(m.words));
    out += "</li>";
  }
  return out + "</ul></section>";
}

Result<std::string> BriefText(store::Store& db, const std::vector<store::ArticleRow>& rows,
                              const ShowArgs& args, OutputFormat format) {
  const std::string key = args.format + ":" + std::to_string(args.words);
  auto cached = db.CachedBrief(args.story, key);
  if (!cached) return tl::unexpected(cached.error());
  if (*cached) return **cached;
  std::vector<Document> docs;
  for (const auto& r : rows) {
    if (!r.copy_of) docs.push_back(r.doc);  // copies add nothing to the brief
  }
  const Brief brief = BuildBrief(std::move(docs), BriefOptions{.words = args.words});
  std::string body = Render(brief, format);
  if (auto r = db.PutBrief(args.story, key, body); !r) return tl::unexpected(r.error());
  return body;
}

int RunShow(const ShowArgs& args) {
  const auto format = ParseOutputFormat(args.format);
  if (!std::filesystem::exists(args.db)) {
    std::cerr << "chorus show: " << args.db << ": no such store (run chorus ingest first)\n";
    return kExitInputError;
  }
  auto db = store::Store::Open(args.db);
  if (!db) {
    std::cerr << "chorus show: " << db.error().message << "\n";
    return kExitInputError;
  }
  auto rows = (*db)->StoryArticles(args.story);
  if (!rows || rows->empty()) {
    std::cerr << "chorus show: "
              << (rows ? "no story " + std::to_string(args.story) + " in " + args.db
                       : rows.error().message)
              << "\n";
    return kExitInputError;
  }
  auto brief = BriefText(**db, *rows, args, *format);
  if (!brief) {
    std::cerr << "chorus show: " << brief.error().message << "\n";
    return kExitInputError;
  }
  const auto members = store::ExplainMembership(*rows, cluster::EngineOptions{});
  if (args.format == "json") {
    nlohmann::json j = nlohmann::json::parse(*brief, nullptr, false);
    if (j.is_discarded()) j = nlohmann::json::object();
    j["story"] = args.story;
    j["membership"] = nlohmann::json::parse(serve::MembershipJson(members));
    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else if (args.format == "html") {
    std::string page = *brief;
    const auto at = page.rfind("</body>");
    page.insert(at == std::string::npos ? page.size() : at, MembershipHtml(members));
    std::cout << page;
  } else {
    std::cout << *brief << MembershipMarkdown(members);
  }
  return kExitOk;
}

}  // namespace

void RegisterShowCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ShowArgs>();
  CLI::App* cmd = app.add_subcommand(
      "show",
      "Show one story of the store: its brief, and for each article its similarity to the\n"
      "story and the entities, quotes, figures and words it shares with the others.");
  cmd->add_option("--db", args->db, "store file")->capture_default_str();
  cmd->add_option("-f,--format", args->format, "md (default), json or html")
      ->check(CLI::IsMember({"md", "json", "html"}));
  cmd->add_option("-w,--words", args->words, "summary budget in words")
      ->check(CLI::Range(10, 2000))
      ->capture_default_str();
  cmd->add_option("STORY", args->story, "story number (see chorus stories)")->required();
  cmd->callback([args, exit_code] { *exit_code = RunShow(*args); });
}

}  // namespace chorus::cli
