// The bounding lexer run before gumbo (see html_prescan.h). It follows the WHATWG tokenizer
// only as far as finding tags needs (comments, quoted attribute values, raw-text elements);
// the tree is built by gumbo. Its depth estimate mirrors HTML tree construction coarsely:
// elements with implied end tags (p, li, dt/dd, table rows and cells, option) never nest, an
// end tag pops to its match among the innermost open elements and is otherwise ignored.
#include "read/html_prescan.h"

#include <algorithm>

#include "read/html_dom.h"

namespace chorus::html {
namespace {

constexpr size_t kEndTagSearch = 64;  // an end tag closes one of this many innermost elements

bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsWs(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

// Elements that never stay open as ancestors of later tags in the estimate.
bool DoesNotNest(Tag t, std::string_view name) {
  switch (t) {
    case Tag::kP:
    case Tag::kLi:
    case Tag::kDt:
    case Tag::kDd:
    case Tag::kTr:
    case Tag::kTd:
    case Tag::kTh:
    case Tag::kTbody:
    case Tag::kThead:
    case Tag::kTfoot:
    case Tag::kOption:
    case Tag::kHtml:
    case Tag::kHead:
    case Tag::kBody:
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
      return name == "area" || name == "base" || name == "col" || name == "param" ||
             name == "track" || name == "keygen" || name == "optgroup" || name == "colgroup" ||
             name == "rb" || name == "rt" || name == "rp" || name == "rtc";
  }
}

bool IsFormatting(Tag t, std::string_view name) {
  switch (t) {
    case Tag::kA:
    case Tag::kB:
    case Tag::kCode:
    case Tag::kEm:
    case Tag::kFont:
    case Tag::kI:
    case Tag::kS:
    case Tag::kSmall:
    case Tag::kStrong:
    case Tag::kU:
      return true;
    default:
      return name == "big" || name == "nobr" || name == "strike" || name == "tt";
  }
}

// Elements whose content gumbo reads as text up to their end tag (scripting disabled).
bool IsRawText(Tag t, std::string_view name) {
  return t == Tag::kScript || t == Tag::kStyle || t == Tag::kTitle || t == Tag::kTextarea ||
         t == Tag::kIframe || name == "xmp" || name == "noembed" || name == "noframes";
}

// Position of "</name" (any case) at or after `from`, or npos.
size_t FindEndTag(std::string_view s, size_t from, std::string_view name) {
  while (true) {
    const size_t lt = s.find("</", from);
    if (lt == std::string_view::npos) return lt;
    size_t i = lt + 2, k = 0;
    while (k < name.size() && i < s.size() && Lower(s[i]) == name[k]) ++i, ++k;
    if (k == name.size() && (i >= s.size() || IsWs(s[i]) || s[i] == '>' || s[i] == '/')) {
      return lt;
    }
    from = lt + 2;
  }
}

struct Open {
  uint32_t name_hash;
  bool formatting;
  bool foreign;
  bool pre = false;
};

// End of the comment opened at `lt` ("<!--"), as the WHATWG tokenizer ends it ("<!-->",
// "<!--->", "-->", "--!>"), or npos when it runs to the end of the input.
size_t CommentEnd(std::string_view s, size_t lt) {
  size_t i = lt + 4;
  if (s.substr(i).starts_with(">")) return i + 1;
  if (s.substr(i).starts_with("->")) return i + 2;
  while (true) {
    const size_t d = s.find("--", i);
    if (d == std::string_view::npos || d + 2 >= s.size()) return std::string_view::npos;
    if (s[d + 2] == '>') return d + 3;
    if (s[d + 2] == '!' && d + 3 < s.size() && s[d + 3] == '>') return d + 4;
    i = d + 1;
  }
}

// Whether `s` contains `lower_word` (lower case) in any case.
bool ContainsNoCase(std::string_view s, std::string_view lower_word) {
  for (size_t i = 0; i + lower_word.size() <= s.size(); ++i) {
    size_t k = 0;
    while (k < lower_word.size() && Lower(s[i + k]) == lower_word[k]) ++k;
    if (k == lower_word.size()) return true;
  }
  return false;
}

bool AllSpace(std::string_view s) {
  for (char c : s) {
    if (!IsWs(c)) return false;
  }
  return true;
}

uint32_t Hash(std::string_view s) {
  uint32_t h = 2166136261u;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

// Attributes some chorus pass reads (features, metadata, extraction) on an element named
// `tag`; others (data-*, srcset, event handlers, SVG path data, link targets, alt text ...)
// are elided before gumbo. Metadata attributes count only where html_metadata.cc reads
// them: href on <link rel=canonical> (16 % of what gumbo parsed was <a href> values),
// content/name/property/charset/http-equiv on <meta>, type on <script>, lang on <html>.
bool IsReadAttribute(std::string_view name, std::string_view tag) {
  static constexpr std::string_view kAnywhere[] = {
      "class", "id", "role", "style", "hidden", "aria-hidden", "datetime", "itemprop", "rel"};
  static constexpr std::string_view kOnMeta[] = {"content", "name", "property", "charset",
                                                 "http-equiv"};
  if (name.size() > 11) return false;
  char lower[12];
  for (size_t i = 0; i < name.size(); ++i) lower[i] = Lower(name[i]);
  const std::string_view l(lower, name.size());
  for (std::string_view r : kAnywhere) {
    if (l == r) return true;
  }
  if (tag == "meta") {
    for (std::string_view r : kOnMeta) {
      if (l == r) return true;
    }
  }
  return (l == "href" && tag == "link") || (l == "type" && tag == "script") ||
         (l == "lang" && tag == "html");
}

class Lexer {
 public:
  explicit Lexer(std::string_view s) : s_(s) { out_.html.reserve(s.size()); }

  Prescan Run() {
    size_t i = 0;
    while (i < s_.size() && !stop_) {
      const size_t lt = s_.find('<', i);
      if (lt == std::string_view::npos || lt + 1 >= s_.size()) break;
      // White space between tags renders as one space outside <pre> (keep its first byte).
      if (lt > i + 1 && pre_ == 0 && AllSpace(s_.substr(i, lt - i))) Elide(i + 1, lt);
      i = Markup(lt);
    }
    out_.html.append(s_.substr(copied_, end_ - copied_));
    return std::move(out_);
  }

 private:
  size_t Markup(size_t lt) {
    const char c = s_[lt + 1];
    if (s_.substr(lt).starts_with("<!--")) {  // never text: elided
      const size_t end = CommentEnd(s_, lt);
      if (end == std::string_view::npos) return s_.size();
      Elide(lt, end);
      return end;
    }
    if (c == '!' || c == '?') {
      const size_t end = s_.find('>', lt);
      return end == std::string_view::npos ? s_.size() : end + 1;
    }
    if (c == '/' && lt + 2 < s_.size() && IsAlpha(s_[lt + 2])) {
      const size_t after = ReadName(lt + 2);
      const size_t gt = s_.find('>', after);
      const size_t next = gt == std::string_view::npos ? s_.size() : gt + 1;
      EndTag(lt, next);
      return next;
    }
    if (!IsAlpha(c)) return lt + 1;
    if (++start_tags_ > kMaxStartTags) {
      end_ = lt;
      stop_ = true;
      out_.truncated = true;
      return s_.size();
    }
    const size_t after = ReadName(lt + 1);
    const size_t gt = TagEnd(after);
    if (gt == std::string_view::npos) return s_.size();
    const bool self_closing = s_[gt - 1] == '/';
    return StartTag(lt, gt, self_closing);
  }

  size_t ReadName(size_t i) {
    name_.clear();
    while (i < s_.size() && !IsWs(s_[i]) && s_[i] != '>' && s_[i] != '/') {
      if (name_.size() < 32) name_.push_back(Lower(s_[i]));
      ++i;
    }
    return i;
  }

  // The '>' ending a start tag, lexing attributes as the HTML tokenizer does (quoted values
  // may hold '>'). Attributes chorus never reads are noted in attr_cuts_.
  size_t TagEnd(size_t i) {
    constexpr size_t kNpos = std::string_view::npos;
    attr_cuts_.clear();
    const size_t n = s_.size();
    while (i < n) {
      const size_t sep = i;
      while (i < n && (IsWs(s_[i]) || s_[i] == '/')) ++i;
      if (i >= n) return kNpos;
      if (s_[i] == '>') return i;
      const size_t name_at = i++;  // a first '=' belongs to the name
      while (i < n && !IsWs(s_[i]) && s_[i] != '/' && s_[i] != '>' && s_[i] != '=') ++i;
      const std::string_view name = s_.substr(name_at, i - name_at);
      size_t j = i;
      while (j < n && IsWs(s_[j])) ++j;
      if (j < n && s_[j] == '=') {
        ++j;
        while (j < n && IsWs(s_[j])) ++j;
        if (j < n && (s_[j] == '"' || s_[j] == '\'')) {
          const size_t q = s_.find(s_[j], j + 1);
          if (q == kNpos) return kNpos;
          j = q + 1;
        } else {
          while (j < n && !IsWs(s_[j]) && s_[j] != '>') ++j;
        }
        i = j;
      }
      if (sep < name_at && !IsReadAttribute(name, name_)) attr_cuts_.emplace_back(sep, i);
    }
    return kNpos;
  }

  void CutAttributes() {
    for (const auto& [from, to] : attr_cuts_) Elide(from, to);
  }

  size_t StartTag(size_t lt, size_t gt, bool self_closing) {
    const Tag t = TagFromName(name_);
    if (name_ == "plaintext") {
      stop_ = true;
      return s_.size();
    }
    const bool foreign = !stack_.empty() && stack_.back().foreign;
    const bool formatting = IsFormatting(t, name_);
    const bool nests = !IsRawText(t, name_) && !DoesNotNest(t, name_) && !(foreign && self_closing);
    if (nests && (stack_.size() >= kMaxDepth || (formatting && formatting_ >= kMaxFormatting))) {
      Elide(lt, gt + 1);
      ++suppressed_;
      return gt + 1;
    }
    if (t == Tag::kLink && !ContainsNoCase(s_.substr(lt, gt - lt), "canonical")) {
      Elide(lt, gt + 1);  // stylesheets, icons, preloads ...: only the canonical URL is read
      return gt + 1;
    }
    CutAttributes();
    if (IsRawText(t, name_)) return RawText(t, gt);
    if (!nests) return gt + 1;
    // <svg> and <nav> are skipped subtrees (never text): elide their bodies.
    if ((t == Tag::kSvg || t == Tag::kNav) && !self_closing) {
      const size_t close = FindEndTag(s_, gt + 1, name_);
      if (close != std::string_view::npos) {
        Elide(gt + 1, close);
        stack_.push_back(Open{Hash(name_), false, t == Tag::kSvg});
        return close;
      }
    }
    const bool pre = t == Tag::kPre || name_ == "listing";
    stack_.push_back(
        Open{Hash(name_), formatting, foreign || t == Tag::kSvg || t == Tag::kMath, pre});
    formatting_ += formatting ? 1 : 0;
    pre_ += pre ? 1 : 0;
    return gt + 1;
  }

  void EndTag(size_t lt, size_t next) {
    if (suppressed_ > 0) {
      Elide(lt, next);
      --suppressed_;
      return;
    }
    const uint32_t h = Hash(name_);
    const size_t limit = std::min(stack_.size(), kEndTagSearch);
    for (size_t k = 0; k < limit; ++k) {
      if (stack_[stack_.size() - 1 - k].name_hash != h) continue;
      for (size_t pop = 0; pop <= k; ++pop) {
        formatting_ -= stack_.back().formatting ? 1 : 0;
        pre_ -= stack_.back().pre ? 1 : 0;
        stack_.pop_back();
      }
      return;
    }
  }

  // Skips a raw-text element's content; script and style bodies are elided unless they are
  // JSON-LD or hold "<!--" (script's escaped states could move where the element ends).
  size_t RawText(Tag t, size_t gt) {
    const size_t body = gt + 1;
    const size_t close = FindEndTag(s_, body, name_);
    const size_t end = close == std::string_view::npos ? s_.size() : close;
    if (t == Tag::kScript || t == Tag::kStyle) {
      const std::string_view tag = s_.substr(0, gt).substr(s_.rfind('<', gt));
      const std::string_view content = s_.substr(body, end - body);
      if (tag.find("ld+json") == std::string_view::npos &&
          content.find("<!--") == std::string_view::npos && close != std::string_view::npos) {
        Elide(body, end);
      }
    }
    return end;
  }

  void Elide(size_t from, size_t to) {
    if (to <= from) return;
    out_.html.append(s_.substr(copied_, from - copied_));
    elided_ += static_cast<uint32_t>(to - from);
    out_.cuts.push_back(Prescan::Cut{static_cast<uint32_t>(out_.html.size()), elided_});
    copied_ = to;
  }

  std::string_view s_;
  Prescan out_;
  size_t copied_ = 0;
  size_t end_ = std::string_view::npos;
  bool stop_ = false;
  uint32_t elided_ = 0;
  uint32_t start_tags_ = 0;
  uint32_t suppressed_ = 0;
  uint32_t formatting_ = 0;
  uint32_t pre_ = 0;
  std::vector<Open> stack_;
  std::string name_;
  std::vector<std::pair<size_t, size_t>> attr_cuts_;
};

}  // namespace

uint32_t Prescan::InputOffset(uint32_t html_offset) const {
  const auto it = std::upper_bound(cuts.begin(), cuts.end(), html_offset,
                                   [](uint32_t x, const Cut& c) { return x < c.at; });
  return it == cuts.begin() ? html_offset : html_offset + std::prev(it)->shift;
}

Prescan PrescanHtml(std::string_view utf8) {
  Lexer lexer(utf8);
  Prescan p = lexer.Run();
  return p;
}

}  // namespace chorus::html
