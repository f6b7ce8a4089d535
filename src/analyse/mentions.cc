// Name mention finding: capitalised-sequence chunking with connector words and title/role
// cues, the classic rule-based approach to proper-name recognition (Wacholder, Ravin & Choi
// 1997, "Disambiguation of proper names in text"; Mikheev 1999 for deciding sentence-initial
// capitals from the document's own use of the word). Titles and appositions give roles.
#include "analyse/mentions.h"

#include <algorithm>

#include "analyse/lexicon.h"
#include "util/text_util.h"

namespace chorus {
namespace {

const Lexicon& Lex() { return Lexicon::Get(); }

bool IsConnector(std::string_view f) {
  static const char* const kConnectors[] = {"of", "the", "de", "van", "von", "der", "den", "bin",
                                            "ibn", "al", "la", "le", "du", "da", "di", "del", "and"};
  for (const char* c : kConnectors) {
    if (f == c) return true;
  }
  return false;
}

std::string_view Bare(std::string_view f) {  // "mr." -> "mr"
  while (!f.empty() && f.back() == '.') f.remove_suffix(1);
  return f;
}

bool IsRoleWord(const Word& w) {
  const std::string_view f = Bare(w.fold);
  const Lexicon& lex = Lex();
  return lex.IsRoleHead(f) || lex.IsRoleModifier(f) || lex.IsHonorific(f) || lex.IsDemonym(f);
}

bool IsTitleHead(const Word& w) {
  const std::string_view f = Bare(w.fold);
  return Lex().IsRoleHead(f) || Lex().IsHonorific(f);
}

char32_t PrevCodePoint(std::string_view text, size_t* pos) {
  size_t p = *pos;
  do {
    --p;
  } while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80);
  *pos = p;
  size_t q = p;
  return NextCodePoint(text, &q);
}

// One sentence being chunked.
class SentenceChunker {
 public:
  SentenceChunker(const StoryText& story, const ScannedStory& scan, uint32_t doc, uint32_t sent,
                  std::vector<Mention>* out)
      : scan_(scan),
        text_(story.docs[doc].text),
        span_(story.sentences[doc][sent].span),
        w_(scan.words[doc][sent]),
        doc_(doc),
        sent_(sent),
        out_(out) {
    MarkCredits();
  }

  void Run() {
    if (credit_sentence_) return;
    size_t i = 0;
    while (i < w_.size()) {
      if (!Nameish(i) && !RoleLike(i)) {
        ++i;
        continue;
      }
      size_t j = i;
      while (Extends(j)) ++j;
      Chunk(i, j + 1);
      i = j + 1;
    }
  }

 private:
  bool Nameish(size_t i) const {
    const Word& w = w_[i];
    if (skip_[i] || !w.letters || !w.cap) return false;
    const Lexicon& lex = Lex();
    if (lex.IsCalendar(Bare(w.fold))) return false;
    if (!w.all_caps && lex.IsStopword(w.fold)) return false;
    if (w.all_caps && w.fold.size() >= 4 && scan_.lower.count(w.fold)) return false;
    return true;
  }
  bool RoleLike(size_t i) const { return !skip_[i] && w_[i].letters && IsRoleWord(w_[i]); }
  bool Space(size_t a, size_t b) const { return OnlySpaceBetween(text_, w_[a], w_[b]); }

  bool Extends(size_t j) const {
    if (j + 1 >= w_.size() || !Space(j, j + 1)) return false;
    if (Nameish(j + 1) || RoleLike(j + 1)) return true;
    return IsConnector(w_[j + 1].fold) && !w_[j + 1].cap && j + 2 < w_.size() &&
           Space(j + 1, j + 2) && (Nameish(j + 2) || RoleLike(j + 2));
  }

  void MarkCredits();
  void Chunk(size_t b, size_t e);
  void Emit(size_t b, size_t e, TextSpan role);
  TextSpan RoleBefore(size_t b, size_t e) const;
  TextSpan AppositionBefore(size_t b) const;
  TextSpan AppositionAfter(size_t e) const;
  bool Vouched(const Word& w) const {
    return Lex().IsGivenName(w.fold) || Lex().IsPlace(w.fold) || scan_.cap_inside.count(w.fold) ||
           w.all_caps || w.initial;
  }

