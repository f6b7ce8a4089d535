// The API at the handler level (no sockets): every route and every error, the span contract
// of stored stories, the caches, and hostile article text staying data.
#include "serve/api.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "serve/assets.h"
#include "serve/test_store.h"

namespace chorus::serve {
namespace {

using nlohmann::json;
using testing::TempStore;

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(store_.Fill(), "");
    auto api = Api::Open({.db = store_.path(), .words = 100});
    ASSERT_TRUE(api) << api.error().message;
    api_ = std::move(*api);
  }
  HttpResponse Get(const std::string& path, std::map<std::string, std::string> params = {}) {
    return api_->Handle({.method = "GET", .path = path, .params = std::move(params)});
  }
  HttpResponse Post(const std::string& body, const std::string& type = "application/json") {
    return api_->Handle(
        {.method = "POST", .path = "/api/articles", .content_type = type, .body = body});
  }
  static json Json(const HttpResponse& r) {
    EXPECT_EQ(r.content_type, "application/json");
    return json::parse(r.body);
  }
  static void ExpectError(const HttpResponse& r, int status) {
    EXPECT_EQ(r.status, status) << r.body;
    const json j = Json(r);
    EXPECT_EQ(j["error"]["status"], status);
    EXPECT_FALSE(j["error"]["message"].get<std::string>().empty());
  }
  // The story of the example (the one with six articles).
  int64_t ExampleStory() {
    const json j = Json(Get("/api/stories", {{"sort", "biggest"}}));
    return j["stories"][0]["id"].get<int64_t>();
  }

  TempStore store_;
  std::unique_ptr<Api> api_;
};

TEST_F(ApiTest, Healthz) {
  const HttpResponse r = Get("/healthz");
  ASSERT_EQ(r.status, 200);
  const json j = Json(r);
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["articles"], 8);
  EXPECT_GE(j["stories"].get<int>(), 3);
  EXPECT_EQ(j["schema"], store::kSchemaVersion);
}

TEST_F(ApiTest, ListStoriesPagesAndSorts) {
  const json all = Json(Get("/api/stories"));
  ASSERT_TRUE(all["stories"].is_array());
  const auto total = all["total"].get<size_t>();
  EXPECT_EQ(all["stories"].size(), total);
  EXPECT_EQ(all["limit"], 20);
  EXPECT_EQ(all["offset"], 0);
  EXPECT_EQ(all["sort"], "newest");
  for (const json& s : all["stories"]) {
    EXPECT_FALSE(s["headline"].get<std::string>().empty());
    EXPECT_EQ(s["url"], "/stories/" + std::to_string(s["id"].get<int64_t>()));
    EXPECT_GE(s["outlets"].get<int>(), 1);
    EXPECT_TRUE(s["conflicts"].is_number_integer());
    EXPECT_TRUE(s["updated_at"].is_string());
  }
  const json big = Json(Get("/api/stories", {{"sort", "biggest"}}));
  EXPECT_EQ(big["stories"][0]["articles"], 6);
  EXPECT_EQ(big["stories"][0]["outlets"], 6);
  EXPECT_GE(big["stories"][0]["conflicts"].get<int>(), 1);  // the example's injured figures
  const json page = Json(Get("/api/stories", {{"limit", "1"}, {"offset", "1"}}));
  ASSERT_EQ(page["stories"].size(), 1u);
  EXPECT_EQ(page["stories"][0]["id"], all["stories"][1]["id"]);
  EXPECT_EQ(page["total"], total);
  EXPECT_TRUE(Json(Get("/api/stories", {{"offset", "1000"}}))["stories"].empty());
}

TEST_F(ApiTest, ListStoriesRejectsBadParameters) {
  ExpectError(Get("/api/stories", {{"limit", "0"}}), 400);
  ExpectError(Get("/api/stories", {{"limit", "101"}}), 400);
  ExpectError(Get("/api/stories", {{"limit", "ten"}}), 400);
  ExpectError(Get("/api/stories", {{"offset", "-1"}}), 400);
  ExpectError(Get("/api/stories", {{"sort", "oldest"}}), 400);
}

