// Atom 1.0 (RFC 4287) writer for the story list; see atom_feed.h.
#include "serve/atom_feed.h"

#include <algorithm>

#include "util/text_util.h"

namespace chorus::serve {
namespace {

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    *out += static_cast<char>(c);
  } else if (c < 0x800) {
    *out += static_cast<char>(0xC0 | (c >> 6));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    *out += static_cast<char>(0xE0 | (c >> 12));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (c >> 18));
    *out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// XML 1.0 Char production.
bool IsXmlChar(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// RFC 3339 date-time ("2026-03-01T10:00:00Z", with or without fraction / offset).
bool IsDateTime(std::string_view s) {
  return s.size() >= 20 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' &&
         (s.back() == 'Z' || s[s.size() - 3] == ':');
}

std::string Element(std::string_view name, std::string_view text) {
  return "<" + std::string(name) + ">" + XmlEscape(text) + "</" + std::string(name) + ">";
}

std::string Entry(const FeedEntry& e, std::string_view base_url) {
  const std::string id = std::to_string(e.row.id);
  const std::string title = e.meta.headline.empty() ? e.row.title : e.meta.headline;
  std::string sources;
  for (const auto& o : e.meta.outlets) sources += (sources.empty() ? "" : ", ") + o;
  std::string out = "  <entry>\n";
  out += "    " + Element("id", "urn:chorus:story:" + id) + "\n";
  out += "    <title type=\"text\">" + XmlEscape(title) + "</title>\n";
  out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" +
         XmlEscape(std::string(base_url) + "/stories/" + id) + "\"/>\n";
  out += "    " + Element("updated", e.row.updated_at) + "\n";
  if (IsDateTime(e.row.first_published)) {
    out += "    " + Element("published", e.row.first_published) + "\n";
  }
  for (const auto& o : e.meta.outlets) out += "    <category term=\"" + XmlEscape(o) + "\"/>\n";
  out += "    <summary type=\"text\">" + XmlEscape(e.meta.summary) + "</summary>\n";
  out += "    <content type=\"text\">" +
         XmlEscape(e.meta.summary + "\n\nSources (" + std::to_string(e.row.articles) +
                   " articles): " + sources) +
         "</content>\n";
  return out + "  </entry>\n";
}

}  // namespace

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    char32_t c = NextCodePoint(text, &pos);
    if (pos == start) {  // defensive: always advance
      ++pos;
      c = 0xFFFD;
    }
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (IsXmlChar(c)) AppendUtf8(c, &out);
    }
  }
  return out;
}

std::string AtomFeed(const std::vector<FeedEntry>& entries, std::string_view base_url) {
  std::string updated = "1970-01-01T00:00:00Z";
  for (const auto& e : entries) updated = std::max(updated, e.row.updated_at);
  std::string out =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
      "  <id>urn:chorus:stories</id>\n"
      "  <title>chorus: stories</title>\n"
      "  <subtitle>One entry per story, merged from every outlet that reports it</subtitle>\n";
  out += "  " + Element("updated", updated) + "\n";
  out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" +
         XmlEscape(std::string(base_url) + "/feeds/stories.atom") + "\"/>\n";
  out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" +
         XmlEscape(std::string(base_url) + "/") + "\"/>\n";
  out += "  <author><name>chorus</name></author>\n";
  out += "  <generator>chorus</generator>\n";
  for (const auto& e : entries) out += Entry(e, base_url);
  return out + "</feed>\n";
}

}  // namespace chorus::serve
