#include "read/text_reader.h"

#include <gtest/gtest.h>

namespace chorus {
namespace {

TEST(TextReaderTest, EmptyInputIsAnErrorNamingIt) {
  auto doc = DocumentFromBytes("x", "dir/x.txt", "");
  ASSERT_FALSE(doc);
  EXPECT_NE(doc.error().message.find("dir/x.txt"), std::string::npos);
}

}  // namespace
}  // namespace chorus