// Every span of the brief indexes the stored text of the article with its id.
void ExpectSpan(const json& span, const std::map<std::string, std::string>& texts) {
  const auto it = texts.find(span["source"].get<std::string>());
  ASSERT_NE(it, texts.end()) << span.dump();
  const auto start = span["start"].get<size_t>(), end = span["end"].get<size_t>();
  ASSERT_LE(start, end);
  ASSERT_LE(end, it->second.size());
  EXPECT_EQ(it->second.substr(start, end - start), span["text"].get<std::string>());
}

TEST_F(ApiTest, StoryHasBriefMembersArticlesAndSpansIndexTheStoredText) {
  const int64_t id = ExampleStory();
  const HttpResponse r = Get("/api/stories/" + std::to_string(id));
  ASSERT_EQ(r.status, 200) << r.body;
  const json j = Json(r);
  EXPECT_EQ(j["story"]["id"], id);
  EXPECT_EQ(j["brief"]["schema"], "chorus.brief/1");
  EXPECT_EQ(j["story"]["headline"], j["brief"]["headline"]);
  ASSERT_EQ(j["members"].size(), 6u);
  ASSERT_EQ(j["articles"].size(), 6u);
  EXPECT_TRUE(j["members"][0]["founded"].get<bool>());
  std::map<std::string, std::string> texts;
  for (const json& a : j["articles"]) texts[a["id"]] = a["text"];
  size_t spans = 0;
  for (const json& f : j["brief"]["facts"]) {
    for (const json& s : f["evidence"]) ExpectSpan(s, texts), ++spans;
  }
  for (const json& q : j["brief"]["quotes"]) {
    for (const json& s : q["variants"]) ExpectSpan(s, texts), ++spans;
  }
  for (const json& c : j["brief"]["conflicts"]) {
    for (const json& claim : c["claims"]) {
      for (const json& s : claim["evidence"]) ExpectSpan(s, texts), ++spans;
    }
  }
  for (const json& s : j["brief"]["removed"]) ExpectSpan(s, texts), ++spans;
  EXPECT_GT(spans, 20u);
}

TEST_F(ApiTest, StoryIsCachedInTheStoreAndInMemory) {
  const int64_t id = ExampleStory();
  const HttpResponse first = Get("/api/stories/" + std::to_string(id));
  ASSERT_EQ(first.status, 200);
  auto db = store::Store::Open(store_.path());
  ASSERT_TRUE(db);
  auto brief = (*db)->CachedBrief(id, "json:100");
  ASSERT_TRUE(brief && *brief);
  EXPECT_EQ(json::parse(**brief), Json(first)["brief"]);
  auto meta = (*db)->CachedBrief(id, "meta:100");
  ASSERT_TRUE(meta && *meta);
  EXPECT_EQ(Get("/api/stories/" + std::to_string(id)).body, first.body);
}

TEST_F(ApiTest, UnknownStoriesAre404) {
  ExpectError(Get("/api/stories/9999"), 404);
  ExpectError(Get("/api/stories/abc"), 404);
  ExpectError(Get("/api/stories/-1"), 404);
  ExpectError(Get("/api/stories/0"), 404);
  ExpectError(Get("/api/stories/1/../2"), 404);
  ExpectError(Get("/api/stories/"), 404);
}

TEST_F(ApiTest, SearchFindsStemmedWordsAndLinksStories) {
  const json j = Json(Get("/api/search", {{"q", "ferries collided"}}));
  EXPECT_EQ(j["query"], "ferries collided");
  ASSERT_GE(j["hits"].size(), 3u);
  for (const json& h : j["hits"]) {
    EXPECT_EQ(h["url"], "/stories/" + std::to_string(h["story"].get<int64_t>()));
    EXPECT_TRUE(h["article"].is_number_integer());
    EXPECT_FALSE(h["snippet"].get<std::string>().empty());
  }
  EXPECT_EQ(Json(Get("/api/search", {{"q", "ferry"}, {"limit", "2"}}))["hits"].size(), 2u);
  EXPECT_TRUE(Json(Get("/api/search", {{"q", "zeppelin"}}))["hits"].empty());
}

