// Web pages to Documents (see html_reader.h).
#include "read/html_reader.h"

#include <unicode/unistr.h>

#include <algorithm>

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

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// Input byte offsets of sorted UTF-8 offsets of `utf8`, the decoding of `bytes` in `charset`.
std::vector<size_t> InputOffsets(std::string_view bytes, std::string_view utf8,
                                 const std::string& charset, const std::vector<uint32_t>& at) {
  std::vector<size_t> out;
  out.reserve(at.size());
  if (charset.empty() || charset == "utf-8") {
    const size_t bom = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    for (uint32_t a : at) out.push_back(a + bom);
    return out;
  }
  // Re-encode the text between consecutive offsets: its length in the source charset.
  size_t input = 0;
  uint32_t prev = 0;
  for (uint32_t a : at) {
    if (a > prev) {
      const icu::UnicodeString seg = icu::UnicodeString::fromUTF8(
          icu::StringPiece(utf8.data() + prev, static_cast<int32_t>(a - prev)));
      input += static_cast<size_t>(seg.extract(0, seg.length(), nullptr, 0, charset.c_str()));
      prev = a;
    }
    out.push_back(input);
  }
  return out;
}

std::vector<InputRemoval> ToInputRemovals(const std::vector<html::RemovedText>& removed,
                                          std::string_view bytes, std::string_view utf8,
                                          const std::string& charset) {
  struct Run {
    uint32_t begin, end;
    RemovalReason reason;
  };
  std::vector<Run> runs;
  for (const html::RemovedText& r : removed) {
    for (html::SourceRun s : r.runs) {
      if (s.end > utf8.size()) continue;
      while (s.begin < s.end && IsSpace(utf8[s.begin])) ++s.begin;
      while (s.end > s.begin && IsSpace(utf8[s.end - 1])) --s.end;
      if (s.begin < s.end) {
        runs.push_back(Run{s.begin, s.end, s.credit ? RemovalReason::kCredit : r.reason});
      }
    }
  }
  std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.begin < b.begin; });
  std::vector<uint32_t> at;
  for (const Run& r : runs) {
    at.push_back(r.begin);
    at.push_back(r.end);
  }
  std::vector<uint32_t> sorted = at;
  std::sort(sorted.begin(), sorted.end());
  const std::vector<size_t> mapped = InputOffsets(bytes, utf8, charset, sorted);
  auto input = [&](uint32_t a) {
    return mapped[static_cast<size_t>(std::lower_bound(sorted.begin(), sorted.end(), a) -
                                      sorted.begin())];
  };
  std::vector<InputRemoval> out;
  for (const Run& r : runs) {
    if (!out.empty() && input(r.begin) < out.back().end) continue;  // overlapping: keep first
    out.push_back(InputRemoval{input(r.begin), input(r.end),
                               std::string(utf8.substr(r.begin, r.end - r.begin)),
                               std::string(RemovalReasonName(r.reason))});
  }
  return out;
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
  r.input_removed = ToInputRemovals(r.article.removed, bytes, *utf8, r.charset);
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
  doc.input_removed = std::move(r.input_removed);
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
