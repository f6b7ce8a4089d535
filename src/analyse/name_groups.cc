// Name forms of things grouped by record linkage (Christen 2012, "Data Matching"), with the
// signals entities.cc uses for people carried over to places, organisations and ships:
//  1. one spelling key: standard abbreviations expanded where they stand in the name
//     (data/names_abbreviations.txt: "St Brigid" = "Saint Brigid", "Mt Kenya" = "Mount
//     Kenya", "Main St" = "Main Street") and transliteration folded (TranslitKey);
//  2. garbled spellings, as machine translation produces them ("Cestrel Bay" for "Kestrel
//     Bay"): forms of as many words, all equal but one, that one a sound-alike or a near
//     spelling (SurnameScore >= 0.9, the test a garbled surname passes), not a head word and
//     not a given name (Marc/Mark Smith is the person resolver's call); the two forms are
//     used by no common report (one report writing both spellings names two things) and
//     neither is a known place. Blocked on the other words, so only forms that can match are
//     compared;
//  3. a short form that is the distinctive part of exactly one longer name, the longer name's
//     place head dropped ("Skellan" of "Skellan Island", "Halvard" of "Port Halvard") - the
//     place counterpart of a surname standing for a person - when every report using it also
//     uses the longer name, or writes the dropped head next to it ("from the island Skellan").
//     Not when the short form is a known place or a given name, has a person cue, is used by
//     as many reports as the longer name, or the dropped head is an administrative division
//     ("Kansas" is not "Kansas City"): the name without such a head is usually another place.
#include "analyse/name_groups.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "analyse/lexicon.h"
#include "analyse/name_match.h"
#include "util/union_find.h"

