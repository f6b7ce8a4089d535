// Pull streams of bytes for reading large inputs record by record with bounded memory.
//
//   FileStream file;  file.Open("cc-news.warc.gz");        // or MemoryStream(bytes)
//   GunzipStream gz(&file, "cc-news.warc.gz");             // member after member
//   BufferedStream in(&gz);
//   Result<std::string> line = in.ReadLine(64 << 10);     // "" at end of input
//   Result<std::string> block = in.ReadExact(length);     // error if the input ends first
//
// Read() returns the number of bytes read (0 at the end) or an error naming the input
// (a truncated or corrupt gzip stream). Nothing holds more than a 64 KB buffer besides what
// the caller asks for.
#ifndef CHORUS_READ_BYTE_STREAM_H_
#define CHORUS_READ_BYTE_STREAM_H_

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "chorus/error.h"

namespace chorus {

class ByteStream {
 public:
  virtual ~ByteStream() = default;
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
};

class MemoryStream : public ByteStream {
 public:
  explicit MemoryStream(std::string_view bytes) : rest_(bytes) {}
  Result<size_t> Read(char* buf, size_t n) override;

 private:
  std::string_view rest_;
};

// A file, or standard input for "-".
class FileStream : public ByteStream {
 public:
  ~FileStream() override;
  Result<void> Open(const std::string& path);
  Result<size_t> Read(char* buf, size_t n) override;

 private:
  std::FILE* f_ = nullptr;
  std::string path_;
};

// gzip (RFC 1952), multi-member, decompressed on demand with zlib.
class GunzipStream : public ByteStream {
 public:
  GunzipStream(ByteStream* in, std::string name);
  ~GunzipStream() override;
  Result<size_t> Read(char* buf, size_t n) override;

 private:
  struct State;
  std::unique_ptr<State> s_;
};

// Line and block reads over a stream, with a bounded look-ahead buffer. Read() serves the
// buffered bytes first, so a BufferedStream can feed another stream after a Peek().
class BufferedStream : public ByteStream {
 public:
  explicit BufferedStream(ByteStream* in) : in_(in) {}
  Result<size_t> Read(char* buf, size_t n) override;
  // The next line with its '\n' (at most max_bytes; longer lines are an error), "" at the end.
  Result<std::string> ReadLine(size_t max_bytes);
  // Exactly n bytes; ends early only with an error.
  Result<std::string> ReadExact(size_t n);
  // Skips n bytes without keeping them; false if the input ends first.
  Result<bool> Skip(size_t n);
  // Up to n bytes of look-ahead without consuming them (fewer at the end of input).
  Result<std::string_view> Peek(size_t n);

 private:
  Result<bool> Fill();  // false at the end of input

  ByteStream* in_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
};

}  // namespace chorus

#endif  // CHORUS_READ_BYTE_STREAM_H_
