// A fast, tolerant HTML (and XML feed) parser producing html::Dom.
//
// Tokenising follows the WHATWG HTML tokenizer in simplified form (tags, attributes,
// comments, raw-text and RCDATA elements, character references); tree building keeps the
// parts of the HTML5 tree-construction rules that shape text: void elements, implied end
// tags (p, li, dt/dd, tr/td, option, headings), scoped end-tag matching, and nothing of the
// adoption agency (misnested formatting simply closes). That is what text extraction needs
// and is several times faster than a conforming parser (gumbo parses ~25 MB/s here).
// Bounded: depth is capped (deeper elements are flattened) and so is the node count.
#include <algorithm>
#include <array>
#include <cstring>

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

bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsWs(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

bool IsVoid(Tag t) {
  switch (t) {
    case Tag::kBr:
    case Tag::kEmbed:
    case Tag::kHr:
    case Tag::kImg:
    case Tag::kInput:
    case Tag::kLink:
    case Tag::kMeta:
    case Tag::kSource:
    case Tag::kWbr:
      return true;
    default:
      return false;
  }
}

bool IsVoidName(std::string_view n) {
  return n == "area" || n == "base" || n == "col" || n == "param" || n == "track" || n == "keygen";
}

// Start tags that close an open <p> (HTML "closes a p element in button scope").
bool ClosesP(Tag t) {
  switch (t) {
    case Tag::kAddress:
    case Tag::kArticle:
    case Tag::kAside:
    case Tag::kBlockquote:
    case Tag::kCenter:
    case Tag::kDetails:
    case Tag::kDialog:
    case Tag::kDiv:
    case Tag::kDl:
    case Tag::kFieldset:
    case Tag::kFigcaption:
    case Tag::kFigure:
    case Tag::kFooter:
    case Tag::kForm:
    case Tag::kH1:
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6:
    case Tag::kHeader:
    case Tag::kHr:
    case Tag::kLi:
    case Tag::kDd:
    case Tag::kDt:
    case Tag::kMain:
    case Tag::kMenu:
    case Tag::kNav:
    case Tag::kOl:
    case Tag::kP:
    case Tag::kPre:
    case Tag::kSection:
    case Tag::kSummary:
    case Tag::kTable:
    case Tag::kUl:
      return true;
    default:
      return false;
  }
}

// Elements an end tag search does not cross unless it names them.
bool IsScopeBoundary(Tag t) {
  return t == Tag::kTable || t == Tag::kTd || t == Tag::kTh || t == Tag::kCaption ||
         t == Tag::kTemplate || t == Tag::kHtml || t == Tag::kObject || t == Tag::kSvg ||
         t == Tag::kMath;
}

// Raw-text (script, style ...) and RCDATA (title, textarea) elements of HTML.
int RawKind(Tag t, std::string_view name) {
  if (t == Tag::kScript || t == Tag::kStyle || t == Tag::kNoscript || t == Tag::kIframe ||
      name == "xmp" || name == "noembed" || name == "noframes") {
    return 1;
  }
  if (t == Tag::kTitle || t == Tag::kTextarea) return 2;
  return 0;
}

size_t FindCaseless(std::string_view s, size_t from, std::string_view needle) {
  while (true) {
    const size_t lt = s.find("</", from);
    if (lt == std::string_view::npos) return std::string_view::npos;
    size_t i = lt + 2, k = 0;
    while (k < needle.size() && i < s.size() && Lower(s[i]) == needle[k]) ++i, ++k;
    if (k == needle.size() && (i >= s.size() || IsWs(s[i]) || s[i] == '>' || s[i] == '/')) {
      return lt;
    }
    from = lt + 2;
  }
}

}  // namespace

Tag TagFromName(std::string_view n) {
  const auto it = std::lower_bound(std::begin(kTags), std::end(kTags), n,
                                   [](const auto& e, std::string_view x) { return e.first < x; });
  return it != std::end(kTags) && it->first == n ? it->second : Tag::kOther;
}

class TreeBuilder {
 public:
  TreeBuilder(std::string_view s, const ParseOptions& o) : s_(s), opt_(o) {
    dom_.nodes_.reserve(s.size() / 40 + 16);
    dom_.arena_.reserve(s.size() / 2 + 64);
    Node root;
    root.type = NodeType::kDocument;
    dom_.nodes_.push_back(root);
    stack_.push_back(0);
  }

