#include "eval/summary_eval.h"

#include <gtest/gtest.h>

namespace chorus {
namespace {

TEST(SummaryEvalTest, Placeholder) { EXPECT_FALSE(ParseSummaryCluster("not json")); }

}  // namespace
}  // namespace chorus
