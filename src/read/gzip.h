// gzip (RFC 1952) decompression with zlib, bounded.
//
//   if (LooksGzipped(bytes)) { Result<std::string> raw = Gunzip(bytes, "a.html.gz"); }
//
// Concatenated members (as in .warc.gz, one member per record) are all decompressed.
// Output beyond max_output bytes, and truncated or corrupt streams, are errors naming
// `name`.
#ifndef CHORUS_READ_GZIP_H_
#define CHORUS_READ_GZIP_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "chorus/error.h"

namespace chorus {

inline constexpr size_t kMaxDecompressedBytes = size_t{512} << 20;

bool LooksGzipped(std::string_view bytes);

Result<std::string> Gunzip(std::string_view bytes, const std::string& name,
                           size_t max_output = kMaxDecompressedBytes);

// The first (up to) n bytes of the first member's decompressed data: fewer when `bytes`
// (e.g. only the start of a file) is too short or corrupt. For sniffing what a file holds.
std::string GunzipPrefix(std::string_view bytes, size_t n);

}  // namespace chorus

#endif  // CHORUS_READ_GZIP_H_