  Dom Run() {
    size_t i = 0;
    while (i < s_.size()) {
      if (dom_.nodes_.size() >= opt_.max_nodes) {
        dom_.truncated_ = true;
        break;
      }
      if (s_[i] != '<') {
        size_t lt = s_.find('<', i);
        if (lt == std::string_view::npos) lt = s_.size();
        AddText(s_.substr(i, lt - i), true);
        i = lt;
        continue;
      }
      i = Markup(i);
    }
    return std::move(dom_);
  }

 private:
  size_t Markup(size_t i) {
    const std::string_view rest = s_.substr(i);
    if (rest.starts_with("<!--")) {
      const size_t end = s_.find("-->", i + 4);
      return end == std::string_view::npos ? s_.size() : end + 3;
    }
    if (rest.starts_with("<![CDATA[")) {
      const size_t end = s_.find("]]>", i + 9);
      const size_t stop = end == std::string_view::npos ? s_.size() : end;
      if (opt_.xml) AddText(s_.substr(i + 9, stop - i - 9), false);
      return end == std::string_view::npos ? s_.size() : end + 3;
    }
    if (rest.size() >= 2 && (rest[1] == '!' || rest[1] == '?')) {
      const size_t end = s_.find('>', i);
      return end == std::string_view::npos ? s_.size() : end + 1;
    }
    if (rest.size() >= 3 && rest[1] == '/' && IsAlpha(rest[2])) return EndTag(i + 2);
    if (rest.size() >= 2 && IsAlpha(rest[1])) return StartTag(i + 1);
    AddText(rest.substr(0, 1), false);
    return i + 1;
  }

  // Reads a tag name at i into lower case; returns the position after it.
  size_t ReadName(size_t i, std::string* name) const {
    name->clear();
    while (i < s_.size() && !IsWs(s_[i]) && s_[i] != '>' && s_[i] != '/') {
      name->push_back(opt_.xml ? s_[i] : Lower(s_[i]));
      ++i;
    }
    return i;
  }

  size_t EndTag(size_t i) {
    i = ReadName(i, &name_);
    const size_t gt = s_.find('>', i);
    const size_t next = gt == std::string_view::npos ? s_.size() : gt + 1;
    if (opt_.xml) {
      CloseNamed(name_, Tag::kOther);
      return next;
    }
    const Tag t = TagFromName(name_);
    if (t == Tag::kBr) {
      OpenElement(name_, t, true);
    } else if (t != Tag::kBody && t != Tag::kHtml) {
      CloseNamed(name_, t);
    }
    return next;
  }

  size_t StartTag(size_t i) {
    i = ReadName(i, &name_);
    const uint32_t attr_begin = static_cast<uint32_t>(dom_.attrs_.size());
    bool self_closing = false;
    i = ReadAttributes(i, &self_closing);
    const Tag t = opt_.xml ? Tag::kOther : TagFromName(name_);
    const bool is_void = !opt_.xml && (IsVoid(t) || (t == Tag::kOther && IsVoidName(name_)));
    if (!opt_.xml) {
      if ((t == Tag::kHtml || t == Tag::kBody) && IsOpen(t)) return i;  // merged in HTML
      if (!IsHeadContent(t) && IsOpen(Tag::kHead)) CloseNamed(name_, Tag::kHead);
      ImpliedEnds(t);
    }
    const uint32_t id =
        OpenElement(name_, t, is_void || (self_closing && (opt_.xml || t == Tag::kOther)));
    dom_.nodes_[id].attr_begin = attr_begin;
    dom_.nodes_[id].attr_count = static_cast<uint32_t>(dom_.attrs_.size()) - attr_begin;
    if (opt_.xml || is_void || self_closing) return i;
    const int raw = RawKind(t, name_);
    if (raw == 0) return i;
    size_t end = FindCaseless(s_, i, name_);
    if (end == std::string_view::npos) end = s_.size();
    AddText(s_.substr(i, end - i), raw == 2);
    CloseNamed(name_, t);
    if (end == s_.size()) return end;
    const size_t gt = s_.find('>', end);
    return gt == std::string_view::npos ? s_.size() : gt + 1;
  }

