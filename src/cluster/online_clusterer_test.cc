#include "cluster/features.h"

#include <gtest/gtest.h>

namespace chorus::cluster {
namespace {
TEST(FeaturesTest, Placeholder3) { EXPECT_TRUE(true); }
}  // namespace
}  // namespace chorus::cluster
