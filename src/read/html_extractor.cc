// Main-content extraction (see html_extractor.h).
//
// 1. Candidates, as in Mozilla Readability (grabArticle): every block with at least 25
//    characters of its own inline text scores 1 + commas + min(length/100, 3); the score
//    goes to its parent, half to its grandparent and 1/(3*level) further up (5 levels).
//    Ancestors start from a tag prior (div +5, lists -3, headings -5 ...) plus the class/id
//    weight, and end multiplied by (1 - link density). Elements whose class/id only says
//    boilerplate ("unlikely candidates") do not score, unless that leaves too little text.
// 2. The top candidate is widened as Readability does: to a common ancestor of competing
//    top candidates, to a parent that scores nearly as well, then siblings that score
//    above max(10, 0.2 * top) or read as prose paragraphs are added.
// 3. Inside, what readers skip is removed and reported: Readability's conditional cleaning
//    (link density, image/list/input ratios), captions and credits (figcaption, class/id),
//    bylines, share/related/newsletter widgets and page chrome (header, footer, aside, and
//    class/id/role evidence as in trafilatura, Barbaresi 2021), and link-dense blocks
//    (Boilerpipe, Kohlschütter et al. 2010: link density separates navigation from text).
#include "read/html_extractor.h"

#include <algorithm>
#include <cctype>

#include "read/html_features.h"
#include "read/html_text_writer.h"

namespace chorus::html {
namespace {

constexpr uint32_t kMinParagraph = 25;  // Readability: shorter blocks do not score
constexpr int kAncestorLevels = 5;
constexpr uint32_t kRetryBelow = 500;         // Readability's charThreshold for a retry
constexpr double kMaxAddedLinkDensity = 0.2;  // teaser lists link every headline

double TagPrior(Tag t) {
  switch (t) {
    case Tag::kDiv:
      return 5;
    case Tag::kPre:
    case Tag::kTd:
    case Tag::kBlockquote:
      return 3;
    case Tag::kAddress:
    case Tag::kOl:
    case Tag::kUl:
    case Tag::kDl:
    case Tag::kDd:
    case Tag::kDt:
    case Tag::kLi:
    case Tag::kForm:
      return -3;
    case Tag::kH1:
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6:
    case Tag::kTh:
      return -5;
    default:
      return 0;
  }
}

// Blocks whose own text scores as a paragraph (Readability scores p, td, pre, section,
// headings, and divs holding text directly).
bool IsScoredUnit(Tag t) {
  switch (t) {
    case Tag::kP:
    case Tag::kPre:
    case Tag::kTd:
    case Tag::kSection:
    case Tag::kDiv:
    case Tag::kArticle:
    case Tag::kMain:
    case Tag::kBlockquote:
    case Tag::kCenter:
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6:
    case Tag::kDd:
    case Tag::kFont:
    case Tag::kSpan:
    case Tag::kOther:
      return true;
    default:
      return false;
  }
}

std::string Normalized(std::string_view s) {
  std::string out;
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) out.push_back(static_cast<char>(std::tolower(u)));
  }
  return out;
}

struct Flags {
  bool strip_unlikely = true;
  bool weight_classes = true;
  bool clean_conditionally = true;
};

class Extractor {
 public:
  Extractor(const Dom& dom, const PageFeatures& f, std::string_view title, Flags flags)
      : dom_(dom), f_(f), flags_(flags), title_(Normalized(title)) {}

  std::string Run(std::vector<RemovedText>* removed) {
    ComputeInline();
    ScoreParagraphs();
    const std::vector<uint32_t> roots = WithSiblings(TopCandidate());
    root_text_ = 0;
    for (uint32_t r : roots) root_text_ += f_.text[r];
    removed_ = removed;
    for (uint32_t r : roots) {
      writer_.EndParagraph();
      Emit(r, /*is_root=*/true);
    }
    if (removed_ != nullptr) ReportOutside(dom_, f_, roots, removed_);
    return writer_.Finish();
  }