TEST_F(ApiTest, SearchErrors) {
  ExpectError(Get("/api/search"), 400);
  ExpectError(Get("/api/search", {{"q", ""}}), 400);
  ExpectError(Get("/api/search", {{"q", "  "}}), 400);
  ExpectError(Get("/api/search", {{"q", "ferry"}, {"limit", "0"}}), 400);
}

TEST_F(ApiTest, PostAddsDeduplicatesAndInvalidatesTheStory) {
  const int64_t id = ExampleStory();
  const std::string before = Get("/api/stories/" + std::to_string(id)).body;
  const std::string text =
      "The ferry Marit Holm and the grain carrier Kestrel Bay collided off Port Halvard on "
      "Tuesday night, killing three people, the Estlund coastguard said. Investigators from the "
      "marine accident board began questioning the crews of both vessels on Wednesday.";
  const json article = {{"id", "posted-ferry"},
                        {"title", "Coastguard questions ferry crews after Port Halvard collision"},
                        {"text", text},
                        {"url", "https://example.org/ferry"},
                        {"outlet", "Posted News"}};
  const HttpResponse r = Post(article.dump());
  ASSERT_EQ(r.status, 201) << r.body;
  const json j = Json(r);
  EXPECT_EQ(j["outcome"], "added");
  EXPECT_EQ(j["story"], id);
  EXPECT_EQ(j["url"], "/stories/" + std::to_string(id));
  const HttpResponse again = Post(article.dump());
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(Json(again)["outcome"], "duplicate");
  EXPECT_EQ(Json(again)["article"], j["article"]);
  const json after = Json(Get("/api/stories/" + std::to_string(id)));
  EXPECT_NE(after.dump(), json::parse(before).dump());
  EXPECT_EQ(after["articles"].size(), 7u);
  EXPECT_EQ(after["articles"][6]["text"], text);
  EXPECT_EQ(Json(Get("/healthz"))["articles"], 9);
}

TEST_F(ApiTest, PostWithoutIdGetsAStableIdAndNearCopiesAreCopies) {
  const json a = {{"title", "Record crowds at the Lindqvist garden show"},
                  {"text",
                   "More than 40,000 visitors came to the Lindqvist garden show on "
                   "Saturday, organisers said, a record for the event."},
                  {"url", "https://example.org/garden-copy"}};
  const HttpResponse r = Post(a.dump(2));  // pretty-printed JSON is fine
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(Json(r)["outcome"], "copy");
  EXPECT_EQ(Json(r)["id"].get<std::string>().substr(0, 7), "posted-");
}

TEST_F(ApiTest, PostErrors) {
  ExpectError(Post("{\"text\": \"x\"}", "text/plain"), 415);
  ExpectError(Post("{\"text\": \"x\"}", ""), 415);
  ExpectError(Post("{not json"), 400);
  ExpectError(Post("[1, 2]"), 400);
  ExpectError(Post("{}"), 400);
  ExpectError(Post("{\"title\": \"only a title\"}"), 400);
  ExpectError(Post("{\"text\": 42}"), 400);
  ExpectError(Post("{\"text\": \"ok\", \"url\": [\"x\"]}"), 400);
  ExpectError(Post(json({{"text", std::string(2 * 1024 * 1024 + 1, 'a')}}).dump()), 413);
  EXPECT_EQ(Post("{\"text\": \"x\"}", "application/json; charset=utf-8").status, 201);
}

