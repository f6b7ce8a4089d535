// A compact, bounded DOM for reading web pages, feeds and other tag soup.
//
//   html::Dom dom = html::ParseHtml(utf8);               // HTML5 parsing by gumbo
//   for (uint32_t c = dom.node(0).first_child; c != html::kNone; c = dom.node(c).next_sibling)
//   std::string_view cls = dom.Attr(id, "class");        // "" when absent
//   dom.node(text_id).src_begin                          // where a text node is in `utf8`
//   Result<html::Dom> feed = html::ParseXml(xml);        // feeds, by libxml2 (xml_dom.cc)
//
// Web pages are parsed by gumbo (html_gumbo.cc, after the bounding prescan of
// html_prescan.h) and copied into this form: nodes live in one vector, strings in one arena,
// so later passes touch a few contiguous arrays. Nesting deeper than ParseOptions::max_depth
// is flattened (children go to the deepest allowed element) and building stops after
// max_nodes, so any input gives a tree of bounded depth and size, and code walking the tree
// may recurse. Feeds are parsed by libxml2 in recover mode and copied the same way
// (xml_dom.cc).
#ifndef CHORUS_READ_HTML_DOM_H_
#define CHORUS_READ_HTML_DOM_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/error.h"

namespace chorus::html {

inline constexpr uint32_t kNone = 0xFFFFFFFFu;

enum class NodeType : uint8_t { kDocument, kElement, kText };

// Elements the readers reason about; everything else is kOther (its name is still kept).
enum class Tag : uint8_t {
  kOther,
  kA,
  kAbbr,
  kAddress,
  kArticle,
  kAside,
  kAudio,
  kB,
  kBlockquote,
  kBody,
  kBr,
  kButton,
  kCanvas,
  kCaption,
  kCenter,
  kCite,
  kCode,
  kDd,
  kDetails,
  kDialog,
  kDiv,
  kDl,
  kDt,
  kEm,
  kEmbed,
  kFieldset,
  kFigcaption,
  kFigure,
  kFont,
  kFooter,
  kForm,
  kH1,
  kH2,
  kH3,
  kH4,
  kH5,
  kH6,
  kHead,
  kHeader,
  kHr,
  kHtml,
  kI,
  kIframe,
  kImg,
  kInput,
  kLabel,
  kLegend,
  kLi,
  kLink,
  kMain,
  kMap,
  kMath,
  kMenu,
  kMeta,
  kNav,
  kNoscript,
  kObject,
  kOl,
  kOption,
  kP,
  kPicture,
  kPre,
  kQ,
  kS,
  kScript,
  kSection,
  kSelect,
  kSmall,
  kSource,
  kSpan,
  kStrong,
  kStyle,
  kSub,
  kSummary,
  kSup,
  kSvg,
  kTable,
  kTbody,
  kTd,
  kTemplate,
  kTextarea,
  kTfoot,
  kTh,
  kThead,
  kTime,
  kTitle,
  kTr,
  kU,
  kUl,
  kVideo,
  kWbr,
};

inline bool IsHeading(Tag t) { return t >= Tag::kH1 && t <= Tag::kH6; }

struct Node {
  NodeType type = NodeType::kElement;
  Tag tag = Tag::kOther;
  uint32_t parent = kNone;
  uint32_t first_child = kNone;
  uint32_t last_child = kNone;
  uint32_t next_sibling = kNone;
  uint32_t str_begin = 0;  // element: lower-case name; text: decoded text (arena offsets)
  uint32_t str_size = 0;
  uint32_t attr_begin = 0;  // into Dom::attrs
  uint32_t attr_count = 0;
  // Text from ParseHtml: its source bytes [src_begin, src_end) in the parsed input, entity
  // references undecoded (0, 0 when unknown).
  uint32_t src_begin = 0;
  uint32_t src_end = 0;
};

struct Attribute {
  uint32_t name_begin = 0, name_size = 0;
  uint32_t value_begin = 0, value_size = 0;
};

struct ParseOptions {
  uint32_t max_depth = 256;  // deeper elements are flattened into their ancestor
  uint32_t max_nodes = 4'000'000;
};

class Dom {
 public:
  const Node& node(uint32_t id) const { return nodes_[id]; }
  uint32_t size() const { return static_cast<uint32_t>(nodes_.size()); }
  bool truncated() const { return truncated_; }

  std::string_view Name(uint32_t id) const {
    return Str(nodes_[id].str_begin, nodes_[id].str_size);
  }
  std::string_view Text(uint32_t id) const { return Name(id); }
  bool IsElement(uint32_t id, Tag t) const {
    return nodes_[id].type == NodeType::kElement && nodes_[id].tag == t;
  }
  // The value of attribute `name` (lower case), or "" when absent.
  std::string_view Attr(uint32_t id, std::string_view name) const;
  bool HasAttr(uint32_t id, std::string_view name) const;
  std::string_view AttrName(const Attribute& a) const { return Str(a.name_begin, a.name_size); }
  std::string_view AttrValue(const Attribute& a) const { return Str(a.value_begin, a.value_size); }
  const Attribute* attrs_begin(uint32_t id) const { return attrs_.data() + nodes_[id].attr_begin; }
  const Attribute* attrs_end(uint32_t id) const {
    return attrs_.data() + nodes_[id].attr_begin + nodes_[id].attr_count;
  }

  // All text below `id` in document order, appended raw (no white-space changes).
  void AppendText(uint32_t id, std::string* out) const;
  // Elements below `id` (in document order) whose tag is t, or whose name is `name` if given.
  std::vector<uint32_t> FindAll(uint32_t id, Tag t, std::string_view name = {}) const;

 private:
  friend class GumboDomBuilder;
  friend class XmlTreeBuilder;
  // For the builders: a new last child of `parent` (the root is node 0).
  uint32_t AddNode(uint32_t parent, NodeType type);
  std::string_view Str(uint32_t b, uint32_t n) const {
    return std::string_view(arena_).substr(b, n);
  }

  std::vector<Node> nodes_;
  std::vector<Attribute> attrs_;
  std::string arena_;
  bool truncated_ = false;
};

// HTML5 parsing with gumbo; malformed and truncated input is parsed best effort.
Dom ParseHtml(std::string_view utf8, const ParseOptions& options = {});

// XML (feeds) by libxml2 in recover mode, no DTD loading or entity expansion (XXE-safe).
// CDATA is text; element names of known feed namespaces get their usual prefix whatever the
// document calls them ("content:encoded", "dc:creator"; Atom, RSS 1.0 and XHTML names have
// none), other names keep the document's prefix. HTML named references (&nbsp;) and stray
// '&' outside CDATA are rewritten first, as a browser would read them. kFormat when the
// input is not XML at all (the message gives libxml2's reason).
Result<Dom> ParseXml(std::string_view utf8, const ParseOptions& options = {});

// Tag for a lower-case element name (kOther when not one of the enum's).
Tag TagFromName(std::string_view lower_name);

// Appends the UTF-8 encoding of code point c.
void AppendUtf8(char32_t c, std::string* out);

}  // namespace chorus::html

#endif  // CHORUS_READ_HTML_DOM_H_
