// Near-duplicate detection: MinHash signatures over word shingles, with LSH banding to find
// candidate pairs without comparing every pair.
//
//   std::vector<uint64_t> a = Shingles(text_a), b = Shingles(text_b);
//   double exact = ExactJaccard(a, b);
//   MinHash sig_a = MinHashOf(a), sig_b = MinHashOf(b);
//   double est = EstimateJaccard(sig_a, sig_b);        // ~ exact, error ~ 1/sqrt(kMinHashSize)
//   LshIndex lsh;  lsh.Insert(sig_a, 0);  lsh.Candidates(sig_b) -> {0} when a and b are close
//
// Shingles are hashed runs of kShingleWords words (case-folded ASCII letters and digits, any
// non-ASCII byte counts as a letter), so they are cheap and independent of the tokenizer.
#ifndef CHORUS_CLUSTER_MINHASH_H_
#define CHORUS_CLUSTER_MINHASH_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace chorus::cluster {

inline constexpr int kShingleWords = 5;
inline constexpr int kMinHashSize = 64;
inline constexpr int kLshBands = 16;  // 16 bands of 4 rows: P(candidate) 0.5 at J = 0.5,
                                      // 0.9998 at J = 0.8
using MinHash = std::array<uint32_t, kMinHashSize>;

// Distinct shingle hashes of text, sorted.
std::vector<uint64_t> Shingles(std::string_view text);

// |A & B| / |A | B| over sorted, unique hash sets (1 when both are empty).
double ExactJaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

MinHash MinHashOf(const std::vector<uint64_t>& shingles);
double EstimateJaccard(const MinHash& a, const MinHash& b);
bool IsEmpty(const MinHash& m);  // no shingles at all (too short a text)

// Band buckets -> the latest item that landed in them (news copies follow recent origins).
class LshIndex {
 public:
  void Insert(const MinHash& sig, uint32_t item);
  // Items sharing at least one band with sig, each once, in insertion order.
  std::vector<uint32_t> Candidates(const MinHash& sig) const;
  size_t buckets() const { return buckets_.size(); }

 private:
  std::unordered_map<uint64_t, uint32_t> buckets_;
};

}  // namespace chorus::cluster

#endif  // CHORUS_CLUSTER_MINHASH_H_
