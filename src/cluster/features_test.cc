#include "cluster/features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace chorus::cluster {
namespace {

Document Doc(std::string title, std::string text) {
  Document d;
  d.id = "t";
  d.text = std::move(text);
  d.body = {0, static_cast<uint32_t>(d.text.size())};
  d.title = std::move(title);
  return d;
}

bool Has(const std::vector<FeatureTerm>& terms, FeatureKind kind, const std::string& text) {
  return std::any_of(terms.begin(), terms.end(),
                     [&](const FeatureTerm& t) { return t.kind == kind && t.text == text; });
}

TEST(FeaturesTest, FindsEntitiesQuotesAndFigures) {
  const Document d = Doc("Quake hits the coast",
                         "A strong earthquake struck off Sumatra on Tuesday, killing 12 people. "
                         "Officials in Jakarta said \"the damage is very severe\" near Padang.");
  const auto terms = DescribeFeatures(d, FeatureOptions{});
  EXPECT_TRUE(Has(terms, FeatureKind::kEntity, "Sumatra"));
  EXPECT_TRUE(Has(terms, FeatureKind::kEntity, "Jakarta"));
  EXPECT_FALSE(Has(terms, FeatureKind::kEntity, "A"));          // sentence start, stopword
  EXPECT_FALSE(Has(terms, FeatureKind::kEntity, "Officials"));  // sentence start
  EXPECT_TRUE(Has(terms, FeatureKind::kFigure, "12 people"));
  EXPECT_TRUE(Has(terms, FeatureKind::kQuote, "damage is very"));
  EXPECT_TRUE(Has(terms, FeatureKind::kWord, "earthquake"));
}

TEST(FeaturesTest, FeaturesAreSortedUniqueAndKindTagged) {
  const Document d =
      Doc("Teixeira offer", "Teixeira got an offer. The Angels offer Teixeira more.");
  const ArticleFeatures f = ExtractFeatures(d, FeatureOptions{});
  ASSERT_FALSE(f.features.empty());
  for (size_t i = 1; i < f.features.size(); ++i) {
    EXPECT_LT(f.features[i - 1].hash, f.features[i].hash);
  }
  bool entity = false;
  for (const Feature& x : f.features) entity |= KindOf(x.hash) == FeatureKind::kEntity;
  EXPECT_TRUE(entity);
  EXPECT_FALSE(f.HasDate());
}

TEST(FeaturesTest, TitleCaseHeadlinesGiveNoEntities) {
  const Document d = Doc("Trump Says He And Putin Will Negotiate", "");
  const auto terms = DescribeFeatures(d, FeatureOptions{});
  EXPECT_FALSE(Has(terms, FeatureKind::kEntity, "Says"));
  EXPECT_TRUE(Has(terms, FeatureKind::kWord, "negotiate"));
}

TEST(FeaturesTest, ParsesIsoDates) {
  EXPECT_DOUBLE_EQ(ParseIsoDays("1970-01-02"), 1.0);
  EXPECT_DOUBLE_EQ(ParseIsoDays("2000-03-01") - ParseIsoDays("2000-02-28"), 2.0);  // leap year
  EXPECT_NEAR(ParseIsoDays("2024-05-03T12:00:00Z") - ParseIsoDays("2024-05-03"), 0.5, 1e-9);
  EXPECT_TRUE(std::isnan(ParseIsoDays("May 3")));
  EXPECT_TRUE(std::isnan(ParseIsoDays("2024-13-01")));
}

}  // namespace
}  // namespace chorus::cluster