namespace chorus {
namespace {

std::string Join(const std::vector<std::string>& t, size_t begin, size_t end) {
  std::string s;
  for (size_t i = begin; i < end; ++i) s += (s.empty() ? "" : " ") + t[i];
  return s;
}

std::vector<std::string> WordKeys(const std::vector<std::string>& tokens) {
  const Lexicon& lex = Lexicon::Get();
  std::vector<std::string> keys;
  for (size_t i = 0; i < tokens.size(); ++i) {
    keys.push_back(TranslitKey(
        lex.ExpandAbbreviation(tokens[i], i == 0 && tokens.size() > 1, i + 1 == tokens.size())));
  }
  return keys;
}

bool SharesDoc(const NameForm& a, const NameForm& b) {
  std::vector<uint32_t> both;
  std::set_intersection(a.docs.begin(), a.docs.end(), b.docs.begin(), b.docs.end(),
                        std::back_inserter(both));
  return !both.empty();
}

bool IsHead(std::string_view w) {
  const Lexicon& lex = Lexicon::Get();
  return lex.IsPlaceHead(w) || lex.IsOrgHead(w);
}

// Rule 2: forms differing in one sound-alike word.
void MergeGarbled(const std::vector<NameForm>& forms,
                  const std::vector<std::vector<std::string>>& keys, UnionFind* roots) {
  const Lexicon& lex = Lexicon::Get();
  std::unordered_map<std::string, std::vector<size_t>> blocks;
  for (size_t f = 0; f < forms.size(); ++f) {
    const size_t n = keys[f].size();
    if (n < 2 || lex.IsPlace(Join(forms[f].tokens, 0, n))) continue;
    for (size_t i = 0; i < n; ++i) {
      std::string block = std::to_string(n) + ":" + std::to_string(i);
      for (size_t k = 0; k < n; ++k) block += "|" + (k == i ? std::string() : keys[f][k]);
      blocks[block].push_back(f);
    }
  }
  for (const auto& [block, ids] : blocks) {
    const size_t i = std::stoul(block.substr(block.find(':') + 1));
    for (size_t x = 0; x < ids.size(); ++x) {
      for (size_t y = x + 1; y < ids.size(); ++y) {
        const NameForm& a = forms[ids[x]];
        const NameForm& b = forms[ids[y]];
        const std::string &wa = a.tokens[i], &wb = b.tokens[i];
        if (keys[ids[x]][i] == keys[ids[y]][i] || IsHead(wa) || IsHead(wb)) continue;
        if (SharesDoc(a, b) || SurnameScore(wa, wb) < 0.9) continue;
        if (lex.IsGivenName(wa) || lex.IsGivenName(wb)) continue;  // people: entities.cc
        roots->Union(ids[x], ids[y]);
      }
    }
  }
}

// The distinctive part of a longer name: place heads dropped at either edge, except a trailing
// administrative division. Empty when nothing is dropped or nothing is left; the dropped heads
// (expanded: "st" -> "saint") go to *heads.
std::vector<std::string> Core(const std::vector<std::string>& tokens,
                              std::vector<std::string>* heads) {
  const Lexicon& lex = Lexicon::Get();
  auto word = [&](size_t i) {
    return std::string(lex.ExpandAbbreviation(tokens[i], i == 0, i + 1 == tokens.size()));
  };
  size_t b = 0, e = tokens.size();
  while (b < e && lex.IsPlaceHead(word(b))) heads->push_back(word(b++));
  while (e > b && lex.IsPlaceHead(word(e - 1)) && !lex.IsDivisionHead(tokens[e - 1])) {
    heads->push_back(word(--e));
  }
  if (b == e || e - b == tokens.size()) return {};
  return {tokens.begin() + static_cast<long>(b), tokens.begin() + static_cast<long>(e)};
}

bool MayBeShortForm(const NameForm& f) {
  const Lexicon& lex = Lexicon::Get();
  if (f.person || lex.IsPlace(Join(f.tokens, 0, f.tokens.size()))) return false;
  if (f.tokens.size() == 1 && lex.IsGivenName(f.tokens[0])) return false;
  return std::none_of(f.tokens.begin(), f.tokens.end(), IsHead);
}

struct Container {
  size_t form;
  std::vector<std::string> heads;
};

// Rule 3: a short form joins the one longer name it is the distinctive part of, when every
// report using it also uses the longer name or writes the dropped head next to it ("from
// the island Skellan").
void MergeShortForms(const std::vector<NameForm>& forms, const std::vector<std::string>& key,
                     const HeadNearFn& head_near, UnionFind* roots) {
  std::unordered_map<std::string, std::vector<Container>> containers;
  for (size_t f = 0; f < forms.size(); ++f) {
    if (forms[f].tokens.size() < 2 || forms[f].person) continue;
    Container c{f, {}};
    const std::vector<std::string> core = Core(forms[f].tokens, &c.heads);
    if (!core.empty()) containers[NameSpellingKey(core)].push_back(std::move(c));
  }
  std::unordered_map<size_t, std::set<uint32_t>> group_docs;
  for (size_t f = 0; f < forms.size(); ++f) {
    group_docs[roots->Find(f)].insert(forms[f].docs.begin(), forms[f].docs.end());
  }
  std::vector<std::pair<size_t, size_t>> joins;
  for (size_t f = 0; f < forms.size(); ++f) {
    auto it = containers.find(key[f]);
    if (it == containers.end() || !MayBeShortForm(forms[f])) continue;
    std::set<size_t> longer;
    std::vector<std::string> heads;
    for (const Container& c : it->second) {
      longer.insert(roots->Find(c.form));
      heads.insert(heads.end(), c.heads.begin(), c.heads.end());
    }
    longer.erase(roots->Find(f));
    if (longer.size() != 1) continue;
    const std::set<uint32_t>& docs = group_docs[*longer.begin()];
    if (group_docs[roots->Find(f)].size() >= docs.size()) continue;
    const bool same_reports =
        std::includes(docs.begin(), docs.end(), forms[f].docs.begin(), forms[f].docs.end());
    if (same_reports || (head_near && head_near(f, heads))) joins.emplace_back(f, *longer.begin());
  }
  for (const auto& [f, l] : joins) roots->Union(f, l);
}

}  // namespace

std::string NameSpellingKey(const std::vector<std::string>& tokens) {
  return Join(WordKeys(tokens), 0, tokens.size());
}

std::vector<size_t> GroupNameForms(const std::vector<NameForm>& forms,
                                   const HeadNearFn& head_near) {
  UnionFind roots(forms.size());
  std::vector<std::vector<std::string>> keys;
  std::vector<std::string> key;
  std::unordered_map<std::string, size_t> first;
  for (size_t f = 0; f < forms.size(); ++f) {
    keys.push_back(WordKeys(forms[f].tokens));
    key.push_back(Join(keys.back(), 0, keys.back().size()));
    auto [it, added] = first.emplace(key.back(), f);
    if (!added) roots.Union(f, it->second);
  }
  MergeGarbled(forms, keys, &roots);
  MergeShortForms(forms, key, head_near, &roots);
  std::vector<size_t> out(forms.size());
  for (size_t f = 0; f < forms.size(); ++f) out[f] = roots.Find(f);
  return out;
}

}  // namespace chorus
