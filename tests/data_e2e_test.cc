// End to end on public evaluation clusters from ../shared/data: DUC 2004 (clean newswire)
// and Multi-News (real scraping junk). The brief must be sensible on stories chorus was not
// written against: grounded, within budget, spans exact, junk kept out of the summary.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>

#include "brief/brief_builder.h"
#include "read/text_reader.h"
#include "tests/brief_checks.h"
#include "tests/test_util.h"
#include "util/text_util.h"

namespace chorus {
namespace {

struct Cluster {
  std::vector<Document> docs;
  std::map<std::string, std::string> text;  // id -> text
};

std::vector<Cluster> LoadClusters(const std::string& file, size_t n) {
  std::vector<Cluster> out;
  std::ifstream in(testing::SharedDir() + "/data/" + file);
  std::string line;
  while (out.size() < n && std::getline(in, line)) {
    const auto j = nlohmann::json::parse(line);
    Cluster c;
    for (const auto& d : j["docs"]) {
      const std::string id = d["id"].get<std::string>();
      auto doc = DocumentFromBytes(id, id, d["text"].get<std::string>());
      if (!doc) continue;
      c.text[id] = doc->text;
      c.docs.push_back(std::move(*doc));
    }
    out.push_back(std::move(c));
  }
  return out;
}

void ExpectSensibleBrief(const Cluster& c, int words) {
  const Brief b = BuildBrief(c.docs, BriefOptions{.words = words});
  ASSERT_EQ(b.sources.size(), c.docs.size());
  const int n = CountWords(b.summary.text);
  EXPECT_GT(n, words / 3) << b.summary.text;
  EXPECT_LE(n, words);
  EXPECT_FALSE(b.headline.empty());
  testing::ExpectFactsGrounded(b);
  for (const Fact& f : b.facts) {
    for (const SourceSpan& s : f.evidence) {
      EXPECT_EQ(c.text.at(s.source).substr(s.start, s.end - s.start), s.text);
    }
  }
  for (const Removal& r : b.removed) {
    EXPECT_EQ(c.text.at(r.span.source).substr(r.span.start, r.span.end - r.span.start),
              r.span.text);
  }
}

TEST(DataBriefTest, Duc2004ClustersGiveSensibleBriefs) {
  const auto clusters = LoadClusters("duc2004/dev.jsonl", 4);
  ASSERT_EQ(clusters.size(), 4u);
  for (const Cluster& c : clusters) ExpectSensibleBrief(c, 100);
}

TEST(DataBriefTest, MultiNewsClustersGiveSensibleBriefsWithoutJunk) {
  const auto clusters = LoadClusters("multinews/dev.jsonl", 12);
  ASSERT_EQ(clusters.size(), 12u);
  for (const Cluster& c : clusters) {
    ExpectSensibleBrief(c, 100);
    const Brief b = BuildBrief(c.docs, BriefOptions{});
    for (const char* junk :
         {"Advertisement", "pic.twitter.com", "Sign up for", "Getty Images", "Tweet location"}) {
      EXPECT_EQ(b.summary.text.find(junk), std::string::npos) << junk << ": " << b.summary.text;
    }
  }
}

}  // namespace
}  // namespace chorus