 private:
  // Text in each block that is not inside a nested block (what Readability wraps in <p>).
  void ComputeInline() {
    const uint32_t n = dom_.size();
    inline_text_.assign(n, 0);
    inline_commas_.assign(n, 0);
    unlikely_.assign(n, 0);
    for (uint32_t id = 1; id < n; ++id) {
      const Node& node = dom_.node(id);
      unlikely_[id] = unlikely_[node.parent];
      if (flags_.strip_unlikely && node.type == NodeType::kElement && IsUnlikely(id)) {
        unlikely_[id] = 1;
      }
    }
    for (uint32_t id = n; id-- > 1;) {
      const Node& node = dom_.node(id);
      if (f_.skip[id]) continue;
      const bool inline_node = node.type == NodeType::kText || !IsBlock(node.tag);
      if (!inline_node) continue;
      const uint32_t t = node.type == NodeType::kText ? f_.text[id] : inline_text_[id];
      const uint32_t c = node.type == NodeType::kText ? f_.commas[id] : inline_commas_[id];
      inline_text_[node.parent] += t;
      inline_commas_[node.parent] += c;
    }
  }

  bool IsUnlikely(uint32_t id) const {
    const Tag t = dom_.node(id).tag;
    if (t == Tag::kBody || t == Tag::kHtml || t == Tag::kA || t == Tag::kArticle ||
        t == Tag::kMain) {
      return false;
    }
    const uint8_t h = f_.hints[id];
    return (h & kHintBoilerplate) && !(h & kHintContent);
  }

  void ScoreParagraphs() {
    const uint32_t n = dom_.size();
    score_.assign(n, 0.0);
    prose_.assign(n, 0);
    scored_.assign(n, 0);
    for (uint32_t id = 1; id < n; ++id) {
      const Node& node = dom_.node(id);
      if (node.type != NodeType::kElement || f_.skip[id] || unlikely_[id]) continue;
      if (!IsScoredUnit(node.tag) || inline_text_[id] < kMinParagraph) continue;
      const double s = 1.0 + inline_commas_[id] + std::min(inline_text_[id] / 100, 3u);
      if (f_.LinkDensity(id) <= 0.3) prose_[id] = inline_text_[id];
      uint32_t a = node.parent;
      for (int level = 0; level < kAncestorLevels && a != kNone && a != 0; ++level) {
        if (!scored_[a]) {
          scored_[a] = 1;
          score_[a] = TagPrior(dom_.node(a).tag) + Weight(a);
          candidates_.push_back(a);
        }
        score_[a] += s / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
        a = dom_.node(a).parent;
      }
    }
    for (uint32_t c : candidates_) score_[c] *= 1.0 - f_.LinkDensity(c);
    for (uint32_t id = n; id-- > 1;) prose_[dom_.node(id).parent] += prose_[id];
  }

  double Weight(uint32_t id) const { return flags_.weight_classes ? f_.class_weight[id] : 0; }

  uint32_t Body() const {
    const auto body = dom_.FindAll(0, Tag::kBody);
    return body.empty() ? 0 : body[0];
  }

  bool IsAncestor(uint32_t a, uint32_t id) const {
    for (uint32_t p = dom_.node(id).parent; p != kNone; p = dom_.node(p).parent) {
      if (p == a) return true;
    }
    return false;
  }

  uint32_t TopCandidate() {
    if (candidates_.empty()) return Body();
    std::vector<uint32_t> top = candidates_;
    const size_t k = std::min<size_t>(5, top.size());
    std::partial_sort(top.begin(), top.begin() + static_cast<long>(k), top.end(),
                      [this](uint32_t a, uint32_t b) { return score_[a] > score_[b]; });
    uint32_t best = top[0];
    // A common ancestor of several near-best candidates holds the article (Readability).
    std::vector<uint32_t> alternatives;
    for (size_t i = 1; i < k; ++i) {
      if (score_[top[i]] >= 0.75 * score_[best]) alternatives.push_back(top[i]);
    }
    if (alternatives.size() >= 3) {
      for (uint32_t p = dom_.node(best).parent; p != kNone && p != 0; p = dom_.node(p).parent) {
        int holding = 0;
        for (uint32_t alt : alternatives) holding += IsAncestor(p, alt) ? 1 : 0;
        if (holding >= 3) {
          best = p;
          break;
        }
        if (dom_.node(p).tag == Tag::kBody) break;
      }
    }
    return ClimbParents(best);
  }

