// Outlet names of a report from its id, outlet metadata and URL host, matched against name
// mentions by word sets (see outlet_names.h).
#include "analyse/outlet_names.h"

#include <algorithm>
#include <string_view>

#include "analyse/lexicon.h"
#include "analyse/words.h"

namespace chorus {
namespace {

std::vector<std::string> SplitName(std::string_view text, bool skip_digits) {
  const Lexicon& lex = Lexicon::Get();
  std::vector<std::string> out;
  std::string part;
  bool digits = false;
  for (size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : ' ';
    if (c == ' ' || c == '-' || c == '_' || c == '.' || c == '/' || c == ':' || c == '|') {
      const std::string w = FoldWord(part);
      if (!w.empty() && !(skip_digits && digits) && !lex.IsStopword(w) && w != "www") {
        out.push_back(w);
      }
      part.clear();
      digits = false;
    } else {
      digits = digits || (c >= '0' && c <= '9');
      part += c;
    }
  }
  return out;
}

}  // namespace

OutletNames OutletNamesOf(const Document& doc) {
  OutletNames names;
  names.push_back(SplitName(doc.id, true));
  if (doc.outlet) names.push_back(SplitName(*doc.outlet, false));
  if (doc.url) {
    std::string_view host = *doc.url;
    const size_t scheme = host.find("://");
    if (scheme != std::string_view::npos) host.remove_prefix(scheme + 3);
    names.push_back(SplitName(host.substr(0, host.find('/')), true));
  }
  return names;
}

bool NamesOutlet(const std::vector<std::string>& tokens, const OutletNames& names) {
  if (tokens.empty()) return false;
  std::string joined;
  for (const std::string& t : tokens) joined += t;
  for (const std::vector<std::string>& name : names) {
    auto has = [&](const std::string& w) {
      return std::find(name.begin(), name.end(), w) != name.end();
    };
    if (tokens.size() > 1 && has(joined)) return true;
    if (std::all_of(tokens.begin(), tokens.end(), has) && 2 * tokens.size() >= name.size()) {
      return true;
    }
  }
  return false;
}

}  // namespace chorus
