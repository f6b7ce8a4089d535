#include <gtest/gtest.h>

#include "brief/brief_builder.h"
#include "read/inputs.h"
#include "tests/test_util.h"

namespace chorus {
namespace {

TEST(BriefE2ETest, SeedsProduceAFiveSourceBrief) {
  ReadResult in = ReadInputs({testing::SeedsDir()});
  ASSERT_TRUE(in.errors.empty());
  ASSERT_EQ(in.docs.size(), 5u);
  const Brief b = BuildBrief(std::move(in.docs), BriefOptions{});
  EXPECT_EQ(b.sources.size(), 5u);
}

}  // namespace
}  // namespace chorus
