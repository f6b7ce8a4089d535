// Off-topic tails (appended articles, "read next" pieces). Two signals, as in METHODS.md:
//  1. Lexical cohesion, after TextTiling (Hearst 1997): the similarity of the two content
//     blocks before each gap to the two after it (cosine of stem counts, stopwords out).
//     An appended article starts at a cohesion valley: well below the report's median gap.
//  2. Story support: for each block, the mean over its content words of the share of the
//     OTHER reports of the story that use the word. A tail the rest of the story does not
//     share scores well below the report's own body.
// Candidate seams are the junk lines (widgets, boilerplate) in the second half of a report:
// the tail starts at the weakest gap among the two content blocks before the seam and the
// seam itself. A hard seam (a lone symbol, a counter such as "5 mins read", or two or more
// junk lines) needs a valley (<= 0.5 x median cohesion) and a drop in story support
// (<= 0.75 x the body's); a single junk line or no seam at all needs much sharper evidence
// and a longer tail, since mid-article teasers and subheadings are common. A one-report
// story has no story support: only a hard seam and a valley count, plus either a tail sharing
// almost nothing with the body (cosine <= 0.15) or a headline right after the seam (the
// start of another article). Conservative by design: an outlet's unique closing
// paragraphs are worth more than a missed teaser.
#include "clean/off_topic.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace chorus::clean {
namespace {

// Stem counts of some blocks: (stem id, count) sorted by id. Counts are whole numbers, so
// sums of products over them are exact whatever the order.
using Bag = std::vector<std::pair<uint32_t, double>>;

// Thresholds by separator strength (none, one junk line, a symbol/counter line or a run of
// junk lines): valley = gap cohesion / median gap cohesion; drop = tail story support /
// body story support. Weaker evidence of a seam needs a sharper drop.
// Without a hard separator the tail must also be long enough for its statistics to mean
// something (single short closing lines often share nothing with other reports).
constexpr double kValley[3] = {0.2, 0.25, 0.5};
constexpr double kDrop[3] = {0.2, 0.4, 0.75};
constexpr size_t kMinTailBlocks[3] = {3, 2, 1};
constexpr int kMinTailWords[3] = {60, 40, 25};
// More hard seams than this in one report are section dividers ("___" between the parts of
// an explainer), not the seam of an appended article: they count as single junk lines.
constexpr int kMaxHardSeams = 2;
constexpr double kSingleDocOverlap = 0.15;  // tail-body cosine, one-report stories

bool IsContent(const Token& t) { return t.Is(kTokWord) && !t.Is(kTokStopword); }

Bag BagOf(std::vector<uint32_t> ids) {
  std::sort(ids.begin(), ids.end());
  Bag bag;
  for (uint32_t id : ids) {
    if (!bag.empty() && bag.back().first == id) {
      bag.back().second += 1.0;
    } else {
      bag.emplace_back(id, 1.0);
    }
  }
  return bag;
}

void Add(const Bag& from, Bag* to) {
  Bag sum;
  sum.reserve(from.size() + to->size());
  auto a = from.begin();
  auto b = to->begin();
  while (a != from.end() || b != to->end()) {
    if (b == to->end() || (a != from.end() && a->first < b->first)) {
      sum.push_back(*a++);
    } else if (a == from.end() || b->first < a->first) {
      sum.push_back(*b++);
    } else {
      sum.emplace_back(a->first, a->second + b->second);
      ++a, ++b;
    }
  }
  to->swap(sum);
}

double Cosine(const Bag& a, const Bag& b) {
  double dot = 0, na = 0, nb = 0;
  for (const auto& [k, v] : a) na += v * v;
  for (const auto& [k, v] : b) nb += v * v;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (i->first < j->first) {
      ++i;
    } else if (j->first < i->first) {
      ++j;
    } else {
      dot += i->second * j->second;
      ++i, ++j;
    }
  }
  return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

bool IsSeparator(const Block& b) {
  return b.whole == RemovalReason::kWidget || b.whole == RemovalReason::kBoilerplate;
}

// A new article's headline: 3-15 words, mostly capitalised, no final punctuation.
bool HeadlineLike(const Block& b) {
  const LineFeatures& f = b.features;
  return !f.terminal && f.words >= 3 && f.words <= 15 && f.CapsShare() >= 0.6;
}

// 0: no junk line between blocks [from, to); 1: one; 2: a symbol or counter line ("○",
// "5 mins read") or two or more junk lines.
int SeparatorStrength(const std::vector<Block>& blocks, size_t from, size_t to) {
  int junk = 0;
  bool hard = false;
  for (size_t j = from; j < to; ++j) {
    if (!IsSeparator(blocks[j])) continue;
    ++junk;
    const LineFeatures& f = blocks[j].features;
    hard = hard || f.words == 0 || (f.numbers >= 1 && f.words <= 3);
  }
  return hard || junk >= 2 ? 2 : junk;
}

double Median(std::vector<double> v) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// Per content block of one report: mean over its content words of the share of the other
// reports that use the word.
std::vector<double> StorySupport(const StoryVocabulary& story,
                                 const std::vector<std::vector<uint32_t>>& ids,
                                 const std::vector<size_t>& content, std::vector<int>* sizes) {
  const double others = static_cast<double>(story.reports() - 1);
  std::vector<double> support;
  for (size_t i : content) {
    double sum = 0;
    // df counts this report too: every content word of its kept blocks is in its own
    // vocabulary (built from the same kept blocks before any tail is cut), so the other
    // reports using the word are df - 1.
    for (uint32_t id : ids[i]) sum += (story.df[id] - 1) / others;
    const int n = static_cast<int>(ids[i].size());
    support.push_back(n > 0 ? sum / n : 0.0);
    sizes->push_back(n);
  }
  return support;
}

double WeightedMean(const std::vector<double>& v, const std::vector<int>& w, size_t from,
                    size_t to) {
  double sum = 0, n = 0;
  for (size_t i = from; i < to; ++i) sum += v[i] * w[i], n += w[i];
  return n > 0 ? sum / n : 0.0;
}

std::vector<double> GapCohesion(const std::vector<Bag>& bags) {
  std::vector<double> c(bags.size(), 0.0);  // c[g]: gap before content block g (g >= 1)
  for (size_t g = 1; g < bags.size(); ++g) {
    Bag left, right;
    for (size_t j = g >= 2 ? g - 2 : 0; j < g; ++j) Add(bags[j], &left);
    for (size_t j = g; j < std::min(bags.size(), g + 2); ++j) Add(bags[j], &right);
    c[g] = Cosine(left, right);
  }
  return c;
}

struct TailTest {
  const TailEvidence* ev;
  const std::vector<Bag>* bags;
  const std::vector<int>* sizes;
  const std::vector<Block>* blocks;
  const std::vector<size_t>* content;
  double median;
  bool multi;

