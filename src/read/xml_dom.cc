// Feed XML parsed by libxml2 and copied into html::Dom (see html_dom.h).
//
// libxml2 (Debian libxml2 2.9) reads the document with xmlCtxtReadMemory, one parser
// context per call (xmlInitParser runs once, so threads may parse at the same time), with
// XML_PARSE_RECOVER (feeds in the wild are often not well-formed: a strict parser would lose
// the whole feed), XML_PARSE_NONET, no XML_PARSE_NOENT and no XML_PARSE_DTDLOAD: external
// entities are never loaded (XXE-safe) and entity references stay references, of which only
// short, plain internal ones are copied as text (no billion laughs). libxml2's default limits
// (depth 256, 10 MB text nodes, entity amplification) stay on: no XML_PARSE_HUGE.
// In recover mode libxml2 drops what is not XML: HTML named references such as &nbsp;
// (which sloppy RSS carries) and a stray '&' (AT&T, ?a=1&b=2) would lose their text, so a
// pass before parsing rewrites them, outside CDATA and comments, to &#160; and &amp;.
// The tree is then walked once into the DOM: elements get a canonical prefix by namespace,
// text and CDATA become text, depth and node count are bounded as for HTML.
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <string>

#include "read/html_dom.h"
#include "read/html_entities.h"

namespace chorus::html {
namespace {

bool IsNameChar(char c) {
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
}

// Length of a numeric reference body after "&#" up to and including ';' (0 if none).
size_t NumericRef(std::string_view s, size_t i) {
  size_t j = i;
  const bool hex = j < s.size() && (s[j] | 0x20) == 'x';
  if (hex) ++j;
  const size_t digits = j;
  while (j < s.size() && j - digits < 8 &&
         ((s[j] >= '0' && s[j] <= '9') || (hex && (s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'f'))) {
    ++j;
  }
  return j > digits && j < s.size() && s[j] == ';' ? j + 1 - i : 0;
}

// Appends the reference starting at s[amp] == '&' as XML reads it; returns bytes consumed.
size_t RewriteReference(std::string_view s, size_t amp, std::string* out) {
  if (amp + 1 < s.size() && s[amp + 1] == '#') {
    const size_t n = NumericRef(s, amp + 2);
    if (n > 0) {
      out->append(s.substr(amp, n + 2));
      return n + 2;
    }
  }
  size_t j = amp + 1;
  while (j < s.size() && j - amp <= 32 && IsNameChar(s[j])) ++j;
  if (j > amp + 1 && j < s.size() && s[j] == ';') {
    const std::string_view name = s.substr(amp + 1, j - amp - 1);
    const bool predefined =
        name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos";
    const char32_t c = predefined ? 0 : LookupEntity(name);
    if (c != 0) {
      out->append("&#").append(std::to_string(static_cast<uint32_t>(c))).push_back(';');
    } else {
      out->append(s.substr(amp, j + 1 - amp));  // XML's own, or declared in the DTD
    }
    return j + 1 - amp;
  }
  out->append("&amp;");
  return 1;
}

// The input with HTML references and stray '&' made XML; CDATA and comments copied as is.
std::string RewriteReferences(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 64);
  size_t i = 0;
  while (i < s.size()) {
    const size_t at = s.find_first_of("&<", i);
    if (at == std::string_view::npos) break;
    out.append(s.substr(i, at - i));
    i = at;
    if (s[i] == '&') {
      i += RewriteReference(s, i, &out);
      continue;
    }
    const std::string_view rest = s.substr(i);
    std::string_view close;
    if (rest.starts_with("<![CDATA[")) close = "]]>";
    if (rest.starts_with("<!--")) close = "-->";
    const size_t end = close.empty() ? i + 1 : s.find(close, i + 4);
    const size_t stop = end == std::string_view::npos ? s.size() : end + close.size();
    out.append(s.substr(i, stop - i));
    i = stop;
  }
  out.append(s.substr(i));
  return out;
}

std::string_view Str(const xmlChar* s) {
  return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

// The prefix feeds.cc expects for a namespace, "" for none, or nullptr to keep the document's.
const char* CanonicalPrefix(std::string_view href) {
  if (href == "http://www.w3.org/2005/Atom" || href == "http://purl.org/rss/1.0/" ||
      href == "http://www.w3.org/1999/xhtml" || href == "http://my.netscape.com/rdf/simple/0.9/") {
    return "";
  }
  if (href == "http://purl.org/rss/1.0/modules/content/") return "content";
  if (href == "http://purl.org/dc/elements/1.1/") return "dc";
  if (href == "http://purl.org/dc/terms/") return "dcterms";
  if (href == "http://www.w3.org/1999/02/22-rdf-syntax-ns#") return "rdf";
  return nullptr;
}

void AppendName(const xmlNs* ns, const xmlChar* local, std::string* out) {
  const char* prefix = ns == nullptr ? "" : CanonicalPrefix(Str(ns->href));
  if (prefix == nullptr) prefix = reinterpret_cast<const char*>(ns->prefix);
  if (prefix != nullptr && *prefix != '\0') out->append(prefix).push_back(':');
  out->append(Str(local));
}

// The replacement text of an entity reference worth keeping: a short internal entity
// without markup or further references (&nbsp; declared in a DTD), else "".
std::string_view EntityText(xmlDoc* doc, const xmlNode* ref) {
  const xmlEntity* e = xmlGetDocEntity(doc, ref->name);
  if (e == nullptr || e->etype != XML_INTERNAL_GENERAL_ENTITY) return {};
  const std::string_view text = Str(e->content);
  return text.size() <= 16 && text.find_first_of("<&") == std::string_view::npos
             ? text
             : std::string_view();
}

}  // namespace

class XmlTreeBuilder {
 public:
  XmlTreeBuilder(xmlDoc* doc, const ParseOptions& o) : doc_(doc), opt_(o) {
    Node root;
    root.type = NodeType::kDocument;
    dom_.nodes_.push_back(root);
  }

