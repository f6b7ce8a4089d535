#include "clean/cleaner.h"

#include <gtest/gtest.h>

namespace chorus {
namespace {

TEST(CleanerTest, ReasonNames) {
  EXPECT_EQ(RemovalReasonName(RemovalReason::kOffTopic), "off-topic");
}

}  // namespace
}  // namespace chorus