  uint32_t ClimbParents(uint32_t best) {
    double last = score_[best];
    const double threshold = last / 3.0;
    for (uint32_t p = dom_.node(best).parent; p != kNone && p != 0; p = dom_.node(p).parent) {
      if (dom_.node(p).tag == Tag::kBody) break;
      if (!scored_[p]) continue;
      if (score_[p] < threshold) break;
      if (score_[p] > last) {
        best = p;
        break;
      }
      last = score_[p];
    }
    best = ClimbForProse(best);
    // An only child says nothing the parent does not (Readability).
    while (true) {
      const uint32_t p = dom_.node(best).parent;
      if (p == kNone || p == 0 || dom_.node(p).tag == Tag::kBody) break;
      if (ElementChildren(p) != 1) break;
      best = p;
    }
    return best;
  }

  // An article split into several blocks (sections, "read more" folds): widen to an
  // ancestor as long as what it adds is mostly prose paragraphs.
  uint32_t ClimbForProse(uint32_t best) const {
    for (uint32_t p = dom_.node(best).parent; p != kNone && p != 0; p = dom_.node(p).parent) {
      if (dom_.node(p).tag == Tag::kBody || unlikely_[p]) break;
      const double extra_text = f_.text[p] - f_.text[best];
      const double extra_prose = prose_[p] - prose_[best];
      if (extra_text <= 0) {
        best = p;
        continue;
      }
      const double extra_links = f_.link_text[p] - f_.link_text[best];
      if (extra_prose < 0.6 * extra_text || extra_links > kMaxAddedLinkDensity * extra_text) break;
      best = p;
    }
    return best;
  }

  int ElementChildren(uint32_t id) const {
    int n = 0;
    for (uint32_t c = dom_.node(id).first_child; c != kNone; c = dom_.node(c).next_sibling) {
      if (dom_.node(c).type == NodeType::kElement && !f_.skip[c]) ++n;
    }
    return n;
  }

  std::vector<uint32_t> WithSiblings(uint32_t best) {
    const uint32_t parent = dom_.node(best).parent;
    if (best == 0 || parent == kNone || parent == 0) return {best};
    const double threshold = std::max(10.0, score_[best] * 0.2);
    const std::string_view best_class = dom_.Attr(best, "class");
    std::vector<uint32_t> out;
    for (uint32_t s = dom_.node(parent).first_child; s != kNone; s = dom_.node(s).next_sibling) {
      if (s == best) {
        out.push_back(s);
        continue;
      }
      if (dom_.node(s).type != NodeType::kElement || f_.skip[s] || unlikely_[s]) continue;
      double bonus = 0;
      if (!best_class.empty() && dom_.Attr(s, "class") == best_class) bonus = score_[best] * 0.2;
      if (scored_[s] && score_[s] + bonus >= threshold) {
        out.push_back(s);
      } else if (dom_.node(s).tag == Tag::kP) {
        const double ld = f_.LinkDensity(s);
        const uint32_t len = f_.text[s];
        std::string text;
        if (len > 0 && len < 80) dom_.AppendText(s, &text);
        const bool sentence =
            text.find(". ") != std::string::npos || (!text.empty() && text.back() == '.');
        if ((len > 80 && ld < 0.25) || (len > 0 && len < 80 && ld == 0 && sentence))
          out.push_back(s);
      }
    }
    return out;
  }

  // ---- cleaning ---------------------------------------------------------------------------

