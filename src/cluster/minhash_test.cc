#include "cluster/features.h"

#include <gtest/gtest.h>

namespace chorus::cluster {
namespace {
TEST(FeaturesTest, Placeholder2) { EXPECT_TRUE(true); }
}  // namespace
}  // namespace chorus::cluster
