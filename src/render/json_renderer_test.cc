#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "render/render.h"
#include "render/render_test_util.h"

namespace chorus {
namespace {

using nlohmann::json;

json Parse(const Brief& b) { return json::parse(RenderJson(b)); }

void ExpectSpan(const json& s) {
  ASSERT_TRUE(s.is_object());
  EXPECT_TRUE(s.at("source").is_string());
  EXPECT_TRUE(s.at("start").is_number_unsigned());
  EXPECT_TRUE(s.at("end").is_number_unsigned());
  EXPECT_TRUE(s.at("text").is_string());
  EXPECT_LE(s.at("start").get<size_t>(), s.at("end").get<size_t>());
}

TEST(JsonRendererTest, TopLevelKeysInSchemaOrder) {
  const std::string out = RenderJson(testing::SampleBrief());
  const json j = json::parse(out);
  const std::vector<std::string> keys = {"schema", "headline", "summary",   "sources", "facts",
                                         "quotes", "entities", "conflicts", "unique",  "removed"};
  size_t last = 0;
  for (const std::string& k : keys) {
    ASSERT_TRUE(j.contains(k)) << k;
    const size_t at = out.find("\n  \"" + k + "\":");
    ASSERT_NE(at, std::string::npos) << k;
    EXPECT_GT(at, last) << k << " out of order";
    last = at;
  }
  EXPECT_EQ(j.size(), keys.size());
  EXPECT_EQ(j["schema"], "chorus.brief/1");
  EXPECT_EQ(j["summary"]["facts"], json({"f1", "f2"}));
  EXPECT_EQ(out.back(), '\n');
}

TEST(JsonRendererTest, SourcesHaveEveryKeyWithNullsAndNumbers) {
  const json j = Parse(testing::SampleBrief());
  ASSERT_EQ(j["sources"].size(), 3u);
  for (const json& s : j["sources"]) {
    for (const char* k : {"id", "path", "title", "outlet", "words", "quality", "flags"}) {
      EXPECT_TRUE(s.contains(k)) << k;
    }
    EXPECT_TRUE(s["words"].is_number_integer());
    EXPECT_TRUE(s["quality"].is_number());
    EXPECT_TRUE(s["flags"].is_array());
  }
  EXPECT_TRUE(j["sources"][1]["title"].is_null());
  EXPECT_TRUE(j["sources"][1]["outlet"].is_null());
  EXPECT_EQ(j["sources"][0]["outlet"], "Aster Gazette");
  EXPECT_DOUBLE_EQ(j["sources"][0]["quality"].get<double>(), 0.912);
  EXPECT_EQ(j["sources"][1]["flags"], json({"garbled"}));
}

TEST(JsonRendererTest, FactsQuotesAndRemovalsCarryFullSpans) {
  const json j = Parse(testing::SampleBrief());
  const json& f = j["facts"][0];
  EXPECT_EQ(f["id"], "f1");
  EXPECT_EQ(f["origins"], 2);
  EXPECT_EQ(f["sources"], json({"gazette", "courier"}));
  ASSERT_EQ(f["evidence"].size(), 2u);
  for (const json& s : f["evidence"]) ExpectSpan(s);
  EXPECT_EQ(f["evidence"][1]["start"], 40);
  const json& q = j["quotes"][0];
  EXPECT_EQ(q["speaker"], "Ida Roth");
  ASSERT_EQ(q["variants"].size(), 3u);
  for (const json& v : q["variants"]) {
    ExpectSpan(v);
    EXPECT_EQ(v.size(), 5u);
  }
  EXPECT_EQ(q["variants"][2]["kind"], "translation");
  ASSERT_EQ(j["removed"].size(), 3u);
  for (const json& r : j["removed"]) {
    ExpectSpan(r);
    EXPECT_TRUE(r.at("reason").is_string());
  }
  EXPECT_EQ(j["removed"][1]["reason"], "byline");
}

TEST(JsonRendererTest, EntitiesConflictsAndUnique) {
  const json j = Parse(testing::SampleBrief());
  const json& e = j["entities"][0];
  for (const char* k : {"id", "name", "type", "roles", "variants", "sources"}) {
    EXPECT_TRUE(e.contains(k)) << k;
  }
  EXPECT_EQ(e["variants"], json({"Ida Roth", "I. Roth"}));
  EXPECT_EQ(j["entities"][1]["type"], "organization");
  const json& c = j["conflicts"][0];
  EXPECT_EQ(c["about"], "injured");
  ASSERT_EQ(c["claims"].size(), 2u);
  EXPECT_EQ(c["claims"][1]["value"], "at least 40");
  ExpectSpan(c["claims"][1]["evidence"][0]);
  EXPECT_EQ(j["unique"]["gazette"], json({"f3"}));
  EXPECT_EQ(j["unique"]["courier"], json::array());
  // Unique keys follow source order, not alphabetical order.
  const std::string out = RenderJson(testing::SampleBrief());
  EXPECT_LT(out.find("\"gazette\": ["), out.find("\"courier\": ["));
}

TEST(JsonRendererTest, QuoteWithoutSpeakerIsNull) {
  Brief b = testing::SampleBrief();
  b.quotes[0].speaker.reset();
  EXPECT_TRUE(Parse(b)["quotes"][0]["speaker"].is_null());
}

TEST(JsonRendererTest, EmptyBriefStillHasEveryKey) {
  const json j = Parse(Brief{});
  EXPECT_TRUE(j["sources"].is_array());
  EXPECT_TRUE(j["facts"].is_array());
  EXPECT_TRUE(j["quotes"].is_array());
  EXPECT_TRUE(j["entities"].is_array());
  EXPECT_TRUE(j["conflicts"].is_array());
  EXPECT_TRUE(j["unique"].is_object());
  EXPECT_TRUE(j["removed"].is_array());
  EXPECT_EQ(j["summary"]["text"], "");
}

TEST(JsonRendererTest, InvalidUtf8IsReplacedNotThrown) {
  Brief b = testing::SampleBrief();
  b.headline = "Caf\xE9 \xFF";
  b.facts[0].evidence[0].text = "bad \xC3";
  std::string out;
  ASSERT_NO_THROW(out = RenderJson(b));
  const json j = json::parse(out);
  EXPECT_EQ(j["headline"], "Caf\xEF\xBF\xBD \xEF\xBF\xBD");
  EXPECT_EQ(j["facts"][0]["evidence"][0]["text"], "bad \xEF\xBF\xBD");
}

TEST(JsonRendererTest, EveryByteValueInEveryStringStillParses) {
  std::string all;
  for (int c = 0; c < 256; ++c) all += static_cast<char>(c);
  Brief b = testing::SampleBrief();
  b.headline = all;
  b.summary.text = all;
  b.sources[0].title = all;
  b.sources[0].flags = {all};
  b.facts[0].text = all;
  b.quotes[0].variants[0].span.text = all;
  b.quotes[0].variants[0].kind = all;
  b.entities[0].variants = {all};
  b.conflicts[0].about = all;
  b.removed[0].reason = all;
  b.unique[all] = {all};
  json j;
  ASSERT_NO_THROW(j = json::parse(RenderJson(b)));
  const std::string back = j["headline"];
  EXPECT_EQ(back.substr(0, 128), all.substr(0, 128));  // ASCII and controls survive escaped
  EXPECT_TRUE(j["unique"].contains(back));
}

TEST(JsonRendererTest, OutputIsUtf8NotAsciiEscaped) {
  Brief b = testing::SampleBrief();
  b.headline = "\xE2\x80\x9CQuay\xE2\x80\x9D";
  EXPECT_NE(RenderJson(b).find("\xE2\x80\x9CQuay\xE2\x80\x9D"), std::string::npos);
}

}  // namespace
}  // namespace chorus
