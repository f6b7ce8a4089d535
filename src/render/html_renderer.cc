// The brief as one self-contained HTML page: inline style, no script, no external resource,
// a Content-Security-Policy that forbids everything but inline style. Every string that comes
// from a source or the brief goes through Esc() (& < > " ' escaped, invalid UTF-8 replaced),
// so source text is never markup. Links and element ids are built only from numbers.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "render/render.h"
#include "render/render_util.h"

namespace chorus {
namespace {

using render::Count;
using render::SourceIndex;

constexpr std::string_view kStyle = R"css(
:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fdfdfb;--mute:#5d5d5d;--line:#d9d9d4;
--accent:#0b5cad;--soft:#f1f0ea}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8e3;--bg:#161616;--mute:#a5a5a0;
--line:#3a3a38;--accent:#7db7f0;--soft:#222220}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.55 system-ui,-apple-system,
"Segoe UI",Roboto,sans-serif;overflow-wrap:anywhere}
header,main{max-width:52rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.5rem}
h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0 .5rem}
h2{font-size:1.25rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
nav{display:flex;flex-wrap:wrap;gap:.3rem .9rem;font-size:.9rem}
a{color:var(--accent)}
.meta,.off{color:var(--mute);font-size:.85rem}
.cite{font-size:.75rem;vertical-align:super;line-height:0;white-space:nowrap}
.cite a{text-decoration:none}
figure{margin:1rem 0}
figcaption{font-size:.92rem}
blockquote{margin:.4rem 0;padding:.1rem .8rem;border-left:3px solid var(--line)}
ol,ul{padding-left:1.4rem}
li{margin:.35rem 0}
details{margin:.2rem 0 .6rem}
summary{cursor:pointer;color:var(--mute);font-size:.9rem}
.kind,.reason,.flag{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:.6rem;
background:var(--soft);border:1px solid var(--line);margin-right:.3rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
footer{max-width:52rem;margin:2rem auto;padding:0 1rem;color:var(--mute);font-size:.8rem}
)css";

std::string Esc(std::string_view text) { return EscapeHtml(text); }

// Escaped one-line text (no control characters).
std::string EscLine(std::string_view text) { return Esc(render::OneLine(text)); }

std::string Cites(const SourceIndex& index, const std::vector<std::string>& ids) {
  const std::vector<size_t> numbers = index.Numbers(ids);
  if (numbers.empty()) return "";
  std::string out = " <span class=\"cite\">[";
  for (size_t k = 0; k < numbers.size(); ++k) {
    const std::string n = std::to_string(numbers[k]);
    if (k != 0) out += ",";
    out += "<a href=\"#source-" + n + "\">" + n + "</a>";
  }
  return out + "]</span>";
}

std::string SourceRef(const SourceIndex& index, const std::string& id) {
  const size_t n = index.Number(id);
  if (n == 0) return EscLine(id);
  const std::string num = std::to_string(n);
  return "<a href=\"#source-" + num + "\">[" + num + "] " + EscLine(index.Label(id)) + "</a>";
}

void Head(const Brief& b, std::string* out) {
  *out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  *out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n";
  *out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  *out += "<meta name=\"referrer\" content=\"no-referrer\">\n";
  *out += "<title>" + EscLine(b.headline.empty() ? "Brief" : b.headline) + "</title>\n";
  *out += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
}

void Header(const Brief& b, std::string* out) {
  *out += "<header>\n<p class=\"meta\">" + EscLine(b.schema) + " &middot; " +
          Count(b.sources.size(), "source", "sources") + " &middot; " +
          Count(b.facts.size(), "fact", "facts") + "</p>\n";
  *out += "<h1>" + EscLine(b.headline.empty() ? "Brief" : b.headline) + "</h1>\n<nav>";
  static constexpr std::pair<std::string_view, std::string_view> kNav[] = {
      {"summary", "Summary"},      {"facts", "Facts"},         {"quotes", "Quotes"},
      {"entities", "Who & where"}, {"conflicts", "Conflicts"}, {"sources", "Sources"},
      {"removed", "Removed"}};
  for (const auto& [id, name] : kNav) {
    *out += "<a href=\"#" + std::string(id) + "\">" + Esc(name) + "</a>";
  }
  *out += "</nav>\n</header>\n<main>\n";
}

void SummarySection(const Brief& b, const SourceIndex& index, std::string* out) {
  *out += "<section id=\"summary\">\n<h2>Summary</h2>\n<p>";
  const std::vector<render::SummaryPiece> pieces = render::SplitSummary(b);
  if (pieces.empty()) *out += "<span class=\"meta\">No summary.</span>";
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (i != 0) *out += " ";
    *out += EscLine(pieces[i].text) + Cites(index, pieces[i].sources);
  }
  *out += "</p>\n</section>\n";
}

std::string Offsets(const SourceSpan& s) {
  return "<span class=\"off\">bytes " + std::to_string(s.start) + "&ndash;" +
         std::to_string(s.end) + "</span>";
}

