// Grouping one statement's quotations across outlets. Candidate pairs come from an inverted
// index on content words (blocking, so 500 reports stay near-linear); each pair is judged on
// word sequences: identical -> verbatim, contiguous part -> partial, longest common
// subsequence covering most of the shorter quote or enough shared content words ->
// translation (two renderings of one statement of similar length) or paraphrase (a reworded,
// shorter rendering). This follows the quote-variant matching of Quotebank (Vaucher et al.
// 2021: token alignment for trimmed quotes) with content overlap for re-translations.
// Quotes with known, different speakers only join on near-verbatim evidence.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "analyse/lexicon.h"
#include "analyse/quotes.h"
#include "analyse/words.h"
#include "util/union_find.h"

namespace chorus {
namespace {

struct QuoteWords {
  std::vector<uint32_t> all;         // folded words as ids (Dictionary)
  std::vector<std::string> content;  // sorted unique content keys
};

// Content key: first four letters of a non-stopword ("favor"/"favour" -> "favo").
using Dictionary = std::unordered_map<std::string, uint32_t>;

QuoteWords Tokens(std::string_view text, Dictionary* dict) {
  QuoteWords q;
  for (const Word& w : ScanWords(text, {0, static_cast<uint32_t>(text.size())})) {
    std::string f;
    for (char c : w.fold) {
      if (c != '.') f += c;
    }
    if (f.empty()) continue;
    if (!w.Is(kLexStopword) && w.letters) q.content.push_back(f.substr(0, 4));
    q.all.push_back(dict->emplace(std::move(f), static_cast<uint32_t>(dict->size())).first->second);
  }
  std::sort(q.content.begin(), q.content.end());
  q.content.erase(std::unique(q.content.begin(), q.content.end()), q.content.end());
  return q;
}

bool ContainsRun(const std::vector<uint32_t>& big, const std::vector<uint32_t>& small) {
  if (small.empty() || small.size() > big.size()) return false;
  return std::search(big.begin(), big.end(), small.begin(), small.end()) != big.end();
}

// Local alignment score of word sequences (Smith & Waterman 1981): +1 match, -0.5 mismatch
// or gap. Finds the best-matching stretch, so scattered common words do not add up.
double LocalAlignment(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<double> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  double best = 0;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      const double diag = prev[j - 1] + (a[i - 1] == b[j - 1] ? 1.0 : -0.5);
      cur[j] = std::max({0.0, diag, prev[j] - 0.5, cur[j - 1] - 0.5});
      best = std::max(best, cur[j]);
    }
    std::swap(prev, cur);
  }
  return best;
}

using Weights = std::unordered_map<std::string, double>;

double Weight(const Weights* idf, const std::string& c) {
  if (idf == nullptr) return 1.0;
  auto it = idf->find(c);
  return it == idf->end() ? 1.0 : it->second;
}

