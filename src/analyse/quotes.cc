// Direct quotation extraction and speaker attribution with the pattern families of
// quotation-attribution work (Pareti 2013; O'Keefe et al. 2012, "A sequence labelling
// approach to quote attribution"; Quotebank, Vaucher et al. 2021):
//   "Q," X said  |  "Q," said X  |  X said, "Q"  |  X said that ... "Q"  |  X: "Q"
//   "Q," AGENCY quoted X as saying  -> X
//   pronoun / "the president"      -> the nearest fitting person: the subject of the nearest
//                                     earlier sentence naming a person (centering: subjects
//                                     first, people followed by a reporting verb before that)
//   unattributed quote             -> the previous quote's speaker in the paragraph, or for a
//                                     paragraph that opens with a quote, the last speaker of
//                                     the paragraph before.
#include "analyse/quotes.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "analyse/lexicon.h"
#include "util/text_util.h"

namespace chorus {
namespace {

bool IsWordChar(char32_t c) { return c != 0 && u_isalnum(static_cast<UChar32>(c)); }

char32_t CpBefore(std::string_view text, size_t pos, size_t floor) {
  if (pos <= floor) return 0;
  size_t p = pos;
  do {
    --p;
  } while (p > floor && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80);
  return NextCodePoint(text, &p);
}

char32_t CpAt(std::string_view text, size_t pos, size_t end) {
  if (pos >= end) return 0;
  return NextCodePoint(text, &pos);
}

void AddQuote(std::string_view text, uint32_t doc, uint32_t para, TextSpan outer, TextSpan inner,
              std::vector<RawQuote>* out) {
  inner = TrimSpan(text, inner);
  while (!inner.empty() && (text[inner.end - 1] == ',' || text[inner.end - 1] == ' ')) --inner.end;
  if (inner.empty()) return;
  RawQuote q;
  q.doc = doc;
  q.paragraph = para;
  q.outer = outer;
  q.inner = inner;
  q.words = CountWords(text.substr(inner.begin, inner.size()));
  out->push_back(q);
}

void ScanPiece(std::string_view text, TextSpan piece, uint32_t doc, uint32_t para,
               std::vector<RawQuote>* out) {
  enum { kNone, kDouble, kSingle } state = kNone;
  uint32_t open_begin = 0, open_end = 0;
  size_t pos = piece.begin;
  while (pos < piece.end) {
    const auto at = static_cast<uint32_t>(pos);
    const char32_t c = NextCodePoint(text, &pos);
    const auto after = static_cast<uint32_t>(pos);
    const bool dbl_open = c == 0x201C || c == 0x201E || c == 0x00AB;
    const bool dbl_close = c == 0x201D || c == 0x00BB;
    const bool straight = c == '"';
    const bool single = c == 0x2018 || c == 0x2019 || c == '\'';
    const char32_t prev = CpBefore(text, at, piece.begin), next = CpAt(text, after, piece.end);
    if (state == kDouble) {
      if (dbl_close || straight || dbl_open) {
        AddQuote(text, doc, para, {open_begin, dbl_open ? at : after}, {open_end, at}, out);
        state = dbl_open ? kDouble : kNone;
        open_begin = at;
        open_end = after;
      }
      continue;
    }
    if (state == kSingle && single && prev != 0 && !IsSpaceCp(prev) && !IsWordChar(next)) {
      AddQuote(text, doc, para, {open_begin, after}, {open_end, at}, out);
      state = kNone;
      continue;
    }
    if (dbl_open || straight) {
      state = kDouble;
    } else if (state == kNone && single && c != 0x2019 && !IsWordChar(prev) && IsWordChar(next)) {
      state = kSingle;
    } else {
      continue;
    }
    open_begin = at;
    open_end = after;
  }
  if (state == kDouble) {
    AddQuote(text, doc, para, {open_begin, piece.end}, {open_end, piece.end}, out);
  }
}

bool IsPronoun(std::string_view f) { return f == "he" || f == "she" || f == "they"; }

uint32_t RelativeClauseStart(std::string_view text, uint32_t begin, uint32_t end);

// Attribution within one document.
class Attributor {
 public:
  Attributor(const StoryText& story, const EntitySet& es, uint32_t doc)
      : story_(story), es_(es), doc_(doc), text_(story.docs[doc].text) {}

