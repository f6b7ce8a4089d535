// Sentence features for alignment: TF-IDF over stems with IDF from the story's own sentences
// (Salton & Buckley 1988 weighting: (1 + ln tf) * ln((N + 1) / df), L2-normalised), word
// 3-gram shingles for near-verbatim detection (Broder 1997), and a quotation mask so that
// text inside quotation marks can be told from the outlet's own reporting.
#include "align/features.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <memory>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "align/names.h"

namespace chorus::align {
namespace {

constexpr double kNameShare = 0.7;  // capitalised share of non-initial uses for a name
constexpr size_t kSoftPrefix = 5;   // stem prefix length for soft word classes

template <typename T>
void SortUnique(std::vector<T>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

bool IsWordOrNumber(const Token& t) { return t.Is(kTokWord) || t.Is(kTokNumber); }

bool IsContent(const Token& t) {
  if (!IsWordOrNumber(t) || t.Is(kTokStopword)) return false;
  return t.Is(kTokNumber) || t.norm.size() >= 2;
}

uint64_t Fnv1a(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// Quotation mark at text[p]: 0 none, 1 double toggle ("), 2 double open, 3 double close,
// 4 single open, 5 single close. *len is its byte length.
int QuoteAt(std::string_view text, size_t p, size_t* len) {
  auto is_alnum = [&](size_t i) {
    return i < text.size() && (static_cast<unsigned char>(text[i]) >= 0x80 ||
                               std::isalnum(static_cast<unsigned char>(text[i])));
  };
  const bool prev_alnum = p > 0 && is_alnum(p - 1);
  *len = 1;
  if (text[p] == '"') return 1;
  if (text[p] == '\'') {
    if (!prev_alnum && is_alnum(p + 1)) return 4;
    return is_alnum(p + 1) ? 0 : 5;
  }
  const std::string_view rest = text.substr(p);
  *len = 3;
  if (rest.starts_with("\u201C") || rest.starts_with("\u201E")) return 2;
  if (rest.starts_with("\u201D")) return 3;
  if (rest.starts_with("\u2018")) return 4;
  if (rest.starts_with("\u2019")) return prev_alnum && is_alnum(p + 3) ? 0 : 5;
  *len = 2;
  if (rest.starts_with("\u00AB")) return 2;
  if (rest.starts_with("\u00BB")) return 3;
  return 0;
}

struct QuoteState {
  bool dq = false;
  bool sq = false;
  void Apply(int kind) {
    if (kind == 1) dq = !dq;
    if (kind == 2) dq = true;
    if (kind == 3) dq = false;
    if (kind == 4 && !dq) sq = true;
    if (kind == 5) sq = false;
  }
  bool Inside() const { return dq || sq; }
};

struct TermStats {
  uint32_t df = 0;
  uint32_t non_initial = 0;
  uint32_t capitalised_non_initial = 0;
  std::vector<std::pair<std::string, uint32_t>> forms;  // surface forms and their counts
};

class Builder {
 public:
  explicit Builder(const StoryText& story) : story_(story) {}

  StoryFeatures Build() {
    LayOut();
    CountTerms();
    Weigh();
    ClassifyTerms();
    SortTerms();
    return std::move(out_);
  }

 private:
  void LayOut() {
    out_.doc_begin.push_back(0);
    for (uint32_t d = 0; d < story_.sentences.size(); ++d) {
      const auto masks = QuoteMask(story_.docs[d], story_.sentences[d]);
      for (uint32_t i = 0; i < story_.sentences[d].size(); ++i) {
        SentenceFeatures f;
        f.ref = {d, i};
        f.in_quote = masks[i];
        out_.sentences.push_back(std::move(f));
      }
      out_.doc_begin.push_back(static_cast<uint32_t>(out_.sentences.size()));
    }
  }

  uint32_t TermId(const std::string& stem) {
    const auto found = ids_.find(stem);  // look up first: emplace allocates a node every call
    if (found != ids_.end()) return found->second;
    auto [it, added] = ids_.emplace(stem, static_cast<uint32_t>(ids_.size()));
    if (added) {
      out_.term_text.push_back(stem);
      stats_.emplace_back();
    }
    return it->second;
  }

  void CountTerms() {
    tf_.resize(out_.sentences.size());
    for (size_t s = 0; s < out_.sentences.size(); ++s) {
      SentenceFeatures& f = out_.sentences[s];
      const std::vector<Token>& tokens = story_.At(f.ref).tokens;
      bool initial = true;
      std::vector<std::string_view> norms;
      std::vector<uint32_t> ids;
      for (size_t k = 0; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        if (!IsWordOrNumber(t)) continue;
        ++f.words;
        f.quoted_words += f.in_quote[k];
        const bool quote_start = k > 0 && f.in_quote[k] && !f.in_quote[k - 1];
        if (IsContent(t)) AddTerm(t, initial || quote_start, &ids, &f);
        initial = false;
        norms.push_back(t.norm);
      }
      std::sort(ids.begin(), ids.end());
      for (size_t i = 0; i < ids.size(); ++i) {
        if (i == 0 || ids[i] != ids[i - 1]) {
          tf_[s].push_back({ids[i], 1});
          ++stats_[ids[i]].df;
        } else {
          ++tf_[s].back().second;
        }
      }
      ids.clear();
      AddShingles(tokens, norms, &f);
      f.figures = NoteSentenceFigures(story_.Text(f.ref), tokens);
      f.figure_keys = FigureKeys(f.figures);
    }
  }

  void AddTerm(const Token& t, bool initial, std::vector<uint32_t>* ids, SentenceFeatures* f) {
    const uint32_t id = TermId(t.Is(kTokNumber) ? t.norm : t.stem);
    ids->push_back(id);
    TermStats& st = stats_[id];
    auto form = std::find_if(st.forms.begin(), st.forms.end(),
                             [&](const auto& fc) { return fc.first == t.norm; });
    if (form == st.forms.end()) {
      st.forms.push_back({t.norm, 1});
    } else {
      ++form->second;
    }
    if (!initial) {
      ++st.non_initial;
      st.capitalised_non_initial += t.Is(kTokCapitalised) ? 1 : 0;
    }
    if (t.Is(kTokNumber)) f->numbers.push_back(id);
  }

  void AddShingles(const std::vector<Token>& tokens, const std::vector<std::string_view>& norms,
                   SentenceFeatures* f) {
    std::vector<uint8_t> quoted;
    for (size_t k = 0; k < tokens.size(); ++k) {
      if (IsWordOrNumber(tokens[k])) quoted.push_back(f->in_quote[k]);
    }
    for (size_t k = 0; k + 3 <= norms.size(); ++k) {
      uint64_t h = 14695981039346656037ULL;
      for (size_t j = k; j < k + 3; ++j) h = Fnv1a(Fnv1a(h, norms[j]), "\x1f");
      f->shingles.push_back(h);
      if (!quoted[k] && !quoted[k + 1] && !quoted[k + 2]) f->own_shingles.push_back(h);
    }
    SortUnique(&f->shingles);
    SortUnique(&f->own_shingles);
    SortUnique(&f->numbers);
  }

  void Weigh() {
    const double n = static_cast<double>(out_.sentences.size());
    for (size_t s = 0; s < out_.sentences.size(); ++s) {
      SentenceFeatures& f = out_.sentences[s];
      double norm2 = 0;
      for (auto& [term, count] : tf_[s]) {
        const double w = (1.0 + std::log(count)) * std::log((n + 1.0) / stats_[term].df);
        f.terms.push_back({term, 0, static_cast<float>(w)});
        norm2 += w * w;
      }
      const double inv = norm2 > 0 ? 1.0 / std::sqrt(norm2) : 0.0;
      for (TermWeight& tw : f.terms) tw.weight = static_cast<float>(tw.weight * inv);
    }
    tf_.clear();
  }

  void SortTerms() {
    for (SentenceFeatures& f : out_.sentences) {
      for (TermWeight& tw : f.terms) {
        tw.cls = out_.soft_class[tw.term];
        if (!out_.term_is_name[tw.term]) f.other_mass += tw.weight * tw.weight;
      }
      std::sort(f.terms.begin(), f.terms.end(), [](const TermWeight& a, const TermWeight& b) {
        return std::tie(a.cls, a.term) < std::tie(b.cls, b.term);
      });
    }
  }

  void ClassifyTerms() {
    const size_t n = out_.term_text.size();
    out_.term_df.resize(n);
    out_.term_form.resize(n);
    out_.term_is_name.assign(n, 0);
    out_.term_is_number.assign(n, 0);
    std::vector<std::string> names;
    std::vector<uint32_t> name_terms;
    for (uint32_t id = 0; id < n; ++id) {
      const TermStats& st = stats_[id];
      out_.term_df[id] = st.df;
      uint32_t best = 0;
      for (const auto& [form, count] : st.forms) {
        if (count > best || (count == best && form < out_.term_form[id])) {
          best = count;
          out_.term_form[id] = form;
        }
      }
      const std::string& form = out_.term_form[id];
      out_.term_is_number[id] = !form.empty() && std::isdigit(static_cast<unsigned char>(form[0]));
      out_.term_is_name[id] = !out_.term_is_number[id] && st.non_initial > 0 &&
                              st.capitalised_non_initial >= kNameShare * st.non_initial;
      // Seen only at the start of sentences: a name if it turns out to be a variant of one.
      const bool maybe = !out_.term_is_number[id] && st.non_initial == 0;
      if (out_.term_is_name[id] || maybe) {
        names.push_back(form);
        name_terms.push_back(id);
      }
    }
    AssignSoftClasses(names, name_terms);
  }

  // Initial-only terms join the names when their variant class holds a confirmed name.
  void ConfirmInitialNames(const std::vector<uint32_t>& name_terms,
                           const std::vector<uint32_t>& groups) {
    std::unordered_map<uint32_t, bool> confirmed;
    for (size_t i = 0; i < name_terms.size(); ++i) {
      if (out_.term_is_name[name_terms[i]]) confirmed[groups[i]] = true;
    }
    for (size_t i = 0; i < name_terms.size(); ++i) {
      if (confirmed.count(groups[i])) out_.term_is_name[name_terms[i]] = 1;
    }
  }

  void AssignSoftClasses(const std::vector<std::string>& names,
                         const std::vector<uint32_t>& name_terms) {
    const size_t n = out_.term_text.size();
    out_.soft_class.assign(n, 0);
    std::unordered_map<std::string, uint32_t> classes;
    auto class_of = [&](const std::string& key) {
      return classes.emplace(key, static_cast<uint32_t>(classes.size())).first->second;
    };
    const std::vector<uint32_t> groups = GroupNameVariants(names);
    ConfirmInitialNames(name_terms, groups);
    for (size_t i = 0; i < names.size(); ++i) {
      if (!out_.term_is_name[name_terms[i]]) continue;
      out_.soft_class[name_terms[i]] = class_of("n" + std::to_string(groups[i]));
    }
    for (uint32_t id = 0; id < n; ++id) {
      if (out_.term_is_name[id]) continue;
      const std::string& stem = out_.term_text[id];
      const bool prefix = !out_.term_is_number[id] && stem.size() >= kSoftPrefix;
      out_.soft_class[id] = class_of(prefix ? "w" + stem.substr(0, kSoftPrefix) : "t" + stem);
    }
  }

  const StoryText& story_;
  StoryFeatures out_;
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<TermStats> stats_;
  std::vector<std::vector<std::pair<uint32_t, int>>> tf_;  // per sentence: (term, count)
};

}  // namespace

std::vector<std::vector<uint8_t>> QuoteMask(const Document& doc,
                                            const std::vector<Sentence>& sentences) {
  std::vector<std::vector<uint8_t>> out(sentences.size());
  const std::string_view text = doc.text;
  QuoteState state;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    if (i > 0 && s.paragraph != sentences[i - 1].paragraph) state = QuoteState{};
    out[i].assign(s.tokens.size(), 0);
    size_t next = 0;
    for (size_t p = s.span.begin; p < s.span.end && p < text.size();) {
      while (next < s.tokens.size() && s.tokens[next].span.begin <= p) {
        out[i][next++] = state.Inside();
      }
      const unsigned char c = static_cast<unsigned char>(text[p]);
      if (c != '"' && c != '\'' && c != 0xE2 && c != 0xC2) {
        ++p;  // not the first byte of a quotation mark
        continue;
      }
      size_t len = 1;
      const int kind = QuoteAt(text, p, &len);
      state.Apply(kind);
      p += kind == 0 ? 1 : len;
    }
    for (; next < s.tokens.size(); ++next) out[i][next] = state.Inside();
  }
  return out;
}

StoryFeatures BuildFeatures(const StoryText& story) { return Builder(story).Build(); }

namespace {

uint64_t Mix(uint64_t h, uint64_t v) { return (h ^ v) * 0x100000001b3ULL + (h >> 29); }

uint64_t StoryKey(const StoryText& story) {
  uint64_t h = Mix(0xcbf29ce484222325ULL, story.docs.size());
  for (size_t d = 0; d < story.docs.size(); ++d) {
    h = Mix(h, std::hash<std::string_view>{}(story.docs[d].text));
    if (d >= story.sentences.size()) continue;
    h = Mix(h, story.sentences[d].size());
    for (const Sentence& s : story.sentences[d]) {
      h = Mix(h, (static_cast<uint64_t>(s.span.begin) << 32) | s.span.end);
      h = Mix(h, (static_cast<uint64_t>(s.paragraph) << 32) | s.tokens.size());
    }
  }
  return h;
}

}  // namespace

std::shared_ptr<const StoryFeatures> SharedFeatures(const StoryText& story) {
  thread_local uint64_t cached_key = 0;
  thread_local std::shared_ptr<const StoryFeatures> cached;
  const uint64_t key = StoryKey(story);
  if (!cached || key != cached_key) {
    cached = std::make_shared<const StoryFeatures>(BuildFeatures(story));
    cached_key = key;
  }
  return cached;
}

}  // namespace chorus::align
