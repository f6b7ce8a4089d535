// Reads summary-evaluation clusters (JSON lines) and scores chorus, the published peers and the
// Lead / LexRank baselines with ROUGE-1.5.5 (rouge.h).
#include "eval/summary_eval.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <memory>

#include "align/aligner.h"
#include "align/source_quality.h"
#include "brief/brief_builder.h"
#include "eval/baselines.h"
#include "read/text_reader.h"
#include "summarise/summariser.h"

namespace chorus {
namespace {

using nlohmann::json;

// Named apart from the published "Lead" and "LexRank" peers of DUC 2004.
constexpr const char* kLead = "baseline:Lead";
constexpr const char* kLexRank = "baseline:LexRank";

// NeuS references carry "TITLE=> ... ARTICLE=> ..." markers: they are layout, not summary text.
std::string CleanReference(std::string text) {
  for (const std::string marker : {"TITLE=>", "ARTICLE=>"}) {
    size_t pos;
    while ((pos = text.find(marker)) != std::string::npos) text.replace(pos, marker.size(), "\n");
  }
  return text;
}

Result<Document> ParseDoc(const json& d, size_t index) {
  if (!d.is_object() || !d.contains("text") || !d["text"].is_string()) {
    return MakeError(ErrorCode::kFormat, "doc " + std::to_string(index) + " has no \"text\"");
  }
  std::string id = d.contains("id") && d["id"].is_string() ? d["id"].get<std::string>()
                                                           : "doc" + std::to_string(index + 1);
  Result<Document> doc = DocumentFromBytes(id, id, d["text"].get<std::string>());
  if (!doc) return doc;
  if (d.contains("title") && d["title"].is_string() && !d["title"].get<std::string>().empty()) {
    doc->title = d["title"].get<std::string>();
  }
  return doc;
}

}  // namespace

Result<SummaryCluster> ParseSummaryCluster(const std::string& json_line) {
  json j;
  try {
    j = json::parse(json_line);
  } catch (const json::exception& e) {
    return MakeError(ErrorCode::kFormat, std::string("not JSON: ") + e.what());
  }
  if (!j.is_object() || !j.contains("docs") || !j["docs"].is_array()) {
    return MakeError(ErrorCode::kFormat, "no \"docs\" array");
  }
  if (!j.contains("references") || !j["references"].is_object() || j["references"].empty()) {
    return MakeError(ErrorCode::kFormat, "no \"references\" object");
  }
  SummaryCluster c;
  c.id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>() : "";
  for (size_t i = 0; i < j["docs"].size(); ++i) {
    Result<Document> doc = ParseDoc(j["docs"][i], i);
    if (doc)
      c.docs.push_back(std::move(*doc));  // empty documents are skipped
    else if (doc.error().code == ErrorCode::kFormat)
      return tl::unexpected(doc.error());
  }
  if (c.docs.empty()) return MakeError(ErrorCode::kEmpty, "no readable document");
  for (const auto& [label, text] : j["references"].items()) {
    if (!text.is_string()) return MakeError(ErrorCode::kFormat, "reference " + label + " not text");
    c.references.push_back(CleanReference(text.get<std::string>()));
  }
  if (j.contains("peer_summaries") && j["peer_summaries"].is_object()) {
    for (const auto& [name, text] : j["peer_summaries"].items()) {
      if (text.is_string()) c.peers.emplace_back(name, text.get<std::string>());
    }
  }
  return c;
}

Result<SummaryClusterSet> ReadSummaryClusters(const std::string& path,
                                              const ReadClusterOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError(ErrorCode::kIo, path + ": cannot open");
  SummaryClusterSet set;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Result<SummaryCluster> c = ParseSummaryCluster(line);
    if (!c) {
      set.errors.push_back(
          Error{c.error().code, path + ":" + std::to_string(line_no) + ": " + c.error().message});
      continue;
    }
    if (c->id.empty()) c->id = "line" + std::to_string(line_no);
    set.clusters.push_back(std::move(*c));
    if (options.limit > 0 && static_cast<int>(set.clusters.size()) >= options.limit) break;
  }
  if (in.bad()) return MakeError(ErrorCode::kIo, path + ": read error");
  return set;
}

std::string ChorusSummary(std::vector<Document> docs, int words, bool fill) {
  // The stages of BuildBrief (brief_builder.cc) up to the summary.
  const StoryText story = PrepareStory(std::move(docs));
  const SentenceScores garbling = ScoreGarbling(story);
  const std::vector<FactGroup> groups = AlignFacts(story, garbling);
  const std::vector<SourceQuality> quality = ScoreSources(story, garbling, groups);
  const SummaryPlan plan =
      Summarise(story, groups, garbling, quality, SummaryOptions{.words = words, .fill = fill});
  std::string out;
  for (size_t f : plan.facts) {
    if (!out.empty()) out += '\n';
    out += story.Text(groups[f].representative);
  }
  return out;
}

std::vector<SystemResult> EvaluateSummaries(const std::vector<SummaryCluster>& clusters,
                                            const SummaryEvalOptions& options,
                                            const std::function<void(size_t, size_t)>& progress) {
  const int rouge_words = options.rouge_words < 0 ? options.words : options.rouge_words;
  const bool fill = options.fill && rouge_words > 0;
  std::map<std::string, std::vector<RougeScores>> scores;
  std::vector<std::string> order = {"chorus"};
  for (size_t i = 0; i < clusters.size(); ++i) {
    const SummaryCluster& c = clusters[i];
    const RougeScorer scorer(c.references, RougeOptions{.word_limit = rouge_words});
    scores["chorus"].push_back(scorer.Score(ChorusSummary(c.docs, options.words, fill)));
    if (options.peers) {
      for (const auto& [name, text] : c.peers) {
        if (!scores.count(name)) order.push_back(name);
        scores[name].push_back(scorer.Score(text));
      }
    }
    if (options.baselines) {
      const StoryText story = PrepareStory(c.docs);
      scores[kLead].push_back(scorer.Score(LeadSummary(story, options.words, fill)));
      scores[kLexRank].push_back(scorer.Score(LexRankSummary(story, options.words, fill)));
    }
    if (progress) progress(i + 1, clusters.size());
  }
  std::sort(order.begin() + 1, order.end());
  if (options.baselines) {
    order.push_back(kLead);
    order.push_back(kLexRank);
  }
  std::vector<SystemResult> out;
  for (const std::string& name : order) {
    const auto& s = scores[name];
    out.push_back(
        SystemResult{name, Rouge155Average(s, options.resamples), static_cast<int>(s.size())});
  }
  return out;
}

}  // namespace chorus
