// Output format selection and the plain-text renderer; the other formats live in
// markdown_renderer.cc, json_renderer.cc and html_renderer.cc.
#include "render/render.h"

namespace chorus {

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "md" || name == "markdown") return OutputFormat::kMarkdown;
  if (name == "json") return OutputFormat::kJson;
  if (name == "html") return OutputFormat::kHtml;
  if (name == "text" || name == "txt") return OutputFormat::kText;
  return std::nullopt;
}

// The summary only, as chorus built it, and one newline (evaluation compares this text).
std::string RenderText(const Brief& brief) { return brief.summary.text + "\n"; }

std::string Render(const Brief& brief, OutputFormat format) {
  switch (format) {
    case OutputFormat::kMarkdown:
      return RenderMarkdown(brief);
    case OutputFormat::kJson:
      return RenderJson(brief);
    case OutputFormat::kHtml:
      return RenderHtml(brief);
    case OutputFormat::kText:
      return RenderText(brief);
  }
  return RenderMarkdown(brief);
}

}  // namespace chorus
