// Groups the name forms of things (places, organisations, ships: every form not merged into a
// person) that spell one name.
//
//   std::vector<NameForm> forms = {{{"kestrel", "bay"}, {0, 1}}, {{"cestrel", "bay"}, {2}},
//                                  {{"skellan", "island"}, {0}}, {{"skellan"}, {2}}};
//   std::vector<size_t> root = GroupNameForms(forms);  // root[1] == root[0], root[3] == root[2]
//
// Inputs are folded tokens (FoldWord). See name_groups.cc for the rules.

#ifndef CHORUS_ANALYSE_NAME_GROUPS_H_
#define CHORUS_ANALYSE_NAME_GROUPS_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace chorus {

struct NameForm {
  std::vector<std::string> tokens;  // folded name words
  std::vector<uint32_t> docs;       // sorted distinct documents using the form
  bool person = false;              // has a person cue: never the short part of a longer name
};

// Spelling key of a name: abbreviations expanded by position (St Brigid -> saint brigid),
// transliteration folded (TranslitKey), words joined by one space.
std::string NameSpellingKey(const std::vector<std::string>& tokens);

// Whether one of `heads` (folded place heads: "island", "port") is written in lower case next
// to a mention of form f ("from the island Skellan").
using HeadNearFn = std::function<bool(size_t f, const std::vector<std::string>& heads)>;

// Index of the group representative of each form (forms of one name share it).
std::vector<size_t> GroupNameForms(const std::vector<NameForm>& forms,
                                   const HeadNearFn& head_near = nullptr);

}  // namespace chorus

#endif  // CHORUS_ANALYSE_NAME_GROUPS_H_
