// Routing and the small handlers of the HTTP API (docs/api.md). The story handlers are in
// api_story.cc, POST /api/articles in api_post.cc.
#include "serve/api.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "serve/assets.h"
#include "store/ingest.h"

namespace chorus::serve {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Clipped for error messages: a request cannot make an error body arbitrarily long.
std::string Clip(std::string_view s) {
  return std::string(s.substr(0, 80)) + (s.size() > 80 ? "..." : "");
}

HttpResponse MethodNotAllowed(const HttpRequest& req, std::string_view allow) {
  HttpResponse r = JsonError(405, req.method + " is not allowed on " + Clip(req.path) +
                                      " (allowed: " + std::string(allow) + ")");
  r.headers.emplace_back("Allow", std::string(allow));
  return r;
}

}  // namespace

HttpResponse JsonError(int status, std::string_view message) {
  return HttpResponse{.status = status, .body = ErrorJson(status, message)};
}

std::optional<int64_t> ParseId(std::string_view s) {
  if (s.empty() || s.size() > 18) return std::nullopt;
  int64_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v <= 0 || s[0] == '+') {
    return std::nullopt;
  }
  return v;
}

Api::Api(ApiOptions options, std::unique_ptr<StorePool> pool)
    : options_(std::move(options)), pool_(std::move(pool)) {}

Api::~Api() = default;

Result<std::unique_ptr<Api>> Api::Open(const ApiOptions& options) {
  auto pool = StorePool::Open(options.db);
  if (!pool) return tl::unexpected(pool.error());
  return std::unique_ptr<Api>(new Api(options, std::move(*pool)));
}

std::string Api::Key(std::string_view kind) const {
  return std::string(kind) + ":" + std::to_string(options_.words);
}

HttpResponse Api::Handle(const HttpRequest& req) {
  const std::string_view path = req.path;
  const bool get = req.method == "GET" || req.method == "HEAD";
  const auto route = [&](std::string_view allow, auto&& handler) -> HttpResponse {
    const bool ok = allow == "POST" ? req.method == "POST" : get;
    return ok ? handler() : MethodNotAllowed(req, allow == "POST" ? "POST" : "GET, HEAD");
  };
  if (path == "/healthz") return route("GET", [&] { return Healthz(); });
  if (path == "/api/stories") return route("GET", [&] { return ListStories(req.params); });
  if (StartsWith(path, "/api/stories/")) {
    return route("GET", [&] { return GetStory(path.substr(13)); });
  }
  if (path == "/api/search") return route("GET", [&] { return Search(req.params); });
  if (path == "/api/articles") {
    return route("POST", [&] { return PostArticle(req.content_type, req.body); });
  }
  if (path == "/feeds/stories.atom") return route("GET", [&] { return Feed(req.base_url); });
  if (path == "/" || path == "/index.html") {
    return route("GET", [&] { return Page("index.html"); });
  }
  if (StartsWith(path, "/stories/") && ParseId(path.substr(9))) {
    return route("GET", [&] { return Page("story.html"); });
  }
  if (StartsWith(path, "/static/")) return route("GET", [&] { return Page(path.substr(8)); });
  return JsonError(404, "no route " + Clip(path));
}

HttpResponse Api::Healthz() {
  auto db = pool_->Read();
  if (!db) return JsonError(500, db.error().message);
  auto articles = (*db)->CountArticles();
  auto stories = (*db)->CountStories();
  if (!articles || !stories) return JsonError(500, "cannot count the store's articles");
  const nlohmann::ordered_json j = {{"status", "ok"},
                                    {"articles", *articles},
                                    {"stories", *stories},
                                    {"schema", (*db)->schema_version()}};
  return HttpResponse{.body = j.dump()};
}

HttpResponse Api::Search(const std::map<std::string, std::string>& params) {
  const auto q = params.find("q");
  if (q == params.end() || q->second.find_first_not_of(" \t\r\n") == std::string::npos) {
    return JsonError(400, "missing query: /api/search?q=WORDS");
  }
  int limit = 20;
  if (const auto it = params.find("limit"); it != params.end()) {
    const auto v = ParseId(it->second);
    if (!v || *v > 100) return JsonError(400, "limit must be an integer from 1 to 100");
    limit = static_cast<int>(*v);
  }
  auto db = pool_->Read();
  if (!db) return JsonError(500, db.error().message);
  auto hits = (*db)->Search(q->second, limit);
  if (!hits) return JsonError(500, hits.error().message);
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (const auto& h : *hits) {
    arr.push_back({{"article", h.article},
                   {"story", h.story},
                   {"id", h.id},
                   {"title", h.title.empty() ? nlohmann::ordered_json(nullptr)
                                             : nlohmann::ordered_json(h.title)},
                   {"snippet", h.snippet},
                   {"score", -h.score},
                   {"url", "/stories/" + std::to_string(h.story)}});
  }
  const nlohmann::ordered_json j = {{"query", q->second}, {"hits", std::move(arr)}};
  return HttpResponse{.body =
                          j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)};
}

HttpResponse Api::Page(std::string_view name) {
  const Asset* a = FindAsset(name);
  if (a == nullptr) return JsonError(404, "no file " + Clip(name));
  return HttpResponse{.content_type = std::string(ContentTypeFor(a->name)),
                      .body = std::string(a->bytes)};
}

}  // namespace chorus::serve
