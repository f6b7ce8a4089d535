// Error values for expected failures.
//
//   chorus::Result<Document> doc = ReadTextFile("a.txt");
//   if (!doc) std::cerr << doc.error().message << "\n";
//
// Expected failures (bad input, missing files, unsupported formats) are returned as
// tl::expected<T, Error>; exceptions thrown by third-party libraries are caught at the
// wrapper that calls them and turned into an Error.
#ifndef CHORUS_ERROR_H_
#define CHORUS_ERROR_H_

#include <string>
#include <utility>

#include <tl/expected.hpp>

namespace chorus {

enum class ErrorCode {
  kIo,           // cannot open or read
  kEmpty,        // no content
  kBinary,       // not text
  kEncoding,     // undecodable bytes
  kFormat,       // malformed structure (JSON, XML, WARC ...)
  kUnsupported,  // a format chorus does not read
  kUsage,        // bad arguments
  kInternal,
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  // one line, names the input it is about
};

template <typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> MakeError(ErrorCode code, std::string message) {
  return tl::unexpected<Error>(Error{code, std::move(message)});
}

}  // namespace chorus

#endif  // CHORUS_ERROR_H_
