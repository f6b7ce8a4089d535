// Per-client token buckets: `rate` requests a second on average, bursts up to `burst`.
//
//   RateLimiter limit(50, 100);
//   double retry_after = 0;
//   if (!limit.Allow("127.0.0.1", Clock::now(), &retry_after)) { ... 429, Retry-After ... }
//
// Thread-safe. rate <= 0 disables the limit. Idle clients are forgotten once the table grows
// past kMaxClients, so a flood of addresses cannot grow memory without bound.
#ifndef CHORUS_SERVE_RATE_LIMITER_H_
#define CHORUS_SERVE_RATE_LIMITER_H_

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace chorus::serve {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr size_t kMaxClients = 10000;

  RateLimiter(double rate, double burst);

  // Takes one token from `client`'s bucket. False when empty; then *retry_after is the
  // number of seconds until a token is available.
  bool Allow(const std::string& client, Clock::time_point now, double* retry_after);
  bool enabled() const { return rate_ > 0; }

 private:
  struct Bucket {
    double tokens = 0;
    Clock::time_point last;
  };
  void ForgetIdle(Clock::time_point now);

  double rate_;
  double burst_;
  std::mutex mu_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace chorus::serve

#endif  // CHORUS_SERVE_RATE_LIMITER_H_
