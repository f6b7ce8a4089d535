#include "analyse/analysis.h"

#include <gtest/gtest.h>

namespace chorus {
namespace {

TEST(AnalysisTest, Names) { EXPECT_EQ(QuoteKindName(QuoteKind::kPartial), "partial"); }

}  // namespace
}  // namespace chorus
