// The API through a real cpp-httplib server on an ephemeral port: headers on every response,
// JSON errors from httplib's own checks (413, bad methods), path traversal, the rate limit
// and concurrent readers with a writer.
#include "serve/server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "serve/test_store.h"

namespace chorus::serve {
namespace {

using nlohmann::json;

class Running {
 public:
  Running(Api* api, ServerOptions options) : server_(api, options) {
    auto port = server_.Bind();
    EXPECT_TRUE(port) << port.error().message;
    port_ = port ? *port : 0;
    thread_ = std::thread([this] { (void)server_.Run(); });
  }
  ~Running() {
    server_.Stop();
    thread_.join();
  }
  httplib::Client Client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60, 0);
    return c;
  }

 private:
  Server server_;
  int port_ = 0;
  std::thread thread_;
};

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(store_.Fill(), "");
    auto api = Api::Open({.db = store_.path()});
    ASSERT_TRUE(api) << api.error().message;
    api_ = std::move(*api);
  }
  static ServerOptions Options(double rate = 0, double burst = 100) {
    return {.host = "127.0.0.1", .port = 0, .rate_limit = rate, .burst = burst, .threads = 4};
  }
  static void ExpectHeaders(const httplib::Result& r) {
    ASSERT_TRUE(r);
    EXPECT_EQ(r->get_header_value("Content-Security-Policy"), kContentSecurityPolicy);
    EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(r->get_header_value("Referrer-Policy"), "no-referrer");
  }
  static void ExpectJsonError(const httplib::Result& r, int status) {
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, status) << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
    const json j = json::parse(r->body, nullptr, false);
    ASSERT_TRUE(j.is_object()) << r->body;
    EXPECT_EQ(j["error"]["status"], status);
    ExpectHeaders(r);
  }

  testing::TempStore store_;
  std::unique_ptr<Api> api_;
};

TEST_F(ServerTest, RoutesAndHeaders) {
  Running server(api_.get(), Options());
  auto c = server.Client();
  auto health = c.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(json::parse(health->body)["articles"], 8);
  ExpectHeaders(health);
  auto list = c.Get("/api/stories?limit=2&sort=biggest");
  ASSERT_TRUE(list);
  EXPECT_EQ(list->status, 200);
  const json stories = json::parse(list->body);
  EXPECT_EQ(stories["limit"], 2);
  const int64_t id = stories["stories"][0]["id"];
  auto story = c.Get("/api/stories/" + std::to_string(id));
  ASSERT_TRUE(story);
  EXPECT_EQ(story->status, 200);
  EXPECT_EQ(json::parse(story->body)["articles"].size(), 6u);
  ExpectHeaders(story);
  auto search = c.Get("/api/search?q=Kestrel%20Bay");
  ASSERT_TRUE(search);
  EXPECT_EQ(json::parse(search->body)["query"], "Kestrel Bay");
  auto feed = c.Get("/feeds/stories.atom");
  ASSERT_TRUE(feed);
  EXPECT_EQ(feed->get_header_value("Content-Type"), "application/atom+xml; charset=utf-8");
  EXPECT_NE(feed->body.find("/stories/" + std::to_string(id) + "\""), std::string::npos);
  ExpectHeaders(feed);
  auto home = c.Get("/");
  ASSERT_TRUE(home);
  EXPECT_EQ(home->status, 200);
  EXPECT_EQ(home->get_header_value("Content-Type"), "text/html; charset=utf-8");
  ExpectHeaders(home);
  auto head = c.Head("/healthz");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_TRUE(head->body.empty());
}

