// POST /api/articles: one article as JSON, read like one line of a JSONL input (jsonl.h) and
// ingested through store::Ingester (dedup, near-duplicates, story placement) on the writer
// connection. The ingester keeps the story engine in memory; when another process has
// added articles to the store meanwhile, it is rebuilt from the store first.
#include <cctype>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "read/jsonl.h"
#include "serve/api.h"
#include "store/ingest.h"

namespace chorus::serve {
namespace {

constexpr size_t kMaxBody = 2 * 1024 * 1024;
constexpr const char* kWhere = "POST /api/articles";

bool IsJsonType(std::string_view content_type) {
  std::string t(content_type.substr(0, content_type.find(';')));
  for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!t.empty() && t.back() == ' ') t.pop_back();
  return t == "application/json";
}

struct ArticleLine {
  std::string line;  // the body as one JSONL line
  bool has_id = false;
};

Result<ArticleLine> ParseBody(const std::string& body) {
  const nlohmann::ordered_json j = nlohmann::ordered_json::parse(body, nullptr, false);
  if (j.is_discarded()) return MakeError(ErrorCode::kFormat, "the body is not valid JSON");
  if (!j.is_object()) return MakeError(ErrorCode::kFormat, "the body is not a JSON object");
  for (const char* key : {"id", "url", "title", "text", "html", "published", "outlet"}) {
    const auto it = j.find(key);
    if (it != j.end() && !it->is_string() && !it->is_null()) {
      return MakeError(ErrorCode::kFormat, std::string("\"") + key + "\" must be a string");
    }
  }
  const auto non_empty = [&](const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() && !it->get<std::string>().empty();
  };
  if (!non_empty("text") && !non_empty("html")) {
    return MakeError(ErrorCode::kEmpty, "the article has no \"text\" or \"html\"");
  }
  return ArticleLine{j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace),
                     non_empty("id")};
}

std::string Hex(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

}  // namespace

HttpResponse Api::PostArticle(std::string_view content_type, const std::string& body) {
  if (!IsJsonType(content_type)) {
    return JsonError(415, "POST /api/articles takes Content-Type: application/json");
  }
  if (body.size() > kMaxBody) return JsonError(413, "the body is larger than 2 MB");
  auto parsed = ParseBody(body);
  if (!parsed) return JsonError(400, parsed.error().message);
  ReadResult read;
  ReadJsonl(parsed->line, kWhere, "posted", &read);
  if (!read.errors.empty()) return JsonError(400, read.errors.front().message);
  if (read.docs.size() != 1) return JsonError(400, "the body holds no article");
  Document& doc = read.docs.front();
  if (!parsed->has_id) {
    doc.id = "posted-" + Hex(store::ContentHash(doc));  // stable, unlike "posted#1"
  }
  StorePool::Writer w = pool_->Write();
  auto count = w->CountArticles();
  if (!count) return JsonError(500, count.error().message);
  if (ingester_ && ingester_->stats().restored + ingester_->stats().added != *count) {
    ingester_.reset();  // another process wrote to the store: rebuild the engine
  }
  if (!ingester_) {
    auto in = store::Ingester::Open(&*w, store::IngestOptions{.batch = 1});
    if (!in) return JsonError(500, in.error().message);
    ingester_ = std::move(*in);
  }
  auto outcome = ingester_->Add(doc);
  if (!outcome) {
    ingester_.reset();  // rolls back; the engine is rebuilt on the next request
    return JsonError(500, outcome.error().message);
  }
  if (auto r = ingester_->Finish(); !r) {
    ingester_.reset();
    return JsonError(500, r.error().message);
  }
  const int64_t article = ingester_->last_article();
  auto story = w->StoryOfArticle(article);
  if (!story || !*story) return JsonError(500, "the stored article has no story");
  const char* name = *outcome == store::IngestOutcome::kAdded  ? "added"
                     : *outcome == store::IngestOutcome::kCopy ? "copy"
                                                               : "duplicate";
  const nlohmann::ordered_json j = {{"article", article},
                                    {"story", **story},
                                    {"id", doc.id},
                                    {"outcome", name},
                                    {"url", "/stories/" + std::to_string(**story)}};
  return HttpResponse{
      .status = *outcome == store::IngestOutcome::kDuplicate ? 200 : 201,
      .body = j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)};
}

}  // namespace chorus::serve
