// WARC reading (see warc.h), following the WARC 1.1 specification (ISO 28500:2017): a
// record is a version line, named fields, an empty line, Content-Length bytes of block,
// and CRLF CRLF. HTTP payloads are parsed per RFC 9112 (status line, fields, body).
#include "read/warc.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>

#include "read/dates.h"
#include "read/gzip.h"
#include "read/html_reader.h"

namespace chorus {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Parses "Name: value" lines of a header block (lower-cased names).
Fields ParseFields(std::string_view block) {
  Fields f;
  size_t i = 0;
  while (i < block.size()) {
    size_t eol = block.find('\n', i);
    if (eol == std::string_view::npos) eol = block.size();
    const std::string_view line = block.substr(i, eol - i);
    const size_t colon = line.find(':');
    if (colon != std::string_view::npos) {
      f.emplace_back(Lower(Trim(line.substr(0, colon))), std::string(Trim(line.substr(colon + 1))));
    }
    i = eol + 1;
  }
  return f;
}

std::string Field(const Fields& f, std::string_view name) {
  for (const auto& [k, v] : f) {
    if (k == name) return v;
  }
  return {};
}

// End of a header block starting at `from`: the offset after the blank line, or npos.
size_t HeaderEnd(std::string_view s, size_t from, size_t* block_end) {
  const size_t crlf = s.find("\r\n\r\n", from);
  const size_t lf = s.find("\n\n", from);
  if (crlf != std::string_view::npos && (lf == std::string_view::npos || crlf <= lf)) {
    *block_end = crlf;
    return crlf + 4;
  }
  if (lf == std::string_view::npos) return std::string_view::npos;
  *block_end = lf;
  return lf + 2;
}

std::string Dechunk(std::string_view body) {
  std::string out;
  size_t i = 0;
  while (i < body.size()) {
    const size_t eol = body.find('\n', i);
    if (eol == std::string_view::npos) break;
    const unsigned long long n =
        std::strtoull(std::string(body.substr(i, eol - i)).c_str(), nullptr, 16);
    i = eol + 1;
    if (n == 0 || n > body.size() - i) {
      if (n > 0) out.append(body.substr(i));
      break;
    }
    out.append(body.substr(i, n));
    i += n;
    while (i < body.size() && (body[i] == '\r' || body[i] == '\n')) ++i;
  }
  return out;
}

std::string Inflate(std::string_view body) {
  z_stream zs{};
  if (inflateInit2(&zs, -15) != Z_OK) return {};
  std::string out;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
  zs.avail_in = static_cast<uInt>(body.size());
  char buf[1 << 16];
  int rc = Z_OK;
  while (rc == Z_OK && out.size() < kMaxPageBytes) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
  }
  inflateEnd(&zs);
  return out;
}

// The HTML body of an HTTP response, or "" if the payload is not a successful HTML page.
std::string HtmlPayload(std::string_view http) {
  size_t block_end = 0;
  const size_t body_at = HeaderEnd(http, 0, &block_end);
  if (!http.starts_with("HTTP/") || body_at == std::string_view::npos) return {};
  const size_t sp = http.find(' ');
  if (sp == std::string_view::npos || sp + 1 >= http.size() || http[sp + 1] != '2') return {};
  const size_t first_eol = http.find('\n');
  const Fields f = ParseFields(http.substr(first_eol + 1, block_end - first_eol - 1));
  const std::string type = Lower(Field(f, "content-type"));
  std::string_view body = http.substr(body_at);
  std::string decoded;
  if (Lower(Field(f, "transfer-encoding")).find("chunked") != std::string::npos) {
    decoded = Dechunk(body);
    body = decoded;
  }
  const std::string coding = Lower(Field(f, "content-encoding"));
  if (coding == "gzip" || coding == "x-gzip") {
    auto raw = Gunzip(body, "payload", kMaxPageBytes);
    decoded = raw ? std::move(*raw) : std::string();
    body = decoded;
  } else if (coding == "deflate") {
    decoded = Inflate(body);
    body = decoded;
  }
  const bool html = type.find("html") != std::string::npos ||
                    (type.empty() && Lower(body.substr(0, 512)).find("<html") != std::string::npos);
  if (!html) return {};
  return decoded.empty() ? std::string(body) : std::move(decoded);
}

using DocFn = std::function<void(Document&&)>;
using ErrorFn = std::function<void(Error&&)>;

