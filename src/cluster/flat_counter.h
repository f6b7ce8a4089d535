// A counter keyed by 64-bit feature hashes: open addressing with linear probing, one flat
// array, no per-entry allocation. The document-frequency table of the story clusterer is
// looked up for every feature of every article and every centroid feature it merges into,
// so a node-based std::unordered_map spent most of its time chasing pointers.
//
//   FlatCounter df;
//   df.Increment(hash);
//   uint32_t n = df.Get(hash);   // 0 when never counted
//
// Key 0 marks an empty slot; a zero hash is stored as 1 (feature hashes carry their kind in
// the top bits, so a collision of the two is as unlikely as any other).
#ifndef CHORUS_CLUSTER_FLAT_COUNTER_H_
#define CHORUS_CLUSTER_FLAT_COUNTER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace chorus::cluster {

class FlatCounter {
 public:
  uint32_t Get(uint64_t key) const {
    if (slots_.empty()) return 0;
    key = key == 0 ? 1 : key;
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return slots_[i].count;
      if (slots_[i].key == 0) return 0;
    }
  }

  void Increment(uint64_t key) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    key = key == 0 ? 1 : key;
    size_t i = Home(key);
    while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask_;
    if (slots_[i].key == 0) {
      slots_[i].key = key;
      ++size_;
    }
    ++slots_[i].count;
  }

  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t count = 0;
  };

  size_t Home(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 20) & mask_;
  }

  void Grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.resize(old.empty() ? 1024 : old.size() * 2);
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.key == 0) continue;
      size_t i = Home(s.key);
      while (slots_[i].key != 0) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace chorus::cluster

#endif  // CHORUS_CLUSTER_FLAT_COUNTER_H_
