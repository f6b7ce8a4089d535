#include "segment/sentence_splitter.h"

#include <gtest/gtest.h>

namespace chorus {
namespace {

TEST(SentenceSplitterTest, CoversText) {
  EXPECT_EQ(SentenceSpans("One.").size(), 1u);
}

}  // namespace
}  // namespace chorus
