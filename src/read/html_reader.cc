// Web pages to Documents (see html_reader.h).
#include "read/html_reader.h"

#include "read/html_charset.h"
#include "read/language.h"

namespace chorus {
namespace {

std::optional<std::string> NonEmpty(std::string s) {
  if (s.empty()) return std::nullopt;
  return s;
}

// "en-US" / "en_GB" -> "en".
std::string PrimaryLanguage(std::string_view tag) {
  const size_t cut = tag.find_first_of("-_");
  std::string out(tag.substr(0, cut));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out.size() >= 2 && out.size() <= 3 ? out : std::string();
}

// NUL or many C0 control bytes in the first 4 KB of decoded text: not a page.
bool LooksBinary(std::string_view utf8) {
  const std::string_view head = utf8.substr(0, 4096);
  size_t control = 0;
  for (char ch : head) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control * 20 > head.size();
}

}  // namespace

Result<ReadArticleResult> ReadArticle(std::string_view bytes, const std::string& name) {
  if (bytes.size() > kMaxPageBytes) {
    return MakeError(ErrorCode::kUnsupported, name + ": page larger than 64 MB");
  }
  const bool utf16_bom = bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
  if (!utf16_bom && bytes.substr(0, 4096).find('\0') != std::string_view::npos) {
    return MakeError(ErrorCode::kBinary, name + ": binary data, not a web page");
  }
  ReadArticleResult r;
  auto utf8 = DecodeWebBytes(bytes, name, &r.charset);
  if (!utf8) return tl::unexpected(utf8.error());
  if (LooksBinary(*utf8))
    return MakeError(ErrorCode::kBinary, name + ": binary data, not a web page");
  r.article = html::ExtractArticle(*utf8);
  std::string lang = DetectLanguage(r.article.text);
  if (lang.empty()) lang = PrimaryLanguage(r.article.meta.language);
  r.article.meta.language = lang;
  return r;
}

Document DocumentFromArticle(std::string id, std::string path, ReadArticleResult&& r) {
  Document doc;
  doc.id = std::move(id);
  doc.path = std::move(path);
  doc.text = std::move(r.article.text);
  doc.source_charset = r.charset.empty() ? "UTF-8" : r.charset;
  doc.body = TextSpan{0, static_cast<uint32_t>(doc.text.size())};
  html::PageMetadata& m = r.article.meta;
  doc.title = NonEmpty(std::move(m.title));
  doc.outlet = NonEmpty(std::move(m.outlet));
  doc.url = NonEmpty(std::move(m.url));
  doc.published = NonEmpty(std::move(m.published));
  doc.byline = NonEmpty(std::move(m.byline));
  doc.language = NonEmpty(std::move(m.language));
  return doc;
}

Result<Document> DocumentFromHtml(std::string id, std::string path, std::string_view bytes) {
  auto r = ReadArticle(bytes, path);
  if (!r) return tl::unexpected(r.error());
  if (r->article.text.empty())
    return MakeError(ErrorCode::kEmpty, path + ": no article text found");
  return DocumentFromArticle(std::move(id), std::move(path), std::move(*r));
}

}  // namespace chorus
