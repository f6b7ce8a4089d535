// `chorus serve`: the Api (api.h) behind cpp-httplib, with the limits and headers of
// docs/api.md: bound to 127.0.0.1 unless told otherwise, request bodies up to 2 MB (413),
// a token-bucket rate limit per client address (429 with Retry-After), security headers
// (CSP, nosniff, no-referrer) on every response, and JSON for every error.
//
//   Server server(api.get(), ServerOptions{.port = 0});   // 0: any free port
//   Result<int> port = server.Bind();                       // the port actually bound
//   std::thread t([&] { server.Run(); });  ...  server.Stop();  t.join();
#ifndef CHORUS_SERVE_SERVER_H_
#define CHORUS_SERVE_SERVER_H_

#include <cstddef>
#include <memory>
#include <string>

#include "chorus/error.h"
#include "serve/api.h"

namespace chorus::serve {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;            // 0: an ephemeral port
  double rate_limit = 50;     // requests a second per client address; <= 0: no limit
  double burst = 100;         // bucket size
  int threads = 8;            // worker threads (one connection each while it is open)
  size_t max_body = 2 << 20;  // bytes
};

inline constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

class Server {
 public:
  Server(Api* api, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  Result<int> Bind();  // binds host:port; returns the bound port
  Result<void> Run();  // serves until Stop(); call after Bind
  void Stop();         // thread-safe; Run returns soon after

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chorus::serve

#endif  // CHORUS_SERVE_SERVER_H_