  const ScannedStory& scan_;
  std::string_view text_;
  TextSpan span_;
  const std::vector<Word>& w_;
  uint32_t doc_, sent_;
  std::vector<Mention>* out_;
  std::vector<bool> skip_;
  bool credit_sentence_ = false;
};

// Parenthesised credits "(Name/Agency | Name via Agency)" and "X contributed reporting".
void SentenceChunker::MarkCredits() {
  skip_.assign(w_.size(), false);
  bool contributed = false, report = false;
  for (const Word& w : w_) {
    contributed = contributed || w.fold == "contributed";
    report = report || w.fold.rfind("report", 0) == 0;
  }
  credit_sentence_ = contributed && report;
  if (w_.size() >= 2 && w_[1].fold == "by" &&
      (w_[0].fold == "reporting" || w_[0].fold == "editing" || w_[0].fold == "writing")) {
    credit_sentence_ = true;
  }
  const std::string_view s = text_.substr(span_.begin, span_.size());
  for (size_t open = s.find('('); open != std::string_view::npos; open = s.find('(', open + 1)) {
    const size_t close = s.find(')', open);
    if (close == std::string_view::npos) break;
    const std::string_view inner = s.substr(open, close - open);
    bool credit = inner.find('/') != std::string_view::npos || inner.find('|') != std::string_view::npos;
    for (size_t i = 0; i < w_.size(); ++i) {
      const size_t at = w_[i].span.begin - span_.begin;
      if (at > open && at < close && (w_[i].fold == "via" || w_[i].fold == "photo")) credit = true;
    }
    if (!credit) continue;
    for (size_t i = 0; i < w_.size(); ++i) {
      const size_t at = w_[i].span.begin - span_.begin;
      if (at > open && at < close) skip_[i] = true;
    }
  }
}

// A capitalised run [b, e): trailing name block, leading role; capitalised words inside the
// role ("Kremlin" in "Kremlin spokesman") become mentions of their own.
void SentenceChunker::Chunk(size_t b, size_t e) {
  size_t nb = e;
  const bool org = Nameish(e - 1) && Lex().IsOrgHead(w_[e - 1].fold);
  while (nb > b) {
    const size_t k = nb - 1;
    const bool name_word = Nameish(k) && (org ? !IsTitleHead(w_[k]) : !IsRoleWord(w_[k]));
    if (name_word) {
      nb = k;
    } else if (IsConnector(w_[k].fold) && !w_[k].cap && k > b && nb < e && Nameish(k - 1) &&
               !IsRoleWord(w_[k - 1]) && w_[k].fold != "and" && w_[k].fold != "the") {
      nb = k;
    } else {
      break;
    }
  }
  if (!org) {  // "CIA John Ratcliffe": the name starts at the given name
    for (size_t k = nb + 1; k < e; ++k) {
      if (Lex().IsGivenName(w_[k].fold) && !Lex().IsGivenName(w_[nb].fold) && !w_[nb].initial) {
        nb = k;
        break;
      }
    }
  }
  if (nb < e) Emit(nb, e, RoleBefore(b, nb));
  // Capitalised groups inside the role part.
  size_t k = b;
  while (k < nb) {
    if (!Nameish(k) || IsRoleWord(w_[k])) {
      ++k;
      continue;
    }
    size_t g = k;
    while (g + 1 < nb && Space(g, g + 1) && Nameish(g + 1) && !IsRoleWord(w_[g + 1])) ++g;
    Emit(k, g + 1, TextSpan{});
    k = g + 1;
  }
}

TextSpan SentenceChunker::RoleBefore(size_t b, size_t nb) const {
  size_t rb = b;
  while (rb < nb && (IsConnector(w_[rb].fold) || Lex().IsStopword(w_[rb].fold))) ++rb;
  bool head = false;
  for (size_t k = rb; k < nb; ++k) head = head || IsTitleHead(w_[k]);
  if (!head || rb >= nb) return {};
  return {w_[rb].span.begin, w_[nb - 1].span.end};
}

// "his national security adviser, Michael Waltz": role words ending in a head, then a comma.
TextSpan SentenceChunker::AppositionBefore(size_t b) const {
  if (b == 0 || !Lex().IsRoleHead(Bare(w_[b - 1].fold))) return {};
  const std::string_view gap = text_.substr(w_[b - 1].span.end, w_[b].span.begin - w_[b - 1].span.end);
  if (gap.find(',') == std::string_view::npos || gap.size() > 3 || w_[b - 1].possessive) return {};
  size_t s = b - 1;
  while (s > 0 && Space(s - 1, s) && (RoleLike(s - 1) || Nameish(s - 1))) --s;
  return {w_[s].span.begin, w_[b - 1].span.end};
}

// "Keith Kellogg, the retired general whom ...": comma, article, up to four words to a head.
TextSpan SentenceChunker::AppositionAfter(size_t e) const {
  if (e + 1 >= w_.size()) return {};
  const std::string_view gap = text_.substr(w_[e - 1].span.end, w_[e].span.begin - w_[e - 1].span.end);
  const std::string_view art = w_[e].fold;
  if (gap.find(',') == std::string_view::npos || gap.size() > 3) return {};
  if (art != "the" && art != "a" && art != "an" && art != "his" && art != "her") return {};
  for (size_t k = e + 1; k < w_.size() && k <= e + 4; ++k) {
    if (!Space(k - 1, k)) return {};
    if (Lex().IsRoleHead(w_[k].fold)) return {w_[e + 1].span.begin, w_[k].span.end};
  }
  return {};
}

void SentenceChunker::Emit(size_t b, size_t e, TextSpan role) {
  const Lexicon& lex = Lex();
  while (b < e && (lex.IsDemonym(w_[b].fold) || (!w_[b].all_caps && lex.IsStopword(w_[b].fold)) ||
                   IsConnector(w_[b].fold))) {
    ++b;
  }
  while (e > b && IsConnector(w_[e - 1].fold)) --e;
  if (b >= e) return;
  bool tentative = false;
  if (IsSentenceInitial(text_, span_, w_[b]) && !Vouched(w_[b])) {
    if (e - b > 1) {
      ++b;
    } else {
      tentative = true;
    }
  }
  while (e - b > 1 && scan_.lower.count(w_[b].fold) && !lex.IsGivenName(w_[b].fold)) ++b;
  if (e - b == 1 && scan_.lower.count(w_[b].fold) && !lex.IsPlace(w_[b].fold)) return;
  if (e - b == 1 && lex.IsDemonym(w_[b].fold)) return;
  Mention m;
  m.doc = doc_;
  m.sentence = sent_;
  m.span = {w_[b].span.begin, w_[e - 1].span.end};
  for (size_t k = b; k < e; ++k) {
    if (IsConnector(w_[k].fold)) continue;
    m.tokens.push_back(w_[k].fold);
    m.initials.push_back(w_[k].initial || (w_[k].all_caps && w_[k].fold.size() <= 2 && k + 1 < e));
  }
  m.tentative = tentative;
  m.role = role.empty() ? AppositionBefore(b) : role;
  if (m.role.empty()) m.role = AppositionAfter(e);
  bool title = false;
  for (const Word& w : ScanWords(text_, m.role)) title = title || IsTitleHead(w);
  m.person_cue = title || (m.tokens.size() >= 2 && lex.IsGivenName(m.tokens.front()));
  m.relay = e < w_.size() && Space(e - 1, e) && (w_[e].fold == "quoted" || w_[e].fold == "cited");
  out_->push_back(std::move(m));
}

}  // namespace