TEST_F(ApiTest, WrongMethodsAre405AndUnknownRoutes404) {
  for (const char* path : {"/healthz", "/api/stories", "/api/stories/1", "/api/search",
                           "/feeds/stories.atom", "/", "/static/index.html"}) {
    const HttpResponse r = api_->Handle({.method = "POST", .path = path});
    ExpectError(r, 405);
    ASSERT_EQ(r.headers.size(), 1u);
    EXPECT_EQ(r.headers[0], std::make_pair(std::string("Allow"), std::string("GET, HEAD")));
  }
  ExpectError(api_->Handle({.method = "GET", .path = "/api/articles"}), 405);
  ExpectError(api_->Handle({.method = "DELETE", .path = "/api/articles"}), 405);
  ExpectError(api_->Handle({.method = "PUT", .path = "/api/stories/1"}), 405);
  ExpectError(Get("/api"), 404);
  ExpectError(Get("/nothing/here"), 404);
  ExpectError(Get("/stories/abc"), 404);
  EXPECT_EQ(api_->Handle({.method = "HEAD", .path = "/healthz"}).status, 200);
}

TEST_F(ApiTest, StaticFilesAreOnlyTheEmbeddedOnes) {
  ASSERT_NE(FindAsset("index.html"), nullptr);
  const HttpResponse home = Get("/");
  EXPECT_EQ(home.status, 200);
  EXPECT_EQ(home.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(home.body, std::string(FindAsset("index.html")->bytes));
  for (const Asset& a : EmbeddedAssets()) {
    const HttpResponse r = Get("/static/" + std::string(a.name));
    EXPECT_EQ(r.status, 200) << a.name;
    EXPECT_EQ(r.content_type, ContentTypeFor(a.name));
    EXPECT_EQ(r.body, a.bytes);
  }
  if (FindAsset("story.html") != nullptr) {
    EXPECT_EQ(Get("/stories/7").body, FindAsset("story.html")->bytes);
  }
  // Paths as httplib passes them (already percent-decoded).
  for (const char* path :
       {"/static/../CMakeLists.txt", "/static/..", "/static/", "/static//etc/passwd",
        "/static/../../../../etc/passwd", "/static/./index.html", "/static/index.html/",
        "/static/%2e%2e", "/CMakeLists.txt", "/etc/passwd", "/static/..\\CMakeLists.txt",
        "/web/index.html"}) {
    ExpectError(Get(path), 404);
  }
  ExpectError(Get(std::string("/static/index.html\0.js", 22)), 404);
}

TEST_F(ApiTest, HostileArticleStaysData) {
  const json list = Json(Get("/api/search", {{"q", "dockworkers strike"}}));
  ASSERT_EQ(list["hits"].size(), 1u);
  EXPECT_EQ(list["hits"][0]["title"], testing::kHostileTitle);
  const int64_t id = list["hits"][0]["story"];
  const HttpResponse r = Get("/api/stories/" + std::to_string(id));
  ASSERT_EQ(r.status, 200);
  const json j = Json(r);
  EXPECT_EQ(j["story"]["headline"], testing::kHostileTitle);  // data, byte for byte
  EXPECT_EQ(j["articles"][0]["text"], testing::kHostileText);
  EXPECT_EQ(j["articles"][0]["title"], testing::kHostileTitle);
  EXPECT_NE(r.body.find("\\u0001"), std::string::npos);  // control bytes escaped
}

TEST_F(ApiTest, FeedIsAtomWithOneEntryPerStory) {
  const HttpResponse r = api_->Handle(
      {.method = "GET", .path = "/feeds/stories.atom", .base_url = "http://127.0.0.1:8080"});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "application/atom+xml; charset=utf-8");
  const auto total = Json(Get("/healthz"))["stories"].get<size_t>();
  size_t entries = 0;
  for (size_t at = 0; (at = r.body.find("<entry>", at)) != std::string::npos; ++at) ++entries;
  EXPECT_EQ(entries, total);
  EXPECT_NE(r.body.find("<link rel=\"alternate\" type=\"text/html\" "
                        "href=\"http://127.0.0.1:8080/stories/"),
            std::string::npos);
  EXPECT_EQ(r.body.find("<script"), std::string::npos);
  EXPECT_EQ(r.body.find("<img"), std::string::npos);
  EXPECT_NE(r.body.find("&lt;script&gt;alert(1)&lt;/script&gt; Harbour &quot;board&quot; &amp; co"),
            std::string::npos);
}

}  // namespace
}  // namespace chorus::serve
