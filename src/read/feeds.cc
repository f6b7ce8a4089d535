// RSS / Atom / JSON Feed reading (see feeds.h). XML feeds (RSS 2.0, RSS 1.0/RDF, Atom) are
// parsed by libxml2 in recover mode into html::Dom (html::ParseXml, xml_dom.cc), so a feed
// that is not well-formed still yields its items; no DTD or external entity is ever loaded.
// Element names carry the usual prefix of their namespace (content:encoded, dc:creator), so
// the lookups below do not depend on the prefixes a feed declares. JSON Feed is read with
// nlohmann-json.
#include "read/feeds.h"

#include <nlohmann/json.hpp>

#include <cctype>

#include "read/dates.h"
#include "read/html_charset.h"
#include "read/html_dom.h"
#include "read/html_metadata.h"
#include "read/html_reader.h"
#include "read/html_text_writer.h"
#include "read/language.h"

namespace chorus {
namespace {

using html::Dom;
using html::kNone;
using Json = nlohmann::json;

struct FeedItem {
  std::string id, title, link, date, author, content;
  bool content_is_xhtml = false;
};

std::string_view LocalName(std::string_view name) {
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// First child element of `id` whose (full, then local) name is `name`.
uint32_t Child(const Dom& dom, uint32_t id, std::string_view name) {
  for (uint32_t c = dom.node(id).first_child; c != kNone; c = dom.node(c).next_sibling) {
    if (dom.node(c).type == html::NodeType::kElement && dom.Name(c) == name) return c;
  }
  if (name.find(':') != std::string_view::npos) return kNone;
  for (uint32_t c = dom.node(id).first_child; c != kNone; c = dom.node(c).next_sibling) {
    if (dom.node(c).type == html::NodeType::kElement && LocalName(dom.Name(c)) == name) return c;
  }
  return kNone;
}

std::string ChildText(const Dom& dom, uint32_t id, std::string_view name) {
  const uint32_t c = Child(dom, id, name);
  if (c == kNone) return {};
  std::string t;
  dom.AppendText(c, &t);
  return t;
}

// Block-aware text of an inline XHTML subtree (Atom type="xhtml").
void XhtmlText(const Dom& dom, uint32_t id, html::TextWriter* w) {
  const html::Node& n = dom.node(id);
  if (n.type == html::NodeType::kText) {
    w->Text(dom.Text(id));
    return;
  }
  const bool block = LocalName(dom.Name(id)) == "p" || LocalName(dom.Name(id)) == "div" ||
                     LocalName(dom.Name(id)) == "li" || LocalName(dom.Name(id)).starts_with("h");
  if (block) w->EndParagraph();
  for (uint32_t c = n.first_child; c != kNone; c = dom.node(c).next_sibling) XhtmlText(dom, c, w);
  if (block) w->EndParagraph();
}

std::string AtomLink(const Dom& dom, uint32_t entry) {
  std::string fallback;
  for (uint32_t c = dom.node(entry).first_child; c != kNone; c = dom.node(c).next_sibling) {
    if (dom.node(c).type != html::NodeType::kElement || LocalName(dom.Name(c)) != "link") continue;
    const std::string_view rel = dom.Attr(c, "rel");
    const std::string_view href = dom.Attr(c, "href");
    if (!href.empty() && (rel.empty() || rel == "alternate")) return std::string(href);
    if (fallback.empty() && !href.empty()) fallback = href;
  }
  return fallback;
}

FeedItem XmlItem(const Dom& dom, uint32_t item) {
  FeedItem it;
  it.title = html::CollapseSpace(ChildText(dom, item, "title"));
  it.link = html::CollapseSpace(ChildText(dom, item, "link"));
  if (it.link.empty()) it.link = AtomLink(dom, item);
  for (std::string_view d : {"pubDate", "published", "dc:date", "date", "updated", "issued"}) {
    if (it.date.empty()) it.date = NormalizeDate(ChildText(dom, item, d));
  }
  for (std::string_view a : {"dc:creator", "author", "creator"}) {
    if (!it.author.empty()) break;
    const uint32_t c = Child(dom, item, a);
    if (c == kNone) continue;
    const uint32_t name = Child(dom, c, "name");
    std::string t;
    dom.AppendText(name != kNone ? name : c, &t);
    it.author = html::CleanByline(t);
  }
  it.id = html::CollapseSpace(ChildText(dom, item, "guid"));
  if (it.id.empty()) it.id = html::CollapseSpace(ChildText(dom, item, "id"));
  for (std::string_view c : {"content:encoded", "content", "description", "summary"}) {
    const uint32_t node = Child(dom, item, c);
    if (node == kNone) continue;
    if (dom.Attr(node, "type") == "xhtml") {
      html::TextWriter w;
      XhtmlText(dom, node, &w);
      it.content = w.Finish();
      it.content_is_xhtml = true;
    } else {
      dom.AppendText(node, &it.content);
    }
    if (!it.content.empty()) break;
  }
  return it;
}

// A short item id that reads as an identifier (not a URL or URN) is kept as the doc id.
std::string DocId(const std::string& item_id, const std::string& file_id, size_t n) {
  const bool usable =
      !item_id.empty() && item_id.size() <= 64 && item_id.find_first_of("/: ") == std::string::npos;
  return usable ? item_id : file_id + "#" + std::to_string(n);
}

void AddItem(FeedItem&& it, const std::string& outlet, const std::string& language,
             const std::string& path, const std::string& file_id, size_t n, ReadResult* out) {
  const std::string id = DocId(it.id, file_id, n);
  std::string text =
      it.content_is_xhtml ? std::move(it.content) : html::FragmentText(it.content, it.title);
  if (text.empty()) {
    out->errors.push_back(
        Error{ErrorCode::kEmpty, path + ": item " + std::to_string(n) + " has no text"});
    return;
  }
  Document doc;
  doc.id = id;
  doc.path = path;
  doc.text = std::move(text);
  doc.body = TextSpan{0, static_cast<uint32_t>(doc.text.size())};
  if (!it.title.empty()) doc.title = it.title;
  if (!outlet.empty()) doc.outlet = outlet;
  if (!it.link.empty()) doc.url = it.link;
  if (!it.date.empty()) doc.published = it.date;
  if (!it.author.empty()) doc.byline = it.author;
  std::string lang = DetectLanguage(doc.text);
  if (lang.empty() && !language.empty()) lang = language.substr(0, language.find_first_of("-_"));
  if (!lang.empty()) doc.language = lang;
  out->docs.push_back(std::move(doc));
}

void ReadXmlFeed(std::string_view utf8, const std::string& path, const std::string& file_id,
                 ReadResult* out) {
  auto parsed = html::ParseXml(utf8);
  if (!parsed) {
    out->errors.push_back(Error{parsed.error().code, path + ": " + parsed.error().message});
    return;
  }
  const Dom& dom = *parsed;
  uint32_t channel = kNone;
  std::vector<uint32_t> items;
  for (uint32_t id = 1; id < dom.size(); ++id) {
    if (dom.node(id).type != html::NodeType::kElement) continue;
    const std::string_view name = LocalName(dom.Name(id));
    if (name == "item" || name == "entry") items.push_back(id);
    if (channel == kNone && (name == "channel" || name == "feed")) channel = id;
  }
  if (items.empty()) {
    out->errors.push_back(Error{ErrorCode::kFormat, path + ": not an RSS or Atom feed (no items)"});
    return;
  }
  std::string outlet, language;
  if (channel != kNone) {
    outlet = html::CollapseSpace(ChildText(dom, channel, "title"));
    language = html::CollapseSpace(ChildText(dom, channel, "language"));
  }
  for (size_t i = 0; i < items.size(); ++i) {
    AddItem(XmlItem(dom, items[i]), outlet, language, path, file_id, i + 1, out);
  }
}

std::string JsonStr(const Json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  return {};
}

void ReadJsonFeed(std::string_view bytes, const std::string& path, const std::string& file_id,
                  ReadResult* out) {
  const Json j = Json::parse(bytes, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object() || !j.contains("items") || !j["items"].is_array()) {
    out->errors.push_back(Error{ErrorCode::kFormat, path + ": not a JSON Feed"});
    return;
  }
  const std::string outlet = html::CollapseSpace(JsonStr(j, "title"));
  const std::string language = JsonStr(j, "language");
  size_t n = 0;
  for (const Json& x : j["items"]) {
    ++n;
    if (!x.is_object()) continue;
    FeedItem it;
    it.id = JsonStr(x, "id");
    it.title = html::CollapseSpace(JsonStr(x, "title"));
    it.link = JsonStr(x, "url");
    it.date = NormalizeDate(JsonStr(x, "date_published"));
    it.content = JsonStr(x, "content_html");
    if (it.content.empty()) it.content = JsonStr(x, "content_text");
    if (it.content.empty()) it.content = JsonStr(x, "summary");
    for (const char* a : {"authors", "author"}) {
      if (!x.contains(a)) continue;
      const Json& v = x[a].is_array() && !x[a].empty() ? x[a][0] : x[a];
      if (v.is_object()) it.author = html::CleanByline(JsonStr(v, "name"));
    }
    AddItem(std::move(it), outlet, language, path, file_id, n, out);
  }
}

}  // namespace

bool LooksLikeFeed(std::string_view bytes) {
  std::string head(bytes.substr(0, 2048));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (head.find("jsonfeed.org/version") != std::string::npos) return true;
  for (const char* root : {"<rss", "<rdf:rdf", "<feed"}) {
    const size_t at = head.find(root);
    if (at != std::string::npos && head.find("<html") == std::string::npos) return true;
  }
  return false;
}

void ReadFeed(std::string_view bytes, const std::string& path, const std::string& file_id,
              ReadResult* out) {
  size_t start = 0;
  while (start < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[start]))) ++start;
  if (start < bytes.size() && bytes[start] == '{') {
    ReadJsonFeed(bytes, path, file_id, out);
    return;
  }
  std::string charset;
  auto utf8 = DecodeWebBytes(bytes, path, &charset);
  if (!utf8) {
    out->errors.push_back(utf8.error());
    return;
  }
  ReadXmlFeed(*utf8, path, file_id, out);
}

}  // namespace chorus
