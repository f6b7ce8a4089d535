// Bounds a page before gumbo parses it, and speeds it up, without changing what it means.
//
//   html::Prescan p = html::PrescanHtml(utf8);
//   GumboOutput* out = gumbo_parse_with_options(&options, p.html.data(), p.html.size());
//   uint32_t at = p.InputOffset(gumbo_offset);   // back to a byte offset of `utf8`
//
// gumbo 0.10.1 has no depth or size limit: 100,000 nested <div>s take quadratic time in its
// scope checks, and unclosed formatting elements are re-opened in every block. The prescan
// is a light lexer (comments, tags with quoted attributes, raw-text elements) that
//   - elides what no chorus pass reads: the bodies of <script> and <style> (never text;
//     half of a typical page's bytes and of gumbo's time) except JSON-LD, which the metadata
//     reader needs; the bodies of <svg> and <nav> (skipped subtrees); comments; white space
//     between tags beyond its first byte (outside <pre>); <link> other than rel=canonical;
//     and unread attributes (data-*, srcset, event handlers, href outside <link> ...);
//   - estimates the open-element depth (implied-end elements such as <p>, <li>, <td> do not
//     nest, end tags pop to their match) and elides start and end tags that would nest deeper
//     than kMaxDepth, or open more than kMaxFormatting formatting elements, so their content
//     is flattened into the enclosing element, as the old reader's depth cap did;
//   - cuts the page after kMaxStartTags start tags (best effort, `truncated`).
// Elided ranges are recorded, so offsets in the parsed buffer map back to the input.
#ifndef CHORUS_READ_HTML_PRESCAN_H_
#define CHORUS_READ_HTML_PRESCAN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chorus::html {

inline constexpr uint32_t kMaxDepth = 512;
inline constexpr uint32_t kMaxFormatting = 24;
inline constexpr uint32_t kMaxStartTags = 300'000;

struct Prescan {
  std::string html;  // what gumbo parses
  bool truncated = false;
  // Sorted: bytes of the input before html offset `at` are shifted by `shift` from there on.
  struct Cut {
    uint32_t at = 0;
    uint32_t shift = 0;
  };
  std::vector<Cut> cuts;

  uint32_t InputOffset(uint32_t html_offset) const;
};

Prescan PrescanHtml(std::string_view utf8);

}  // namespace chorus::html

#endif  // CHORUS_READ_HTML_PRESCAN_H_
