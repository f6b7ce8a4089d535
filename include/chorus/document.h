// A source report as chorus reads it.
//
//   chorus::Result<chorus::Document> doc = chorus::ReadTextFile("reports/outlet-a.txt");
//   std::string_view body = doc->Slice(doc->body);
//   size_t file_offset = doc->SourceOffset(span.begin);   // byte offset into the input file
//
// Every later stage refers to text by TextSpan: byte offsets into Document::text, which is
// the input decoded to UTF-8 and otherwise untouched (no normalisation, no line-ending
// changes). SourceOffset() maps those offsets back to the bytes of the input file as read,
// which differ only when the input was converted from another charset or had a BOM.
#ifndef CHORUS_DOCUMENT_H_
#define CHORUS_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chorus {

// Half-open byte range [begin, end) into Document::text.
struct TextSpan {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(const TextSpan& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const TextSpan& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

// Text a reader dropped before Document::text was made (web pages: captions, credits,
// bylines, widgets), as a byte range of the input file and why.
struct InputRemoval {
  size_t start = 0;  // byte offsets into the input file as read (end exclusive)
  size_t end = 0;
  std::string text;    // those bytes (decoded to UTF-8 when the input used another charset)
  std::string reason;  // a RemovalReasonName: caption | credit | widget | byline | boilerplate
};

struct Document {
  std::string id;    // file name without extension (or the id given by the container format)
  std::string path;  // where it was read from ("-" for stdin)
  std::string text;  // UTF-8
  // Empty when text is byte-identical to the input. Otherwise text.size()+1 entries:
  // source_offsets[i] is the input byte offset of text byte i (the last entry is the input size).
  std::vector<uint32_t> source_offsets;
  std::string source_charset = "UTF-8";

  std::optional<std::string> title;  // headline, when the input has one
  TextSpan title_span;               // where the title is in text (empty if none or from metadata)
  TextSpan body;                     // the report itself (text minus the title line)

  std::optional<std::string> outlet;
  std::optional<std::string> url;
  std::optional<std::string> published;  // ISO 8601 when known
  std::optional<std::string> byline;
  std::optional<std::string> language;

  // What the reader dropped from the input before `text` (not spans of `text`).
  std::vector<InputRemoval> input_removed;

  std::string_view Slice(TextSpan s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  size_t SourceOffset(size_t text_offset) const {
    return source_offsets.empty() ? text_offset : source_offsets[text_offset];
  }
};

}  // namespace chorus

#endif  // CHORUS_DOCUMENT_H_
