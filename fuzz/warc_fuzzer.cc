// libFuzzer target: WARC records (and gzip members) through the input dispatcher.
#include <cstddef>
#include <cstdint>
#include <string>

#include "read/inputs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  // The first byte picks the container so one corpus covers .warc, .warc.gz and .jsonl.
  const char* name = size > 0 && (data[0] & 1) ? "fuzz.jsonl" : "fuzz.warc";
  chorus::ReadResult r = chorus::ReadInputBytes(std::move(bytes), name);
  (void)r;
  return 0;
}
