// The brief as Markdown for a terminal: 80 columns, no colour. Each summary sentence ends with
// citation marks ([1,3]) indexing the numbered source list printed under "Sources". Source
// text passes through OneLine(), so control characters (terminal escapes) never reach the
// output and invalid UTF-8 shows as U+FFFD.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "render/render.h"
#include "render/render_util.h"

namespace chorus {
namespace {

using render::Count;
using render::OneLine;
using render::SourceIndex;
using render::Truncate;
using render::Wrap;

constexpr size_t kWidth = 80;
constexpr size_t kMaxFacts = 12;
constexpr size_t kMaxQuotes = 8;
constexpr size_t kMaxExamples = 3;

// Appends text wrapped to kWidth: first line after first_prefix, later lines after an
// indent of the same width (or rest_prefix when given).
void Para(std::string_view text, std::string_view first_prefix, std::string_view rest_prefix,
          std::string* out) {
  const size_t indent = std::max(render::Columns(first_prefix), render::Columns(rest_prefix));
  const std::vector<std::string> lines = Wrap(text, kWidth - std::min(indent, kWidth / 2));
  for (size_t i = 0; i < lines.size(); ++i) {
    *out += i == 0 ? first_prefix : rest_prefix;
    *out += lines[i];
    *out += '\n';
  }
  if (lines.empty()) {
    *out += first_prefix;
    *out += '\n';
  }
}

std::string JoinCites(const SourceIndex& index, const std::vector<std::string>& ids) {
  const std::string cite = index.Cite(ids);
  return cite.empty() ? "" : " " + cite;
}

void Headline(const Brief& b, std::string* out) {
  const std::string h = OneLine(b.headline);
  Para(h.empty() ? "Brief" : h, "# ", "  ", out);
  *out += '\n';
}

void SummarySection(const Brief& b, const SourceIndex& index, std::string* out) {
  *out += "## Summary\n\n";
  const std::vector<render::SummaryPiece> pieces = render::SplitSummary(b);
  if (pieces.empty()) *out += "(no summary)\n";
  for (const render::SummaryPiece& p : pieces) {
    Para(OneLine(p.text) + JoinCites(index, p.sources), "", "", out);
  }
  *out += '\n';
}

std::string Support(const Fact& f) {
  return Count(f.sources.size(), "outlet", "outlets") + ", " +
         Count(static_cast<size_t>(std::max(f.origins, 0)), "origin", "origins");
}

void FactsSection(const Brief& b, const SourceIndex& index, std::string* out) {
  *out += "## Key facts\n\n";
  if (b.facts.empty()) *out += "(none)\n";
  for (size_t i = 0; i < b.facts.size() && i < kMaxFacts; ++i) {
    const Fact& f = b.facts[i];
    const std::string num = std::to_string(i + 1) + ". ";
    Para(OneLine(f.text), num, std::string(num.size(), ' '), out);
    *out += std::string(num.size(), ' ') + "(" + Support(f) + ")" + JoinCites(index, f.sources);
    *out += '\n';
  }
  if (b.facts.size() > kMaxFacts) {
    *out += "... and " + Count(b.facts.size() - kMaxFacts, "more fact", "more facts") +
            " (see --format json)\n";
  }
  *out += '\n';
}

void QuoteLine(const Quote& q, const SourceIndex& index, std::string* out) {
  Para(OneLine(q.text), "> ", "> ", out);
  std::string who = q.speaker ? OneLine(*q.speaker) : "unattributed";
  who += " (" + Count(index.Numbers(q.sources).size(), "outlet", "outlets") + ")" +
         JoinCites(index, q.sources);
  Para(who, "  - ", "    ", out);
  std::string kinds;
  for (const auto& [kind, sources] : render::VariantKinds(q)) {
    if (!kinds.empty()) kinds += "; ";
    kinds += OneLine(kind) + JoinCites(index, sources);
  }
  if (!kinds.empty()) Para(kinds, "    ", "    ", out);
}

void QuotesSection(const Brief& b, const SourceIndex& index, std::string* out) {
  *out += "## Quotes\n\n";
  if (b.quotes.empty()) *out += "(none)\n\n";
  for (size_t i = 0; i < b.quotes.size() && i < kMaxQuotes; ++i) {
    QuoteLine(b.quotes[i], index, out);
    *out += '\n';
  }
  if (b.quotes.size() > kMaxQuotes) {
    *out += "... and " + Count(b.quotes.size() - kMaxQuotes, "more quote", "more quotes") + "\n\n";
  }
}

void EntityLine(const Entity& e, const SourceIndex& index, std::string* out) {
  std::string line = OneLine(e.name);
  std::string roles;
  for (const std::string& r : e.roles) roles += (roles.empty() ? "" : ", ") + OneLine(r);
  if (!roles.empty()) line += " (" + roles + ")";
  std::string also;
  for (const std::string& v : e.variants) {
    if (v == e.name) continue;
    also += (also.empty() ? "" : ", ") + OneLine(v);
  }
  if (!also.empty()) line += "; also: " + also;
  line += JoinCites(index, e.sources);
  Para(line, "- ", "  ", out);
}

void EntitiesSection(const Brief& b, const SourceIndex& index, std::string* out) {
  *out += "## People, organisations, places\n\n";
  if (b.entities.empty()) *out += "(none)\n\n";
  static constexpr std::pair<std::string_view, std::string_view> kGroups[] = {
      {"person", "People"}, {"organization", "Organisations"}, {"place", "Places"}};
  std::vector<bool> shown(b.entities.size(), false);
  auto group = [&](std::string_view title, auto&& want) {
    std::string body;
    for (size_t i = 0; i < b.entities.size(); ++i) {
      if (shown[i] || !want(b.entities[i].type)) continue;
      shown[i] = true;
      EntityLine(b.entities[i], index, &body);
    }
    if (!body.empty()) *out += std::string("### ") + std::string(title) + "\n\n" + body + "\n";
  };
  for (const auto& [type, title] : kGroups) {
    group(title, [&](const std::string& t) { return t == type; });
  }
  group("Other", [](const std::string&) { return true; });
}

void ConflictsSection(const Brief& b, const SourceIndex& index, std::string* out) {
  *out += "## Conflicting figures\n\n";
  if (b.conflicts.empty()) *out += "(none found)\n\n";
  for (const Conflict& c : b.conflicts) {
    Para(OneLine(c.about) + ":", "- ", "  ", out);
    for (const Claim& cl : c.claims) {
      Para("\"" + OneLine(cl.value) + "\"" + JoinCites(index, cl.sources), "  - ", "    ", out);
      if (!cl.evidence.empty()) {
        Para(Truncate(OneLine(cl.evidence.front().text), 150), "    ", "    ", out);
      }
    }
    *out += '\n';
  }
}

std::string Fixed3(double q) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", std::isfinite(q) ? q : 0.0);
  return buf;
}

void SourceList(const Brief& b, const SourceIndex& index, std::string* out) {
  for (const SourceInfo& s : b.sources) {
    const std::string num = "[" + std::to_string(index.Number(s.id)) + "] ";
    std::string line = index.Label(s.id);
    if (line != OneLine(s.id)) line += " (" + OneLine(s.id) + ")";
    line += " " + OneLine(s.path);
    Para(line, num, std::string(num.size(), ' '), out);
    const std::string indent(num.size(), ' ');
    if (s.title) Para("title: " + Truncate(OneLine(*s.title), 140), indent, indent, out);
    std::string flags;
    for (const std::string& f : s.flags) flags += (flags.empty() ? "" : ", ") + OneLine(f);
    if (!flags.empty()) Para("flags: " + flags, indent, indent, out);
  }
  *out += '\n';
}

void SourceTable(const Brief& b, const SourceIndex& index, std::string* out) {
  // 4 + 24 + 9 + 7 + 8 + flags = 80 with separators.
  *out += "| #  | source                 | quality | words | unique | flags           |\n";
  *out += "|---:|:-----------------------|--------:|------:|-------:|:----------------|\n";
  for (const SourceInfo& s : b.sources) {
    const auto u = b.unique.find(s.id);
    const size_t unique = u == b.unique.end() ? 0 : u->second.size();
    std::string flags;
    for (const std::string& f : s.flags) flags += (flags.empty() ? "" : ", ") + OneLine(f);
    *out += "| " + render::Pad(std::to_string(index.Number(s.id)), 2, true) + " | " +
            render::Pad(Truncate(index.Label(s.id), 22), 22) + " | " +
            render::Pad(Fixed3(s.quality), 7, true) + " | " +
            render::Pad(std::to_string(s.words), 5, true) + " | " +
            render::Pad(std::to_string(unique), 6, true) + " | " +
            render::Pad(Truncate(flags.empty() ? "-" : flags, 15), 15) + " |\n";
  }
  *out += '\n';
}

void SourcesSection(const Brief& b, const SourceIndex& index, std::string* out) {
  *out += "## Sources\n\n";
  if (b.sources.empty()) {
    *out += "(none)\n\n";
    return;
  }
  SourceList(b, index, out);
  SourceTable(b, index, out);
}

void UniqueSection(const Brief& b, const SourceIndex& index, std::string* out) {
  std::string body;
  for (const SourceInfo& s : b.sources) {
    const auto u = b.unique.find(s.id);
    if (u == b.unique.end() || u->second.empty()) continue;
    const std::string num = "[" + std::to_string(index.Number(s.id)) + "] ";
    Para(index.Label(s.id) + ": " + Count(u->second.size(), "fact", "facts"), num, "    ", &body);
    for (size_t k = 0; k < u->second.size() && k < 2; ++k) {
      if (const Fact* f = render::FindFact(b, u->second[k])) {
        Para(Truncate(OneLine(f->text), 140), "    - ", "      ", &body);
      }
    }
  }
  if (body.empty()) return;
  *out += "## Only in one outlet\n\n" + body + "\n";
}

void RemovedSection(const Brief& b, const SourceIndex& index, std::string* out) {
  *out += "## Removed\n\n";
  const std::vector<render::SourceRemovals> groups = render::GroupRemovals(b);
  if (groups.empty()) *out += "(nothing)\n";
  for (const render::SourceRemovals& g : groups) {
    std::string counts;
    for (const auto& [reason, n] : g.counts) {
      counts += (counts.empty() ? "" : ", ") + std::to_string(n) + " " + OneLine(reason);
    }
    const size_t number = index.Number(g.source);
    const std::string num = number == 0 ? "- " : "[" + std::to_string(number) + "] ";
    Para(index.Label(g.source) + ": " + counts, num, "    ", out);
    for (size_t k = 0; k < g.items.size() && k < kMaxExamples; ++k) {
      const Removal& r = *g.items[k];
      Para(OneLine(r.reason) + ": \"" + Truncate(OneLine(r.span.text), 60) + "\"", "    - ",
           "      ", out);
    }
  }
}

}  // namespace

std::string RenderMarkdown(const Brief& brief) {
  const SourceIndex index(brief);
  std::string out;
  Headline(brief, &out);
  SummarySection(brief, index, &out);
  FactsSection(brief, index, &out);
  QuotesSection(brief, index, &out);
  EntitiesSection(brief, index, &out);
  ConflictsSection(brief, index, &out);
  SourcesSection(brief, index, &out);
  UniqueSection(brief, index, &out);
  RemovedSection(brief, index, &out);
  return out;
}

}  // namespace chorus
