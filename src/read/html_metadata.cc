// Page metadata: meta tags, Open Graph, schema.org JSON-LD (see html_metadata.h).
#include "read/html_metadata.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cctype>
#include <map>
#include <vector>

#include "read/dates.h"
#include "read/html_features.h"

namespace chorus::html {
namespace {

using Json = nlohmann::json;

constexpr int kMaxJsonDepth = 12;

bool IsArticleType(const Json& t) {
  static constexpr std::array<std::string_view, 12> kTypes = {
      "NewsArticle", "Article",          "BlogPosting",           "ReportageNewsArticle",
      "Report",      "LiveBlogPosting",  "AnalysisNewsArticle",   "OpinionNewsArticle",
      "TechArticle", "ScholarlyArticle", "BackgroundNewsArticle", "SocialMediaPosting"};
  if (t.is_array()) {
    for (const Json& x : t) {
      if (IsArticleType(x)) return true;
    }
    return false;
  }
  if (!t.is_string()) return false;
  const std::string& s = t.get_ref<const std::string&>();
  for (std::string_view k : kTypes) {
    if (s == k) return true;
  }
  return false;
}

std::string JsonString(const Json& j, std::string_view key) {
  const auto it = j.find(key);
  if (it == j.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_object()) {
    for (std::string_view k : {"name", "@id", "url"}) {
      const auto in = it->find(k);
      if (in != it->end() && in->is_string()) return in->get<std::string>();
    }
  }
  if (it->is_array() && !it->empty() && (*it)[0].is_string()) return (*it)[0].get<std::string>();
  return {};
}

// Author names of a JSON-LD author value (string, Person, or array of them).
void AuthorNames(const Json& a, std::vector<std::string>* out, int depth = 0) {
  if (depth > 3) return;
  if (a.is_string()) {
    out->push_back(a.get<std::string>());
  } else if (a.is_object()) {
    const auto it = a.find("name");
    if (it != a.end()) AuthorNames(*it, out, depth + 1);
  } else if (a.is_array()) {
    for (const Json& x : a) AuthorNames(x, out, depth + 1);
  }
}

struct JsonLdArticle {
  std::string headline, published, publisher, url, language, body;
  std::vector<std::string> authors;
  bool found = false;
};

void FindArticle(const Json& j, JsonLdArticle* out, int depth) {
  if (depth > kMaxJsonDepth || out->found) return;
  if (j.is_array()) {
    for (const Json& x : j) FindArticle(x, out, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  const auto type = j.find("@type");
  if (type != j.end() && IsArticleType(*type)) {
    out->found = true;
    out->headline = JsonString(j, "headline");
    if (out->headline.empty()) out->headline = JsonString(j, "name");
    out->published = JsonString(j, "datePublished");
    out->publisher = JsonString(j, "publisher");
    out->url = JsonString(j, "url");
    out->language = JsonString(j, "inLanguage");
    out->body = JsonString(j, "articleBody");
    const auto a = j.find("author");
    if (a != j.end()) AuthorNames(*a, &out->authors);
    return;
  }
  for (const auto& [key, value] : j.items()) {
    if (value.is_array() || value.is_object()) FindArticle(value, out, depth + 1);
  }
}

JsonLdArticle ParseJsonLd(const Dom& dom) {
  JsonLdArticle art;
  for (uint32_t id : dom.FindAll(0, Tag::kScript)) {
    if (dom.Attr(id, "type").find("ld+json") == std::string_view::npos) continue;
    std::string text;
    dom.AppendText(id, &text);
    const Json j = Json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) continue;
    FindArticle(j, &art, 0);
    if (art.found) break;
  }
  return art;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// meta name/property/itemprop -> content (first occurrence wins).
std::map<std::string, std::string, std::less<>> MetaTags(const Dom& dom) {
  std::map<std::string, std::string, std::less<>> m;
  for (uint32_t id : dom.FindAll(0, Tag::kMeta)) {
    std::string_view content = dom.Attr(id, "content");
    if (content.empty()) content = dom.Attr(id, "datetime");
    if (content.empty()) continue;
    for (std::string_view k : {"property", "name", "itemprop"}) {
      const std::string_view key = dom.Attr(id, k);
      if (!key.empty()) m.emplace(Lower(key), CollapseSpace(content));
    }
  }
  return m;
}

std::string First(const std::map<std::string, std::string, std::less<>>& m,
                  std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys) {
    const auto it = m.find(k);
    if (it != m.end() && !it->second.empty()) return it->second;
  }
  return {};
}

std::string ElementText(const Dom& dom, uint32_t id) {
  std::string t;
  dom.AppendText(id, &t);
  return CollapseSpace(t);
}

std::string DocumentByline(const Dom& dom) {
  for (uint32_t id : dom.FindAll(0, Tag::kA)) {
    if (dom.Attr(id, "rel") == "author") {
      std::string b = CleanByline(ElementText(dom, id));
      if (!b.empty()) return b;
    }
  }
  for (uint32_t id = 1; id < dom.size(); ++id) {
    if (dom.node(id).type != NodeType::kElement) continue;
    const std::string_view ip = dom.Attr(id, "itemprop");
    const bool hinted = ip == "author" || (HintsOf(dom.Attr(id, "class")) & kHintByline) != 0;
    if (!hinted) continue;
    const std::string text = ElementText(dom, id);
    if (text.empty() || text.size() > 120) continue;
    std::string b = CleanByline(text);
    if (!b.empty()) return b;
  }
  return {};
}

std::string DocumentDate(const Dom& dom) {
  for (uint32_t id : dom.FindAll(0, Tag::kTime)) {
    std::string d = NormalizeDate(dom.Attr(id, "datetime"));
    if (!d.empty()) return d;
  }
  return {};
}

std::string CanonicalUrl(const Dom& dom) {
  for (uint32_t id : dom.FindAll(0, Tag::kLink)) {
    if (Lower(dom.Attr(id, "rel")) == "canonical") return CollapseSpace(dom.Attr(id, "href"));
  }
  return {};
}

void FillTitle(const Dom& dom, const JsonLdArticle& ld,
               const std::map<std::string, std::string, std::less<>>& m, PageMetadata* md) {
  md->title = First(m, {"og:title", "twitter:title", "dc.title", "headline"});
  if (md->title.empty()) md->title = CollapseSpace(ld.headline);
  if (md->title.empty()) {
    const auto h1 = dom.FindAll(0, Tag::kH1);
    if (!h1.empty()) md->title = ElementText(dom, h1[0]);
  }
  if (md->title.empty()) {
    const auto t = dom.FindAll(0, Tag::kTitle);
    if (!t.empty()) md->title = ElementText(dom, t[0]);
  }
}

}  // namespace

std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const bool nbsp = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || nbsp) {
      if (nbsp) ++i;
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

std::string CleanByline(std::string_view raw) {
  std::string s = CollapseSpace(raw);
  // Split into candidate names at separators; keep those that read as names.
  std::vector<std::string> parts;
  std::string cur;
  auto flush = [&] {
    parts.push_back(CollapseSpace(cur));
    cur.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ',' || c == '|' || c == ';' || c == '/' || c == '\n') {
      flush();
    } else if (s.compare(i, 5, " and ") == 0) {
      flush();
      i += 4;
    } else {
      cur.push_back(c);
    }
  }
  flush();
  std::string out;
  for (std::string p : parts) {
    const std::string lower = Lower(p);
    if (lower.starts_with("by ")) p = p.substr(3);
    if (p.find('@') != std::string::npos || p.find("://") != std::string::npos) continue;
    int words = 0, caps = 0, digits = 0;
    for (size_t i = 0; i < p.size(); ++i) {
      if (std::isdigit(static_cast<unsigned char>(p[i]))) ++digits;
      if (i == 0 || p[i - 1] == ' ') {
        ++words;
        const unsigned char c = static_cast<unsigned char>(p[i]);
        if (std::isupper(c) || c >= 0x80) ++caps;
      }
    }
    if (words == 0 || words > 6 || digits > 0 || caps * 3 < words * 2) continue;
    if (!out.empty()) out += ", ";
    out += p;
  }
  return out;
}

PageMetadata ExtractMetadata(const Dom& dom) {
  PageMetadata md;
  const JsonLdArticle ld = ParseJsonLd(dom);
  const auto m = MetaTags(dom);
  FillTitle(dom, ld, m, &md);
  std::string authors;
  for (const std::string& a : ld.authors) {
    const std::string b = CleanByline(a);
    if (b.empty() || authors.find(b) != std::string::npos) continue;
    authors += (authors.empty() ? "" : ", ") + b;
  }
  md.byline = authors;
  if (md.byline.empty()) {
    md.byline = CleanByline(First(m, {"author", "article:author", "byl", "dc.creator",
                                      "parsely-author", "sailthru.author", "twitter:creator"}));
  }
  if (md.byline.empty()) md.byline = DocumentByline(dom);
  md.published = NormalizeDate(ld.published);
  if (md.published.empty()) {
    md.published = NormalizeDate(
        First(m, {"article:published_time", "og:published_time", "datepublished", "publishdate",
                  "pubdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created",
                  "parsely-pub-date", "sailthru.date", "article.published"}));
  }
  if (md.published.empty()) md.published = DocumentDate(dom);
  md.outlet = First(m, {"og:site_name", "application-name", "al:android:app_name"});
  if (md.outlet.empty()) md.outlet = CollapseSpace(ld.publisher);
  md.url = CanonicalUrl(dom);
  if (md.url.empty()) md.url = First(m, {"og:url", "twitter:url"});
  if (md.url.empty()) md.url = CollapseSpace(ld.url);
  const auto html = dom.FindAll(0, Tag::kHtml);
  if (!html.empty()) md.language = CollapseSpace(dom.Attr(html[0], "lang"));
  if (md.language.empty()) md.language = CollapseSpace(ld.language);
  if (md.language.empty()) md.language = First(m, {"og:locale", "content-language", "language"});
  md.description = First(m, {"og:description", "description", "twitter:description"});
  md.article_body = ld.body;
  return md;
}

}  // namespace chorus::html
