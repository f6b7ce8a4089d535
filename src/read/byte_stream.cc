// Byte streams (see byte_stream.h). gzip decompression follows zlib's inflate with automatic
// gzip header detection (windowBits 15 + 16); after each member's end, inflate is reset so
// concatenated members (one per record in .warc.gz) read as one stream.
#include "read/byte_stream.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace chorus {
namespace {

constexpr size_t kChunk = size_t{64} << 10;

}  // namespace

Result<size_t> MemoryStream::Read(char* buf, size_t n) {
  n = std::min(n, rest_.size());
  std::memcpy(buf, rest_.data(), n);
  rest_.remove_prefix(n);
  return n;
}

FileStream::~FileStream() {
  if (f_ != nullptr && f_ != stdin) std::fclose(f_);
}

Result<void> FileStream::Open(const std::string& path) {
  path_ = path;
  f_ = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (f_ == nullptr) return MakeError(ErrorCode::kIo, path + ": cannot open");
  return {};
}

Result<size_t> FileStream::Read(char* buf, size_t n) {
  const size_t got = std::fread(buf, 1, n, f_);
  if (got == 0 && std::ferror(f_)) return MakeError(ErrorCode::kIo, path_ + ": read error");
  return got;
}

struct GunzipStream::State {
  ByteStream* in;
  std::string name;
  z_stream zs{};
  std::string input = std::string(kChunk, '\0');
  bool in_member = false;  // inside a member that has not ended
  bool done = false;       // input ended after a complete member
  bool failed = false;
};

GunzipStream::GunzipStream(ByteStream* in, std::string name) : s_(std::make_unique<State>()) {
  s_->in = in;
  s_->name = std::move(name);
  if (inflateInit2(&s_->zs, 15 + 16) != Z_OK) s_->failed = true;
}

GunzipStream::~GunzipStream() { inflateEnd(&s_->zs); }

Result<size_t> GunzipStream::Read(char* buf, size_t n) {
  State& s = *s_;
  s.zs.next_out = reinterpret_cast<Bytef*>(buf);
  s.zs.avail_out = static_cast<uInt>(std::min<size_t>(n, 0x7FFFFFFF));
  const uInt want = s.zs.avail_out;
  // Bytes inflated before a failure are returned first; the error comes with the next read.
  const auto corrupt = [&s, want]() -> Result<size_t> {
    s.failed = true;
    if (s.zs.avail_out < want) return size_t{want - s.zs.avail_out};
    return MakeError(ErrorCode::kFormat, s.name + ": truncated or corrupt gzip data");
  };
  if (s.failed) return corrupt();
  while (s.zs.avail_out > 0 && !s.done) {
    if (s.zs.avail_in == 0) {
      auto got = s.in->Read(s.input.data(), s.input.size());
      if (!got) return tl::unexpected(got.error());
      if (*got == 0) {
        if (s.in_member) return corrupt();  // the input ended inside a member
        s.done = true;
        break;
      }
      s.zs.next_in = reinterpret_cast<Bytef*>(s.input.data());
      s.zs.avail_in = static_cast<uInt>(*got);
    }
    if (!s.in_member && s.zs.next_in[0] != 0x1F) {  // bytes after the last member: ignored
      s.done = true;
      break;
    }
    s.in_member = true;
    const int rc = inflate(&s.zs, Z_NO_FLUSH);
    if (rc == Z_STREAM_END) {
      s.in_member = false;
      inflateReset(&s.zs);
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      return corrupt();
    }
  }
  return size_t{want - s.zs.avail_out};
}

Result<size_t> BufferedStream::Read(char* buf, size_t n) {
  if (pos_ < buf_.size()) {
    n = std::min(n, buf_.size() - pos_);
    std::memcpy(buf, buf_.data() + pos_, n);
    pos_ += n;
    return n;
  }
  return in_->Read(buf, n);
}

Result<bool> BufferedStream::Fill() {
  if (eof_) return false;
  if (pos_ > 0 && pos_ * 2 >= buf_.size()) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  const size_t old = buf_.size();
  buf_.resize(old + kChunk);
  auto got = in_->Read(buf_.data() + old, kChunk);
  if (!got) {
    buf_.resize(old);
    return tl::unexpected(got.error());
  }
  buf_.resize(old + *got);
  if (*got == 0) eof_ = true;
  return *got > 0;
}

Result<std::string> BufferedStream::ReadLine(size_t max_bytes) {
  size_t scanned = pos_;
  while (true) {
    const size_t nl = buf_.find('\n', scanned);
    if (nl != std::string::npos) {
      std::string line = buf_.substr(pos_, nl + 1 - pos_);
      pos_ = nl + 1;
      return line;
    }
    if (buf_.size() - pos_ > max_bytes)
      return MakeError(ErrorCode::kFormat, "line longer than " + std::to_string(max_bytes));
    scanned = buf_.size();
    const size_t before = pos_;
    auto more = Fill();
    if (!more) return tl::unexpected(more.error());
    scanned -= before - pos_;  // Fill may have moved the unread bytes to the front
    if (!*more) {
      std::string rest = buf_.substr(pos_);
      pos_ = buf_.size();
      return rest;
    }
  }
}

Result<std::string> BufferedStream::ReadExact(size_t n) {
  std::string out = buf_.substr(pos_, std::min(n, buf_.size() - pos_));
  pos_ += out.size();
  while (out.size() < n) {
    const size_t old = out.size();
    const size_t want = std::min(n - old, size_t{1} << 20);
    out.resize(old + want);
    auto got = in_->Read(out.data() + old, want);
    if (!got) return tl::unexpected(got.error());
    out.resize(old + *got);
    if (*got == 0) return MakeError(ErrorCode::kFormat, "truncated");
  }
  return out;
}

Result<bool> BufferedStream::Skip(size_t n) {
  const size_t have = std::min(n, buf_.size() - pos_);
  pos_ += have;
  n -= have;
  std::string scratch(n > 0 ? kChunk : 0, '\0');
  while (n > 0) {
    auto got = in_->Read(scratch.data(), std::min(n, kChunk));
    if (!got) return tl::unexpected(got.error());
    if (*got == 0) return false;
    n -= *got;
  }
  return true;
}

Result<std::string_view> BufferedStream::Peek(size_t n) {
  while (buf_.size() - pos_ < n) {
    auto more = Fill();
    if (!more) return tl::unexpected(more.error());
    if (!*more) break;
  }
  return std::string_view(buf_).substr(pos_, n);
}

}  // namespace chorus
