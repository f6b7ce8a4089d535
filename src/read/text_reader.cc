// Plain-text reader: bytes -> Document (UTF-8 text, offsets back to the input, title).
//
// Charset: a UTF-8 BOM is stripped; valid UTF-8 is taken as is; UTF-16 with a BOM and any
// other charset are detected with ICU's CharsetDetector (ucsdet, byte n-gram statistics)
// and converted with ucnv_toUnicode, whose per-unit source offsets give
// Document::source_offsets. ISO-8859-1 is read as its superset Windows-1252 (as browsers
// do), so curly quotes in 0x80-0x9F survive.
// Binary: NUL bytes or more than 2% control characters (not tab/newline/CR/FF).
// Title: the first non-empty line is a headline when it has no sentence-final period, at
// most 25 words, does not run on into the next line, and has one piece of further
// evidence: a blank line after it, mostly title-cased words, or a headline-style
// attribution after a quotation ("'...,' Trump says"). Lines that open in lower case or look
// like web residue (credits in parentheses, "|" link bars, addresses, bullets), or share no
// word of 4+ letters with the start of the body, are not titles.
#include "read/text_reader.h"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <vector>

#include "read/inputs.h"
#include "util/text_util.h"

namespace chorus {
namespace {

bool LooksBinary(const std::string& bytes) {
  size_t control = 0;
  for (char ch : bytes) {
    auto c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) ++control;
  }
  return control > 0 && control * 50 >= bytes.size();
}

// Converts bytes in charset to UTF-8, with the input offset of every output byte.
Result<void> Convert(const std::string& bytes, const char* charset, Document* doc) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(charset, &status), ucnv_close);
  if (U_FAILURE(status)) {
    return MakeError(ErrorCode::kEncoding,
                     doc->path + ": cannot decode charset " + std::string(charset));
  }
  std::vector<UChar> units(2 * bytes.size() + 16);
  std::vector<int32_t> offsets(units.size());
  UChar* target = units.data();
  const char* source = bytes.data();
  ucnv_toUnicode(conv.get(), &target, units.data() + units.size(), &source,
                 bytes.data() + bytes.size(), offsets.data(), /*flush=*/true, &status);
  if (U_FAILURE(status)) {
    return MakeError(ErrorCode::kEncoding,
                     doc->path + ": cannot decode as " + std::string(charset));
  }
  const auto n = static_cast<int32_t>(target - units.data());
  doc->text.clear();
  doc->source_offsets.clear();
  doc->text.reserve(static_cast<size_t>(n) + bytes.size() / 4);
  size_t replacements = 0;
  for (int32_t i = 0; i < n;) {
    const int32_t at = i;
    UChar32 c;
    U16_NEXT(units.data(), i, n, c);
    if (c == 0xFFFD) ++replacements;
    if (c == 0xFEFF && doc->text.empty()) continue;  // BOM
    char buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, c, error);
    if (error) continue;
    doc->text.append(buf, static_cast<size_t>(len));
    const int32_t src = offsets[static_cast<size_t>(at)];
    doc->source_offsets.insert(doc->source_offsets.end(), static_cast<size_t>(len),
                               static_cast<uint32_t>(src < 0 ? 0 : src));
  }
  doc->source_offsets.push_back(static_cast<uint32_t>(bytes.size()));
  if (replacements * 10 > static_cast<size_t>(n)) {
    return MakeError(ErrorCode::kEncoding,
                     doc->path + ": undecodable bytes (tried " + std::string(charset) + ")");
  }
  doc->source_charset = charset;
  return {};
}

// The most likely single- or multi-byte charset per ICU's detector; Windows-1252 when the
// detector is unsure (short inputs) or only offers UTF-16/32 (which would have NUL bytes or
// a BOM) or UTF-8/ASCII (ruled out: the bytes are not valid UTF-8).
std::string DetectCharset(const std::string& bytes) {
  const std::string fallback = "windows-1252";
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> det(ucsdet_open(&status),
                                                                     ucsdet_close);
  if (U_FAILURE(status)) return fallback;
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  int32_t n = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &n, &status);
  if (U_FAILURE(status) || matches == nullptr) return fallback;
  for (int32_t i = 0; i < n; ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    const int32_t confidence = ucsdet_getConfidence(matches[i], &status);
    if (U_FAILURE(status) || name == nullptr) return fallback;
    const std::string cs = name;
    if (cs.rfind("UTF-", 0) == 0 || cs == "US-ASCII") continue;
    if (confidence < 25) return fallback;
    // Latin-1 is read as its superset, which also maps 0x80-0x9F (curly quotes, dashes).
    return cs == "ISO-8859-1" ? fallback : cs;
  }
  return fallback;
}