  size_t ReadAttributes(size_t i, bool* self_closing) {
    while (i < s_.size()) {
      while (i < s_.size() && IsWs(s_[i])) ++i;
      if (i >= s_.size()) break;
      if (s_[i] == '>') return i + 1;
      if (s_[i] == '/') {
        if (i + 1 < s_.size() && s_[i + 1] == '>') {
          *self_closing = true;
          return i + 2;
        }
        ++i;
        continue;
      }
      Attribute a;
      a.name_begin = static_cast<uint32_t>(dom_.arena_.size());
      size_t j = i;
      while (j < s_.size() && !IsWs(s_[j]) && s_[j] != '=' && s_[j] != '>' && s_[j] != '/') {
        dom_.arena_.push_back(Lower(s_[j]));
        ++j;
      }
      if (j == i) dom_.arena_.push_back(s_[j++]);  // a stray '=' starts a name
      a.name_size = static_cast<uint32_t>(dom_.arena_.size()) - a.name_begin;
      i = j;
      while (i < s_.size() && IsWs(s_[i])) ++i;
      a.value_begin = static_cast<uint32_t>(dom_.arena_.size());
      if (i < s_.size() && s_[i] == '=') i = ReadValue(i + 1);
      a.value_size = static_cast<uint32_t>(dom_.arena_.size()) - a.value_begin;
      if (dom_.attrs_.size() < opt_.max_nodes) dom_.attrs_.push_back(a);
    }
    return s_.size();
  }

  size_t ReadValue(size_t i) {
    while (i < s_.size() && IsWs(s_[i])) ++i;
    if (i >= s_.size()) return i;
    if (s_[i] == '"' || s_[i] == '\'') {
      size_t end = s_.find(s_[i], i + 1);
      if (end == std::string_view::npos) end = s_.size();
      DecodeEntities(s_.substr(i + 1, end - i - 1), true, &dom_.arena_);
      return std::min(end + 1, s_.size());
    }
    size_t j = i;
    while (j < s_.size() && !IsWs(s_[j]) && s_[j] != '>') ++j;
    DecodeEntities(s_.substr(i, j - i), true, &dom_.arena_);
    return j;
  }

  uint32_t Current() const { return stack_.back(); }

  bool IsOpen(Tag t) const {
    for (uint32_t id : stack_) {
      if (dom_.nodes_[id].tag == t) return true;
    }
    return false;
  }

  // Elements that may stay inside <head>; anything else closes it (HTML "in head" mode).
  static bool IsHeadContent(Tag t) {
    return t == Tag::kMeta || t == Tag::kLink || t == Tag::kTitle || t == Tag::kScript ||
           t == Tag::kStyle || t == Tag::kNoscript || t == Tag::kTemplate || t == Tag::kHead ||
           t == Tag::kOther;
  }
  Tag CurrentTag() const { return dom_.nodes_[Current()].tag; }

  // HTML's implied end tags for a start tag t.
  void ImpliedEnds(Tag t) {
    if (ClosesP(t)) CloseIfOpen(Tag::kP, /*stop_at_block=*/false);
    switch (t) {
      case Tag::kLi:
        CloseListItem({Tag::kLi}, {Tag::kUl, Tag::kOl, Tag::kMenu});
        break;
      case Tag::kDt:
      case Tag::kDd:
        CloseListItem({Tag::kDt, Tag::kDd}, {Tag::kDl});
        break;
      case Tag::kTr:
        CloseListItem({Tag::kTr}, {Tag::kTable, Tag::kTbody, Tag::kThead, Tag::kTfoot});
        break;
      case Tag::kTd:
      case Tag::kTh:
        CloseListItem({Tag::kTd, Tag::kTh}, {Tag::kTr, Tag::kTable});
        break;
      case Tag::kTbody:
      case Tag::kThead:
      case Tag::kTfoot:
        CloseListItem({Tag::kTbody, Tag::kThead, Tag::kTfoot}, {Tag::kTable});
        break;
      case Tag::kOption:
        if (CurrentTag() == Tag::kOption) Pop(1);
        break;
      case Tag::kA:
        CloseIfOpen(Tag::kA, /*stop_at_block=*/true);
        break;
      default:
        if (IsHeading(t) && IsHeading(CurrentTag())) Pop(1);
        break;
    }
  }