void Evidence(const std::vector<SourceSpan>& spans, const SourceIndex& index, std::string* out) {
  if (spans.empty()) return;
  *out += "<details><summary>" + Count(spans.size(), "source span", "source spans") +
          "</summary>\n<ul>\n";
  for (const SourceSpan& s : spans) {
    *out += "<li>" + SourceRef(index, s.source) + " " + Offsets(s) + "<blockquote>" +
            EscLine(s.text) + "</blockquote></li>\n";
  }
  *out += "</ul></details>\n";
}

void FactsSection(const Brief& b, const SourceIndex& index, std::string* out) {
  *out += "<section id=\"facts\">\n<h2>Key facts</h2>\n";
  if (b.facts.empty()) *out += "<p class=\"meta\">None.</p>\n";
  if (!b.facts.empty()) *out += "<ol>\n";
  for (size_t i = 0; i < b.facts.size(); ++i) {
    const Fact& f = b.facts[i];
    *out += "<li id=\"fact-" + std::to_string(i + 1) + "\">" + EscLine(f.text) +
            Cites(index, f.sources) + "<div class=\"meta\">" +
            Count(f.sources.size(), "outlet", "outlets") + ", " +
            Count(static_cast<size_t>(std::max(f.origins, 0)), "origin", "origins") + "</div>\n";
    Evidence(f.evidence, index, out);
    *out += "</li>\n";
  }
  if (!b.facts.empty()) *out += "</ol>\n";
  *out += "</section>\n";
}

void QuoteItem(const Quote& q, const SourceIndex& index, std::string* out) {
  *out += "<figure>\n<blockquote>" + EscLine(q.text) + "</blockquote>\n<figcaption>&mdash; " +
          (q.speaker ? EscLine(*q.speaker) : std::string("<em>unattributed</em>")) +
          Cites(index, q.sources) + "<br>";
  for (const auto& [kind, sources] : render::VariantKinds(q)) {
    *out += "<span class=\"kind\">" + EscLine(kind) + "</span>" + Cites(index, sources) + " ";
  }
  *out += "</figcaption>\n";
  if (!q.variants.empty()) {
    *out += "<details><summary>" + Count(q.variants.size(), "variant", "variants") +
            "</summary>\n<ul>\n";
    for (const QuoteVariant& v : q.variants) {
      *out += "<li><span class=\"kind\">" + EscLine(v.kind) + "</span>" +
              SourceRef(index, v.span.source) + " " + Offsets(v.span) + "<blockquote>" +
              EscLine(v.span.text) + "</blockquote></li>\n";
    }
    *out += "</ul></details>\n";
  }
  *out += "</figure>\n";
}

void QuotesSection(const Brief& b, const SourceIndex& index, std::string* out) {
  *out += "<section id=\"quotes\">\n<h2>Quotes</h2>\n";
  if (b.quotes.empty()) *out += "<p class=\"meta\">None.</p>\n";
  for (const Quote& q : b.quotes) QuoteItem(q, index, out);
  *out += "</section>\n";
}

std::string Joined(const std::vector<std::string>& items, std::string_view skip = {}) {
  std::string out;
  for (const std::string& s : items) {
    if (!skip.empty() && s == skip) continue;
    out += (out.empty() ? "" : ", ") + EscLine(s);
  }
  return out;
}

void EntityItem(const Entity& e, const SourceIndex& index, std::string* out) {
  *out += "<li><strong>" + EscLine(e.name) + "</strong>";
  const std::string roles = Joined(e.roles);
  if (!roles.empty()) *out += " &middot; " + roles;
  *out += Cites(index, e.sources);
  const std::string also = Joined(e.variants, e.name);
  if (!also.empty()) *out += "<div class=\"meta\">also written: " + also + "</div>";
  *out += "</li>\n";
}

void EntitiesSection(const Brief& b, const SourceIndex& index, std::string* out) {
  *out += "<section id=\"entities\">\n<h2>People, organisations, places</h2>\n";
  if (b.entities.empty()) *out += "<p class=\"meta\">None.</p>\n";
  static constexpr std::pair<std::string_view, std::string_view> kGroups[] = {
      {"person", "People"}, {"organization", "Organisations"}, {"place", "Places"}, {"", "Other"}};
  std::vector<bool> shown(b.entities.size(), false);
  for (const auto& [type, title] : kGroups) {
    std::string body;
    for (size_t i = 0; i < b.entities.size(); ++i) {
      if (shown[i] || (!type.empty() && b.entities[i].type != type)) continue;
      shown[i] = true;
      EntityItem(b.entities[i], index, &body);
    }
    if (!body.empty()) *out += "<h3>" + Esc(title) + "</h3>\n<ul>\n" + body + "</ul>\n";
  }
  *out += "</section>\n";
}

