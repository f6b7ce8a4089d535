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

// "4", "727", "2020": digits only, at most four.
bool IsNumberWord(const Word& w) {
  return !w.letters && !w.fold.empty() && w.fold.size() <= 4 &&
         std::all_of(w.fold.begin(), w.fold.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsConnector(std::string_view f) {
  static const char* const kConnectors[] = {"of",  "the", "de",  "van", "von", "der",
                                            "den", "bin", "ibn", "al",  "la",  "le",
                                            "du",  "da",  "di",  "del", "and"};
  for (const char* c : kConnectors) {
    if (f == c) return true;
  }
  return false;
}

bool IsRomanNumeral(std::string_view f) {
  return !f.empty() && f.find_first_not_of("ivx") == std::string_view::npos;
}

std::string_view Bare(std::string_view f) {  // "mr." -> "mr"
  while (!f.empty() && f.back() == '.') f.remove_suffix(1);
  return f;
}

bool IsRoleWord(const Word& w) {
  return w.Is(kLexRoleHead | kLexRoleModifier | kLexHonorific | kLexDemonym);
}

bool IsTitleHead(const Word& w) { return w.Is(kLexRoleHead | kLexHonorific); }

// "Conservative government", "Turkish-Syrian border": a capitalised adjective (English
// adjective endings, or a hyphenated compound) before a polity noun is not a place name.
bool AdjectiveLike(std::string_view f) {
  static const char* const kEndings[] = {"ist", "ive", "ian", "ish", "ese", "ic", "al", "an"};
  if (f.find('-') != std::string_view::npos) return true;
  for (const char* end : kEndings) {
    const std::string_view e(end);
    if (f.size() > e.size() + 2 && f.substr(f.size() - e.size()) == e) return true;
  }
  return false;
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
    if (w.Is(kLexCalendar)) return false;
    if (!w.all_caps && w.Is(kLexStopword)) return false;
    if (w.all_caps && w.fold.size() >= 4 &&
        (scan_.Lower(w.fold) > 0 || scan_.Lower(w.fold + "s") > 0)) {
      return false;
    }
    return !BadCompound(w);
  }
  // "US-backed", "Russia-Ukraine": hyphenated words that are not one name.
  bool BadCompound(const Word& w) const {
    const std::string_view raw = text_.substr(w.span.begin, w.span.size());
    const size_t dash = raw.find('-');
    if (dash == std::string_view::npos) return false;
    const std::string_view left = std::string_view(w.fold).substr(0, w.fold.find('-'));
    const std::string_view right = std::string_view(w.fold).substr(w.fold.rfind('-') + 1);
    const bool lower_part = dash + 1 < raw.size() && raw[dash + 1] >= 'a' && raw[dash + 1] <= 'z';
    const bool particle = left == "al" || left == "el" || left == "bin";
    return (lower_part && !particle) || Lex().IsPlace(left) || Lex().IsPlace(right);
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
  size_t RoleStart(size_t b, size_t nb) const;
  TextSpan RoleSpan(size_t rb, size_t nb) const;
  void EmitGroups(size_t b, size_t e);
  // "the Marit Holm", "the ferry Marit Holm": an article, at most two lower-case words, then
  // the name. People are rarely introduced that way; vessels, places and bodies are.
  bool Determined(size_t first) const {
    for (size_t k = first, n = 0; k > 0 && n < 3 && Space(k - 1, k); --k, ++n) {
      const std::string& f = w_[k - 1].fold;
      if (f == "the" || f == "a" || f == "an") return true;
      if (w_[k - 1].cap || Lex().IsStopword(f) || Lex().IsRoleHead(f)) return false;
    }
    return false;
  }

  // "the Quay 4 berth", "Gate 12", "Flight 370": a number right after a one-word name makes
  // it a numbered designator, and the number is part of the name (the word alone names
  // nothing). Only for a word the story never capitalises mid-sentence without a number
  // ("Boeing" alone elsewhere keeps "Boeing" a name), not a given name, not the end of a longer
  // capitalised run ("Osas Osaro 3 goals") and not in a list of scores ("Bruins 5, Panthers 3").
  bool NumberFollows(size_t e) const {
    const size_t b = e - 1;
    const std::string& f = w_[b].fold;
    if (e >= w_.size() || !Space(b, e) || !IsNumberWord(w_[e])) return false;
    if (scan_.CapInside(f) > scan_.Numbered(f) || Lex().IsGivenName(f)) return false;
    if (b > 0 && Space(b - 1, b) && w_[b - 1].cap) return false;
    return !(b >= 2 && Pair(b - 2) && Separated(b - 1, b)) &&
           !(e + 2 < w_.size() && Pair(e + 1) && Separated(e, e + 1));
  }
  // "Panthers 3": a capitalised word and a number.
  bool Pair(size_t n) const { return w_[n].cap && IsNumberWord(w_[n + 1]); }
  // A comma or semicolon between words a and b.
  bool Separated(size_t a, size_t b) const {
    const std::string_view gap = text_.substr(w_[a].span.end, w_[b].span.begin - w_[a].span.end);
    return gap.find_first_of(",;") != std::string_view::npos;
  }
  bool PlaceApposition(size_t e) const;
  int32_t AfterComma(size_t b, size_t e) const;
  uint8_t Locative(size_t b, size_t e) const {
    if (b == 0 || !Space(b - 1, b) || w_[b - 1].cap || !w_[b - 1].Is(kLexLocative)) return 0;
    if (b >= 2 && Space(b - 2, b - 1) && w_[b - 2].cap &&
        !IsSentenceInitial(text_, span_, w_[b - 2]))
      return 0;
    // "in Byte magazine": the name modifies a noun. Names with a place head are exempt
    // ("from Tarsk Island joined").
    const bool head = w_[b].Is(kLexPlaceHead) || w_[e - 1].Is(kLexPlaceHead);
    if (!head && e < w_.size() && Space(e - 1, e) && !w_[e].cap && w_[e].letters &&
        !w_[e].Is(kLexStopword | kLexVerb | kLexCalendar | kLexPolity)) {
      return 0;
    }
    const std::string_view p = w_[b - 1].fold;
    return p == "at" || p == "from" ? 1 : 2;
  }
  TextSpan AppositionBefore(size_t b) const;
  TextSpan AppositionAfter(size_t e) const;
  bool Vouched(const Word& w) const {
    return Lex().IsGivenName(w.fold) || Lex().IsPlace(w.fold) || scan_.CapInside(w.fold) > 0 ||
           w.all_caps || w.initial;
  }

  // A sentence-initial word that reads as a verb or adverb form, or is written in lower case
  // elsewhere in the story (Mikheev 1999).
  bool LooksCommon(const Word& w) const {
    const std::string& f = w.fold;
    auto ends = [&](std::string_view suf) {
      return f.size() > suf.size() + 2 && f.compare(f.size() - suf.size(), suf.size(), suf) == 0;
    };
    return scan_.Lower(f) > 0 || ends("ing") || ends("ed") || ends("ly") || ends("s") ||
           w_.size() < 2;
  }

  bool CommonWord(const std::string& f) const {
    return scan_.Lower(f) >= scan_.CapInside(f) && scan_.Lower(f) > 0;
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
    bool credit =
        inner.find('/') != std::string_view::npos || inner.find('|') != std::string_view::npos;
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
  for (size_t k = nb; k + 1 < e; ++k) {  // "Acme Lines Pieter Valk": split after the org
    if (Lex().IsOrgHead(w_[k].fold) && !org) {
      Emit(nb, k + 1, TextSpan{});
      nb = k + 1;
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
  if (nb == e) {  // no name: capitalised groups only ("CIA" in "CIA Director")
    EmitGroups(b, e);
    return;
  }
  const size_t rb = RoleStart(b, nb);
  Emit(nb, e, RoleSpan(rb, nb));
  const size_t before = out_->size();
  EmitGroups(rb, nb);
  for (size_t i = before; i < out_->size(); ++i) (*out_)[i].in_role = true;
  size_t left = rb;
  while (left > b && IsConnector(w_[left - 1].fold) && !w_[left - 1].cap) --left;
  if (left > b) Chunk(b, left);
}

// Capitalised non-role groups inside [b, e), each a mention of its own.
void SentenceChunker::EmitGroups(size_t b, size_t e) {
  size_t k = b;
  while (k < e) {
    if (!Nameish(k) || IsRoleWord(w_[k])) {
      ++k;
      continue;
    }
    size_t g = k;
    while (g + 1 < e && Space(g, g + 1) && Nameish(g + 1) && !IsRoleWord(w_[g + 1])) ++g;
    // "Middle" in "Middle Eastern envoy" is part of an adjective, not a name.
    const bool adjective = g + 1 < e && Space(g, g + 1) && Lex().IsDemonym(w_[g + 1].fold);
    if (!adjective) Emit(k, g + 1, TextSpan{});
    k = g + 1;
  }
}

// The title right before a name: role words and connectors, plus a capitalised word that
// qualifies a role word ("Kremlin spokesman", "Director of the CIA"); stops at "and" unless
// it joins two titles ("Ambassador and Special Envoy").
size_t SentenceChunker::RoleStart(size_t b, size_t nb) const {
  size_t rb = nb;
  while (rb > b) {
    const size_t k = rb - 1;
    const Word& w = w_[k];
    bool take = RoleLike(k);
    if (!take && w.fold == "and") take = k > b && RoleLike(k - 1);
    if (!take && IsConnector(w.fold) && !w.cap && w.fold != "and") take = k > b;
    if (!take && Nameish(k)) {
      take = (k + 1 < nb && (RoleLike(k + 1) || IsConnector(w_[k + 1].fold) ||
                             (rb == k + 1 && Nameish(k + 1)))) ||
             (k > b && IsConnector(w_[k - 1].fold));
    }
    if (!take) break;
    rb = k;
  }
  while (rb < nb && (IsConnector(w_[rb].fold) || Lex().IsStopword(w_[rb].fold))) ++rb;
  return rb;
}

TextSpan SentenceChunker::RoleSpan(size_t rb, size_t nb) const {
  if (rb < nb && IsConnector(w_[nb - 1].fold)) return {};  // "chief executive of Acme"
  bool head = false;
  for (size_t k = rb; k < nb; ++k) head = head || IsTitleHead(w_[k]);
  if (!head || rb >= nb) return {};
  return {w_[rb].span.begin, w_[nb - 1].span.end};
}

// "Port Halvard, a port town in Estlund", "Skellan, the island off ...": comma, article, at
// most two lower-case words, a lower-case place head, then "in"/"of"/"on"/"near"/"off" or the
// end of the clause.
bool SentenceChunker::PlaceApposition(size_t e) const {
  if (e + 1 >= w_.size()) return false;
  const std::string_view gap =
      text_.substr(w_[e - 1].span.end, w_[e].span.begin - w_[e - 1].span.end);
  if (gap.find(',') == std::string_view::npos || gap.size() > 3) return false;
  const std::string_view art = w_[e].fold;
  if (art != "a" && art != "an" && art != "the") return false;
  for (size_t k = e + 1; k < w_.size() && k <= e + 3; ++k) {
    if (!Space(k - 1, k) || w_[k].cap) return false;
    if (!w_[k].Is(kLexPlaceHead)) continue;
    if (k + 1 == w_.size() || !Space(k, k + 1)) return true;
    const std::string_view next = w_[k + 1].fold;
    return next == "in" || next == "of" || next == "on" || next == "near" || next == "off";
  }
  return false;
}

// "PORT HALVARD, Estlund (Meridian)", "Austin, Texas.": the mention of this sentence that
// ends right before ", " and this name, when the name ends its clause (punctuation or the end
// of the sentence follows). Whether that earlier mention is a place is decided in entities.cc.
int32_t SentenceChunker::AfterComma(size_t b, size_t e) const {
  if (b == 0) return -1;
  const std::string_view gap =
      text_.substr(w_[b - 1].span.end, w_[b].span.begin - w_[b - 1].span.end);
  if (gap != ", ") return -1;
  if (e < w_.size()) {
    const std::string_view after = text_.substr(w_[e - 1].span.end, 2);
    const char c = after.empty() ? ' ' : after[0];
    const char c2 = after.size() > 1 ? after[1] : ' ';
    const bool ends = c == ',' || c == '.' || c == ';' || c == ')' || (c == ' ' && c2 == '(');
    if (!ends) return -1;
  }
  for (size_t k = out_->size(); k > 0; --k) {
    const Mention& p = (*out_)[k - 1];
    if (p.doc != doc_ || p.sentence != sent_) break;
    if (p.span.end == w_[b - 1].span.end) return static_cast<int32_t>(k - 1);
  }
  return -1;
}

// "his national security adviser, Michael Waltz": role words ending in a head, then a comma.
TextSpan SentenceChunker::AppositionBefore(size_t b) const {
  if (b == 0) return {};
  size_t h = b - 1;  // the head: "adviser", or "chief" in "chief of staff"
  if (!Lex().IsRoleHead(Bare(w_[h].fold)) && h >= 2 && w_[h - 1].fold == "of" &&
      Lex().IsRoleHead(Bare(w_[h - 2].fold))) {
    h -= 2;
  }
  if (!Lex().IsRoleHead(Bare(w_[h].fold))) return {};
  const std::string_view gap =
      text_.substr(w_[b - 1].span.end, w_[b].span.begin - w_[b - 1].span.end);
  if (gap.find(',') == std::string_view::npos || gap.size() > 3 || w_[b - 1].possessive) return {};
  size_t s = h;
  while (s > 0 && Space(s - 1, s) && (RoleLike(s - 1) || Nameish(s - 1))) --s;
  return {w_[s].span.begin, w_[b - 1].span.end};
}

// "Keith Kellogg, the retired general who ...", "Pieter Falk, chief executive of Acme,":
// comma, optional article, up to four words ending in a role head, then punctuation, a
// relative pronoun, or "of" and a name (kept in the role).
TextSpan SentenceChunker::AppositionAfter(size_t e) const {
  if (e + 1 >= w_.size()) return {};
  const std::string_view gap =
      text_.substr(w_[e - 1].span.end, w_[e].span.begin - w_[e - 1].span.end);
  if (gap.find(',') == std::string_view::npos || gap.size() > 3) return {};
  const std::string_view art = w_[e].fold;
  const bool article = art == "the" || art == "a" || art == "an" || art == "his" || art == "her";
  if (!article && !RoleLike(e)) return {};
  const size_t from = article ? e + 1 : e;
  for (size_t k = from; k < w_.size() && k <= from + 3; ++k) {
    if (k > from && !Space(k - 1, k)) return {};
    if (!Lex().IsRoleHead(w_[k].fold)) continue;
    if (k + 1 < w_.size() && Space(k, k + 1) && Lex().IsRoleHead(w_[k + 1].fold)) continue;
    if (k + 1 == w_.size() || !Space(k, k + 1)) return {w_[from].span.begin, w_[k].span.end};
    const std::string_view next = w_[k + 1].fold;
    if (next == "who" || next == "whom" || next == "that")
      return {w_[from].span.begin, w_[k].span.end};
    if (next != "of" || k + 2 >= w_.size() || !Nameish(k + 2)) return {};
    size_t g = k + 2;
    while (g + 1 < w_.size() && Space(g, g + 1) && Nameish(g + 1)) ++g;
    return {w_[from].span.begin, w_[g].span.end};
  }
  return {};
}

void SentenceChunker::Emit(size_t b, size_t e, TextSpan role) {
  const Lexicon& lex = Lex();
  const bool org = lex.IsOrgHead(w_[e - 1].fold);
  while (b < e && ((!org && lex.IsDemonym(w_[b].fold)) ||
                   (!w_[b].all_caps && lex.IsStopword(w_[b].fold)) || IsConnector(w_[b].fold))) {
    ++b;
  }
  while (e > b && IsConnector(w_[e - 1].fold)) --e;
  if (b >= e) return;
  bool tentative = false;
  if (IsSentenceInitial(text_, span_, w_[b]) && !Vouched(w_[b])) {
    if (e - b == 1) {
      tentative = true;
    } else if (LooksCommon(w_[b])) {
      ++b;
    }
  }
  // Leading words used more often in lower case than capitalised ("Great History").
  while (e - b > 1 && CommonWord(w_[b].fold) && !lex.IsGivenName(w_[b].fold)) ++b;
  if (e - b == 1 && CommonWord(w_[b].fold) && !lex.IsPlace(w_[b].fold)) return;
  if (e - b == 1 && (lex.IsDemonym(w_[b].fold) || IsRomanNumeral(w_[b].fold))) return;
  if (e - b == 1 && NumberFollows(e) && !lex.IsPlace(w_[b].fold)) ++e;
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
  m.polity = e < w_.size() && Space(e - 1, e) && !w_[e].cap && w_[e].Is(kLexPolity) &&
             !AdjectiveLike(w_[e - 1].fold);
  m.determiner = !m.polity && Determined(b);
  m.locative = Locative(b, e);
  m.place_apposition = PlaceApposition(e);
  m.after_comma = AfterComma(b, e);
  for (size_t k = e; k < w_.size() && k < e + 2 && Space(k - 1, k); ++k) {
    m.speaker = m.speaker || lex.IsReportingVerb(w_[k].fold);
  }
  out_->push_back(std::move(m));
}

}  // namespace

bool IsSentenceInitial(std::string_view text, TextSpan sentence, const Word& w) {
  size_t p = w.span.begin;
  while (p > sentence.begin) {
    const char32_t c = PrevCodePoint(text, &p);
    if (IsSpaceCp(c) || IsQuoteMark(c) || c == '(' || c == '[' || c == 0x2014 || c == 0x2013)
      continue;
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
      for (size_t i = 0; i < words.size(); ++i) {
        const Word& w = words[i];
        if (!w.letters) continue;
        if (w.cap && i + 1 < words.size() && IsNumberWord(words[i + 1]) &&
            OnlySpaceBetween(text, w, words[i + 1])) {
          ++scan.numbered[w.fold];
        }
        if (!w.cap) {
          ++scan.lower[w.fold];
        } else if (!w.all_caps && !IsSentenceInitial(text, s.span, w)) {
          ++scan.cap_inside[w.fold];
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
      for (const TextSpan& q : quotes[d])
        out[i].in_quote = out[i].in_quote || q.Contains(out[i].span);
    }
  }
  return out;
}

}  // namespace chorus