bool IsSentenceInitial(std::string_view text, TextSpan sentence, const Word& w) {
  size_t p = w.span.begin;
  while (p > sentence.begin) {
    const char32_t c = PrevCodePoint(text, &p);
    if (IsSpaceCp(c) || IsQuoteMark(c) || c == '(' || c == '[' || c == 0x2014 || c == 0x2013) continue;
    return c == '.' || c == '!' || c == '?' || c == ':';
  }
  return true;
}

ScannedStory ScanStory(const StoryText& story) {
  ScannedStory scan;
  scan.words.resize(story.docs.size());
  for (size_t d = 0; d < story.docs.size(); ++d) {
    const std::string_view text = story.docs[d].text;
    for (const Sentence& s : story.sentences[d]) {
      std::vector<Word> words = ScanWords(text, s.span);
      for (const Word& w : words) {
        if (!w.letters) continue;
        if (!w.cap) {
          scan.lower.insert(w.fold);
        } else if (!w.all_caps && !IsSentenceInitial(text, s.span, w)) {
          scan.cap_inside.insert(w.fold);
        }
      }
      scan.words[d].push_back(std::move(words));
    }
  }
  return scan;
}

std::vector<Mention> FindMentions(const StoryText& story, const ScannedStory& scan,
                                  const QuoteRegions& quotes) {
  std::vector<Mention> out;
  for (uint32_t d = 0; d < story.docs.size(); ++d) {
    const size_t first = out.size();
    for (uint32_t s = 0; s < story.sentences[d].size(); ++s) {
      SentenceChunker(story, scan, d, s, &out).Run();
    }
    if (d >= quotes.size()) continue;
    for (size_t i = first; i < out.size(); ++i) {
      for (const TextSpan& q : quotes[d]) out[i].in_quote = out[i].in_quote || q.Contains(out[i].span);
    }
  }
  return out;
}

}  // namespace chorus
