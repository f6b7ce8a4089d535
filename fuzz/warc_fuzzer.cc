// libFuzzer target: WARC records (and gzip members) through the input dispatcher, and the
// streaming WARC reader over the streaming gunzip (as .warc/.warc.gz files are read).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "read/byte_stream.h"
#include "read/gzip.h"
#include "read/inputs.h"
#include "read/warc.h"

namespace {

void Stream(std::string_view bytes) {
  chorus::MemoryStream mem(bytes);
  chorus::BufferedStream raw(&mem);
  std::unique_ptr<chorus::GunzipStream> gz;
  chorus::ByteStream* source = &raw;
  auto magic = raw.Peek(3);
  if (magic && chorus::LooksGzipped(*magic)) {
    gz = std::make_unique<chorus::GunzipStream>(&raw, "fuzz.warc.gz");
    source = gz.get();
  }
  chorus::BufferedStream in(source);
  size_t docs = 0, errors = 0;
  chorus::ReadWarcStream(
      &in, "fuzz.warc", "fuzz", [&docs](chorus::Document&&) { ++docs; },
      [&errors](chorus::Error&&) { ++errors; });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  // The first byte picks the path so one corpus covers .warc, .warc.gz and .jsonl.
  if (size > 0 && (data[0] & 2)) {
    Stream(bytes);
    return 0;
  }
  const char* name = size > 0 && (data[0] & 1) ? "fuzz.jsonl" : "fuzz.warc";
  chorus::ReadResult r = chorus::ReadInputBytes(std::move(bytes), name);
  (void)r;
  return 0;
}
