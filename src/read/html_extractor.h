// Main-content extraction from web pages: the article body, without what readers skip.
//
//   html::Article a = html::ExtractArticle(utf8_html);
//   a.text       // paragraphs separated by blank lines (headings and list items are paragraphs)
//   a.meta       // title, byline, published, outlet, url, language (see html_metadata.h)
//   a.removed    // captions, credits, bylines, widgets dropped, with their source runs
//                // (html_removals.h: inside the article, and named blocks outside it)
//
// Method (html_extractor.cc): Readability's candidate scoring over the DOM (paragraph text
// length and commas propagated to ancestors, class/id weights, link density), Readability's
// sibling merge and conditional cleaning, then Boilerpipe/jusText-style block decisions
// (link density, length, class/id hints) for what remains, and schema.org articleBody as
// evidence when the page carries it.
#ifndef CHORUS_READ_HTML_EXTRACTOR_H_
#define CHORUS_READ_HTML_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "chorus/story.h"
#include "read/html_dom.h"
#include "read/html_metadata.h"
#include "read/html_removals.h"

namespace chorus::html {

struct Article {
  std::string text;
  PageMetadata meta;
  std::vector<RemovedText> removed;
};

Article ExtractArticle(std::string_view utf8_html);

// The body of an already parsed page; `title` (may be empty) is dropped where it repeats.
std::string ExtractMainText(const Dom& dom, std::string_view title,
                            std::vector<RemovedText>* removed);

// The text of an HTML fragment (a feed item's content), cleaned the same way.
std::string FragmentText(std::string_view utf8_html, std::string_view title);

}  // namespace chorus::html

#endif  // CHORUS_READ_HTML_EXTRACTOR_H_
