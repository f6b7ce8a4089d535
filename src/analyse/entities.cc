// Entity resolution across outlets, following the blocking + pairwise scoring + clustering
// scheme of record linkage (Fellegi & Sunter 1969; Christen 2012, "Data Matching"):
//  1. distinct name forms ("Dmitri S. Peskov", "Dmitry Peskov", "Peskov") are the units;
//  2. full-name forms are blocked by surname sound key and prefix, scored with several
//     signals (surname string/phonetic similarity, given-name compatibility incl. nicknames,
//     middle initials, role agreement) and merged under complete-link on given names, so
//     "Marc" and "Marco" or "Vladimir" and "Volodymyr" never end in one cluster;
//  3. single-word mentions attach to the person whose surname they match, preferring one
//     named in the same report; the other forms (places, organisations, things) are grouped
//     by name_groups.cc (abbreviations, garbled words, short forms of longer names);
//     an outlet naming itself ("told the Ledger" in the Capital Ledger) is dropped;
//  4. the canonical name is the most complete form, ties broken by how many outlets attest
//     its words, then by how many outlets use the form itself.
#include "analyse/entities.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "analyse/lexicon.h"
#include "analyse/name_groups.h"
#include "analyse/name_match.h"
#include "analyse/outlet_names.h"
#include "util/union_find.h"

namespace chorus {
namespace {

struct Form {
  std::vector<std::string> tokens;
  std::vector<bool> initials;
  std::vector<uint32_t> mentions;
  std::set<std::string> role_heads;
  bool person = false;
  bool blocked = false;  // org or place: never a person
  int determiners = 0;   // mentions right after "the"/"a": things, not people
  bool Full() const { return tokens.size() >= 2 && !initials.back(); }
  const std::string& Last() const { return tokens.back(); }
  const std::string& First() const { return tokens.front(); }
};

std::string JoinTokens(const std::vector<std::string>& t) {
  std::string s;
  for (const std::string& x : t) s += (s.empty() ? "" : " ") + x;
  return s;
}

double FirstScore(const Form& a, const Form& b) {
  if (a.initials.front() || b.initials.front()) {
    return a.First()[0] == b.First()[0] ? 0.9 : 0.0;
  }
  return FirstNameScore(a.First(), b.First());
}

std::string MiddleInitials(const Form& f) {
  std::string s;
  for (size_t i = 1; i + 1 < f.tokens.size(); ++i) {
    if (f.initials[i]) s += f.tokens[i];
  }
  return s;
}

// Two full-name forms name the same person.
bool Compatible(const Form& a, const Form& b) {
  if (!a.person && !b.person) return false;
  const double sur = SurnameScore(a.Last(), b.Last());
  if (sur <= 0.0) return false;
  const double first = FirstScore(a, b);
  if (first < 0.8) return false;
  const std::string ma = MiddleInitials(a), mb = MiddleInitials(b);
  if (!ma.empty() && !mb.empty() && ma != mb) return false;
  bool shared_role = false;
  for (const std::string& h : a.role_heads) shared_role = shared_role || b.role_heads.count(h);
  const bool role_conflict = !a.role_heads.empty() && !b.role_heads.empty() && !shared_role;
  if (role_conflict) return sur >= 1.0 && first >= 1.0;
  return sur >= 1.0 || first >= 1.0 || sur >= 0.92 || shared_role;
}

std::vector<std::string> BlockKeys(const std::string& surname) {
  const std::string t = TranslitKey(surname);
  return {"P" + PhoneticKey(surname), "T" + t.substr(0, std::min<size_t>(3, t.size()))};
}

class Resolver {
 public:
  Resolver(const StoryText& story, std::vector<Mention> mentions) : story_(story) {
    set_.mentions = std::move(mentions);
    set_.mention_entity.assign(set_.mentions.size(), -1);
    for (const Document& d : story.docs) outlet_names_.push_back(OutletNamesOf(d));
  }
  EntitySet Run();

