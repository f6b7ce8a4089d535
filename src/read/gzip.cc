// gzip decompression with zlib (see gzip.h).
#include "read/gzip.h"

#include <zlib.h>

#include <algorithm>

namespace chorus {

bool LooksGzipped(std::string_view b) {
  return b.size() >= 3 && static_cast<unsigned char>(b[0]) == 0x1F &&
         static_cast<unsigned char>(b[1]) == 0x8B && b[2] == 8;
}

Result<std::string> Gunzip(std::string_view bytes, const std::string& name, size_t max_output) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 16) != Z_OK)
    return MakeError(ErrorCode::kInternal, name + ": zlib init failed");
  std::string out;
  out.reserve(std::min<size_t>(bytes.size() * 4, max_output));
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zs.avail_in = static_cast<uInt>(std::min<size_t>(bytes.size(), 0xFFFFFFFFu));
  char buf[1 << 16];
  int rc = Z_OK;
  while (true) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
    if (out.size() > max_output) {
      inflateEnd(&zs);
      return MakeError(ErrorCode::kFormat, name + ": decompressed size exceeds the limit");
    }
    if (rc == Z_STREAM_END) {
      // Another gzip member may follow (multi-member files such as .warc.gz).
      if (zs.avail_in > 0 &&
          LooksGzipped(std::string_view(reinterpret_cast<const char*>(zs.next_in), zs.avail_in))) {
        inflateReset(&zs);
        continue;
      }
      break;
    }
    if (rc != Z_OK) break;
  }
  inflateEnd(&zs);
  if (rc != Z_STREAM_END) {
    return MakeError(ErrorCode::kFormat, name + ": truncated or corrupt gzip data");
  }
  return out;
}

}  // namespace chorus