TEST_F(ServerTest, ErrorsAreJson) {
  Running server(api_.get(), Options());
  auto c = server.Client();
  ExpectJsonError(c.Get("/no/such/route"), 404);
  ExpectJsonError(c.Get("/api/stories/424242"), 404);
  ExpectJsonError(c.Post("/api/stories", "{}", "application/json"), 405);
  ExpectJsonError(c.Put("/api/articles", "{}", "application/json"), 405);
  ExpectJsonError(c.Delete("/api/stories/1"), 405);
  ExpectJsonError(c.Get("/api/search"), 400);
  ExpectJsonError(c.Post("/api/articles", "{oops", "application/json"), 400);
  ExpectJsonError(c.Post("/api/articles", "{\"text\": \"a\"}", "text/plain"), 415);
  const std::string big = "{\"text\": \"" + std::string(2 * 1024 * 1024, 'a') + "\"}";
  ExpectJsonError(c.Post("/api/articles", big, "application/json"), 413);
  auto posted = c.Post("/api/articles",
                       "{\"title\": \"Tram line reopens\", \"text\": \"The Oster tram line "
                       "reopened on Monday after repairs.\"}",
                       "application/json");
  ASSERT_TRUE(posted);
  EXPECT_EQ(posted->status, 201) << posted->body;
  ExpectHeaders(posted);
}

TEST_F(ServerTest, NoPathTraversal) {
  Running server(api_.get(), Options());
  auto c = server.Client();
  for (const char* path :
       {"/static/../CMakeLists.txt", "/static/%2e%2e/CMakeLists.txt", "/static/..%2fCMakeLists.txt",
        "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/static//etc/passwd", "/static/%2Fetc%2Fpasswd",
        "/../CMakeLists.txt", "/CMakeLists.txt", "/static/index.html%00.js",
        "/static/..%5cCMakeLists.txt", "/%2e%2e/%2e%2e/etc/passwd", "/static/"}) {
    auto r = c.Get(path);
    ExpectJsonError(r, 404);
    if (r) {
      EXPECT_EQ(r->body.find("cmake_minimum_required"), std::string::npos) << path;
      EXPECT_EQ(r->body.find("root:"), std::string::npos) << path;
    }
  }
  auto ok = c.Get("/static/index.html");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
}

TEST_F(ServerTest, RateLimitAnswers429WithRetryAfter) {
  Running server(api_.get(), Options(/*rate=*/0.01, /*burst=*/3));  // a token every 100 s
  auto c = server.Client();
  for (int i = 0; i < 3; ++i) {
    auto r = c.Get("/healthz");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
  }
  auto limited = c.Get("/healthz");
  ExpectJsonError(limited, 429);
  ASSERT_TRUE(limited);
  EXPECT_EQ(limited->get_header_value("Retry-After"), "100");
}

TEST_F(ServerTest, ConcurrentReadersAndAWriter) {
  Running server(api_.get(), Options());
  auto c = server.Client();
  const json list = json::parse(c.Get("/api/stories?limit=100")->body);
  std::vector<int64_t> ids;
  for (const json& s : list["stories"]) ids.push_back(s["id"]);
  std::atomic<int> ok{0}, failed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      auto client = server.Client();
      for (int i = 0; i < 10; ++i) {
        const std::string path = (i + t) % 3 == 0
                                     ? "/api/stories"
                                     : "/api/stories/" + std::to_string(ids[(i + t) % ids.size()]);
        auto r = client.Get(path);
        (r && r->status == 200 ? ok : failed)++;
      }
    });
  }
  threads.emplace_back([&] {
    auto client = server.Client();
    for (int i = 0; i < 3; ++i) {
      const json a = {{"id", "w" + std::to_string(i)},
                      {"text", "Writer article " + std::to_string(i) + " about the Oster tram."}};
      auto r = client.Post("/api/articles", a.dump(), "application/json");
      (r && r->status == 201 ? ok : failed)++;
    }
  });
  for (auto& t : threads) t.join();
  EXPECT_EQ(failed, 0);
  EXPECT_EQ(ok, 43);
  EXPECT_EQ(json::parse(c.Get("/healthz")->body)["articles"], 11);
}

}  // namespace
}  // namespace chorus::serve
