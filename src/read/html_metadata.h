// Article metadata from a parsed page: meta tags, Open Graph, Dublin Core and schema.org
// JSON-LD (NewsArticle, Article, BlogPosting, ...).
//
//   html::PageMetadata m = html::ExtractMetadata(dom);
//   m.title, m.byline ("Jane Doe, John Roe"), m.published ("2019-11-19T13:00:00Z"), m.outlet
//
// Precedence follows trafilatura's metadata extraction (Barbaresi 2021): JSON-LD first, then
// Open Graph / article:* / Dublin Core / name= meta tags, then the document (<title>, <h1>,
// rel=author, <time datetime>). Bylines keep person names only: e-mail prompts, dates,
// URLs and "By" prefixes are dropped. Every value is text found in the page.
#ifndef CHORUS_READ_HTML_METADATA_H_
#define CHORUS_READ_HTML_METADATA_H_

#include <string>
#include <string_view>

#include "read/html_dom.h"

namespace chorus::html {

struct PageMetadata {
  std::string title;
  std::string byline;
  std::string published;  // ISO 8601 (the date, or date and time, as given)
  std::string outlet;     // site or publisher name
  std::string url;        // canonical URL
  std::string language;   // <html lang> / og:locale / inLanguage
  std::string description;
  std::string article_body;  // schema.org articleBody, when the page carries one
};

PageMetadata ExtractMetadata(const Dom& dom);

// Cleans an author string: strips "By", e-mail addresses, URLs, dates; "" if nothing is left
// that reads as a name.
std::string CleanByline(std::string_view s);

// Collapses white space runs to one space and trims.
std::string CollapseSpace(std::string_view s);

}  // namespace chorus::html

#endif  // CHORUS_READ_HTML_METADATA_H_
