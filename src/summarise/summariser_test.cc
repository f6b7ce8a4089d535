#include "summarise/summariser.h"

#include <gtest/gtest.h>

namespace chorus {
namespace {

TEST(SummariserTest, EmptyStory) {
  EXPECT_TRUE(Summarise(StoryText{}, {}, {}, {}, SummaryOptions{}).facts.empty());
}

}  // namespace
}  // namespace chorus
