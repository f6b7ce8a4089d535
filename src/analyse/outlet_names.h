// The names a report gives its own outlet, to tell an outlet naming itself ("told the Ledger"
// in the Capital Ledger, "(Meridian)" in a Meridian Wire dateline) from a story entity.
//
//   OutletNames names = OutletNamesOf(doc);     // doc.id "capital-ledger" -> {{capital, ledger}}
//   NamesOutlet({"ledger"}, names)              // -> true
//   NamesOutlet({"islam"}, {{"kabar", "tentang", "dunia", "islam"}})  // -> false
#ifndef CHORUS_ANALYSE_OUTLET_NAMES_H_
#define CHORUS_ANALYSE_OUTLET_NAMES_H_

#include <string>
#include <vector>

#include "chorus/document.h"

namespace chorus {

// Each a list of folded words: the report id split at - _ . ("capital-ledger"; parts with
// digits are left out), the outlet name, the URL host labels ("www.washingtonpost.com" ->
// washingtonpost, com). Stopwords and "www" are left out.
using OutletNames = std::vector<std::vector<std::string>>;
OutletNames OutletNamesOf(const Document& doc);

// The name is one of the outlet names, or its distinctive part: every word is a word of that
// name and they are at least half of its words ("Ledger" of capital-ledger, not "Islam" of
// "Kabar tentang Dunia Islam"), or the words written together are one word of it ("Washington
// Post" of washingtonpost.com).
bool NamesOutlet(const std::vector<std::string>& tokens, const OutletNames& names);

}  // namespace chorus

#endif  // CHORUS_ANALYSE_OUTLET_NAMES_H_