void AddPage(std::string_view page, const Fields& f, const std::string& path, const std::string& id,
             const DocFn& on_document) {
  auto r = ReadArticle(page, path + " (" + id + ")");
  if (!r || r->article.text.empty()) return;
  r->input_removed.clear();  // offsets of the payload, not of the WARC file
  const std::string uri = Field(f, "warc-target-uri");
  if (!uri.empty()) r->article.meta.url = uri;
  if (r->article.meta.published.empty())
    r->article.meta.published = NormalizeDate(Field(f, "warc-date"));
  on_document(DocumentFromArticle(id, path, std::move(*r)));
}

void AddRecord(const Fields& f, std::string_view block, const std::string& path,
               const std::string& id, const DocFn& on_document) {
  const std::string type = Field(f, "warc-type");
  const std::string ctype = Lower(Field(f, "content-type"));
  if (type == "response" && ctype.find("application/http") != std::string::npos) {
    const std::string page = HtmlPayload(block);
    if (!page.empty()) AddPage(page, f, path, id, on_document);
  } else if (type == "resource" && ctype.find("html") != std::string::npos) {
    AddPage(block, f, path, id, on_document);
  }
}

// The error of a failed stream read, placed at `where` (the stream names the file too).
Error At(const std::string& where, const std::string& path, Error e) {
  std::string_view msg = e.message;
  if (msg.starts_with(path + ": ")) msg.remove_prefix(path.size() + 2);
  e.message = where + ": " + std::string(msg);
  return e;
}

constexpr size_t kMaxHeaderBytes = size_t{1} << 20;

// Reads a record's header lines (after the version line) up to the blank line.
Result<std::string> ReadHeader(BufferedStream* in) {
  std::string header;
  while (true) {
    auto line = in->ReadLine(kMaxHeaderBytes);
    if (!line) return line;
    if (line->empty()) return MakeError(ErrorCode::kFormat, "truncated");
    if (*line == "\r\n" || *line == "\n") return header;
    header += *line;
    if (header.size() > kMaxHeaderBytes) return MakeError(ErrorCode::kFormat, "header too long");
  }
}

}  // namespace

bool LooksLikeWarc(std::string_view bytes) { return bytes.starts_with("WARC/"); }

void ReadWarcStream(BufferedStream* in, const std::string& path, const std::string& file_id,
                    const DocFn& on_document, const ErrorFn& on_error) {
  for (size_t n = 1;; ++n) {
    const std::string where = path + ": WARC record " + std::to_string(n);
    auto version = in->ReadLine(kMaxHeaderBytes);
    while (version && (*version == "\r\n" || *version == "\n")) {
      version = in->ReadLine(kMaxHeaderBytes);
    }
    if (!version) return on_error(At(where, path, version.error()));
    if (version->empty()) return;
    if (!version->starts_with("WARC/")) {
      return on_error(Error{ErrorCode::kFormat, where + ": not a WARC record header"});
    }
    auto header = ReadHeader(in);
    if (!header) return on_error(At(where, path, header.error()));
    const Fields f = ParseFields(*header);
    const std::string len_field = Field(f, "content-length");
    char* end = nullptr;
    const unsigned long long len = std::strtoull(len_field.c_str(), &end, 10);
    if (len_field.empty() || end == len_field.c_str())
      return on_error(Error{ErrorCode::kFormat, where + ": no Content-Length"});
    if (len > kMaxWarcRecordBytes) {
      auto skipped = in->Skip(len);
      if (!skipped) return on_error(At(where, path, skipped.error()));
      if (!*skipped) return on_error(Error{ErrorCode::kFormat, where + ": truncated"});
      on_error(Error{ErrorCode::kUnsupported, where + ": record larger than 256 MB, skipped"});
      continue;
    }
    auto block = in->ReadExact(len);
    if (!block) return on_error(At(where, path, block.error()));
    AddRecord(f, *block, path, file_id + "#" + std::to_string(n), on_document);
  }
}

void ReadWarc(std::string_view s, const std::string& path, const std::string& file_id,
              ReadResult* out) {
  MemoryStream mem(s);
  BufferedStream in(&mem);
  ReadWarcStream(
      &in, path, file_id, [out](Document&& d) { out->docs.push_back(std::move(d)); },
      [out](Error&& e) { out->errors.push_back(std::move(e)); });
}

}  // namespace chorus
