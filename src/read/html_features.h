// Per-element features of a parsed page, the evidence main-content extraction weighs.
//
//   html::PageFeatures f = html::ComputeFeatures(dom);
//   f.text[id], f.link_text[id]     // visible characters below id, and those inside links
//   f.class_weight[id]              // +25 / -25 per content / boilerplate hint in class and id
//
// Features follow Readability (Mozilla) and Boilerpipe (Kohlschütter et al. 2010, "shallow
// text features"): text length, link density, comma counts, paragraph counts, and class/id
// evidence. Invisible and non-text elements (script, style, nav, forms, hidden) are marked
// `skip` and contribute nothing. All passes are linear over the node array (nodes are in
// document order, so a reverse pass aggregates children into parents without recursion).
#ifndef CHORUS_READ_HTML_FEATURES_H_
#define CHORUS_READ_HTML_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "read/html_dom.h"

namespace chorus::html {

enum Hint : uint8_t {
  kHintNone = 0,
  kHintContent = 1,      // article, body, content, entry, post, story, text ...
  kHintBoilerplate = 2,  // comment, share, related, sidebar, footer, promo, newsletter ...
  kHintCaption = 4,      // caption, credit
  kHintByline = 8,       // byline, author, dateline
};

struct PageFeatures {
  std::vector<uint8_t> skip;           // invisible or non-text subtree
  std::vector<uint8_t> hints;          // Hint bits from class, id and role
  std::vector<int16_t> class_weight;   // Readability's class weight (+-25 per hint in class, id)
  std::vector<uint32_t> text;          // visible non-space bytes in the subtree
  std::vector<uint32_t> link_text;     // ... of them inside <a>
  std::vector<uint32_t> own_text;      // ... in text children of this element itself
  std::vector<uint32_t> commas;        // commas in the subtree's text
  std::vector<uint32_t> paragraphs;    // <p> elements with text below
  std::vector<uint32_t> list_items;    // <li> elements below
  std::vector<uint32_t> list_text;     // text inside <li> below
  std::vector<uint32_t> images;        // <img> below
  std::vector<uint32_t> inputs;        // form controls below
  std::vector<uint32_t> embeds;        // iframes, videos, objects below
  std::vector<uint32_t> heading_text;  // text inside h1-h6 below

  double LinkDensity(uint32_t id) const {
    return text[id] == 0 ? 0.0 : static_cast<double>(link_text[id]) / text[id];
  }
};

// `honour_hidden` false keeps hidden elements (pages that reveal their text with script).
PageFeatures ComputeFeatures(const Dom& dom, bool honour_hidden = true);

// True for elements that start a new paragraph of text (div, p, li, headings ...).
bool IsBlock(Tag t);

// The Hint bits of a class/id/role string (lower-cased inside).
uint8_t HintsOf(std::string_view class_or_id);

}  // namespace chorus::html

#endif  // CHORUS_READ_HTML_FEATURES_H_