  bool InFigure(uint32_t id) const {
    for (uint32_t p = dom_.node(id).parent; p != kNone; p = dom_.node(p).parent) {
      if (dom_.node(p).tag == Tag::kFigure) return true;
    }
    return false;
  }

  bool IsDataTable(uint32_t id) const {
    return !dom_.FindAll(id, Tag::kTh).empty() || !dom_.FindAll(id, Tag::kCaption).empty();
  }

  // Readability's _cleanConditionally.
  bool CleanConditionally(uint32_t id) const {
    const Tag t = dom_.node(id).tag;
    const bool applies = t == Tag::kDiv || t == Tag::kSection || t == Tag::kUl || t == Tag::kOl ||
                         t == Tag::kForm || t == Tag::kFieldset || t == Tag::kDl ||
                         (t == Tag::kTable && !IsDataTable(id));
    if (!applies) return false;
    const double weight = Weight(id);
    if (weight + (scored_[id] ? score_[id] : 0.0) < 0) return true;
    if (f_.commas[id] >= 10) return false;
    const double text = f_.text[id];
    const double p = f_.paragraphs[id];
    const double img = f_.images[id];
    const double li = static_cast<double>(f_.list_items[id]) - 100;
    const double input = f_.inputs[id];
    const double heading_density = text > 0 ? f_.heading_text[id] / text : 0;
    const double link_density = f_.LinkDensity(id);
    const bool is_list =
        t == Tag::kUl || t == Tag::kOl || (text > 0 && f_.list_text[id] / text > 0.9);
    const bool fig = InFigure(id);
    if (img > 1 && p / img < 0.5 && !fig) return true;
    if (!is_list && li > p) return true;
    if (input > static_cast<int>(p / 3)) return true;
    if (!is_list && heading_density < 0.9 && text < 25 && (img == 0 || img > 2) && !fig)
      return true;
    if (!is_list && weight < 25 && link_density > 0.2) return true;
    if (weight >= 25 && link_density > 0.5) return true;
    if ((f_.embeds[id] == 1 && text < 75) || f_.embeds[id] > 1) return true;
    return false;
  }

  bool HeadingRepeatsTitle(uint32_t id) const {
    if (title_.empty()) return false;
    std::string text;
    dom_.AppendText(id, &text);
    const std::string h = Normalized(text);
    if (h.empty()) return false;
    return h == title_ || (h.size() >= 15 && title_.find(h) != std::string::npos) ||
           (title_.size() >= 15 && h.find(title_) != std::string::npos);
  }

  // Why element `id` inside the article is dropped, if it is.
  bool Judge(uint32_t id, RemovalReason* why) const {
    const Tag t = dom_.node(id).tag;
    const uint8_t h = f_.hints[id];
    const uint32_t text = f_.text[id];
    const bool small = text * 2 < root_text_;
    if (t == Tag::kFigcaption ||
        ((h & kHintCaption) && !(h & kHintContent) && small && text < 400)) {
      *why = (h & kHintCaption) && !(t == Tag::kFigcaption) ? RemovalReason::kCredit
                                                            : RemovalReason::kCaption;
      return true;
    }
    if (IsHeading(t) && (HeadingRepeatsTitle(id) || Weight(id) < 0)) {
      *why = RemovalReason::kBoilerplate;
      return true;
    }
    if ((h & kHintByline) && !(h & kHintContent) && text < 200 && small) {
      *why = RemovalReason::kByline;
      return true;
    }
    const bool chrome = t == Tag::kHeader || t == Tag::kFooter || t == Tag::kAside;
    if ((chrome || ((h & kHintBoilerplate) && !(h & kHintContent))) && small) {
      *why = ReasonFromNames(dom_, id, RemovalReason::kWidget);
      return true;
    }
    if (flags_.clean_conditionally && CleanConditionally(id)) {
      *why = ReasonFromNames(dom_, id, RemovalReason::kWidget);
      return true;
    }
    if ((t == Tag::kP || t == Tag::kLi) && f_.LinkDensity(id) > 0.6 && text < 300) {
      *why = RemovalReason::kWidget;
      return true;
    }
    return false;
  }

