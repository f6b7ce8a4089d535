// Render: a Brief as Markdown (terminal), JSON (chorus.brief/1), one self-contained HTML
// page, or plain summary text.
//
//   std::string out = Render(brief, OutputFormat::kJson);
//
// HTML escapes every string taken from a source; source text never becomes markup.
#ifndef CHORUS_RENDER_RENDER_H_
#define CHORUS_RENDER_RENDER_H_

#include <optional>
#include <string>
#include <string_view>

#include "chorus/brief.h"

namespace chorus {

enum class OutputFormat { kMarkdown, kJson, kHtml, kText };
std::optional<OutputFormat> ParseOutputFormat(std::string_view name);  // "md", "json", ...

std::string RenderMarkdown(const Brief& brief);
std::string RenderJson(const Brief& brief);
std::string RenderHtml(const Brief& brief);
std::string RenderText(const Brief& brief);
std::string Render(const Brief& brief, OutputFormat format);

// Any bytes as HTML text or attribute value: & < > " ' escaped, invalid UTF-8 and NUL as
// U+FFFD. Every string from a source goes through this before it reaches a page.
std::string EscapeHtml(std::string_view text);

}  // namespace chorus

#endif  // CHORUS_RENDER_RENDER_H_