  void CloseListItem(std::initializer_list<Tag> items, std::initializer_list<Tag> containers) {
    for (size_t k = stack_.size(); k-- > 1;) {
      const Tag t = dom_.nodes_[stack_[k]].tag;
      if (std::find(items.begin(), items.end(), t) != items.end()) {
        Pop(stack_.size() - k);
        return;
      }
      if (std::find(containers.begin(), containers.end(), t) != containers.end() ||
          IsScopeBoundary(t)) {
        return;
      }
    }
  }

  void CloseIfOpen(Tag target, bool stop_at_block) {
    for (size_t k = stack_.size(); k-- > 1;) {
      const Tag t = dom_.nodes_[stack_[k]].tag;
      if (t == target) {
        Pop(stack_.size() - k);
        return;
      }
      if (IsScopeBoundary(t) || t == Tag::kButton || (stop_at_block && ClosesP(t))) return;
    }
  }

  void CloseNamed(std::string_view name, Tag t) {
    for (size_t k = stack_.size(); k-- > 1;) {
      const Node& n = dom_.nodes_[stack_[k]];
      const bool match =
          t != Tag::kOther ? n.tag == t : (n.tag == Tag::kOther && dom_.Name(stack_[k]) == name);
      if (match) {
        Pop(stack_.size() - k);
        return;
      }
      if (!opt_.xml && IsScopeBoundary(n.tag)) return;
    }
  }

  void Pop(size_t n) { stack_.resize(stack_.size() - std::min(n, stack_.size() - 1)); }

  uint32_t NewNode(NodeType type) {
    const uint32_t id = static_cast<uint32_t>(dom_.nodes_.size());
    Node node;
    node.type = type;
    node.parent = Current();
    dom_.nodes_.push_back(node);
    Node& p = dom_.nodes_[node.parent];
    if (p.last_child == kNone) {
      p.first_child = id;
    } else {
      dom_.nodes_[p.last_child].next_sibling = id;
    }
    p.last_child = id;
    return id;
  }

  uint32_t OpenElement(std::string_view name, Tag t, bool closed) {
    const uint32_t id = NewNode(NodeType::kElement);
    Node& n = dom_.nodes_[id];
    n.tag = t;
    n.str_begin = static_cast<uint32_t>(dom_.arena_.size());
    n.str_size = static_cast<uint32_t>(name.size());
    dom_.arena_.append(name);
    if (!closed && stack_.size() < opt_.max_depth) stack_.push_back(id);
    return id;
  }

  void AddText(std::string_view raw, bool decode) {
    if (raw.empty()) return;
    const uint32_t cur = Current();
    const uint32_t last = dom_.nodes_[cur].last_child;
    // Merge with a preceding text node when it ends the arena (the usual case).
    if (last != kNone && dom_.nodes_[last].type == NodeType::kText &&
        dom_.nodes_[last].str_begin + dom_.nodes_[last].str_size == dom_.arena_.size()) {
      const size_t before = dom_.arena_.size();
      Append(raw, decode);
      dom_.nodes_[last].str_size += static_cast<uint32_t>(dom_.arena_.size() - before);
      return;
    }
    const uint32_t id = NewNode(NodeType::kText);
    dom_.nodes_[id].str_begin = static_cast<uint32_t>(dom_.arena_.size());
    Append(raw, decode);
    dom_.nodes_[id].str_size =
        static_cast<uint32_t>(dom_.arena_.size()) - dom_.nodes_[id].str_begin;
  }

  void Append(std::string_view raw, bool decode) {
    if (decode) {
      DecodeEntities(raw, false, &dom_.arena_);
    } else {
      dom_.arena_.append(raw);
    }
  }

  std::string_view s_;
  ParseOptions opt_;
  Dom dom_;
  std::vector<uint32_t> stack_;
  std::string name_;
};

Dom ParseHtml(std::string_view utf8, const ParseOptions& options) {
  // Arena offsets are 32-bit: inputs are capped well below 4 GB by the readers; guard anyway.
  constexpr size_t kMax = 1u << 30;
  if (utf8.size() > kMax) utf8 = utf8.substr(0, kMax);
  return TreeBuilder(utf8, options).Run();
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

}  // namespace chorus::html
