// JSON for the HTTP API with nlohmann-json; the shapes are documented in docs/api.md.
#include "serve/story_json.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace chorus::serve {
namespace {

using json = nlohmann::ordered_json;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json OptString(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }
json OptString(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

}  // namespace

StoryMeta MetaOfBrief(const Brief& brief, const std::vector<store::ArticleRow>& rows) {
  StoryMeta meta;
  meta.headline = brief.headline;
  meta.summary = brief.summary.text;
  meta.conflicts = static_cast<int64_t>(brief.conflicts.size());
  for (const auto& r : rows) {
    const std::string name = r.doc.outlet && !r.doc.outlet->empty() ? *r.doc.outlet : r.doc.id;
    if (std::find(meta.outlets.begin(), meta.outlets.end(), name) == meta.outlets.end()) {
      meta.outlets.push_back(name);
    }
  }
  return meta;
}

std::string MetaToJson(const StoryMeta& meta) {
  return Dump({{"headline", meta.headline},
               {"summary", meta.summary},
               {"conflicts", meta.conflicts},
               {"outlets", meta.outlets}});
}

std::optional<StoryMeta> MetaFromJson(std::string_view text) {
  const json j = json::parse(text, nullptr, false);
  if (!j.is_object()) return std::nullopt;
  try {
    StoryMeta meta;
    meta.headline = j.at("headline").get<std::string>();
    meta.summary = j.at("summary").get<std::string>();
    meta.conflicts = j.at("conflicts").get<int64_t>();
    meta.outlets = j.at("outlets").get<std::vector<std::string>>();
    return meta;
  } catch (const json::exception&) {
    return std::nullopt;
  }
}

std::string StorySummaryJson(const store::StoryRow& row, const StoryMeta& meta) {
  return Dump({{"id", row.id},
               {"headline", meta.headline.empty() ? row.title : meta.headline},
               {"articles", row.articles},
               {"outlets", meta.outlets.size()},
               {"first_published", OptString(row.first_published)},
               {"last_published", OptString(row.last_published)},
               {"updated_at", row.updated_at},
               {"conflicts", meta.conflicts},
               {"url", "/stories/" + std::to_string(row.id)}});
}

std::string MembershipJson(const std::vector<store::Membership>& members) {
  json arr = json::array();
  for (const auto& m : members) {
    json j = {{"id", m.id},
              {"title", OptString(m.title)},
              {"similarity", m.similarity},
              {"founded", m.founded},
              {"entities", m.entities},
              {"quotes", m.quotes},
              {"figures", m.figures},
              {"words", m.words}};
    if (m.copy_of) j["copy_of"] = *m.copy_of;
    arr.push_back(std::move(j));
  }
  return Dump(arr);
}

std::string ArticlesJson(const std::vector<store::ArticleRow>& rows) {
  json arr = json::array();
  for (const auto& r : rows) {
    arr.push_back({{"id", r.doc.id},
                   {"title", OptString(r.doc.title)},
                   {"outlet", OptString(r.doc.outlet)},
                   {"url", OptString(r.doc.url)},
                   {"published", OptString(r.doc.published)},
                   {"text", r.doc.text}});
  }
  return Dump(arr);
}

std::string ErrorJson(int status, std::string_view message) {
  return Dump({{"error", {{"status", status}, {"message", message}}}});
}

std::optional<std::string> CompactJson(std::string_view text) {
  const json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) return std::nullopt;
  return Dump(j);
}

std::string JsonString(std::string_view s) { return Dump(json(s)); }

}  // namespace chorus::serve
