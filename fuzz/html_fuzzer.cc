// libFuzzer target: web page bytes through charset detection, parsing and extraction.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "read/html_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto r = chorus::ReadArticle(bytes, "fuzz.html");
  if (r) {
    volatile size_t n = r->article.text.size();
    (void)n;
  }
  return 0;
}
