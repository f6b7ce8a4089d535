#include "render/render.h"

#include <gtest/gtest.h>

namespace chorus {
namespace {

TEST(RenderTest, ParsesFormats) {
  EXPECT_EQ(ParseOutputFormat("json"), OutputFormat::kJson);
  EXPECT_FALSE(ParseOutputFormat("pdf"));
}

}  // namespace
}  // namespace chorus
