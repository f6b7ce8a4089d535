#include "cluster/features.h"

#include <gtest/gtest.h>

namespace chorus::cluster {
namespace {
TEST(FeaturesTest, Placeholder) { EXPECT_TRUE(true); }
}  // namespace
}  // namespace chorus::cluster
