#include "serve/rate_limiter.h"

#include <gtest/gtest.h>

namespace chorus::serve {
namespace {

using std::chrono::milliseconds;

TEST(RateLimiterTest, BurstThenRefillAtTheRate) {
  RateLimiter limit(/*rate=*/2, /*burst=*/3);
  const auto t0 = RateLimiter::Clock::time_point{} + std::chrono::hours(1);
  double retry = 0;
  EXPECT_TRUE(limit.Allow("a", t0, &retry));
  EXPECT_TRUE(limit.Allow("a", t0, &retry));
  EXPECT_TRUE(limit.Allow("a", t0, &retry));
  EXPECT_FALSE(limit.Allow("a", t0, &retry));
  EXPECT_DOUBLE_EQ(retry, 0.5);               // one token every 0.5 s
  EXPECT_TRUE(limit.Allow("b", t0, &retry));  // buckets are per client
  EXPECT_FALSE(limit.Allow("a", t0 + milliseconds(400), &retry));
  EXPECT_TRUE(limit.Allow("a", t0 + milliseconds(500), &retry));
  EXPECT_FALSE(limit.Allow("a", t0 + milliseconds(500), &retry));
  // A long pause refills to the burst, not beyond.
  const auto later = t0 + std::chrono::seconds(60);
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limit.Allow("a", later, &retry));
  EXPECT_FALSE(limit.Allow("a", later, &retry));
}

TEST(RateLimiterTest, ZeroRateDisables) {
  RateLimiter limit(0, 1);
  EXPECT_FALSE(limit.enabled());
  const auto t0 = RateLimiter::Clock::now();
  for (int i = 0; i < 1000; ++i) EXPECT_TRUE(limit.Allow("a", t0, nullptr));
}

TEST(RateLimiterTest, ManyClientsDoNotGrowWithoutBoundAndStillLimit) {
  RateLimiter limit(1, 1);
  const auto t0 = RateLimiter::Clock::time_point{} + std::chrono::hours(1);
  for (size_t i = 0; i < RateLimiter::kMaxClients + 10; ++i) {
    EXPECT_TRUE(limit.Allow("client" + std::to_string(i), t0, nullptr));
  }
  EXPECT_TRUE(limit.Allow("x", t0, nullptr));
  EXPECT_FALSE(limit.Allow("x", t0, nullptr));
}

}  // namespace
}  // namespace chorus::serve
