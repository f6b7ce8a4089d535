// cpp-httplib wiring for the Api: one catch-all handler per method hands every request to
// Api::Handle; limits, rate limiting and headers are applied around it (see server.h).
#include "serve/server.h"

#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <string>

#include "serve/rate_limiter.h"
#include "serve/story_json.h"

namespace chorus::serve {
namespace {

constexpr size_t kKeepAliveRequests = 10000;

bool SafeHost(const std::string& host) {
  if (host.empty() || host.size() > 255) return false;
  for (char c : host) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != ':' &&
        c != '[' && c != ']') {
      return false;
    }
  }
  return true;
}

std::string StatusMessage(int status) {
  switch (status) {
    case 400:
      return "bad request";
    case 404:
      return "not found";
    case 405:
      return "method not allowed";
    case 413:
      return "the request body is larger than the limit (2 MB)";
    case 414:
      return "the request URI is too long";
    case 416:
      return "range not satisfiable";
    default:
      return "HTTP error " + std::to_string(status);
  }
}

HttpRequest ToRequest(const httplib::Request& req) {
  HttpRequest out;
  out.method = req.method;
  out.path = req.path;
  for (const auto& [k, v] : req.params) out.params.emplace(k, v);  // first value wins
  out.content_type = req.get_header_value("Content-Type");
  out.body = req.body;
  const std::string host = req.get_header_value("Host");
  if (SafeHost(host)) out.base_url = "http://" + host;
  return out;
}

void Send(const HttpResponse& r, httplib::Response* res) {
  res->status = r.status;
  for (const auto& [k, v] : r.headers) res->set_header(k.c_str(), v);
  res->set_content(r.body, r.content_type.c_str());
}

}  // namespace

struct Server::Impl {
  Impl(Api* a, ServerOptions o)
      : api(a), options(std::move(o)), limiter(options.rate_limit, options.burst) {}
  Api* api;
  ServerOptions options;
  RateLimiter limiter;
  httplib::Server http;
  int port = 0;

  void Setup();
  httplib::Server::HandlerResponse Limit(const httplib::Request& req, httplib::Response& res);
};

void Server::Impl::Setup() {
  const int threads = std::max(1, options.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  http.set_payload_max_length(options.max_body);
  http.set_keep_alive_max_count(kKeepAliveRequests);
  http.set_tcp_nodelay(true);  // headers and body are separate writes: no Nagle delay
  http.set_read_timeout(10, 0);
  http.set_write_timeout(10, 0);
  const auto handle = [this](const httplib::Request& req, httplib::Response& res) {
    Send(api->Handle(ToRequest(req)), &res);
  };
  http.Get(".*", handle);
  http.Post(".*", handle);
  http.Put(".*", handle);
  http.Patch(".*", handle);
  http.Delete(".*", handle);
  http.Options(".*", handle);
  http.set_pre_routing_handler(
      [this](const httplib::Request& req, httplib::Response& res) { return Limit(req, res); });
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        res.status = 500;
        res.set_content(ErrorJson(500, "internal error"), "application/json");
      });
  // Errors httplib raises itself (413, 400, 414, ...) get a JSON body too.
  http.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        const int status = res.status;
        const std::string message = StatusMessage(status);
        res.set_content(ErrorJson(status, message), "application/json");
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
    res.set_header("Content-Security-Policy", kContentSecurityPolicy);
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("X-Frame-Options", "DENY");
    if (!res.has_header("Cache-Control")) res.set_header("Cache-Control", "no-cache");
  });
}

httplib::Server::HandlerResponse Server::Impl::Limit(const httplib::Request& req,
                                                     httplib::Response& res) {
  double retry_after = 0;
  if (limiter.Allow(req.remote_addr, RateLimiter::Clock::now(), &retry_after)) {
    return httplib::Server::HandlerResponse::Unhandled;
  }
  const auto seconds = static_cast<long>(std::ceil(std::max(retry_after, 1e-3)));
  res.status = 429;
  res.set_header("Retry-After", std::to_string(seconds));
  res.set_content(
      ErrorJson(429, "too many requests; retry after " + std::to_string(seconds) + " s"),
      "application/json");
  return httplib::Server::HandlerResponse::Handled;
}

Server::Server(Api* api, ServerOptions options)
    : impl_(std::make_unique<Impl>(api, std::move(options))) {
  impl_->Setup();
}

Server::~Server() = default;

Result<int> Server::Bind() {
  const auto& o = impl_->options;
  const int port = o.port == 0 ? impl_->http.bind_to_any_port(o.host)
                               : (impl_->http.bind_to_port(o.host, o.port) ? o.port : -1);
  if (port <= 0) {
    return MakeError(ErrorCode::kIo, "cannot listen on " + o.host + ":" + std::to_string(o.port) +
                                         " (address in use, or not an address of this machine)");
  }
  impl_->port = port;
  return port;
}

Result<void> Server::Run() {
  if (!impl_->http.listen_after_bind()) {
    return MakeError(ErrorCode::kIo, "the server stopped with an error");
  }
  return {};
}

void Server::Stop() { impl_->http.stop(); }

}  // namespace chorus::serve
