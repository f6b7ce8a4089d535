// Dom accessors and the element-name table shared by the HTML and XML parsers.
#include <algorithm>

#include "read/html_dom.h"

namespace chorus::html {
namespace {

constexpr std::pair<std::string_view, Tag> kTags[] = {
    {"a", Tag::kA},
    {"abbr", Tag::kAbbr},
    {"address", Tag::kAddress},
    {"article", Tag::kArticle},
    {"aside", Tag::kAside},
    {"audio", Tag::kAudio},
    {"b", Tag::kB},
    {"blockquote", Tag::kBlockquote},
    {"body", Tag::kBody},
    {"br", Tag::kBr},
    {"button", Tag::kButton},
    {"canvas", Tag::kCanvas},
    {"caption", Tag::kCaption},
    {"center", Tag::kCenter},
    {"cite", Tag::kCite},
    {"code", Tag::kCode},
    {"dd", Tag::kDd},
    {"details", Tag::kDetails},
    {"dialog", Tag::kDialog},
    {"div", Tag::kDiv},
    {"dl", Tag::kDl},
    {"dt", Tag::kDt},
    {"em", Tag::kEm},
    {"embed", Tag::kEmbed},
    {"fieldset", Tag::kFieldset},
    {"figcaption", Tag::kFigcaption},
    {"figure", Tag::kFigure},
    {"font", Tag::kFont},
    {"footer", Tag::kFooter},
    {"form", Tag::kForm},
    {"h1", Tag::kH1},
    {"h2", Tag::kH2},
    {"h3", Tag::kH3},
    {"h4", Tag::kH4},
    {"h5", Tag::kH5},
    {"h6", Tag::kH6},
    {"head", Tag::kHead},
    {"header", Tag::kHeader},
    {"hr", Tag::kHr},
    {"html", Tag::kHtml},
    {"i", Tag::kI},
    {"iframe", Tag::kIframe},
    {"img", Tag::kImg},
    {"input", Tag::kInput},
    {"label", Tag::kLabel},
    {"legend", Tag::kLegend},
    {"li", Tag::kLi},
    {"link", Tag::kLink},
    {"main", Tag::kMain},
    {"map", Tag::kMap},
    {"math", Tag::kMath},
    {"menu", Tag::kMenu},
    {"meta", Tag::kMeta},
    {"nav", Tag::kNav},
    {"noscript", Tag::kNoscript},
    {"object", Tag::kObject},
    {"ol", Tag::kOl},
    {"option", Tag::kOption},
    {"p", Tag::kP},
    {"picture", Tag::kPicture},
    {"pre", Tag::kPre},
    {"q", Tag::kQ},
    {"s", Tag::kS},
    {"script", Tag::kScript},
    {"section", Tag::kSection},
    {"select", Tag::kSelect},
    {"small", Tag::kSmall},
    {"source", Tag::kSource},
    {"span", Tag::kSpan},
    {"strong", Tag::kStrong},
    {"style", Tag::kStyle},
    {"sub", Tag::kSub},
    {"summary", Tag::kSummary},
    {"sup", Tag::kSup},
    {"svg", Tag::kSvg},
    {"table", Tag::kTable},
    {"tbody", Tag::kTbody},
    {"td", Tag::kTd},
    {"template", Tag::kTemplate},
    {"textarea", Tag::kTextarea},
    {"tfoot", Tag::kTfoot},
    {"th", Tag::kTh},
    {"thead", Tag::kThead},
    {"time", Tag::kTime},
    {"title", Tag::kTitle},
    {"tr", Tag::kTr},
    {"u", Tag::kU},
    {"ul", Tag::kUl},
    {"video", Tag::kVideo},
    {"wbr", Tag::kWbr},
};

}  // namespace

Tag TagFromName(std::string_view n) {
  const auto it = std::lower_bound(std::begin(kTags), std::end(kTags), n,
                                   [](const auto& e, std::string_view x) { return e.first < x; });
  return it != std::end(kTags) && it->first == n ? it->second : Tag::kOther;
}

std::string_view Dom::Attr(uint32_t id, std::string_view name) const {
  for (const Attribute* a = attrs_begin(id); a != attrs_end(id); ++a) {
    if (AttrName(*a) == name) return AttrValue(*a);
  }
  return {};
}

bool Dom::HasAttr(uint32_t id, std::string_view name) const {
  for (const Attribute* a = attrs_begin(id); a != attrs_end(id); ++a) {
    if (AttrName(*a) == name) return true;
  }
  return false;
}

void Dom::AppendText(uint32_t id, std::string* out) const {
  const Node& n = nodes_[id];
  if (n.type == NodeType::kText) {
    out->append(Text(id));
    return;
  }
  for (uint32_t c = n.first_child; c != kNone; c = nodes_[c].next_sibling) AppendText(c, out);
}

std::vector<uint32_t> Dom::FindAll(uint32_t id, Tag t, std::string_view name) const {
  std::vector<uint32_t> found;
  // Nodes are stored in document order, and a subtree is a contiguous id range.
  uint32_t end = id + 1;
  for (uint32_t up = id; up != kNone; up = nodes_[up].parent) {
    if (nodes_[up].next_sibling != kNone) {
      end = nodes_[up].next_sibling;
      break;
    }
    end = size();
  }
  if (id == 0) end = size();
  for (uint32_t k = id + 1; k < end; ++k) {
    const Node& n = nodes_[k];
    if (n.type != NodeType::kElement) continue;
    if (name.empty() ? n.tag == t : Name(k) == name) found.push_back(k);
  }
  return found;
}

uint32_t Dom::AddNode(uint32_t parent, NodeType type) {
  const uint32_t id = static_cast<uint32_t>(nodes_.size());
  Node node;
  node.type = type;
  node.parent = parent;
  nodes_.push_back(node);
  Node& p = nodes_[parent];
  if (p.last_child == kNone) {
    p.first_child = id;
  } else {
    nodes_[p.last_child].next_sibling = id;
  }
  p.last_child = id;
  return id;
}

}  // namespace chorus::html
