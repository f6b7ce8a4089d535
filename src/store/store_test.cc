#include "store/store.h"
#include <gtest/gtest.h>
TEST(StoreTest, Placeholder) { EXPECT_TRUE(true); }
