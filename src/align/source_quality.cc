// Source quality: one score in [0,1] per report, and flags that say why.
//
// Three measured parts, multiplied so that any one of them can pull a report down:
//   - junk share: bytes the cleaner removed from the body (captions, widgets, appended
//     off-topic text), as in boilerplate-ratio measures of page quality;
//   - garbling: the report's mean garbling rate (garbling.h: person shifts, fragments,
//     broken starts, names spelt unlike the other outlets), the black-box fluency signs of
//     MT quality estimation (Specia et al. 2009);
//   - coverage: the share of the story's widely reported facts (pyramid content units,
//     Nenkova & Passonneau 2004) the report states.
#include "align/source_quality.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "align/features.h"
#include "align/garbling.h"

namespace chorus {
namespace {

constexpr double kJunkWeight = 0.6;
constexpr double kGarbleScale = 4.0;  // a rate of 0.25 is as garbled as it gets
constexpr double kGarbleWeight = 0.7;
constexpr double kCoverageWeight = 0.2;
constexpr double kJunkFlag = 0.1;
constexpr double kGarbledFlag = 0.08;
constexpr double kLowCoverageFlag = 0.34;

std::string Fixed2(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

double JunkShare(const StoryText& story, size_t d, bool* appended) {
  const Document& doc = story.docs[d];
  const double body = doc.body.empty() ? static_cast<double>(doc.text.size()) : doc.body.size();
  if (d >= story.cleaned.size() || body <= 0) return 0.0;
  double removed = 0;
  for (const TextRemoval& r : story.cleaned[d].removed) {
    removed += r.span.size();
    *appended = *appended || r.reason == RemovalReason::kOffTopic;
  }
  return std::min(1.0, removed / body);
}

// Share of the story's key facts each document states: the facts stated by at least half the
// documents (but never more than the best-supported fact has, and at least two).
std::vector<double> Coverage(size_t docs, const std::vector<FactGroup>& facts) {
  size_t largest = 0;
  for (const FactGroup& f : facts) largest = std::max(largest, f.members.size());
  const size_t need = std::max<size_t>(2, std::min((docs + 1) / 2, largest));
  std::vector<double> covered(docs, 0.0);
  size_t keys = 0;
  for (const FactGroup& f : facts) {
    if (f.members.size() < need) continue;
    ++keys;
    for (const SentenceRef& m : f.members) {
      if (m.doc < docs) covered[m.doc] += 1.0;
    }
  }
  for (double& c : covered) c = keys == 0 ? 1.0 : c / keys;
  return covered;
}

}  // namespace

std::vector<SourceQuality> ScoreSources(const StoryText& story, const SentenceScores&,
                                        const std::vector<FactGroup>& facts) {
  const align::GarblingReport garble = align::AnalyseGarbling(story, *align::SharedFeatures(story));
  const std::vector<double> coverage = Coverage(story.docs.size(), facts);
  std::vector<SourceQuality> out(story.docs.size());
  for (size_t d = 0; d < out.size(); ++d) {
    bool appended = false;
    const double junk = JunkShare(story, d, &appended);
    const align::DocGarbling& g = garble.docs[d];
    const double garbled = std::min(1.0, kGarbleScale * g.rate);
    SourceQuality& q = out[d];
    q.score = (1.0 - kJunkWeight * junk) * (1.0 - kGarbleWeight * garbled) *
              (1.0 - kCoverageWeight + kCoverageWeight * coverage[d]);
    q.score = std::clamp(q.score, 0.0, 1.0);
    if (junk >= kJunkFlag) q.flags.push_back("junk:" + Fixed2(junk));
    if (appended) q.flags.push_back("appended-text");
    if (g.rate >= kGarbledFlag) q.flags.push_back("garbled");
    if (g.first_person > 0) q.flags.push_back("person-shift");
    if (!g.misspelt_names.empty()) q.flags.push_back("misspelt-names");
    if (coverage[d] < kLowCoverageFlag) q.flags.push_back("low-coverage");
  }
  return out;
}

}  // namespace chorus