void ConflictsSection(const Brief& b, const SourceIndex& index, std::string* out) {
  *out += "<section id=\"conflicts\">\n<h2>Conflicting figures</h2>\n";
  if (b.conflicts.empty()) *out += "<p class=\"meta\">None found.</p>\n";
  for (const Conflict& c : b.conflicts) {
    *out += "<h3>" + EscLine(c.about) + "</h3>\n<ul>\n";
    for (const Claim& cl : c.claims) {
      *out += "<li><strong>" + EscLine(cl.value) + "</strong>" + Cites(index, cl.sources) + "\n";
      Evidence(cl.evidence, index, out);
      *out += "</li>\n";
    }
    *out += "</ul>\n";
  }
  *out += "</section>\n";
}

std::string Fixed3(double q) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", std::isfinite(q) ? q : 0.0);
  return buf;
}

void SourceRow(const Brief& b, const SourceInfo& s, const SourceIndex& index, std::string* out) {
  const std::string num = std::to_string(index.Number(s.id));
  const auto u = b.unique.find(s.id);
  const size_t unique = u == b.unique.end() ? 0 : u->second.size();
  *out += "<tr id=\"source-" + num + "\"><td class=\"num\">" + num + "</td><td><strong>" +
          EscLine(index.Label(s.id)) + "</strong>";
  if (s.title) *out += "<br>" + EscLine(*s.title);
  *out += "<div class=\"meta\">" + EscLine(s.id) + " &middot; " + EscLine(s.path) + "</div>";
  if (unique != 0) {
    *out += "<details><summary>only here: " + Count(unique, "fact", "facts") + "</summary><ul>";
    for (const std::string& id : u->second) {
      const Fact* f = render::FindFact(b, id);
      *out += "<li>" + EscLine(f != nullptr ? f->text : id) + "</li>";
    }
    *out += "</ul></details>";
  }
  *out += "</td><td class=\"num\">" + Fixed3(s.quality) + "</td><td class=\"num\">" +
          std::to_string(s.words) + "</td><td class=\"num\">" + std::to_string(unique) +
          "</td><td>";
  for (const std::string& f : s.flags) *out += "<span class=\"flag\">" + EscLine(f) + "</span>";
  *out += "</td></tr>\n";
}

void SourcesSection(const Brief& b, const SourceIndex& index, std::string* out) {
  *out += "<section id=\"sources\">\n<h2>Sources</h2>\n";
  if (b.sources.empty()) *out += "<p class=\"meta\">None.</p>\n";
  if (!b.sources.empty()) {
    *out +=
        "<div class=\"scroll\"><table>\n<thead><tr><th>#</th><th>source</th><th>quality</th>"
        "<th>words</th><th>unique</th><th>flags</th></tr></thead>\n<tbody>\n";
    for (const SourceInfo& s : b.sources) SourceRow(b, s, index, out);
    *out += "</tbody></table></div>\n";
  }
  *out += "</section>\n";
}

void RemovedSection(const Brief& b, const SourceIndex& index, std::string* out) {
  *out += "<section id=\"removed\">\n<h2>Removed from sources</h2>\n";
  const std::vector<render::SourceRemovals> groups = render::GroupRemovals(b);
  if (groups.empty()) *out += "<p class=\"meta\">Nothing.</p>\n";
  for (const render::SourceRemovals& g : groups) {
    *out += "<h3>" + SourceRef(index, g.source) + "</h3>\n<p>";
    for (const auto& [reason, n] : g.counts) {
      *out += "<span class=\"reason\">" + std::to_string(n) + " " + EscLine(reason) + "</span>";
    }
    *out += "</p>\n<details><summary>" + Count(g.items.size(), "removal", "removals") +
            "</summary>\n<ul>\n";
    for (const Removal* r : g.items) {
      *out += "<li><span class=\"reason\">" + EscLine(r->reason) + "</span>" + Offsets(r->span) +
              "<blockquote>" + EscLine(r->span.text) + "</blockquote></li>\n";
    }
    *out += "</ul></details>\n";
  }
  *out += "</section>\n";
}

}  // namespace

std::string RenderHtml(const Brief& brief) {
  const SourceIndex index(brief);
  std::string out;
  Head(brief, &out);
  Header(brief, &out);
  SummarySection(brief, index, &out);
  FactsSection(brief, index, &out);
  QuotesSection(brief, index, &out);
  EntitiesSection(brief, index, &out);
  ConflictsSection(brief, index, &out);
  SourcesSection(brief, index, &out);
  RemovedSection(brief, index, &out);
  out +=
      "</main>\n<footer>Every sentence, quote and figure above is a verbatim slice of a "
      "source; byte offsets refer to the input files.</footer>\n</body>\n</html>\n";
  return out;
}

std::string EscapeHtml(std::string_view text) {
  const std::string valid = render::ValidUtf8(text);
  std::string out;
  out.reserve(valid.size() + valid.size() / 8);
  for (char c : valid) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\0':
        out += "\xEF\xBF\xBD";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace chorus
