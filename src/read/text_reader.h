// Reading plain-text reports into Documents.
//
//   Result<Document> doc = ReadTextFile("examples/story/ledger.txt");
//   Result<Document> doc = DocumentFromBytes("id", "path", bytes);  // same, from memory
//
// Charset: UTF-8 (with or without BOM) is taken as is; anything else is detected with ICU's
// CharsetDetector (Latin-1 / Windows-1252 expected) and converted to UTF-8, with
// Document::source_offsets mapping back to input bytes. Binary (NUL bytes, mostly
// non-printable) and empty inputs are errors naming the input.
// Title: a first line that reads as a headline (no sentence-final period, at most 25 words,
// not running on into the next line, and followed by a blank line, mostly title-cased, or a
// headline attribution "'...,' Trump says"; not web residue; sharing a word with the start
// of the body) becomes Document::title, and Document::body starts at the next non-blank
// line. Without a title, body is the whole text.
#ifndef CHORUS_READ_TEXT_READER_H_
#define CHORUS_READ_TEXT_READER_H_

#include <string>

#include "chorus/document.h"
#include "chorus/error.h"

namespace chorus {

Result<Document> ReadTextFile(const std::string& path);
Result<Document> DocumentFromBytes(std::string id, std::string path, std::string bytes);

// Decodes bytes to UTF-8 into doc->text / source_offsets / source_charset.
Result<void> DecodeText(const std::string& bytes, Document* doc);

// Finds a headline first line and sets doc->title, title_span and body.
void DetectTitle(Document* doc);

}  // namespace chorus

#endif  // CHORUS_READ_TEXT_READER_H_