  Dom Run() {
    Children(doc_->children, 0, 0);
    return std::move(dom_);
  }

 private:
  void Children(const xmlNode* x, uint32_t parent, uint32_t depth) {
    for (; x != nullptr; x = x->next) {
      if (dom_.nodes_.size() >= opt_.max_nodes) {
        dom_.truncated_ = true;
        return;
      }
      if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
        AddText(parent, Str(x->content));
      } else if (x->type == XML_ENTITY_REF_NODE) {
        AddText(parent, EntityText(doc_, x));
      } else if (x->type == XML_ELEMENT_NODE) {
        if (depth >= opt_.max_depth) {  // flattened into the deepest allowed element
          Children(x->children, parent, depth);
          continue;
        }
        Children(x->children, Element(x, parent), depth + 1);
      }
    }
  }

  uint32_t Element(const xmlNode* x, uint32_t parent) {
    const uint32_t attr_begin = static_cast<uint32_t>(dom_.attrs_.size());
    for (const xmlAttr* a = x->properties; a != nullptr; a = a->next) {
      Attribute at;
      at.name_begin = static_cast<uint32_t>(dom_.arena_.size());
      AppendName(a->ns, a->name, &dom_.arena_);
      for (size_t k = at.name_begin; k < dom_.arena_.size(); ++k) {
        const char c = dom_.arena_[k];
        if (c >= 'A' && c <= 'Z') dom_.arena_[k] = static_cast<char>(c | 0x20);
      }
      at.name_size = static_cast<uint32_t>(dom_.arena_.size()) - at.name_begin;
      at.value_begin = static_cast<uint32_t>(dom_.arena_.size());
      for (const xmlNode* v = a->children; v != nullptr; v = v->next) {
        dom_.arena_.append(v->type == XML_TEXT_NODE ? Str(v->content) : EntityText(doc_, v));
      }
      at.value_size = static_cast<uint32_t>(dom_.arena_.size()) - at.value_begin;
      dom_.attrs_.push_back(at);
    }
    const uint32_t id = NewNode(NodeType::kElement, parent);
    Node& n = dom_.nodes_[id];
    n.attr_begin = attr_begin;
    n.attr_count = static_cast<uint32_t>(dom_.attrs_.size()) - attr_begin;
    n.str_begin = static_cast<uint32_t>(dom_.arena_.size());
    AppendName(x->ns, x->name, &dom_.arena_);
    dom_.nodes_[id].str_size = static_cast<uint32_t>(dom_.arena_.size()) - n.str_begin;
    return id;
  }

  uint32_t NewNode(NodeType type, uint32_t parent) { return dom_.AddNode(parent, type); }

  // Adjacent text and CDATA merge into one text node when it ends the arena.
  void AddText(uint32_t parent, std::string_view text) {
    if (text.empty()) return;
    uint32_t id = dom_.nodes_[parent].last_child;
    if (id == kNone || dom_.nodes_[id].type != NodeType::kText ||
        dom_.nodes_[id].str_begin + dom_.nodes_[id].str_size != dom_.arena_.size()) {
      id = NewNode(NodeType::kText, parent);
      dom_.nodes_[id].str_begin = static_cast<uint32_t>(dom_.arena_.size());
    }
    dom_.arena_.append(text);
    dom_.nodes_[id].str_size += static_cast<uint32_t>(text.size());
  }

  xmlDoc* doc_;
  ParseOptions opt_;
  Dom dom_;
};

Result<Dom> ParseXml(std::string_view utf8, const ParseOptions& options) {
  static const bool initialized = (xmlInitParser(), true);
  (void)initialized;
  // Arena offsets are 32-bit and libxml2 takes an int size: the readers cap inputs at 1 GB.
  constexpr size_t kMax = 1u << 30;
  if (utf8.size() > kMax) utf8 = utf8.substr(0, kMax);
  const std::string xml = RewriteReferences(utf8);
  const std::unique_ptr<xmlParserCtxt, decltype(&xmlFreeParserCtxt)> ctxt(xmlNewParserCtxt(),
                                                                          &xmlFreeParserCtxt);
  if (ctxt == nullptr) return MakeError(ErrorCode::kInternal, "libxml2: out of memory");
  // The input is UTF-8 already (html_charset.cc): the declared encoding is ignored.
  constexpr int kOptions = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
                           XML_PARSE_NOWARNING | XML_PARSE_COMPACT | XML_PARSE_IGNORE_ENC;
  const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      xmlCtxtReadMemory(ctxt.get(), xml.data(), static_cast<int>(xml.size()), nullptr, "UTF-8",
                        kOptions),
      &xmlFreeDoc);
  if (doc == nullptr || xmlDocGetRootElement(doc.get()) == nullptr) {
    const xmlError* e = xmlCtxtGetLastError(ctxt.get());
    std::string why = e != nullptr && e->message != nullptr ? e->message : "no root element";
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    return MakeError(ErrorCode::kFormat, "not XML (" + why + ")");
  }
  return XmlTreeBuilder(doc.get(), options).Run();
}

}  // namespace chorus::html