  bool Off(size_t k, int separator, bool headline_after_seam) const {
    const size_t n = bags->size();
    const double valley = median > 0 ? ev->cohesion[k] / median : 1.0;
    if (!multi) {
      if (separator != 2 || valley > kValley[2]) return false;
      Bag body, tail;
      for (size_t j = 0; j < k; ++j) Add((*bags)[j], &body);
      for (size_t j = k; j < n; ++j) Add((*bags)[j], &tail);
      return headline_after_seam || Cosine(body, tail) <= kSingleDocOverlap;
    }
    // The valley test is cheap; the story-support means are only needed when it passes.
    if (valley > kValley[separator]) return false;
    const double body = WeightedMean(ev->story, *sizes, 0, k);
    const double tail = WeightedMean(ev->story, *sizes, k, n);
    const double drop = body > 0 ? tail / body : 1.0;
    if (drop > kDrop[separator]) return false;
    int tail_words = 0;
    for (size_t j = k; j < n; ++j) tail_words += (*blocks)[(*content)[j]].features.words;
    return n - k >= kMinTailBlocks[separator] && tail_words >= kMinTailWords[separator];
  }
};

TailEvidence& Mark(size_t k, const std::vector<size_t>& content, std::vector<Block>* blocks,
                   TailEvidence* ev) {
  ev->boundary = static_cast<int>(k);
  for (size_t j = content[k]; j < blocks->size(); ++j) {
    if ((*blocks)[j].Kept()) (*blocks)[j].whole = RemovalReason::kOffTopic;
  }
  return *ev;
}

}  // namespace