  void Emit(uint32_t id, bool is_root) {
    const Node& n = dom_.node(id);
    if (n.type == NodeType::kText) {
      writer_.Text(dom_.Text(id), pre_depth_ > 0);
      return;
    }
    if (f_.skip[id]) return;
    RemovalReason why;
    if (!is_root && f_.text[id] > 0 && Judge(id, &why)) {
      Report(id, why);
      return;
    }
    if (n.tag == Tag::kBr) {
      writer_.LineBreak();
      return;
    }
    const bool block = IsBlock(n.tag);
    if (block) writer_.EndParagraph();
    if (n.tag == Tag::kPre) ++pre_depth_;
    for (uint32_t c = n.first_child; c != kNone; c = dom_.node(c).next_sibling) Emit(c, false);
    if (n.tag == Tag::kPre) --pre_depth_;
    if (block) writer_.EndParagraph();
  }

  void Report(uint32_t id, RemovalReason why) {
    if (removed_ == nullptr) return;
    TextWriter w;
    VisibleText(id, &w);
    RemovedText r{why, w.Finish(), {}};
    if (r.text.empty()) return;
    AddSourceRuns(dom_, f_, id, &r.runs);
    removed_->push_back(std::move(r));
  }

  void VisibleText(uint32_t id, TextWriter* w) const {
    const Node& n = dom_.node(id);
    if (n.type == NodeType::kText) {
      w->Text(dom_.Text(id));
      return;
    }
    if (f_.skip[id]) return;
    if (IsBlock(n.tag)) w->EndParagraph();
    for (uint32_t c = n.first_child; c != kNone; c = dom_.node(c).next_sibling) VisibleText(c, w);
  }

  const Dom& dom_;
  const PageFeatures& f_;
  Flags flags_;
  std::string title_;
  std::vector<uint32_t> inline_text_, inline_commas_;
  std::vector<uint32_t> prose_;  // text of scoring paragraphs with low link density, below
  std::vector<uint8_t> unlikely_, scored_;
  std::vector<double> score_;
  std::vector<uint32_t> candidates_;
  uint32_t root_text_ = 0;
  int pre_depth_ = 0;
  TextWriter writer_;
  std::vector<RemovedText>* removed_ = nullptr;
};

size_t VisibleLength(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += (c != ' ' && c != '\n') ? 1 : 0;
  return n;
}

}  // namespace

std::string ExtractMainText(const Dom& dom, std::string_view title,
                            std::vector<RemovedText>* removed) {
  // Readability retries with fewer heuristics when the first pass finds too little text,
  // and keeps the longest attempt; last, hidden elements count too (pages whose script
  // moves hidden server-rendered text into place).
  const Flags attempts[] = {
      {true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
  std::string best;
  std::vector<RemovedText> best_removed;
  for (bool honour_hidden : {true, false}) {
    const PageFeatures f = ComputeFeatures(dom, honour_hidden);
    for (const Flags& flags : attempts) {
      std::vector<RemovedText> rem;
      std::string text = Extractor(dom, f, title, flags).Run(&rem);
      if (VisibleLength(text) > VisibleLength(best)) {
        best = std::move(text);
        best_removed = std::move(rem);
      }
      if (VisibleLength(best) >= kRetryBelow) break;
    }
    if (VisibleLength(best) >= kRetryBelow) break;
  }
  if (removed != nullptr) *removed = std::move(best_removed);
  return best;
}

std::string FragmentText(std::string_view utf8_html, std::string_view title) {
  const Dom dom = ParseHtml(utf8_html);
  return ExtractMainText(dom, title, nullptr);
}

Article ExtractArticle(std::string_view utf8_html) {
  Article a;
  const Dom dom = ParseHtml(utf8_html);
  a.meta = ExtractMetadata(dom);
  a.text = ExtractMainText(dom, a.meta.title, &a.removed);
  return a;
}

}  // namespace chorus::html
