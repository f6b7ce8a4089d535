// Turning command-line INPUTs into Documents.
//
//   ReadResult r = ReadInputs({"reports/", "extra.txt"});
//   for (const Error& e : r.errors) std::cerr << e.message << "\n";   // one line per bad input
//
//   // Large inputs (WARC, JSONL): documents as each file is read, in input order.
//   ReadInputsStreaming({"cc-news.warc.gz"}, [](Document&& d) { ... }, [](Error&& e) { ... });
//
// A folder is read recursively, files in name order; "-" is standard input. Each input is
// read by the reader for its format, by extension then by sniffing the bytes:
//   .txt                    plain text (text_reader.h)
//   .html .htm .xhtml       web page: main-content extraction (html_reader.h)
//   .rss .atom .xml, JSON Feed   one Document per item (feeds.h)
//   .warc                   one Document per HTML response record (warc.h)
//   .jsonl .ndjson          one Document per line (jsonl.h)
//   any of them + .gz       gunzipped first
// Unknown extensions are sniffed (WARC, feed, JSON lines, HTML), else read as text. A
// failing input adds an Error naming it and the rest are still read. Multi-document files
// give ids "<file id>#<n>" unless items carry their own id.
#ifndef CHORUS_READ_INPUTS_H_
#define CHORUS_READ_INPUTS_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/document.h"
#include "chorus/error.h"

namespace chorus {

struct ReadResult {
  std::vector<Document> docs;
  std::vector<Error> errors;
};

// Expands folders (recursively, sorted by path) into files. Missing paths become errors.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs,
                                      std::vector<Error>* errors);

// All cores; documents in input order.
ReadResult ReadInputs(const std::vector<std::string>& inputs);
// `threads` workers (0: all cores); documents in input order.
ReadResult ReadInputs(const std::vector<std::string>& inputs, int threads);

void ReadInputsStreaming(const std::vector<std::string>& inputs,
                         const std::function<void(Document&&)>& on_document,
                         const std::function<void(Error&&)>& on_error);

// One file ("-": standard input) in any supported format.
ReadResult ReadInputFile(const std::string& path);

// Bytes as if read from `path` (its name picks the format; gzip is undone).
ReadResult ReadInputBytes(std::string bytes, const std::string& path);

// The file name without directory and extension(s) (".txt", ".html.gz", ...).
std::string SourceIdFromPath(const std::string& path);

// Largest input file read (larger files are an error naming them).
inline constexpr size_t kMaxInputFileBytes = size_t{1} << 30;

}  // namespace chorus

#endif  // CHORUS_READ_INPUTS_H_
