// Grouping one statement's quotations across outlets. Candidate pairs come from an inverted
// index on content words (blocking, so 500 reports stay near-linear); each pair is judged on
// word sequences: identical -> verbatim, contiguous part -> partial, longest common
// subsequence covering most of the shorter quote or enough shared content words ->
// translation (two renderings of one statement of similar length) or paraphrase (a reworded,
// shorter rendering). This follows the quote-variant matching of Quotebank (Vaucher et al.
// 2021: token alignment for trimmed quotes) with content overlap for re-translations.
// Quotes with known, different speakers only join on near-verbatim evidence.
#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "analyse/lexicon.h"
#include "analyse/quotes.h"
#include "analyse/words.h"

namespace chorus {
namespace {

struct QuoteWords {
  std::vector<std::string> all;      // folded words
  std::vector<std::string> content;  // sorted unique content keys
};

// Content key: first four letters of a non-stopword ("favor"/"favour" -> "favo").
QuoteWords Tokens(std::string_view text) {
  QuoteWords q;
  for (const Word& w : ScanWords(text, {0, static_cast<uint32_t>(text.size())})) {
    std::string f;
    for (char c : w.fold) {
      if (c != '.') f += c;
    }
    if (f.empty()) continue;
    q.all.push_back(f);
    if (!Lexicon::Get().IsStopword(f) && w.letters) q.content.push_back(f.substr(0, 4));
  }
  std::sort(q.content.begin(), q.content.end());
  q.content.erase(std::unique(q.content.begin(), q.content.end()), q.content.end());
  return q;
}

bool ContainsRun(const std::vector<std::string>& big, const std::vector<std::string>& small) {
  if (small.empty() || small.size() > big.size()) return false;
  return std::search(big.begin(), big.end(), small.begin(), small.end()) != big.end();
}

size_t Lcs(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

size_t Shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      ++n, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return n;
}

bool Relate(const QuoteWords& a, const QuoteWords& b, QuoteKind* kind) {
  if (a.all == b.all) {
    *kind = QuoteKind::kVerbatim;
    return !a.all.empty();
  }
  const QuoteWords& s = a.all.size() <= b.all.size() ? a : b;
  const QuoteWords& l = a.all.size() <= b.all.size() ? b : a;
  if (ContainsRun(l.all, s.all)) {
    *kind = QuoteKind::kPartial;
    return true;
  }
  const size_t shared = Shared(a.content, b.content);
  const size_t min_content = std::min(a.content.size(), b.content.size());
  const double ratio = static_cast<double>(s.all.size()) / static_cast<double>(l.all.size());
  if (s.all.size() >= 4 && shared >= 2 && Lcs(s.all, l.all) >= 0.75 * static_cast<double>(s.all.size())) {
    *kind = QuoteKind::kTranslation;
    return true;
  }
  if (shared >= 3 && static_cast<double>(shared) >= 0.5 * static_cast<double>(min_content)) {
    *kind = ratio >= 0.5 ? QuoteKind::kTranslation : QuoteKind::kParaphrase;
    return true;
  }
  return false;
}

class UnionFind {
 public:
  explicit UnionFind(size_t n) : p_(n) { std::iota(p_.begin(), p_.end(), 0); }
  size_t Find(size_t x) {
    while (p_[x] != x) x = p_[x] = p_[p_[x]];
    return x;
  }
  void Union(size_t a, size_t b) { p_[Find(a)] = Find(b); }

 private:
  std::vector<size_t> p_;
};

constexpr size_t kMaxPosting = 400;  // very common content words do not propose pairs

}  // namespace

bool CompareQuotes(std::string_view a, std::string_view b, QuoteKind* kind) {
  return Relate(Tokens(a), Tokens(b), kind);
}

std::vector<StoryQuote> GroupQuotes(const StoryText& story, const std::vector<RawQuote>& raw) {
  std::vector<size_t> ids;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i].words >= kMinQuoteWords) ids.push_back(i);
  }
  std::vector<QuoteWords> words;
  for (size_t i : ids) words.push_back(Tokens(story.docs[raw[i].doc].Slice(raw[i].inner)));
  UnionFind uf(ids.size());
  std::unordered_map<std::string, std::vector<size_t>> postings;
  for (size_t x = 0; x < ids.size(); ++x) {
    std::map<size_t, size_t> counts;
    for (const std::string& c : words[x].content) {
      auto& list = postings[c];
      if (list.size() < kMaxPosting) {
        for (size_t y : list) ++counts[y];
      }
      list.push_back(x);
    }
    for (const auto& [y, n] : counts) {
      if (n < 2 && !(n == 1 && words[x].content.size() <= 2)) continue;
      QuoteKind kind;
      if (!Relate(words[x], words[y], &kind)) continue;
      const int sx = raw[ids[x]].speaker, sy = raw[ids[y]].speaker;
      const bool near_verbatim = kind == QuoteKind::kVerbatim ||
                                 (kind == QuoteKind::kPartial && std::min(words[x].all.size(), words[y].all.size()) >= 6);
      if (sx >= 0 && sy >= 0 && sx != sy && !near_verbatim) continue;
      uf.Union(x, y);
    }
  }
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t x = 0; x < ids.size(); ++x) groups[uf.Find(x)].push_back(x);
  struct Built {
    StoryQuote q;
    size_t docs;
    size_t first;
  };
  std::vector<Built> built;
  for (auto& [root, members] : groups) {
    size_t canon = members.front();
    for (size_t x : members) {
      if (words[x].all.size() > words[canon].all.size()) canon = x;
    }
    StoryQuote q;
    q.text = SpanRef{raw[ids[canon]].doc, raw[ids[canon]].inner};
    std::map<int, int> votes;
    std::set<uint32_t> docs;
    for (size_t x : members) {
      QuoteKind kind = QuoteKind::kVerbatim;
      if (x != canon && !Relate(words[canon], words[x], &kind)) kind = QuoteKind::kParaphrase;
      q.variants.push_back(QuoteVariantRef{SpanRef{raw[ids[x]].doc, raw[ids[x]].inner}, kind});
      if (raw[ids[x]].speaker >= 0) ++votes[raw[ids[x]].speaker];
      docs.insert(raw[ids[x]].doc);
    }
    int best = 0;
    q.speaker = raw[ids[canon]].speaker;
    for (const auto& [s, n] : votes) {
      if (n > best || (n == best && s == raw[ids[canon]].speaker)) {
        best = n;
        q.speaker = s;
      }
    }
    built.push_back({std::move(q), docs.size(), members.front()});
  }
  std::stable_sort(built.begin(), built.end(), [](const Built& a, const Built& b) {
    return a.docs != b.docs ? a.docs > b.docs : a.first < b.first;
  });
  std::vector<StoryQuote> out;
  for (Built& b : built) out.push_back(std::move(b.q));
  return out;
}

}  // namespace chorus
