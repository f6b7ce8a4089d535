#include "align/aligner.h"

#include <gtest/gtest.h>

namespace chorus {
namespace {

TEST(AlignerTest, EmptyStory) { EXPECT_TRUE(AlignFacts(StoryText{}, {}).empty()); }

}  // namespace
}  // namespace chorus
