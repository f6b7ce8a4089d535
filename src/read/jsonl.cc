// JSON Lines reading (see jsonl.h).
#include "read/jsonl.h"

#include <nlohmann/json.hpp>

#include "read/dates.h"
#include "read/html_reader.h"
#include "read/language.h"
#include "read/text_reader.h"

namespace chorus {
namespace {

using Json = nlohmann::json;

std::string Str(const Json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return it->dump();
  return {};
}

void SetIfGiven(std::optional<std::string>* field, std::string value) {
  if (!value.empty()) *field = std::move(value);
}

Result<Document> DocumentFromLine(const Json& j, const std::string& id, const std::string& where) {
  const std::string html = Str(j, "html");
  const std::string text = Str(j, "text");
  Result<Document> doc = MakeError(ErrorCode::kEmpty, where + ": no \"text\" or \"html\"");
  if (!html.empty()) {
    doc = DocumentFromHtml(id, where, html);
    if (doc) doc->input_removed.clear();  // offsets of the JSON string, not of the file
  } else if (!text.empty()) {
    doc = DocumentFromBytes(id, where, text);
  }
  if (!doc) return doc;
  const std::string title = Str(j, "title");
  if (!title.empty() && doc->title != title) {
    // The line's title is authoritative; a first line detected as a title stays in the body.
    if (!doc->title_span.empty()) doc->body = TextSpan{0, static_cast<uint32_t>(doc->text.size())};
    doc->title_span = TextSpan{};
    doc->title = title;
  }
  SetIfGiven(&doc->url, Str(j, "url"));
  SetIfGiven(&doc->outlet, Str(j, "outlet"));
  SetIfGiven(&doc->byline, Str(j, "byline"));
  SetIfGiven(&doc->published, NormalizeDate(Str(j, "published")));
  SetIfGiven(&doc->language, Str(j, "language"));
  if (!doc->language) SetIfGiven(&doc->language, DetectLanguage(doc->text));
  return doc;
}

}  // namespace

bool LooksLikeJsonl(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
  if (i >= bytes.size() || bytes[i] != '{') return false;
  const size_t eol = bytes.find('\n', i);
  const Json j =
      Json::parse(bytes.substr(i, eol == std::string_view::npos ? eol : eol - i), nullptr, false);
  return !j.is_discarded() && j.is_object();
}

void ReadJsonl(std::string_view bytes, const std::string& path, const std::string& file_id,
               ReadResult* out) {
  size_t i = 0, line = 0;
  while (i < bytes.size()) {
    size_t eol = bytes.find('\n', i);
    if (eol == std::string_view::npos) eol = bytes.size();
    const std::string_view s = bytes.substr(i, eol - i);
    i = eol + 1;
    ++line;
    if (s.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string where = path + ":" + std::to_string(line);
    const Json j = Json::parse(s, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      out->errors.push_back(Error{ErrorCode::kFormat, where + ": not a JSON object"});
      continue;
    }
    std::string id = Str(j, "id");
    if (id.empty()) id = file_id + "#" + std::to_string(line);
    auto doc = DocumentFromLine(j, id, where);
    if (!doc) {
      out->errors.push_back(doc.error());
      continue;
    }
    doc->path = path;
    out->docs.push_back(std::move(*doc));
  }
}

}  // namespace chorus
