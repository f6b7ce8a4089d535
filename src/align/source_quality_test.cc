#include "align/source_quality.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "align/test_story.h"

namespace chorus {
namespace {

using testing::MakeStory;

bool HasFlag(const SourceQuality& q, const std::string& prefix) {
  return std::any_of(q.flags.begin(), q.flags.end(),
                     [&](const std::string& f) { return f.rfind(prefix, 0) == 0; });
}

StoryText ThreeOutlets() {
  return MakeStory({
      {"The central bank raised its main rate by half a point on Tuesday.",
       "Governor Anna Lindqvist said more increases could follow in the spring.",
       "Shares in Stockholm fell two percent after the decision."},
      {"Sweden's central bank lifted its main rate by half a point on Tuesday.",
       "More increases may follow in the spring, Governor Anna Lindqvist said.",
       "Stockholm shares fell two percent after the decision was announced."},
      {"The central bank raised the main rate by half a point on Tuesday.", "I proposed.",
       "Governor Anna Lindkvest said more increases follow in spring, it emphasizes.",
       "It emphasizes.", "I made it clear to my advisor that shares fell."},
  });
}

std::vector<SourceQuality> Score(const StoryText& story) {
  const SentenceScores g = ScoreGarbling(story);
  return ScoreSources(story, g, AlignFacts(story, g));
}

TEST(SourceQualityTest, GarbledReportScoresLowest) {
  const std::vector<SourceQuality> q = Score(ThreeOutlets());
  ASSERT_EQ(q.size(), 3u);
  for (const SourceQuality& s : q) EXPECT_TRUE(s.score >= 0.0 && s.score <= 1.0);
  EXPECT_LT(q[2].score, q[0].score - 0.2);
  EXPECT_LT(q[2].score, q[1].score - 0.2);
  EXPECT_GT(q[0].score, 0.8);
  EXPECT_TRUE(HasFlag(q[2], "garbled"));
  EXPECT_TRUE(HasFlag(q[2], "person-shift"));
  EXPECT_FALSE(HasFlag(q[0], "garbled"));
  EXPECT_TRUE(q[0].flags.empty()) << q[0].flags.front();
}

TEST(SourceQualityTest, JunkAndAppendedText) {
  StoryText story = ThreeOutlets();
  Document& doc = story.docs[1];
  const uint32_t report_end = static_cast<uint32_t>(doc.text.size());
  doc.text += " Read more: a long unrelated piece about the history of a football club and more.";
  doc.body.end = static_cast<uint32_t>(doc.text.size());
  story.cleaned[1].removed.push_back(
      {{report_end + 1, static_cast<uint32_t>(doc.text.size())}, RemovalReason::kOffTopic});
  const std::vector<SourceQuality> q = Score(story);
  EXPECT_TRUE(HasFlag(q[1], "junk:"));
  EXPECT_TRUE(HasFlag(q[1], "appended-text"));
  EXPECT_LT(q[1].score, q[0].score);
}

TEST(SourceQualityTest, LowCoverage) {
  StoryText story = MakeStory({
      {"The central bank raised its main rate by half a point on Tuesday.",
       "Governor Anna Lindqvist said more increases could follow in the spring.",
       "Shares in Stockholm fell two percent after the decision."},
      {"Sweden's central bank lifted its main rate by half a point on Tuesday.",
       "More increases may follow in the spring, Governor Anna Lindqvist said.",
       "Stockholm shares fell two percent after the decision was announced."},
      {"The city's new tram line opened to passengers on Sunday morning."},
  });
  const std::vector<SourceQuality> q = Score(story);
  EXPECT_TRUE(HasFlag(q[2], "low-coverage"));
  EXPECT_FALSE(HasFlag(q[0], "low-coverage"));
  EXPECT_LT(q[2].score, q[0].score);
}

}  // namespace
}  // namespace chorus
