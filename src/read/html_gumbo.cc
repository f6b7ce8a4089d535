// HTML5 parsing with gumbo (Google's conforming HTML5 parser, Debian libgumbo 0.10.1) into
// the compact html::Dom (see html_dom.h).
//
// The page first goes through the bounding prescan (html_prescan.h), which limits nesting,
// formatting elements and tag count and elides script/style bodies. gumbo then allocates
// from an arena with a byte budget: every node is freed at once, and a page whose parse
// would exceed the budget is parsed again from a shorter prefix (best effort, `truncated`),
// so memory stays bounded whatever the input. The tree is copied by an iterative pre-order
// walk (document order, so every subtree is a contiguous id range), keeping for each text
// node the source bytes it came from.
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <csetjmp>
#include <cstdlib>
#include <cstring>

#include "read/html_dom.h"
#include "read/html_prescan.h"

namespace chorus::html {
namespace {

constexpr size_t kChunk = size_t{1} << 20;

// Bump allocator for gumbo: frees are no-ops, everything goes when the arena is rewound. Past
// `budget` bytes it jumps back to ParseBounded (gumbo has no out-of-memory path). Blocks are
// kept between pages of one thread (up to kRetain bytes), saving the page faults of fresh
// memory on every page.
constexpr size_t kRetain = size_t{64} << 20;

struct Arena {
  struct Block {
    Block* next;
    size_t size;
  };
  Block* head = nullptr;
  Block* current = nullptr;
  char* cur = nullptr;
  size_t left = 0;
  size_t used = 0;
  size_t budget = 0;
  std::jmp_buf overflow;

  ~Arena() { Release(); }
  void Rewind() {
    current = nullptr;
    cur = nullptr;
    left = used = 0;
    size_t held = 0;
    for (Block* b = head; b != nullptr; b = b->next) held += b->size;
    if (held > kRetain) Release();
  }
  void Release() {
    while (head != nullptr) {
      Block* next = head->next;
      std::free(head);
      head = next;
    }
    current = nullptr;
    cur = nullptr;
    left = used = 0;
  }
};

void* ArenaAlloc(void* userdata, size_t size) {
  Arena* a = static_cast<Arena*>(userdata);
  size = (size + 15) & ~size_t{15};
  if (size > a->left) {
    Arena::Block* next = a->current != nullptr ? a->current->next : a->head;
    if (next == nullptr || next->size - 16 < size) {
      const size_t bytes = std::max(kChunk, size + 16);
      if (a->used + bytes > a->budget) std::longjmp(a->overflow, 1);
      void* mem = std::malloc(bytes);
      if (mem == nullptr) std::longjmp(a->overflow, 1);
      auto* b = static_cast<Arena::Block*>(mem);
      b->size = bytes;
      b->next = next;
      (a->current != nullptr ? a->current->next : a->head) = b;
      next = b;
    }
    a->used += next->size;
    if (a->used > a->budget) std::longjmp(a->overflow, 1);
    a->current = next;
    a->cur = reinterpret_cast<char*>(next) + 16;
    a->left = next->size - 16;
  }
  void* p = a->cur;
  a->cur += size;
  a->left -= size;
  return p;
}

void ArenaFree(void*, void*) {}

// No C++ object with a destructor lives between setjmp and longjmp here.
GumboOutput* ParseBounded(const GumboOptions* options, std::string_view html, Arena* arena) {
  if (setjmp(arena->overflow) != 0) return nullptr;
  return gumbo_parse_with_options(options, html.data(), html.size());
}

const std::array<Tag, GUMBO_TAG_LAST + 1>& TagTable() {
  static const std::array<Tag, GUMBO_TAG_LAST + 1> table = [] {
    std::array<Tag, GUMBO_TAG_LAST + 1> t{};
    for (int g = 0; g < GUMBO_TAG_LAST; ++g) {
      t[static_cast<size_t>(g)] = TagFromName(gumbo_normalized_tagname(static_cast<GumboTag>(g)));
    }
    t[GUMBO_TAG_LAST] = Tag::kOther;
    return t;
  }();
  return table;
}

}  // namespace

class GumboDomBuilder {
 public:
  GumboDomBuilder(const Prescan& pre, const ParseOptions& o) : pre_(pre), opt_(o) {
    name_at_.fill(kNone);
    dom_.nodes_.reserve(pre.html.size() / 60 + 16);
    dom_.arena_.reserve(pre.html.size() / 3 + 64);
    Node root;
    root.type = NodeType::kDocument;
    dom_.nodes_.push_back(root);
    dom_.truncated_ = pre.truncated;
  }

  void SetTruncated() { dom_.truncated_ = true; }