// Shared content words, weighted by rarity among the story's quotes; totals of each side.
double Shared(const QuoteWords& a, const QuoteWords& b, const Weights* idf, double* wa, double* wb,
              size_t* count) {
  double shared = 0;
  *wa = *wb = 0;
  *count = 0;
  for (const std::string& c : a.content) *wa += Weight(idf, c);
  for (const std::string& c : b.content) *wb += Weight(idf, c);
  for (size_t i = 0, j = 0; i < a.content.size() && j < b.content.size();) {
    if (a.content[i] == b.content[j]) {
      shared += Weight(idf, a.content[i]);
      ++*count, ++i, ++j;
    } else if (a.content[i] < b.content[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return shared;
}

bool Relate(const QuoteWords& a, const QuoteWords& b, const Weights* idf, QuoteKind* kind) {
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
  double wa = 0, wb = 0;
  size_t count = 0;
  const double shared = Shared(a, b, idf, &wa, &wb, &count);
  const double ratio = static_cast<double>(s.all.size()) / static_cast<double>(l.all.size());
  const bool may_align = 2 * count >= s.content.size();  // cheap bound before the O(nm) step
  if (s.all.size() >= 4 && count >= 2 && may_align &&
      LocalAlignment(s.all, l.all) >= 0.7 * static_cast<double>(s.all.size())) {
    *kind = QuoteKind::kTranslation;
    return true;
  }
  const double wmin = std::min(wa, wb), wmax = std::max(wa, wb);
  if (count >= 3 && wmin > 0 && shared >= (count >= 5 ? 0.5 : 0.6) * wmin &&
      shared >= 0.25 * wmax) {
    *kind = ratio >= 0.5 ? QuoteKind::kTranslation : QuoteKind::kParaphrase;
    return true;
  }
  return false;
}

constexpr size_t kMaxPosting = 400;  // very common content words do not propose pairs

// A speaker quoted in exactly two statements, neither carried by a common outlet, of
// similar length and sharing at least one rare word: two renderings of one statement
// (translations with no words in common but names, e.g. two translations of a company
// statement). Story statistics stand in for a bilingual dictionary.
void MergeSoleStatements(const std::vector<RawQuote>& raw, const std::vector<size_t>& ids,
                         const std::vector<QuoteWords>& words, const Weights* idf, UnionFind* uf) {
  std::map<int, std::set<size_t>> by_speaker;  // speaker -> group roots
  for (size_t x = 0; x < ids.size(); ++x) {
    if (raw[ids[x]].speaker >= 0) by_speaker[raw[ids[x]].speaker].insert(uf->Find(x));
  }
  for (const auto& [speaker, roots] : by_speaker) {
    if (roots.size() != 2) continue;
    std::vector<std::vector<size_t>> g(2);
    std::vector<std::set<uint32_t>> docs(2);
    const size_t r0 = *roots.begin();
    for (size_t x = 0; x < ids.size(); ++x) {
      const size_t r = uf->Find(x);
      if (r != r0 && !roots.count(r)) continue;
      g[r == r0 ? 0 : 1].push_back(x);
      docs[r == r0 ? 0 : 1].insert(raw[ids[x]].doc);
    }
    bool overlap = false;
    for (uint32_t d : docs[0]) overlap = overlap || docs[1].count(d);
    auto longest = [&](const std::vector<size_t>& xs) {
      return *std::max_element(xs.begin(), xs.end(), [&](size_t p, size_t q) {
        return words[p].all.size() < words[q].all.size();
      });
    };
    const QuoteWords& a = words[longest(g[0])];
    const QuoteWords& b = words[longest(g[1])];
    const double len =
        static_cast<double>(std::min(a.all.size(), b.all.size())) /
        static_cast<double>(std::max<size_t>(1, std::max(a.all.size(), b.all.size())));
    double wa = 0, wb = 0;
    size_t count = 0;
    Shared(a, b, idf, &wa, &wb, &count);
    if (!overlap && len >= 0.6 && count >= 1) uf->Union(g[0].front(), g[1].front());
  }
}

// The fullest wording most outlets carry: the member that the most outlets quote verbatim
// or in part, then the longest.
size_t Canonical(const std::vector<RawQuote>& raw, const std::vector<size_t>& ids,
                 const std::vector<QuoteWords>& words, const std::vector<size_t>& members) {
  size_t best = members.front(), best_support = 0;
  for (size_t x : members) {
    std::set<uint32_t> docs;
    for (size_t y : members) {
      if (words[y].all == words[x].all || ContainsRun(words[x].all, words[y].all))
        docs.insert(raw[ids[y]].doc);
    }
    const bool better =
        docs.size() > best_support ||
        (docs.size() == best_support && words[x].all.size() > words[best].all.size());
    if (better) {
      best = x;
      best_support = docs.size();
    }
  }
  return best;
}

}  // namespace

bool CompareQuotes(std::string_view a, std::string_view b, QuoteKind* kind) {
  Dictionary dict;
  return Relate(Tokens(a, &dict), Tokens(b, &dict), nullptr, kind);
}

std::vector<StoryQuote> GroupQuotes(const StoryText& story, const std::vector<RawQuote>& raw) {
  std::vector<size_t> ids;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i].words >= kMinQuoteWords) ids.push_back(i);
  }
  std::vector<QuoteWords> words;
  Dictionary dict;
  for (size_t i : ids) words.push_back(Tokens(story.docs[raw[i].doc].Slice(raw[i].inner), &dict));
  Weights idf;
  for (const QuoteWords& q : words) {
    for (const std::string& c : q.content) idf[c] += 1.0;
  }
  const double n = static_cast<double>(words.size()) + 1.0;
  for (auto& [c, df] : idf) df = std::log(n / df) + 0.1;
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
      if (!Relate(words[x], words[y], &idf, &kind)) continue;
      const int sx = raw[ids[x]].speaker, sy = raw[ids[y]].speaker;
      const bool near_verbatim =
          kind == QuoteKind::kVerbatim ||
          (kind == QuoteKind::kPartial && std::min(words[x].all.size(), words[y].all.size()) >= 6);
      if (sx >= 0 && sy >= 0 && sx != sy && !near_verbatim) continue;
      uf.Union(x, y);
    }
  }
  MergeSoleStatements(raw, ids, words, &idf, &uf);
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t x = 0; x < ids.size(); ++x) groups[uf.Find(x)].push_back(x);
  struct Built {
    StoryQuote q;
    size_t docs;
    size_t first;
  };
  std::vector<Built> built;
  for (auto& [root, members] : groups) {
    const size_t canon = Canonical(raw, ids, words, members);
    StoryQuote q;
    q.text = SpanRef{raw[ids[canon]].doc, raw[ids[canon]].inner};
    std::map<int, int> votes;
    std::set<uint32_t> docs;
    for (size_t x : members) {
      QuoteKind kind = QuoteKind::kVerbatim;
      if (x != canon && !Relate(words[canon], words[x], &idf, &kind)) {
        const double len = static_cast<double>(words[x].all.size()) /
                           static_cast<double>(std::max<size_t>(1, words[canon].all.size()));
        kind = len >= 0.6 ? QuoteKind::kTranslation : QuoteKind::kParaphrase;
      }
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