StoryVocabulary BuildStoryVocabulary(const std::vector<std::vector<Block>>& blocks) {
  StoryVocabulary story;
  std::unordered_map<std::string_view, uint32_t> intern;  // views of the blocks' stems
  std::vector<size_t> last_report;                        // by id: 1 + last report using it
  story.ids.resize(blocks.size());
  for (size_t d = 0; d < blocks.size(); ++d) {
    story.ids[d].resize(blocks[d].size());
    for (size_t i = 0; i < blocks[d].size(); ++i) {
      const Block& b = blocks[d][i];
      if (!b.Kept()) continue;
      for (const Token& t : b.tokens) {
        if (!IsContent(t)) continue;
        const auto [it, fresh] = intern.try_emplace(t.stem, static_cast<uint32_t>(story.df.size()));
        if (fresh) {
          story.df.push_back(0);
          last_report.push_back(0);
        }
        const uint32_t id = it->second;
        if (last_report[id] != d + 1) {
          last_report[id] = d + 1;
          ++story.df[id];
        }
        story.ids[d][i].push_back(id);
      }
    }
  }
  return story;
}

TailEvidence FindOffTopicTail(size_t d, const StoryVocabulary& story, std::vector<Block>* out) {
  TailEvidence ev;
  std::vector<Block>& blocks = *out;
  const std::vector<std::vector<uint32_t>>& ids = story.ids[d];
  std::vector<size_t> content;
  std::vector<Bag> bags;
  for (size_t i = 0; i < blocks.size() && i < ids.size(); ++i) {
    if (!blocks[i].Kept()) continue;
    Bag bag = BagOf(ids[i]);
    if (bag.empty()) continue;
    content.push_back(i);
    bags.push_back(std::move(bag));
  }
  const size_t n = content.size();
  if (n < 3) return ev;
  ev.cohesion = GapCohesion(bags);
  const double median = Median(std::vector<double>(ev.cohesion.begin() + 1, ev.cohesion.end()));
  const bool multi = story.reports() >= 2;
  std::vector<int> sizes;
  if (multi) ev.story = StorySupport(story, ids, content, &sizes);
  // An appended article can be as long as the report it follows: look from the last two
  // thirds on (by content blocks).
  const size_t lo = std::max<size_t>(2, n / 3);
  TailTest test{&ev, &bags, &sizes, &blocks, &content, median, multi};
  // With a separator: the appended piece starts at the separator or up to two content
  // blocks before it (a teaser or lead-in), at the weakest gap there.
  int hard_seams = 0;
  for (size_t s = 1; s < n; ++s) {
    hard_seams += SeparatorStrength(blocks, content[s - 1] + 1, content[s]) == 2 ? 1 : 0;
  }
  for (size_t s = lo; s < n; ++s) {
    int separator = SeparatorStrength(blocks, content[s - 1] + 1, content[s]);
    if (separator == 2 && hard_seams > kMaxHardSeams) separator = 1;
    const bool headline = HeadlineLike(blocks[content[s]]);
    // In a multi-report story, a headline of its own is the seam of another article.
    if (separator == 0 && headline && multi) separator = 1;
    if (separator == 0) continue;
    size_t k = s;
    for (size_t c = std::max(lo, s - 2); c < s; ++c) {
      if (ev.cohesion[c] < ev.cohesion[k]) k = c;
    }
    if (test.Off(k, separator, headline)) return Mark(k, content, &blocks, &ev);
  }
  if (!multi) return ev;
  for (size_t k = lo; k < n; ++k) {
    if (test.Off(k, /*separator=*/0, /*headline_after_seam=*/false)) {
      return Mark(k, content, &blocks, &ev);
    }
  }
  return ev;
}

}  // namespace chorus::clean
