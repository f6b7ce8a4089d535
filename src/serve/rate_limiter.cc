// Token bucket rate limiting (one bucket per client address), refilled continuously.
#include "serve/rate_limiter.h"

#include <algorithm>

namespace chorus::serve {

RateLimiter::RateLimiter(double rate, double burst) : rate_(rate), burst_(std::max(1.0, burst)) {}

bool RateLimiter::Allow(const std::string& client, Clock::time_point now, double* retry_after) {
  if (rate_ <= 0) return true;
  std::lock_guard<std::mutex> lock(mu_);
  auto it = buckets_.find(client);
  if (it == buckets_.end()) {
    if (buckets_.size() >= kMaxClients) ForgetIdle(now);
    it = buckets_.emplace(client, Bucket{burst_, now}).first;
  }
  Bucket& b = it->second;
  const double elapsed = std::chrono::duration<double>(now - b.last).count();
  if (elapsed > 0) {
    b.tokens = std::min(burst_, b.tokens + elapsed * rate_);
    b.last = now;
  }
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return true;
  }
  if (retry_after != nullptr) *retry_after = (1 - b.tokens) / rate_;
  return false;
}

void RateLimiter::ForgetIdle(Clock::time_point now) {
  // A bucket that would be full again carries no state worth keeping.
  const double refill_seconds = burst_ / rate_;
  std::erase_if(buckets_, [&](const auto& kv) {
    return std::chrono::duration<double>(now - kv.second.last).count() >= refill_seconds;
  });
  if (buckets_.size() >= kMaxClients) buckets_.clear();
}

}  // namespace chorus::serve
