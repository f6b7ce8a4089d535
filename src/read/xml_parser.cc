// A tolerant XML parser for feeds producing html::Dom (see html_dom.h).
//
// RSS and Atom in the wild are often not well-formed (stray '&', unclosed elements, HTML
// named entities), and a strict parser would lose the whole feed. This single pass reads
// tags with attributes, comments, processing instructions and CDATA (as text), decodes the
// predefined, numeric and HTML named character references (no DTDs, no external entities),
// and closes unmatched elements at their nearest open ancestor of the same name. Depth is
// capped (deeper elements are flattened) and so is the node count.
#include <algorithm>

#include "read/html_dom.h"

namespace chorus::html {
namespace {

bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsWs(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

}  // namespace

class XmlTreeBuilder {
 public:
  XmlTreeBuilder(std::string_view s, const ParseOptions& o) : s_(s), opt_(o) {
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
    if (rest.starts_with("<!--")) return After(s_.find("-->", i + 4), 3);
    if (rest.starts_with("<![CDATA[")) {
      const size_t end = s_.find("]]>", i + 9);
      const size_t stop = end == std::string_view::npos ? s_.size() : end;
      AddText(s_.substr(i + 9, stop - i - 9), false);
      return After(end, 3);
    }
    if (rest.size() >= 2 && (rest[1] == '!' || rest[1] == '?')) return After(s_.find('>', i), 1);
    if (rest.size() >= 3 && rest[1] == '/' && IsAlpha(rest[2])) {
      const size_t after = ReadName(i + 2);
      CloseNamed(name_);
      return After(s_.find('>', after), 1);
    }
    if (rest.size() >= 2 && IsAlpha(rest[1])) return StartTag(i + 1);
    AddText(rest.substr(0, 1), false);
    return i + 1;
  }

  size_t After(size_t found, size_t len) const {
    return found == std::string_view::npos ? s_.size() : found + len;
  }

  size_t ReadName(size_t i) {
    name_.clear();
    while (i < s_.size() && !IsWs(s_[i]) && s_[i] != '>' && s_[i] != '/') name_.push_back(s_[i++]);
    return i;
  }

  size_t StartTag(size_t i) {
    i = ReadName(i);
    const uint32_t attr_begin = static_cast<uint32_t>(dom_.attrs_.size());
    bool self_closing = false;
    i = ReadAttributes(i, &self_closing);
    const uint32_t id = NewNode(NodeType::kElement);
    Node& n = dom_.nodes_[id];
    n.str_begin = static_cast<uint32_t>(dom_.arena_.size());
    n.str_size = static_cast<uint32_t>(name_.size());
    n.attr_begin = attr_begin;
    n.attr_count = static_cast<uint32_t>(dom_.attrs_.size()) - attr_begin;
    dom_.arena_.append(name_);
    if (!self_closing && stack_.size() < opt_.max_depth) stack_.push_back(id);
    return i;
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

  void CloseNamed(std::string_view name) {
    for (size_t k = stack_.size(); k-- > 1;) {
      if (dom_.Name(stack_[k]) == name) {
        stack_.resize(k);
        return;
      }
    }
  }

  uint32_t NewNode(NodeType type) {
    const uint32_t id = static_cast<uint32_t>(dom_.nodes_.size());
    Node node;
    node.type = type;
    node.parent = stack_.back();
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

  void AddText(std::string_view raw, bool decode) {
    if (raw.empty()) return;
    const uint32_t last = dom_.nodes_[stack_.back()].last_child;
    // Merge with a preceding text node when it ends the arena (the usual case).
    uint32_t id = last;
    if (last == kNone || dom_.nodes_[last].type != NodeType::kText ||
        dom_.nodes_[last].str_begin + dom_.nodes_[last].str_size != dom_.arena_.size()) {
      id = NewNode(NodeType::kText);
      dom_.nodes_[id].str_begin = static_cast<uint32_t>(dom_.arena_.size());
    }
    if (decode) {
      DecodeEntities(raw, false, &dom_.arena_);
    } else {
      dom_.arena_.append(raw);
    }
    dom_.nodes_[id].str_size =
        static_cast<uint32_t>(dom_.arena_.size()) - dom_.nodes_[id].str_begin;
  }

  std::string_view s_;
  ParseOptions opt_;
  Dom dom_;
  std::vector<uint32_t> stack_;
  std::string name_;
};

Dom ParseXml(std::string_view utf8, const ParseOptions& options) {
  // Arena offsets are 32-bit: inputs are capped well below 4 GB by the readers; guard anyway.
  constexpr size_t kMax = 1u << 30;
  if (utf8.size() > kMax) utf8 = utf8.substr(0, kMax);
  return XmlTreeBuilder(utf8, options).Run();
}

}  // namespace chorus::html
