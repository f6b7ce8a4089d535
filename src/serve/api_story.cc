// The story handlers: the story list, one story (brief + members + articles) and the Atom
// feed, with the brief cache (built lazily, as `chorus show` does) and the in-memory cache of
// fully serialised story responses.
#include <exception>
#include <string>
#include <vector>

#include "brief/brief_builder.h"
#include "render/render.h"
#include "serve/api.h"
#include "serve/atom_feed.h"
#include "store/explain.h"

namespace chorus::serve {
namespace {

constexpr int kFeedEntries = 50;

std::string Version(const store::StoryRow& row) {
  return std::to_string(row.articles) + "|" + row.updated_at;
}

// An integer query parameter in [lo, hi], or `fallback` when absent.
Result<int> IntParam(const std::map<std::string, std::string>& params, const std::string& name,
                     int fallback, int lo, int hi) {
  const auto it = params.find(name);
  if (it == params.end()) return fallback;
  const std::string& s = it->second;
  const std::optional<int64_t> v = s == "0" ? std::optional<int64_t>(0) : ParseId(s);
  if (!v || *v < lo || *v > hi) {
    return MakeError(ErrorCode::kUsage, name + " must be an integer from " + std::to_string(lo) +
                                            " to " + std::to_string(hi));
  }
  return static_cast<int>(*v);
}

}  // namespace

Result<Api::StoryData> Api::LoadStory(store::Store& db, const store::StoryRow& row,
                                      const std::vector<store::ArticleRow>* rows) {
  const auto cached = [&]() -> std::optional<StoryData> {
    auto brief = db.CachedBrief(row.id, Key("json"));
    auto meta = db.CachedBrief(row.id, Key("meta"));
    if (!brief || !meta || !*brief || !*meta) return std::nullopt;
    auto parsed = MetaFromJson(**meta);
    if (!parsed) return std::nullopt;
    return StoryData{std::move(**brief), std::move(*parsed)};
  };
  if (auto c = cached()) return std::move(*c);
  std::lock_guard<std::mutex> lock(build_mu_);
  if (auto c = cached()) return std::move(*c);  // built by another request meanwhile
  std::vector<store::ArticleRow> loaded;
  if (rows == nullptr) {
    auto r = db.StoryArticles(row.id);
    if (!r) return tl::unexpected(r.error());
    loaded = std::move(*r);
    rows = &loaded;
  }
  std::vector<Document> docs;
  for (const auto& r : *rows) {
    if (!r.copy_of) docs.push_back(r.doc);  // copies add nothing to the brief
  }
  StoryData data;
  try {
    const Brief brief = BuildBrief(std::move(docs), BriefOptions{.words = options_.words});
    data.brief_json = RenderJson(brief);
    data.meta = MetaOfBrief(brief, *rows);
  } catch (const std::exception& e) {
    return MakeError(ErrorCode::kInternal,
                     "building the brief of story " + std::to_string(row.id) + ": " + e.what());
  }
  CacheBrief(row.id, static_cast<int64_t>(rows->size()), data);
  return data;
}

void Api::CacheBrief(int64_t story, int64_t articles, const StoryData& data) {
  StorePool::Writer w = pool_->Write();
  // Only if no article joined the story since its articles were read (ingest drops the
  // cache when one does, and a stale brief must not be put back).
  auto now = w->GetStory(story);
  if (!now || !*now || (*now)->articles != articles) return;
  if (!w->Begin()) return;
  if (w->PutBrief(story, Key("json"), data.brief_json) &&
      w->PutBrief(story, Key("meta"), MetaToJson(data.meta)) && w->Commit()) {
    return;
  }
  w->Rollback();
}

Result<StoryMeta> Api::LoadMeta(store::Store& db, const store::StoryRow& row) {
  auto meta = db.CachedBrief(row.id, Key("meta"));
  if (!meta) return tl::unexpected(meta.error());
  if (*meta) {
    if (auto parsed = MetaFromJson(**meta)) return std::move(*parsed);
  }
  auto data = LoadStory(db, row, nullptr);
  if (!data) return tl::unexpected(data.error());
  return std::move(data->meta);
}

HttpResponse Api::ListStories(const std::map<std::string, std::string>& params) {
  auto limit = IntParam(params, "limit", 20, 1, 100);
  if (!limit) return JsonError(400, limit.error().message);
  auto offset = IntParam(params, "offset", 0, 0, 1000000000);
  if (!offset) return JsonError(400, offset.error().message);
  std::string sort = "newest";
  if (const auto it = params.find("sort"); it != params.end()) sort = it->second;
  if (sort != "newest" && sort != "biggest") {
    return JsonError(400, "sort must be newest or biggest");
  }
  auto db = pool_->Read();
  if (!db) return JsonError(500, db.error().message);
  auto total = (*db)->CountStories();
  auto rows = (*db)->Stories(
      {.limit = *limit,
       .offset = *offset,
       .sort = sort == "biggest" ? store::StorySort::kBiggest : store::StorySort::kNewest});
  if (!total || !rows) return JsonError(500, "cannot list the stories");
  std::string body = "{\"stories\":[";
  for (size_t i = 0; i < rows->size(); ++i) {
    auto meta = LoadMeta(**db, (*rows)[i]);
    if (!meta) return JsonError(500, meta.error().message);
    body += (i ? "," : "") + StorySummaryJson((*rows)[i], *meta);
  }
  body += "],\"total\":" + std::to_string(*total) + ",\"limit\":" + std::to_string(*limit) +
          ",\"offset\":" + std::to_string(*offset) + ",\"sort\":" + JsonString(sort) + "}";
  return HttpResponse{.body = std::move(body)};
}

Result<std::string> Api::BuildStoryBody(store::Store& db, const store::StoryRow& row) {
  auto rows = db.StoryArticles(row.id);
  if (!rows) return tl::unexpected(rows.error());
  auto data = LoadStory(db, row, &*rows);
  if (!data) return tl::unexpected(data.error());
  const auto brief = CompactJson(data->brief_json);
  if (!brief)
    return MakeError(ErrorCode::kFormat,
                     "story " + std::to_string(row.id) + ": the cached brief is not JSON");
  const auto members = store::ExplainMembership(*rows, cluster::EngineOptions{});
  return "{\"story\":" + StorySummaryJson(row, data->meta) + ",\"brief\":" + *brief +
         ",\"members\":" + MembershipJson(members) + ",\"articles\":" + ArticlesJson(*rows) + "}";
}

HttpResponse Api::GetStory(std::string_view id_text) {
  const std::optional<int64_t> id = ParseId(id_text);
  const std::string clipped(id_text.substr(0, 40));
  if (!id) return JsonError(404, "no story " + clipped);
  auto db = pool_->Read();
  if (!db) return JsonError(500, db.error().message);
  auto row = (*db)->GetStory(*id);
  if (!row) return JsonError(500, row.error().message);
  if (!*row) return JsonError(404, "no story " + std::to_string(*id));
  const std::string version = Version(**row);
  {
    std::lock_guard<std::mutex> lock(cache_mu_);
    const auto it = bodies_.find(*id);
    if (it != bodies_.end() && it->second.version == version) {
      return HttpResponse{.body = *it->second.body};
    }
  }
  auto body = BuildStoryBody(**db, **row);
  if (!body) return JsonError(500, body.error().message);
  auto shared = std::make_shared<const std::string>(std::move(*body));
  {
    std::lock_guard<std::mutex> lock(cache_mu_);
    if (bodies_.size() >= options_.max_cached_bodies) bodies_.clear();
    bodies_[*id] = CachedBody{version, shared};
  }
  return HttpResponse{.body = *shared};
}

HttpResponse Api::Feed(const std::string& base_url) {
  auto db = pool_->Read();
  if (!db) return JsonError(500, db.error().message);
  auto rows = (*db)->Stories({.limit = kFeedEntries});
  if (!rows) return JsonError(500, rows.error().message);
  std::vector<FeedEntry> entries;
  for (const auto& row : *rows) {
    auto meta = LoadMeta(**db, row);
    if (!meta) return JsonError(500, meta.error().message);
    entries.push_back({row, std::move(*meta)});
  }
  return HttpResponse{.content_type = "application/atom+xml; charset=utf-8",
                      .body = AtomFeed(entries, base_url)};
}

}  // namespace chorus::serve
