// MinHash (Broder 1997, "On the resemblance and containment of documents") over word
// 5-shingles, and locality-sensitive hashing by banding (Leskovec, Rajaraman & Ullman,
// "Mining of Massive Datasets", ch. 3): a pair becomes a candidate when all rows of at least
// one band agree, which happens with probability 1 - (1 - J^r)^b.
#include "cluster/minhash.h"

#include <xxhash.h>

#include <algorithm>
#include <limits>
#include <string>

namespace chorus::cluster {
namespace {

constexpr int kRows = kMinHashSize / kLshBands;

uint64_t Mix(uint64_t x) {  // splitmix64 finaliser
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> words;
  std::string word;
  for (size_t i = 0; i <= text.size(); ++i) {
    const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (IsWordByte(c)) {
      word.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    } else if (!word.empty()) {
      words.push_back(XXH3_64bits(word.data(), word.size()));
      word.clear();
    }
  }
  return words;
}

uint64_t BandKey(const MinHash& sig, int band) {
  uint64_t h = static_cast<uint64_t>(band) * 0x100000001B3ULL;
  for (int r = 0; r < kRows; ++r) h = Mix(h ^ sig[band * kRows + r]);
  return h;
}

}  // namespace

std::vector<uint64_t> Shingles(std::string_view text) {
  const std::vector<uint64_t> words = WordHashes(text);
  std::vector<uint64_t> out;
  if (words.empty()) return out;
  const size_t k = std::min<size_t>(kShingleWords, words.size());
  out.reserve(words.size() - k + 1);
  for (size_t i = 0; i + k <= words.size(); ++i) {
    uint64_t h = 0;
    for (size_t j = 0; j < k; ++j) h = Mix(h ^ words[i + j]);
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double ExactJaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 1.0;
  size_t i = 0, j = 0, both = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++both, ++i, ++j;
    }
  }
  return static_cast<double>(both) / static_cast<double>(a.size() + b.size() - both);
}

MinHash MinHashOf(const std::vector<uint64_t>& shingles) {
  MinHash sig;
  sig.fill(std::numeric_limits<uint32_t>::max());
  for (uint64_t s : shingles) {
    // Two independent 32-bit hashes per mix; kMinHashSize / 2 mixes per shingle.
    for (int i = 0; i < kMinHashSize; i += 2) {
      const uint64_t h = Mix(s + static_cast<uint64_t>(i) * 0xD6E8FEB86659FD93ULL);
      sig[i] = std::min(sig[i], static_cast<uint32_t>(h));
      sig[i + 1] = std::min(sig[i + 1], static_cast<uint32_t>(h >> 32));
    }
  }
  return sig;
}

double EstimateJaccard(const MinHash& a, const MinHash& b) {
  int same = 0;
  for (int i = 0; i < kMinHashSize; ++i) same += a[i] == b[i] ? 1 : 0;
  return static_cast<double>(same) / kMinHashSize;
}

bool IsEmpty(const MinHash& m) {
  return std::all_of(m.begin(), m.end(),
                     [](uint32_t v) { return v == std::numeric_limits<uint32_t>::max(); });
}

void LshIndex::Insert(const MinHash& sig, uint32_t item) {
  for (int b = 0; b < kLshBands; ++b) buckets_.insert_or_assign(BandKey(sig, b), item);
}

std::vector<uint32_t> LshIndex::Candidates(const MinHash& sig) const {
  std::vector<uint32_t> out;
  for (int b = 0; b < kLshBands; ++b) {
    const auto it = buckets_.find(BandKey(sig, b));
    if (it != buckets_.end() && std::find(out.begin(), out.end(), it->second) == out.end()) {
      out.push_back(it->second);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace chorus::cluster
