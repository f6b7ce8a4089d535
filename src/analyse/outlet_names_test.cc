#include "analyse/outlet_names.h"

#include <gtest/gtest.h>

namespace chorus {
namespace {

Document Doc(std::string id, std::optional<std::string> outlet = {},
             std::optional<std::string> url = {}) {
  Document d;
  d.id = std::move(id);
  d.outlet = std::move(outlet);
  d.url = std::move(url);
  return d;
}

TEST(OutletNamesTest, IdOutletAndHostNameTheOutlet) {
  EXPECT_TRUE(NamesOutlet({"ledger"}, OutletNamesOf(Doc("capital-ledger"))));
  EXPECT_TRUE(NamesOutlet({"capital", "ledger"}, OutletNamesOf(Doc("capital-ledger"))));
  EXPECT_TRUE(NamesOutlet({"meridian"}, OutletNamesOf(Doc("meridian-wire"))));
  EXPECT_TRUE(NamesOutlet({"newsweek"}, OutletNamesOf(Doc("x1", "Newsweek"))));
  EXPECT_TRUE(NamesOutlet({"washington", "post"},
                          OutletNamesOf(Doc("a", {}, "https://www.washingtonpost.com/world/x"))));
}

TEST(OutletNamesTest, OtherNamesAreNotTheOutlet) {
  EXPECT_FALSE(NamesOutlet({"halvard"}, OutletNamesOf(Doc("capital-ledger"))));
  EXPECT_FALSE(NamesOutlet({"marit", "holm"}, OutletNamesOf(Doc("meridian-wire"))));
  // One word of a long outlet title is not the outlet.
  EXPECT_FALSE(NamesOutlet({"islam"}, OutletNamesOf(Doc("x", "Kabar tentang Dunia Islam"))));
  // Ids with digits ("000_73be45914a879ca2", "multinews-3-1") name nothing.
  EXPECT_FALSE(NamesOutlet({"be"}, OutletNamesOf(Doc("000_73be45914a879ca2"))));
  EXPECT_FALSE(NamesOutlet({"multinews"}, {}));
}

}  // namespace
}  // namespace chorus