  int Post(const RawQuote& q, uint32_t limit) const;
  int Pre(const RawQuote& q, uint32_t start) const;
  int LastSpeech(TextSpan piece) const;
  // A word that may stand between a closing mark and its reporting verb: part of a name,
  // a title, an article, a pronoun, an auxiliary or a time adverb.
  bool AttributionWord(const Word& w, uint32_t from) const;
  int Resolve(uint32_t pos, std::string_view role_head) const;

 private:
  int Entity(uint32_t m) const { return es_.mention_entity[m]; }
  uint32_t SkipRelativeClause(uint32_t begin, uint32_t end) const {
    return RelativeClauseStart(text_, begin, end);
  }
  int Subject(uint32_t begin, uint32_t end) const;
  int Object(uint32_t begin, uint32_t end) const;
  int FromVerb(const std::vector<Word>& w, size_t v, uint32_t begin, uint32_t pos) const;
  bool FollowedByVerb(const Mention& m) const;

  const StoryText& story_;
  const EntitySet& es_;
  uint32_t doc_;
  std::string_view text_;
};

// "Acme, which owns the Kestrel Bay, said": the clause between commas before the verb does
// not hold its subject, so the search ends at the first comma.
uint32_t RelativeClauseStart(std::string_view text, uint32_t begin, uint32_t end) {
  const std::string_view s = text.substr(begin, end - begin);
  const size_t close = s.find_last_not_of(" \t");
  if (close == std::string_view::npos || s[close] != ',') return end;
  const size_t open = s.rfind(',', close - 1);
  if (open == std::string_view::npos || close == 0) return end;
  const std::string_view clause = s.substr(open + 1);
  for (const char* rel : {" which ", " who ", " whose ", " where "}) {
    if (clause.rfind(rel, 0) == 0) return begin + static_cast<uint32_t>(open);
  }
  return end;
}

// The speaker named before a reporting verb: the nearest person or organisation; a place
// ("Ukraine said") only when nothing else is named.
int Attributor::Subject(uint32_t begin, uint32_t end) const {
  end = SkipRelativeClause(begin, end);
  int nearest = -1, place = -1;
  for (uint32_t m : es_.MentionsIn(doc_, begin, end)) {
    if (es_.mentions[m].in_quote) continue;
    const EntityType t = es_.entities[Entity(m)].type;
    if (t == EntityType::kPerson || t == EntityType::kOrganization) {
      nearest = Entity(m);
    } else if (CountWords(text_.substr(es_.mentions[m].span.end, end - es_.mentions[m].span.end)) <=
               1) {
      place = Entity(m);
    }
  }
  return nearest >= 0 ? nearest : place;
}

int Attributor::Object(uint32_t begin, uint32_t end) const {
  for (uint32_t m : es_.MentionsIn(doc_, begin, end)) {
    if (!es_.mentions[m].in_quote) return Entity(m);
  }
  return -1;
}

bool Attributor::FollowedByVerb(const Mention& m) const {
  const uint32_t end = std::min<uint32_t>(m.span.end + 40, static_cast<uint32_t>(text_.size()));
  const std::vector<Word> w = ScanWords(text_, {m.span.end, end});
  for (size_t i = 0; i < w.size() && i < 2; ++i) {
    if (Lexicon::Get().IsReportingVerb(w[i].fold)) return true;
  }
  return false;
}

// Nearest earlier sentence naming a fitting person (role_head empty: any person); in it, a
// person followed by a reporting verb, else the first person not in a possessive.
int Attributor::Resolve(uint32_t pos, std::string_view role_head) const {
  const auto& sents = story_.sentences[doc_];
  for (size_t s = sents.size(); s-- > 0;) {
    if (sents[s].span.begin >= pos) continue;
    int speaker = -1, first = -1, first_any = -1;
    for (uint32_t m : es_.MentionsIn(doc_, sents[s].span.begin, std::min(sents[s].span.end, pos))) {
      const Mention& mm = es_.mentions[m];
      const int e = Entity(m);
      if (mm.in_quote || !es_.IsPerson(e) || mm.span.end > pos) continue;
      if (!role_head.empty()) {
        bool fits = false;
        for (const std::string& r : es_.entities[e].roles)
          fits = fits || FoldWord(r).find(role_head) != std::string::npos;
        if (!fits) continue;
      }
      if (first_any < 0) first_any = e;
      const bool possessive =
          text_.substr(mm.span.end, 1) == "'" || text_.substr(mm.span.end, 3) == "\xE2\x80\x99";
      if (first < 0 && !possessive) first = e;
      if (FollowedByVerb(mm)) speaker = e;
    }
    if (speaker >= 0) return speaker;
    if (first >= 0) return first;
    if (first_any >= 0) return first_any;
  }
  return role_head.empty() ? -1 : Resolve(pos, {});
}

// Speaker from reporting verb w[v]: subject before it (in [begin, verb)), else pronoun or
// "the president", else the name right after the verb ("said Trump").
int Attributor::FromVerb(const std::vector<Word>& w, size_t v, uint32_t begin, uint32_t pos) const {
  const Lexicon& lex = Lexicon::Get();
  if (w[v].fold == "quoted" || w[v].fold == "cited") {
    uint32_t stop = w.back().span.end;
    for (size_t k = v + 1; k < w.size(); ++k) {
      if (w[k].fold == "as" || w[k].fold == "saying") {
        stop = w[k].span.begin;
        break;
      }
    }
    int last = -1;
    for (uint32_t m : es_.MentionsIn(doc_, w[v].span.end, stop)) last = Entity(m);
    return last;
  }
  // "the US president said": a title after the last name before the verb.
  uint32_t last_mention_end = begin;
  for (uint32_t m : es_.MentionsIn(doc_, begin, w[v].span.begin)) {
    if (!es_.mentions[m].in_quote) last_mention_end = es_.mentions[m].span.end;
  }
  for (size_t k = v; k-- > 0 && w[k].span.begin >= last_mention_end && k + 4 > v;) {
    if (lex.IsRoleHead(w[k].fold)) return Resolve(std::min(pos, w[k].span.begin), w[k].fold);
  }
  const int subject = Subject(begin, w[v].span.begin);
  if (subject >= 0) return subject;
  for (size_t k = v; k-- > 0 && w[k].span.begin >= begin;) {
    const uint32_t at = std::min(pos, w[k].span.begin);
    if (IsPronoun(w[k].fold)) return Resolve(at, {});
    if (lex.IsRoleHead(w[k].fold)) return Resolve(at, w[k].fold);
  }
  const uint32_t after_end = w[std::min(w.size() - 1, v + 5)].span.end;
  for (size_t k = v + 1; k < w.size() && k <= v + 4; ++k) {
    if (lex.IsRoleHead(w[k].fold) && Object(w[v].span.end, w[k].span.end) < 0) {
      return Resolve(pos, w[k].fold);
    }
  }
  return Object(w[v].span.end, after_end);
}

bool Attributor::AttributionWord(const Word& w, uint32_t from) const {
  for (uint32_t m : es_.MentionsIn(doc_, from, w.span.end)) {
    if (es_.mentions[m].span.Contains(w.span) || es_.mentions[m].role.Contains(w.span)) return true;
  }
  static const char* const kGlue[] = {"the", "a",    "an",   "his",  "her",   "its",     "their",
                                      "he",  "she",  "they", "also", "later", "then",    "has",
                                      "had", "have", "was",  "once", "again", "further", "earlier"};
  for (const char* g : kGlue) {
    if (w.fold == g) return true;
  }
  const Lexicon& lex = Lexicon::Get();
  return lex.IsRoleHead(w.fold) || lex.IsRoleModifier(w.fold) || lex.IsDemonym(w.fold) || w.cap;
}

// "Q," X said / said X, right after the closing mark.
int Attributor::Post(const RawQuote& q, uint32_t limit) const {
  std::vector<Word> w = ScanWords(text_, {q.outer.end, limit});
  uint32_t prev_end = q.outer.end;
  for (size_t i = 0; i < w.size(); ++i) {
    const std::string_view gap = text_.substr(prev_end, w[i].span.begin - prev_end);
    if (gap.find_first_of(".!?;:\"") != std::string_view::npos ||
        gap.find("\xE2\x80\x9C") != std::string_view::npos || i >= 8) {
      w.resize(i);
      break;
    }
    prev_end = w[i].span.end;
  }
  if (w.empty()) return -1;
  const char last = text_[q.inner.end - 1];
  if (last == '.' && w[0].cap && !IsPronoun(w[0].fold)) return -1;  // a new sentence
  for (size_t v = 0; v < w.size() && v < 7; ++v) {
    if (Lexicon::Get().IsReportingVerb(w[v].fold) && w[v].fold != "saying") {
      return FromVerb(w, v, q.outer.end, q.outer.begin);
    }
    if (!AttributionWord(w[v], q.outer.end)) return -1;
  }
  return -1;
}

// X said, "Q" / X said that ... "Q" / X: "Q", within the sentence before the opening mark.
int Attributor::Pre(const RawQuote& q, uint32_t start) const {
  if (start >= q.outer.begin) return -1;
  const std::vector<Word> w = ScanWords(text_, {start, q.outer.begin});
  if (w.empty()) return -1;
  for (size_t v = w.size(); v-- > 0;) {
    if (Lexicon::Get().IsReportingVerb(w[v].fold)) return FromVerb(w, v, start, q.outer.begin);
  }
  const std::string_view tail = text_.substr(w.back().span.end, q.outer.begin - w.back().span.end);
  if (tail.find(':') != std::string_view::npos) return Subject(start, q.outer.begin);
  return -1;
}

// Speaker of the last reporting verb of a paragraph (for a quote opening the next one).
int Attributor::LastSpeech(TextSpan piece) const {
  const std::vector<Word> w = ScanWords(text_, piece);
  for (size_t v = w.size(); v-- > 0;) {
    if (Lexicon::Get().IsReportingVerb(w[v].fold))
      return FromVerb(w, v, piece.begin, w[v].span.begin);
  }
  return -1;
}

uint32_t SentenceStart(const StoryText& story, uint32_t doc, uint32_t pos, uint32_t floor) {
  uint32_t start = floor;
  for (const Sentence& s : story.sentences[doc]) {
    if (s.span.begin <= pos && s.span.begin >= start) start = s.span.begin;
  }
  return start;
}

void AttributeDoc(const StoryText& story, const EntitySet& es, uint32_t doc,
                  std::vector<RawQuote*> qs) {
  const Attributor at(story, es, doc);
  const auto& kept = story.cleaned[doc].kept;
  for (size_t i = 0; i < qs.size(); ++i) {
    RawQuote& q = *qs[i];
    const bool same_next = i + 1 < qs.size() && qs[i + 1]->paragraph == q.paragraph;
    const uint32_t limit = same_next ? qs[i + 1]->outer.begin : kept[q.paragraph].end;
    q.speaker = at.Post(q, limit);
    if (q.speaker >= 0) continue;
    uint32_t floor = kept[q.paragraph].begin;
    if (i > 0 && qs[i - 1]->paragraph == q.paragraph) floor = qs[i - 1]->outer.end;
    q.speaker = at.Pre(q, SentenceStart(story, doc, q.outer.begin, floor));
  }
  for (size_t i = 0; i < qs.size(); ++i) {  // continuation of the previous speaker
    RawQuote& q = *qs[i];
    if (q.speaker >= 0) continue;
    if (i > 0 && qs[i - 1]->paragraph == q.paragraph) {
      q.speaker = qs[i - 1]->speaker;
      continue;
    }
    const TextSpan lead = TrimSpan(story.docs[doc].text, {kept[q.paragraph].begin, q.outer.begin});
    if (!lead.empty() || q.paragraph == 0) continue;
    const uint32_t prev = q.paragraph - 1;
    for (size_t j = i; j-- > 0 && qs[j]->paragraph == prev;) {
      if (qs[j]->speaker >= 0) {
        q.speaker = qs[j]->speaker;
        break;
      }
    }
    if (q.speaker < 0) q.speaker = at.LastSpeech(kept[prev]);
  }
}

}  // namespace

std::vector<RawQuote> FindQuotes(const StoryText& story) {
  std::vector<RawQuote> out;
  for (uint32_t d = 0; d < story.docs.size(); ++d) {
    const auto& kept = story.cleaned[d].kept;
    for (uint32_t p = 0; p < kept.size(); ++p) ScanPiece(story.docs[d].text, kept[p], d, p, &out);
  }
  return out;
}

void AttributeQuotes(const StoryText& story, const EntitySet& es, std::vector<RawQuote>* quotes) {
  std::vector<std::vector<RawQuote*>> by_doc(story.docs.size());
  for (RawQuote& q : *quotes) by_doc[q.doc].push_back(&q);
  for (uint32_t d = 0; d < by_doc.size(); ++d) {
    if (!by_doc[d].empty()) AttributeDoc(story, es, d, by_doc[d]);
  }
}

}  // namespace chorus