 private:
  void CollectForms();
  void ClusterPeople();
  void AttachSingles();
  void GroupThings(const std::vector<size_t>& things);
  bool HeadNear(const Mention& m, const std::vector<std::string>& heads) const;
  int PickCluster(uint32_t mention, const std::vector<size_t>& clusters);
  void Finish();
  void PlacesAfterPlaces();
  StoryEntity MakeEntity(const std::vector<uint32_t>& ms, bool person) const;
  EntityType TypeOf(const std::vector<uint32_t>& ms, bool person) const;
  bool Keep(const std::vector<uint32_t>& ms, EntityType type) const;
  bool SelfReference(const std::vector<uint32_t>& ms) const;

  const StoryText& story_;
  EntitySet set_;
  std::vector<Form> forms_;
  std::vector<int> form_cluster_;              // person cluster root per form, -1 none
  std::vector<std::vector<uint32_t>> groups_;  // mention ids per provisional entity
  std::vector<bool> group_person_;
  std::unordered_map<std::string, std::vector<size_t>> blocks_;  // key -> full person forms
  std::vector<int> mention_group_;
  std::vector<OutletNames> outlet_names_;  // per doc
};

void Resolver::CollectForms() {
  const Lexicon& lex = Lexicon::Get();
  std::unordered_map<std::string, size_t> index;
  for (uint32_t i = 0; i < set_.mentions.size(); ++i) {
    const Mention& m = set_.mentions[i];
    if (m.tokens.empty()) continue;
    const std::string key = JoinTokens(m.tokens);
    auto [it, added] = index.emplace(key, forms_.size());
    if (added) forms_.push_back(Form{m.tokens, m.initials, {}, {}, false, false});
    Form& f = forms_[it->second];
    f.mentions.push_back(i);
    f.person = f.person || m.person_cue || m.speaker;
    f.determiners += m.determiner ? 1 : 0;
    for (const Word& w : ScanWords(story_.docs[m.doc].text, m.role)) {
      if (lex.IsRoleHead(w.fold)) f.role_heads.insert(w.fold);
    }
  }
  for (Form& f : forms_) {
    bool middle_initial = false;
    for (size_t k = 1; k + 1 < f.tokens.size(); ++k)
      middle_initial = middle_initial || f.initials[k];
    f.person = f.person || middle_initial;
    f.blocked = lex.IsPlace(JoinTokens(f.tokens)) || lex.IsOrgHead(f.Last()) ||
                2 * f.determiners > static_cast<int>(f.mentions.size());
    if (f.blocked) f.person = false;
  }
}

void Resolver::ClusterPeople() {
  UnionFind uf(forms_.size());
  for (size_t i = 0; i < forms_.size(); ++i) {
    if (!forms_[i].Full() || forms_[i].blocked) continue;
    for (const std::string& k : BlockKeys(forms_[i].Last())) blocks_[k].push_back(i);
  }
  std::vector<std::vector<size_t>> members(forms_.size());
  for (size_t i = 0; i < forms_.size(); ++i) members[i] = {i};
  for (const auto& [key, ids] : blocks_) {
    for (size_t x = 0; x < ids.size(); ++x) {
      for (size_t y = x + 1; y < ids.size(); ++y) {
        const size_t ra = uf.Find(ids[x]), rb = uf.Find(ids[y]);
        if (ra == rb || !Compatible(forms_[ids[x]], forms_[ids[y]])) continue;
        bool all = true;  // complete link on given names
        for (size_t p : members[ra]) {
          for (size_t q : members[rb]) all = all && FirstScore(forms_[p], forms_[q]) >= 0.8;
        }
        if (!all) continue;
        uf.Union(ra, rb);
        const size_t root = uf.Find(ra), other = root == ra ? rb : ra;
        members[root].insert(members[root].end(), members[other].begin(), members[other].end());
        members[other].clear();
      }
    }
  }
  form_cluster_.assign(forms_.size(), -1);
  std::map<size_t, int> root_group;
  for (size_t i = 0; i < forms_.size(); ++i) {
    if (!forms_[i].Full() || forms_[i].blocked) continue;
    bool person = false;
    for (size_t p : members[uf.Find(i)]) person = person || forms_[p].person;
    if (!person) continue;
    auto [it, added] = root_group.emplace(uf.Find(i), static_cast<int>(groups_.size()));
    if (added) {
      groups_.emplace_back();
      group_person_.push_back(true);
    }
    form_cluster_[i] = it->second;
    for (uint32_t m : forms_[i].mentions) {
      groups_[it->second].push_back(m);
      mention_group_[m] = it->second;
    }
  }
}

// The person a lone surname refers to: one named in the same report (the nearest before),
// otherwise the one with the most mentions.
int Resolver::PickCluster(uint32_t mention, const std::vector<size_t>& clusters) {
  const Mention& m = set_.mentions[mention];
  int best = -1;
  long best_score = -1;
  for (size_t c : clusters) {
    long score = static_cast<long>(groups_[c].size());
    for (uint32_t o : groups_[c]) {
      const Mention& om = set_.mentions[o];
      if (om.doc != m.doc) continue;
      const long near =
          om.span.begin <= m.span.begin ? 2000000 - (m.span.begin - om.span.begin) : 1000000;
      score = std::max(score, near);
    }
    if (score > best_score) {
      best_score = score;
      best = static_cast<int>(c);
    }
  }
  return best;
}

void Resolver::AttachSingles() {
  std::vector<size_t> things;  // forms attached to no person
  for (size_t i = 0; i < forms_.size(); ++i) {
    const Form& f = forms_[i];
    if (form_cluster_[i] >= 0) continue;
    std::vector<size_t> clusters;
    if (!f.Full() && !f.blocked && !f.initials.back()) {
      for (const std::string& k : BlockKeys(f.Last())) {
        auto it = blocks_.find(k);
        if (it == blocks_.end()) continue;
        for (size_t p : it->second) {
          const int c = form_cluster_[p];
          if (c < 0 || SurnameScore(f.Last(), forms_[p].Last()) < 0.9) continue;
          if (std::find(clusters.begin(), clusters.end(), static_cast<size_t>(c)) ==
              clusters.end()) {
            clusters.push_back(static_cast<size_t>(c));
          }
        }
      }
    }
    if (clusters.empty()) {
      things.push_back(i);
      continue;
    }
    for (uint32_t m : f.mentions) {
      const int g = PickCluster(m, clusters);
      groups_[g].push_back(m);
      mention_group_[m] = g;
    }
  }
  GroupThings(things);
}

// Forms of things (and of people named by one word) grouped by spelling (name_groups.h).
void Resolver::GroupThings(const std::vector<size_t>& things) {
  std::vector<NameForm> names;
  for (size_t i : things) {
    NameForm n{forms_[i].tokens, {}, forms_[i].person};
    for (uint32_t m : forms_[i].mentions) n.docs.push_back(set_.mentions[m].doc);
    std::sort(n.docs.begin(), n.docs.end());
    n.docs.erase(std::unique(n.docs.begin(), n.docs.end()), n.docs.end());
    names.push_back(std::move(n));
  }
  const std::vector<size_t> roots =
      GroupNameForms(names, [&](size_t k, const std::vector<std::string>& heads) {
        for (uint32_t m : forms_[things[k]].mentions) {
          if (HeadNear(set_.mentions[m], heads)) return true;
        }
        return false;
      });
  std::unordered_map<size_t, int> root_group;
  for (size_t k = 0; k < things.size(); ++k) {
    auto [it, added] = root_group.emplace(roots[k], static_cast<int>(groups_.size()));
    if (added) {
      groups_.emplace_back();
      group_person_.push_back(false);
    }
    for (uint32_t m : forms_[things[k]].mentions) {
      groups_[it->second].push_back(m);
      mention_group_[m] = it->second;
    }
  }
}

// One of `heads` in lower case within three words of the mention ("from the island Skellan").
bool Resolver::HeadNear(const Mention& m, const std::vector<std::string>& heads) const {
  const std::vector<Word> w =
      ScanWords(story_.docs[m.doc].text, story_.sentences[m.doc][m.sentence].span);
  size_t first = 0;  // the mention's words are [first, end)
  while (first < w.size() && w[first].span.begin < m.span.begin) ++first;
  size_t end = first;
  while (end < w.size() && w[end].span.end <= m.span.end) ++end;
  auto head = [&](size_t i) {
    return !w[i].cap && std::find(heads.begin(), heads.end(), w[i].fold) != heads.end();
  };
  for (size_t i = first >= 3 ? first - 3 : 0; i < first; ++i) {
    if (head(i)) return true;
  }
  for (size_t i = end; i < w.size() && i < end + 3; ++i) {
    if (head(i)) return true;
  }
  return false;
}

// Place evidence over all mentions of an entity, in every outlet: how the story uses the name.
struct PlaceVotes {
  int known = 0;       // mentions whose form is a known place (ICU, places_extra.txt)
  int head = 0;        // mentions with a place head at an edge ("Port ...", "... Island")
  int locative = 0;    // mentions right after "in", "off", "near", "at", "from", ...
  int strong = 0;      // of which not after "at"/"from" (firms take those too)
  int apposition = 0;  // mentions followed by ", a town in ..."
  int determiner = 0;  // mentions right after "the"/"a" ("the carrier Kestrel Bay")
  int person_cue = 0;  // mentions with a title, given name or reporting verb
  int polity = 0;      // mentions before "government", "authorities" ...
};

PlaceVotes CountPlaceVotes(const std::vector<Mention>& mentions, const std::vector<uint32_t>& ms) {
  const Lexicon& lex = Lexicon::Get();
  PlaceVotes v;
  for (uint32_t i : ms) {
    const Mention& m = mentions[i];
    v.known += lex.IsPlace(JoinTokens(m.tokens)) ? 1 : 0;
    v.head += m.tokens.size() >= 2 &&
              (lex.IsPlaceHead(m.tokens.front()) || lex.IsPlaceHead(m.tokens.back()));
    v.locative += m.locative > 0;
    v.strong += m.locative == 2;
    v.apposition += m.place_apposition;
    v.determiner += m.determiner;
    v.person_cue += m.person_cue || m.speaker;
    v.polity += m.polity;
  }
  return v;
}

// A place by the story's own usage: a geographic apposition or a polity ("the Estlund
// government"); a place head used
// locatively more often than with an article (ships and firms borrow heads: "the carrier
// Kestrel Bay"); or, without a head, a name used locatively in at least two mentions and
// half of them (two after "in"/"near"/"off"..., not only "at"/"from"), never with an article
// or a person cue.
bool UsedAsPlace(const PlaceVotes& v, size_t mentions) {
  if ((v.apposition > 0 || v.polity > 0) && v.person_cue == 0) return true;
  if (v.head > 0 && v.locative > v.determiner) return true;
  return v.strong >= 2 && 2 * v.locative >= static_cast<int>(mentions) && v.determiner == 0 &&
         v.person_cue == 0;
}

EntityType Resolver::TypeOf(const std::vector<uint32_t>& ms, bool person) const {
  if (person) return EntityType::kPerson;
  const Lexicon& lex = Lexicon::Get();
  const Mention& m0 = set_.mentions[ms.front()];
  const PlaceVotes votes = CountPlaceVotes(set_.mentions, ms);
  if (2 * votes.known >= static_cast<int>(ms.size())) return EntityType::kPlace;
  const std::string_view surface = story_.docs[m0.doc].Slice(m0.span);
  bool acronym = m0.tokens.size() == 1 && surface.size() <= 6;
  for (char c : surface) acronym = acronym && !(c >= 'a' && c <= 'z');
  if (acronym || lex.IsOrgHead(m0.tokens.back())) return EntityType::kOrganization;
  if (UsedAsPlace(votes, ms.size())) return EntityType::kPlace;
  return votes.person_cue > 0 && votes.determiner * 2 <= static_cast<int>(ms.size())
             ? EntityType::kPerson
             : EntityType::kOther;
}

// "told the Ledger" in the Capital Ledger, "(Meridian)" in Meridian Wire's dateline: an outlet
// naming itself is the source, not a story entity. Only when every mention is in a report of
// the outlet it names and none is used as a place or a person: a name other outlets report
// (a story about an outlet) or a place an outlet is named after ("in Halvard") stays.
bool Resolver::SelfReference(const std::vector<uint32_t>& ms) const {
  for (uint32_t i : ms) {
    const Mention& m = set_.mentions[i];
    if (m.locative > 0 || m.polity || m.place_apposition || m.person_cue || m.speaker ||
        !NamesOutlet(m.tokens, outlet_names_[m.doc])) {
      return false;
    }
  }
  return true;
}

bool Resolver::Keep(const std::vector<uint32_t>& ms, EntityType type) const {
  bool relay = true, tentative = true, quoted = true, single = true, in_role = true;
  std::set<uint32_t> docs;
  for (uint32_t i : ms) {
    docs.insert(set_.mentions[i].doc);
    const Mention& m = set_.mentions[i];
    relay = relay && m.relay;
    in_role = in_role && m.in_role;
    tentative = tentative && m.tentative;
    quoted = quoted && m.in_quote;
    single = single && m.tokens.size() == 1;
  }
  if (relay || tentative || (in_role && type == EntityType::kOther)) return false;
  if (SelfReference(ms)) return false;
  if (quoted && single && (type == EntityType::kOther || docs.size() == 1)) return false;
  return true;
}

StoryEntity Resolver::MakeEntity(const std::vector<uint32_t>& ms, bool person) const {
  StoryEntity e;
  e.type = TypeOf(ms, person);
  std::unordered_map<std::string, std::set<uint32_t>> token_docs;
  struct Variant {
    std::set<uint32_t> docs;
    int count = 0, names = 0, initials = 0;
    std::vector<std::string> tokens;
  };
  std::map<std::string, Variant> variants;
  std::vector<std::string> order;
  std::map<std::string, std::pair<int, std::string>> roles;  // folded -> count, surface
  for (uint32_t i : ms) {
    const Mention& m = set_.mentions[i];
    const std::string surface(story_.docs[m.doc].Slice(m.span));
    auto [it, added] = variants.emplace(surface, Variant{});
    if (added) order.push_back(surface);
    Variant& v = it->second;
    v.docs.insert(m.doc);
    ++v.count;
    v.tokens = m.tokens;
    v.names = static_cast<int>(std::count(m.initials.begin(), m.initials.end(), false));
    v.initials = static_cast<int>(m.tokens.size()) - v.names;
    for (const std::string& t : m.tokens) token_docs[t].insert(m.doc);
    if (!m.role.empty()) {
      const std::string role(story_.docs[m.doc].Slice(m.role));
      bool title = false;
      for (const Word& w : ScanWords(role, {0, static_cast<uint32_t>(role.size())})) {
        title = title || Lexicon::Get().IsRoleHead(w.fold);
      }
      if (!title) continue;
      auto& r = roles[FoldWord(role)];
      if (r.first++ == 0) r.second = role;
    }
    e.mentions.push_back(SpanRef{m.doc, m.span});
  }
  auto score = [&](const std::string& s) {
    const Variant& v = variants.at(s);
    size_t attested = 0;
    for (size_t k = 0; k < v.tokens.size(); ++k) {
      if (v.tokens[k].find('.') == std::string::npos) attested += token_docs[v.tokens[k]].size();
    }
    return std::make_tuple(v.names, attested, v.docs.size(), v.initials, v.count);
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](const std::string& a, const std::string& b) { return score(a) > score(b); });
  e.name = order.front();
  e.variants = order;
  std::vector<std::pair<int, std::string>> rs;
  for (auto& [k, v] : roles) rs.push_back(v);
  std::stable_sort(rs.begin(), rs.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (auto& r : rs) e.roles.push_back(r.second);
  return e;
}

void Resolver::Finish() {
  struct Built {
    StoryEntity e;
    std::vector<uint32_t> ms;
    size_t docs = 0;  // distinct documents of its mentions
  };
  std::vector<Built> built;
  for (size_t g = 0; g < groups_.size(); ++g) {
    if (groups_[g].empty()) continue;
    std::vector<uint32_t> ms = groups_[g];
    std::sort(ms.begin(), ms.end());
    StoryEntity e = MakeEntity(ms, group_person_[g]);
    if (!Keep(ms, e.type)) continue;
    std::vector<uint32_t> docs;
    for (const SpanRef& r : e.mentions) docs.push_back(r.doc);
    std::sort(docs.begin(), docs.end());
    const size_t n = static_cast<size_t>(std::unique(docs.begin(), docs.end()) - docs.begin());
    built.push_back({std::move(e), std::move(ms), n});
  }
  std::stable_sort(built.begin(), built.end(), [](const Built& a, const Built& b) {
    if (a.docs != b.docs) return a.docs > b.docs;
    if (a.ms.size() != b.ms.size()) return a.ms.size() > b.ms.size();
    return a.ms.front() < b.ms.front();
  });
  for (size_t i = 0; i < built.size(); ++i) {
    for (uint32_t m : built[i].ms) set_.mention_entity[m] = static_cast<int>(i);
    set_.entities.push_back(std::move(built[i].e));
  }
}

// "Port Halvard, Estlund": a one-word name of type other written right after a place and a
// comma, in a dateline or an address, is the region that place is in.
void Resolver::PlacesAfterPlaces() {
  for (size_t i = 0; i < set_.mentions.size(); ++i) {
    const Mention& m = set_.mentions[i];
    const int32_t before = m.after_comma;
    const int e = set_.mention_entity[i];
    // A region is one word ("Texas", "Estlund"); "Egypt, Yasser Yakis." is a person.
    if (m.tokens.size() != 1 || Lexicon::Get().IsGivenName(m.tokens.front())) continue;
    if (before < 0 || e < 0 || set_.entities[e].type != EntityType::kOther) continue;
    const int p = set_.mention_entity[before];
    if (p >= 0 && p != e && set_.entities[p].type == EntityType::kPlace) {
      set_.entities[e].type = EntityType::kPlace;
    }
  }
}

EntitySet Resolver::Run() {
  mention_group_.assign(set_.mentions.size(), -1);
  CollectForms();
  ClusterPeople();
  AttachSingles();
  Finish();
  PlacesAfterPlaces();
  set_.by_doc.assign(story_.docs.size(), {});
  for (uint32_t i = 0; i < set_.mentions.size(); ++i) {
    if (set_.mention_entity[i] >= 0) set_.by_doc[set_.mentions[i].doc].push_back(i);
  }
  for (auto& ids : set_.by_doc) {
    std::sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
      return set_.mentions[a].span.begin < set_.mentions[b].span.begin;
    });
  }
  return std::move(set_);
}

}  // namespace

std::vector<uint32_t> EntitySet::MentionsIn(uint32_t doc, uint32_t begin, uint32_t end) const {
  std::vector<uint32_t> out;
  if (doc >= by_doc.size()) return out;
  const auto& ids = by_doc[doc];
  auto it = std::lower_bound(ids.begin(), ids.end(), begin, [&](uint32_t m, uint32_t pos) {
    return mentions[m].span.begin < pos;
  });
  for (; it != ids.end() && mentions[*it].span.begin < end; ++it) out.push_back(*it);
  return out;
}

EntitySet BuildEntities(const StoryText& story, std::vector<Mention> mentions) {
  return Resolver(story, std::move(mentions)).Run();
}

}  // namespace chorus