bool AllSpace(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    char32_t c = NextCodePoint(text, &i);
    if (!IsSpaceCp(c) && c != 0xFEFF) return false;
  }
  return true;
}

// ---- title ----------------------------------------------------------------------------

struct LineWords {
  int words = 0;
  int capitalised = 0;    // words whose first letter is upper case
  int lower_content = 0;  // lower-case words longer than 3 letters (title case spares short ones)
  bool starts_lower = false;
};

LineWords WordShape(std::string_view line) {
  LineWords w;
  bool in_word = false;
  size_t word_begin = 0;
  size_t pos = 0;
  auto finish = [&](size_t end) {
    std::string_view word = line.substr(word_begin, end - word_begin);
    size_t p = 0;
    char32_t first = NextCodePoint(word, &p);
    if (!u_isalpha(static_cast<UChar32>(first))) return;
    ++w.words;
    size_t letters = 0;
    for (size_t q = 0; q < word.size(); ++letters) NextCodePoint(word, &q);
    if (u_isupper(static_cast<UChar32>(first))) {
      ++w.capitalised;
    } else {
      if (w.words == 1) w.starts_lower = true;
      if (letters > 3) ++w.lower_content;
    }
  };
  while (pos < line.size()) {
    size_t at = pos;
    char32_t c = NextCodePoint(line, &pos);
    bool part =
        u_isalnum(static_cast<UChar32>(c)) || (in_word && (c == '\'' || c == 0x2019 || c == '-'));
    if (part && !in_word) word_begin = at;
    if (!part && in_word) finish(at);
    in_word = part;
  }
  if (in_word) finish(line.size());
  return w;
}

bool IsQuoteMark(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 ||
         c == 0xAB || c == 0xBB;
}

// Last code point of s that is not a quote mark or white space (0 if none).
char32_t LastNonQuote(std::string_view s) {
  char32_t last = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t c = NextCodePoint(s, &i);
    if (!IsQuoteMark(c) && !IsSpaceCp(c)) last = c;
  }
  return last;
}

// "'...,' Trump says": a quotation closed by ,' or ," then at most 4 words and no period.
bool HeadlineAttribution(std::string_view line) {
  size_t pos = 0;
  size_t after_quote = std::string_view::npos;
  char32_t prev = 0;
  while (pos < line.size()) {
    char32_t c = NextCodePoint(line, &pos);
    if (IsQuoteMark(c) && (prev == ',' || prev == '!' || prev == '?')) after_quote = pos;
    prev = c;
  }
  if (after_quote == std::string_view::npos) return false;
  std::string_view tail = line.substr(after_quote);
  LineWords w = WordShape(tail);
  return w.words >= 2 && w.words <= 4 && w.capitalised >= 1 && w.lower_content <= 1 &&
         tail.find_first_of(".,;:") == std::string_view::npos;
}

// Credits, link bars, addresses and bullets: "(Getty Images)", "Share | Tweet",
// "Source: Name / Agency", "* point", "www.site.com".
bool LooksLikeWebResidue(std::string_view line) {
  if (line.empty()) return true;
  const char first = line.front();
  if (first == '*' || first == '-' || first == '|' || first == '(' || first == '[') return true;
  if (line.back() == ')' || line.back() == ']') return true;
  for (std::string_view cue : {"|", " / ", "@", "http", "www.", "\xC2\xA9", "\xE2\x80\xA2"}) {
    if (line.find(cue) != std::string_view::npos) return true;
  }
  return false;
}

// Words of 4+ letters, ASCII letters lower-cased (non-ASCII bytes kept as they are).
std::vector<std::string> LongWords(std::string_view s) {
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    if (cur.size() >= 4) words.push_back(cur);
    cur.clear();
  };
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || std::isalpha(c)) {
      cur.push_back(static_cast<char>(c < 0x80 ? std::tolower(c) : c));
    } else {
      flush();
    }
  }
  flush();
  return words;
}