  Dom Build(const GumboNode* document) {
    struct Frame {
      const GumboVector* children;
      unsigned next;
      uint32_t id;
      uint32_t depth;
    };
    std::vector<Frame> stack{{&document->v.document.children, 0, 0, 0}};
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (f.next >= f.children->length) {
        stack.pop_back();
        continue;
      }
      const auto* g = static_cast<const GumboNode*>(f.children->data[f.next++]);
      const uint32_t parent = f.id, depth = f.depth;
      if (dom_.nodes_.size() >= opt_.max_nodes) {
        dom_.truncated_ = true;
        break;
      }
      if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE) {
        const bool nest = depth + 1 < opt_.max_depth;
        const uint32_t id = nest ? AddElement(parent, g->v.element) : parent;
        stack.push_back(Frame{&g->v.element.children, 0, id, nest ? depth + 1 : depth});
      } else if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE ||
                 g->type == GUMBO_NODE_CDATA) {
        AddText(parent, g->v.text);
      }
    }
    return std::move(dom_);
  }

 private:
  uint32_t NewNode(uint32_t parent, NodeType type) { return dom_.AddNode(parent, type); }

  uint32_t Append(std::string_view s) {
    const auto at = static_cast<uint32_t>(dom_.arena_.size());
    dom_.arena_.append(s);
    return at;
  }

  uint32_t AddElement(uint32_t parent, const GumboElement& e) {
    const uint32_t id = NewNode(parent, NodeType::kElement);
    Node& n = dom_.nodes_[id];
    const bool html_ns = e.tag_namespace == GUMBO_NAMESPACE_HTML;
    n.tag = html_ns || e.tag == GUMBO_TAG_SVG || e.tag == GUMBO_TAG_MATH
                ? TagTable()[std::min<size_t>(e.tag, GUMBO_TAG_LAST)]
                : Tag::kOther;
    if (e.tag != GUMBO_TAG_UNKNOWN) {
      uint32_t& at = name_at_[e.tag];
      const char* name = gumbo_normalized_tagname(e.tag);
      if (at == kNone) at = Append(name);
      n.str_begin = at;
      n.str_size = static_cast<uint32_t>(std::strlen(name));
    } else {
      GumboStringPiece piece = e.original_tag;
      gumbo_tag_from_original_text(&piece);
      n.str_begin = static_cast<uint32_t>(dom_.arena_.size());
      for (size_t i = 0; i < piece.length; ++i) {
        const char c = piece.data[i];
        dom_.arena_.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c);
      }
      n.str_size = static_cast<uint32_t>(piece.length);
    }
    n.attr_begin = static_cast<uint32_t>(dom_.attrs_.size());
    n.attr_count = e.attributes.length;
    for (unsigned i = 0; i < e.attributes.length; ++i) {
      const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
      Attribute attr;
      attr.name_size = static_cast<uint32_t>(std::strlen(a->name));
      attr.name_begin = Append(std::string_view(a->name, attr.name_size));
      attr.value_size = static_cast<uint32_t>(std::strlen(a->value));
      attr.value_begin = Append(std::string_view(a->value, attr.value_size));
      dom_.attrs_.push_back(attr);
    }
    return id;
  }

  void AddText(uint32_t parent, const GumboText& t) {
    const size_t size = std::strlen(t.text);
    if (size == 0) return;
    const uint32_t id = NewNode(parent, NodeType::kText);
    Node& n = dom_.nodes_[id];
    n.str_size = static_cast<uint32_t>(size);
    n.str_begin = Append(std::string_view(t.text, size));
    const auto b = static_cast<uint32_t>(t.start_pos.offset);
    const auto len = static_cast<uint32_t>(t.original_text.length);
    if (len > 0) {
      n.src_begin = pre_.InputOffset(b);
      n.src_end = pre_.InputOffset(b + len - 1) + 1;
    }
  }

  const Prescan& pre_;
  ParseOptions opt_;
  Dom dom_;
  std::array<uint32_t, GUMBO_TAG_LAST + 1> name_at_;
};

Dom ParseHtml(std::string_view utf8, const ParseOptions& options) {
  // Offsets are 32-bit: inputs are capped well below 4 GB by the readers; guard anyway.
  constexpr size_t kMax = size_t{1} << 30;
  if (utf8.size() > kMax) utf8 = utf8.substr(0, kMax);
  const Prescan pre = PrescanHtml(utf8);
  thread_local Arena arena;
  arena.Rewind();
  arena.budget = std::min<size_t>(size_t{512} << 20, 48 * pre.html.size() + (size_t{64} << 20));
  GumboOptions go = kGumboDefaultOptions;
  go.allocator = ArenaAlloc;
  go.deallocator = ArenaFree;
  go.userdata = &arena;
  go.max_errors = 0;  // errors are not used; recording them costs time and memory
  std::string_view html = pre.html;
  GumboOutput* out = ParseBounded(&go, html, &arena);
  bool cut = false;
  while (out == nullptr) {  // over budget: parse a shorter prefix
    arena.Release();
    cut = true;
    html = html.substr(0, html.size() / 2);
    out = ParseBounded(&go, html, &arena);
  }
  GumboDomBuilder builder(pre, options);
  if (cut) builder.SetTruncated();
  Dom dom = builder.Build(out->document);
  arena.Rewind();
  return dom;
}

}  // namespace chorus::html
