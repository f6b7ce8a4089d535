// The HTTP API of `chorus serve` as plain functions: a request in, a response out, no
// sockets (server.h connects them to cpp-httplib). Routes and shapes: docs/api.md.
//
//   auto api = Api::Open({.db = "chorus.db", .words = 100});
//   HttpResponse r = (*api)->Handle({.method = "GET", .path = "/api/stories/7"});
//   r.status == 200; r.content_type == "application/json"; r.body == "{\"story\": ...}"
//
// Thread-safe: every request borrows its own read connection (store_pool.h); writes
// (POST /api/articles, caching a newly built brief) go through the one writer connection.
// Briefs are built lazily (BuildBrief, copies left out, as `chorus show`) and cached in the
// store under "json:<words>" (the brief) and "meta:<words>" (headline, summary, conflicts,
// outlets); the fully serialised GET /api/stories/{id} body is also kept in memory, keyed by
// the story's article count and update time, so a cached story costs one indexed SELECT.
#ifndef CHORUS_SERVE_API_H_
#define CHORUS_SERVE_API_H_

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "chorus/error.h"
#include "serve/store_pool.h"
#include "serve/story_json.h"

namespace chorus::store {
class Ingester;
}

namespace chorus::serve {

struct HttpRequest {
  std::string method = "GET";
  std::string path;                           // decoded, without the query
  std::map<std::string, std::string> params;  // decoded query parameters
  std::string content_type;
  std::string body;
  std::string base_url;  // "http://host:port" for absolute links in the feed; may be empty
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers
};

HttpResponse JsonError(int status, std::string_view message);

struct ApiOptions {
  std::string db = "chorus.db";
  int words = 100;                  // summary budget of every brief
  size_t max_cached_bodies = 4096;  // in-memory story responses
};

class Api {
 public:
  static Result<std::unique_ptr<Api>> Open(const ApiOptions& options);
  ~Api();

  HttpResponse Handle(const HttpRequest& req);  // routing, 404 and 405

  HttpResponse Healthz();
  HttpResponse ListStories(const std::map<std::string, std::string>& params);
  HttpResponse GetStory(std::string_view id);
  HttpResponse Search(const std::map<std::string, std::string>& params);
  HttpResponse PostArticle(std::string_view content_type, const std::string& body);
  HttpResponse Feed(const std::string& base_url);
  HttpResponse Page(std::string_view asset_name);  // an embedded web/ file

 private:
  struct CachedBody {
    std::string version;
    std::shared_ptr<const std::string> body;
  };
  struct StoryData {
    std::string brief_json;  // compact chorus.brief/1
    StoryMeta meta;
  };
  explicit Api(ApiOptions options, std::unique_ptr<StorePool> pool);

  // The story's brief and meta, from the store's cache or built now (and cached).
  Result<StoryData> LoadStory(store::Store& db, const store::StoryRow& row,
                              const std::vector<store::ArticleRow>* rows);
  Result<StoryMeta> LoadMeta(store::Store& db, const store::StoryRow& row);
  Result<std::string> BuildStoryBody(store::Store& db, const store::StoryRow& row);
  void CacheBrief(int64_t story, int64_t articles, const StoryData& data);
  std::string Key(std::string_view kind) const;

  ApiOptions options_;
  std::unique_ptr<StorePool> pool_;
  std::mutex build_mu_;  // one brief build at a time (CPU-bound; avoids duplicate builds)
  std::mutex cache_mu_;
  std::unordered_map<int64_t, CachedBody> bodies_;
  std::unique_ptr<store::Ingester> ingester_;  // guarded by the writer lock
};

// The story number in "/api/stories/7" style segments: digits only, no sign, > 0.
std::optional<int64_t> ParseId(std::string_view s);

}  // namespace chorus::serve

#endif  // CHORUS_SERVE_API_H_