// A headline announces the report: some word of it recurs at the start of the body
// ("Tweet with a location" or "Page 1 of 1" share nothing with the report under them).
bool SharesWordWith(std::string_view line, std::string_view body_start) {
  std::vector<std::string> body = LongWords(body_start);
  std::sort(body.begin(), body.end());
  for (const std::string& w : LongWords(line)) {
    if (std::binary_search(body.begin(), body.end(), w)) return true;
  }
  return false;
}

}  // namespace

Result<void> DecodeText(const std::string& bytes, Document* doc) {
  doc->source_offsets.clear();
  doc->source_charset = "UTF-8";
  if (bytes.empty()) return MakeError(ErrorCode::kEmpty, doc->path + ": empty input");
  if (bytes.size() > 0xFFFFFFF0u) return MakeError(ErrorCode::kIo, doc->path + ": too large");
  auto u8 = [](unsigned char c) { return static_cast<char>(c); };
  if (bytes.size() >= 2 && ((bytes[0] == u8(0xFF) && bytes[1] == u8(0xFE)) ||
                            (bytes[0] == u8(0xFE) && bytes[1] == u8(0xFF)))) {
    return Convert(bytes, bytes[0] == u8(0xFF) ? "UTF-16LE" : "UTF-16BE", doc);
  }
  if (LooksBinary(bytes))
    return MakeError(ErrorCode::kBinary, doc->path + ": binary file, not text");
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 &&
      IsUtf8(std::string_view(bytes).substr(3))) {
    doc->text = bytes.substr(3);
    doc->source_offsets.resize(doc->text.size() + 1);
    for (size_t i = 0; i < doc->source_offsets.size(); ++i) {
      doc->source_offsets[i] = static_cast<uint32_t>(i + 3);
    }
    return {};
  }
  if (IsUtf8(bytes)) {
    doc->text = bytes;
    return {};
  }
  return Convert(bytes, DetectCharset(bytes).c_str(), doc);
}

void DetectTitle(Document* doc) {
  const std::string_view text = doc->text;
  const auto size = static_cast<uint32_t>(text.size());
  doc->title.reset();
  doc->title_span = {};
  doc->body = {0, size};
  std::vector<TextSpan> lines = SplitLines(text, {0, size});
  size_t first = 0;
  while (first < lines.size() && TrimSpan(text, lines[first]).empty()) ++first;
  if (first + 1 >= lines.size()) return;
  const TextSpan title = TrimSpan(text, lines[first]);
  std::string_view line = text.substr(title.begin, title.size());
  size_t next = first + 1;
  bool blank_after = false;
  while (next < lines.size() && TrimSpan(text, lines[next]).empty()) {
    blank_after = true;
    ++next;
  }
  if (next >= lines.size()) return;  // nothing after it: the line is the report
  const TextSpan next_line = TrimSpan(text, lines[next]);

  const LineWords shape = WordShape(line);
  if (shape.words < 2 || shape.words > 25 || shape.starts_lower) return;
  const char32_t last = LastNonQuote(line);
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == 0x2026) return;
  if (LooksLikeWebResidue(line)) return;
  // A sentence running on into the next line is not a headline.
  if (!blank_after && WordShape(text.substr(next_line.begin, next_line.size())).starts_lower) {
    return;
  }
  const bool title_cased = shape.capitalised * 5 >= shape.words * 4;
  if (!blank_after && !title_cased && !HeadlineAttribution(line)) return;

  if (!SharesWordWith(line, text.substr(next_line.begin, 3000))) return;

  doc->title = std::string(line);
  doc->title_span = title;
  doc->body = {next_line.begin, size};
}

Result<Document> DocumentFromBytes(std::string id, std::string path, std::string bytes) {
  Document doc;
  doc.id = std::move(id);
  doc.path = std::move(path);
  if (auto r = DecodeText(bytes, &doc); !r) return tl::unexpected(r.error());
  if (AllSpace(doc.text)) return MakeError(ErrorCode::kEmpty, doc.path + ": empty (no text)");
  DetectTitle(&doc);
  return doc;
}

Result<Document> ReadTextFile(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return MakeError(ErrorCode::kIo, path + ": is a directory, not a file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError(ErrorCode::kIo, path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return MakeError(ErrorCode::kIo, path + ": read error");
  return DocumentFromBytes(SourceIdFromPath(path), path, ss.str());
}

}  // namespace chorus
