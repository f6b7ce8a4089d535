// gzip decompression with zlib (see gzip.h).
#include "read/gzip.h"

#include <zlib.h>

#include <algorithm>

namespace chorus {

bool LooksGzipped(std::string_view b) {
  return b.size() >= 3 && static_cast<unsigned char>(b[0]) == 0x1F &&
         static_cast<unsigned char>(b[1]) == 0x8B && b[2] == 8;
}

namespace {

// Decompressed size named by a single-member stream's trailer (ISIZE, modulo 4 GB), or 0.
size_t TrailerSize(std::string_view bytes) {
  if (bytes.size() < 18) return 0;
  const auto* t = reinterpret_cast<const unsigned char*>(bytes.data() + bytes.size() - 4);
  return size_t{t[0]} | size_t{t[1]} << 8 | size_t{t[2]} << 16 | size_t{t[3]} << 24;
}

}  // namespace

// Inflates straight into the output string (sized from the trailer, doubled when short):
// no intermediate buffer, and zlib copies its window once per call rather than per 64 KB.
Result<std::string> Gunzip(std::string_view bytes, const std::string& name, size_t max_output) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 16) != Z_OK)
    return MakeError(ErrorCode::kInternal, name + ": zlib init failed");
  size_t hint = TrailerSize(bytes);
  if (hint < bytes.size() || hint > bytes.size() * 64) hint = bytes.size() * 4;
  std::string out(std::min(hint + 1, max_output + 1), '\0');
  size_t have = 0;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zs.avail_in = static_cast<uInt>(std::min<size_t>(bytes.size(), 0xFFFFFFFFu));
  int rc = Z_OK;
  while (true) {
    if (have == out.size()) {
      if (have > max_output) break;
      out.resize(std::min(std::max<size_t>(2 * have, size_t{1} << 16), max_output + 1));
    }
    zs.next_out = reinterpret_cast<Bytef*>(out.data() + have);
    zs.avail_out = static_cast<uInt>(std::min<size_t>(out.size() - have, 0x7FFFFFFFu));
    const uInt before = zs.avail_out;
    rc = inflate(&zs, Z_NO_FLUSH);
    have += before - zs.avail_out;
    if (have > max_output) break;
    if (rc == Z_STREAM_END) {
      // Another gzip member may follow (multi-member files such as .warc.gz).
      if (zs.avail_in > 0 &&
          LooksGzipped(std::string_view(reinterpret_cast<const char*>(zs.next_in), zs.avail_in))) {
        inflateReset(&zs);
        continue;
      }
      break;
    }
    if (rc != Z_OK && !(rc == Z_BUF_ERROR && zs.avail_out == 0)) break;
  }
  inflateEnd(&zs);
  if (have > max_output) {
    return MakeError(ErrorCode::kFormat, name + ": decompressed size exceeds the limit");
  }
  if (rc != Z_STREAM_END) {
    return MakeError(ErrorCode::kFormat, name + ": truncated or corrupt gzip data");
  }
  out.resize(have);
  return out;
}

std::string GunzipPrefix(std::string_view bytes, size_t n) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 16) != Z_OK) return {};
  std::string out(n, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zs.avail_in = static_cast<uInt>(std::min<size_t>(bytes.size(), 0xFFFFFFFFu));
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(n);
  inflate(&zs, Z_NO_FLUSH);
  out.resize(n - zs.avail_out);
  inflateEnd(&zs);
  return out;
}

}  // namespace chorus
