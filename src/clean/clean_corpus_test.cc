// The cleaner on real corpora: Multi-News (scraped, with junk) and DUC 2004 (clean newswire).
// Set CHORUS_CLEAN_DUMP=1 to print every removed piece.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "clean/cleaner.h"
#include "read/text_reader.h"
#include "tests/test_util.h"

namespace chorus {
namespace {

struct CorpusStats {
  size_t clusters = 0;
  size_t docs = 0;
  double kept_share_sum = 0;           // mean over docs of kept / body non-space bytes
  std::map<std::string, int> reasons;  // removed pieces per reason
  std::map<std::string, int> fates;    // fate of lines equal to a probe string
  size_t docs_with_tail = 0;           // documents with an off-topic removal
  double MeanKeptShare() const { return docs > 0 ? kept_share_sum / docs : 0.0; }
};

size_t NonSpace(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (c != ' ' && c != '\n' && c != '\r' && c != '\t') ? 1 : 0;
  return n;
}

// Cleans every cluster of a jsonl file; lines equal to `probe` are tallied in fates.
// With each_alone, every document is cleaned as a one-report story.
CorpusStats CleanCorpus(const std::string& path, const std::string& probe,
                        bool each_alone = false) {
  CorpusStats st;
  std::ifstream in(path);
  std::string line;
  const bool dump = std::getenv("CHORUS_CLEAN_DUMP") != nullptr;
  while (std::getline(in, line)) {
    const nlohmann::json j = nlohmann::json::parse(line);
    std::vector<Document> docs;
    for (const auto& d : j.at("docs")) {
      auto doc =
          DocumentFromBytes(d.at("id").get<std::string>(), "-", d.at("text").get<std::string>());
      if (doc) docs.push_back(std::move(*doc));
    }
    std::vector<CleanDocument> cleaned;
    if (each_alone) {
      for (const Document& d : docs) cleaned.push_back(CleanStory({d})[0]);
    } else {
      cleaned = CleanStory(docs);
    }
    ++st.clusters;
    for (size_t i = 0; i < docs.size(); ++i) {
      const size_t body = NonSpace(docs[i].Slice(docs[i].body));
      if (body == 0) continue;
      size_t kept = 0;
      for (const TextSpan& k : cleaned[i].kept) {
        kept += NonSpace(docs[i].Slice(k));
        if (docs[i].Slice(k) == probe) ++st.fates["kept"];
        if (dump && docs[i].Slice(k).size() < 60) {
          std::cout << docs[i].id << " (kept) " << docs[i].Slice(k) << "\n";
        }
      }
      for (const TextRemoval& r : cleaned[i].removed) {
        ++st.reasons[std::string(RemovalReasonName(r.reason))];
        if (docs[i].Slice(r.span) == probe) ++st.fates[std::string(RemovalReasonName(r.reason))];
        if (dump) {
          std::cout << docs[i].id << " [" << RemovalReasonName(r.reason) << "] "
                    << docs[i].Slice(r.span).substr(0, 120) << "\n";
        }
      }
      ++st.docs;
      for (const TextRemoval& r : cleaned[i].removed) {
        if (r.reason == RemovalReason::kOffTopic) {
          ++st.docs_with_tail;
          break;
        }
      }
      st.kept_share_sum += double(kept) / double(body);
    }
  }
  return st;
}

void Report(const std::string& name, const CorpusStats& st) {
  std::cout << name << ": " << st.clusters << " clusters, " << st.docs << " docs, mean kept share "
            << st.MeanKeptShare() << ", " << st.docs_with_tail << " docs with an off-topic tail\n";
  for (const auto& [reason, n] : st.reasons) std::cout << "  " << reason << ": " << n << "\n";
}

TEST(CleanCorpusTest, MultiNewsJunkGoesArticleTextStays) {
  const std::string path = testing::SharedDir() + "/data/multinews/dev.jsonl";
  ASSERT_FALSE(testing::ReadFileOrEmpty(path).empty()) << path;
  CorpusStats st = CleanCorpus(path, "Advertisement");
  Report("multinews", st);
  EXPECT_EQ(st.clusters, 150u);
  int probes = 0;
  for (const auto& [fate, n] : st.fates) probes += n;
  EXPECT_GE(probes, 5) << "\"Advertisement\" lines in the data";
  EXPECT_EQ(st.fates["boilerplate"], probes) << "every \"Advertisement\" line is boilerplate";
  EXPECT_GT(st.MeanKeptShare(), 0.85);
  EXPECT_LT(st.MeanKeptShare(), 0.995) << "scraped text has junk to remove";
  EXPECT_GT(st.reasons["widget"] + st.reasons["boilerplate"], 100);
}

TEST(CleanCorpusTest, DucNewswireIsKept) {
  const std::string path = testing::SharedDir() + "/data/duc2004/dev.jsonl";
  ASSERT_FALSE(testing::ReadFileOrEmpty(path).empty()) << path;
  CorpusStats st = CleanCorpus(path, "");
  Report("duc2004", st);
  EXPECT_EQ(st.clusters, 25u);
  EXPECT_GE(st.MeanKeptShare(), 0.95);
}

TEST(CleanCorpusTest, OneReportStoriesAreConservative) {
  const std::string mn = testing::SharedDir() + "/data/multinews/dev.jsonl";
  const std::string duc = testing::SharedDir() + "/data/duc2004/dev.jsonl";
  ASSERT_FALSE(testing::ReadFileOrEmpty(mn).empty()) << mn;
  CorpusStats alone = CleanCorpus(mn, "", /*each_alone=*/true);
  Report("multinews, each report alone", alone);
  // Without the other reports only a hard seam can cut a tail: rare.
  EXPECT_LE(alone.docs_with_tail * 100, alone.docs * 3) << alone.docs_with_tail << " tails";
  EXPECT_GT(alone.MeanKeptShare(), 0.85);
  EXPECT_GE(CleanCorpus(duc, "", /*each_alone=*/true).MeanKeptShare(), 0.95);
}

}  // namespace
}  // namespace chorus
