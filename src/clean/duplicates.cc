// Near-duplicate paragraphs by word-shingle resemblance (Broder 1997): each kept line is
// reduced to the set of hashed 3-shingles of its token norms; a line whose set resembles an
// earlier line's (Jaccard >= 0.6; 0.8 for short lines) or is mostly contained in it (>= 0.9)
// repeats it, and the first occurrence is kept. Across reports, identical short lines that carry
// page-furniture cues (a boilerplate word or a link) are template text of the sites, not shared
// reporting.
#include "clean/duplicates.h"

#include <algorithm>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace chorus::clean {
namespace {

// Short lines share templates ("X arrived at the 86th Academy Awards on March 2."), so
// they must match more closely to count as repeats.
constexpr double kJaccardDuplicate = 0.6;
constexpr double kJaccardDuplicateShort = 0.8;
constexpr size_t kShortShingles = 20;
constexpr double kContainedDuplicate = 0.9;
constexpr size_t kMinContainedShingles = 10;
constexpr size_t kMinShingles = 4;
// A line mostly repeated inside the longer line right after it is a caption of that
// paragraph (captions often precede the sentence they repeat): the paragraph stays.
constexpr double kCaptionContained = 0.8;

size_t Intersection(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
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

std::string NormKey(const std::vector<Token>& tokens) {
  std::string key;
  for (const Token& t : tokens) {
    key += t.norm;
    key += ' ';
  }
  return key;
}

}  // namespace

std::vector<uint64_t> Shingles(const std::vector<Token>& tokens) {
  std::vector<uint64_t> words;
  words.reserve(tokens.size());
  const std::hash<std::string> hash;
  for (const Token& t : tokens) words.push_back(hash(t.norm));
  std::vector<uint64_t> out;
  for (size_t i = 0; i + 3 <= words.size(); ++i) {
    // Order-sensitive combination of the three word hashes (64-bit FNV-style mixing).
    uint64_t h = 1469598103934665603ULL;
    for (size_t j = i; j < i + 3; ++j) h = (h ^ words[j]) * 1099511628211ULL;
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 0.0;
  const size_t inter = Intersection(a, b);
  return double(inter) / double(a.size() + b.size() - inter);
}

double Containment(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  return a.empty() ? 0.0 : double(Intersection(a, b)) / double(a.size());
}

namespace {

// Shingles of every block (empty for removed ones), computed once for both passes.
std::vector<std::vector<uint64_t>> BlockShingles(const std::vector<Block>& blocks) {
  std::vector<std::vector<uint64_t>> out(blocks.size());
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].Kept()) out[i] = Shingles(blocks[i].tokens);
  }
  return out;
}

void MarkCaptionRepeats(const std::vector<std::vector<uint64_t>>& shingles,
                        std::vector<Block>* blocks) {
  const std::vector<uint64_t>* prev_sh = nullptr;
  Block* prev = nullptr;
  for (size_t i = 0; i < blocks->size(); ++i) {
    Block& b = (*blocks)[i];
    if (!b.Kept()) continue;
    const std::vector<uint64_t>& sh = shingles[i];
    if (prev != nullptr && prev_sh->size() >= kMinShingles && sh.size() > prev_sh->size() &&
        Containment(*prev_sh, sh) >= kCaptionContained) {
      prev->whole = RemovalReason::kCaption;
    }
    prev = &b;
    prev_sh = &sh;
  }
}

}  // namespace

// Shingles are computed once per line for both passes. An earlier line less than 0.6 times
// the size of this one can reach neither threshold (Jaccard <= smaller / larger; containment
// <= earlier / this), so it is skipped without intersecting.
void MarkDuplicates(std::vector<Block>* blocks) {
  const std::vector<std::vector<uint64_t>> shingles = BlockShingles(*blocks);
  MarkCaptionRepeats(shingles, blocks);
  std::vector<const std::vector<uint64_t>*> seen;
  for (size_t i = 0; i < blocks->size(); ++i) {
    Block& b = (*blocks)[i];
    if (!b.Kept()) continue;
    const std::vector<uint64_t>& sh = shingles[i];
    if (sh.size() < kMinShingles) continue;
    const double smallest = kJaccardDuplicate * static_cast<double>(sh.size());
    const bool repeats = std::any_of(seen.begin(), seen.end(), [&](const auto* earlier_ptr) {
      const std::vector<uint64_t>& earlier = *earlier_ptr;
      if (static_cast<double>(earlier.size()) < smallest) return false;
      const bool short_pair = std::min(sh.size(), earlier.size()) < kShortShingles;
      const double need = short_pair ? kJaccardDuplicateShort : kJaccardDuplicate;
      return Jaccard(sh, earlier) >= need || (sh.size() >= kMinContainedShingles &&
                                              Containment(sh, earlier) >= kContainedDuplicate);
    });
    if (repeats) {
      b.whole = RemovalReason::kDuplicate;
    } else {
      seen.push_back(&sh);
    }
  }
}

void MarkSharedBoilerplate(const std::vector<Document>& docs,
                           std::vector<std::vector<Block>>* blocks) {
  if (docs.size() < 2) return;
  std::unordered_map<std::string, std::unordered_set<size_t>> where;
  for (size_t d = 0; d < blocks->size(); ++d) {
    for (const Block& b : (*blocks)[d]) {
      if (b.Kept() && !b.tokens.empty()) where[NormKey(b.tokens)].insert(d);
    }
  }
  for (auto& doc_blocks : *blocks) {
    for (Block& b : doc_blocks) {
      if (!b.Kept() || b.tokens.empty()) continue;
      const bool furniture = b.features.boilerplate_word || b.features.link_like;
      if (furniture && b.features.words <= 40 && where[NormKey(b.tokens)].size() >= 2)
        b.whole = RemovalReason::kBoilerplate;
    }
  }
}

}  // namespace chorus::clean
