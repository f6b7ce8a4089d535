// libFuzzer target: RSS / Atom / JSON Feed reading.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "read/feeds.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  chorus::ReadResult r;
  chorus::ReadFeed(bytes, "fuzz.rss", "fuzz", &r);
  (void)chorus::LooksLikeFeed(bytes);
  return 0;
}
