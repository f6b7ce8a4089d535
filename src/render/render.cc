// STUB (to be replaced by the render module owner).
#include "render/render.h"

#include <nlohmann/json.hpp>

namespace chorus {

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "md" || name == "markdown") return OutputFormat::kMarkdown;
  if (name == "json") return OutputFormat::kJson;
  if (name == "html") return OutputFormat::kHtml;
  if (name == "text") return OutputFormat::kText;
  return std::nullopt;
}

std::string RenderText(const Brief& brief) { return brief.summary.text + "\n"; }
std::string RenderMarkdown(const Brief& brief) {
  return "# " + brief.headline + "\n\n" + brief.summary.text + "\n";
}
std::string RenderHtml(const Brief& brief) { return RenderMarkdown(brief); }
std::string RenderJson(const Brief& brief) {
  nlohmann::json j;
  j["schema"] = brief.schema;
  j["headline"] = brief.headline;
  j["summary"] = {{"text", brief.summary.text}, {"facts", brief.summary.facts}};
  return j.dump(2) + "\n";
}

std::string Render(const Brief& brief, OutputFormat format) {
  switch (format) {
    case OutputFormat::kMarkdown: return RenderMarkdown(brief);
    case OutputFormat::kJson: return RenderJson(brief);
    case OutputFormat::kHtml: return RenderHtml(brief);
    case OutputFormat::kText: return RenderText(brief);
  }
  return RenderMarkdown(brief);
}

}  // namespace chorus
