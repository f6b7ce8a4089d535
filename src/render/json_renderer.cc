// chorus.brief/1 as JSON (docs/brief-format.md): every key always present, keys in schema
// order, null for a missing title/outlet/speaker. Strings are dumped as UTF-8; bytes that are
// not valid UTF-8 become U+FFFD instead of failing.
#include <cmath>
#include <nlohmann/json.hpp>

#include "render/render.h"

namespace chorus {
namespace {

using Json = nlohmann::ordered_json;

Json OptionalString(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

Json SpanJson(const SourceSpan& s) {
  return Json{{"source", s.source}, {"start", s.start}, {"end", s.end}, {"text", s.text}};
}

Json SpansJson(const std::vector<SourceSpan>& spans) {
  Json out = Json::array();
  for (const SourceSpan& s : spans) out.push_back(SpanJson(s));
  return out;
}

Json Strings(const std::vector<std::string>& v) {
  Json out = Json::array();
  for (const std::string& s : v) out.push_back(s);
  return out;
}

double RoundQuality(double q) {
  if (!std::isfinite(q)) return 0.0;
  return std::round(q * 1000.0) / 1000.0;
}

Json SourcesJson(const Brief& b) {
  Json out = Json::array();
  for (const SourceInfo& s : b.sources) {
    out.push_back(Json{{"id", s.id},
                       {"path", s.path},
                       {"title", OptionalString(s.title)},
                       {"outlet", OptionalString(s.outlet)},
                       {"words", s.words},
                       {"quality", RoundQuality(s.quality)},
                       {"flags", Strings(s.flags)}});
  }
  return out;
}

Json FactsJson(const Brief& b) {
  Json out = Json::array();
  for (const Fact& f : b.facts) {
    out.push_back(Json{{"id", f.id},
                       {"text", f.text},
                       {"sources", Strings(f.sources)},
                       {"origins", f.origins},
                       {"evidence", SpansJson(f.evidence)}});
  }
  return out;
}

Json QuotesJson(const Brief& b) {
  Json out = Json::array();
  for (const Quote& q : b.quotes) {
    Json variants = Json::array();
    for (const QuoteVariant& v : q.variants) {
      Json span = SpanJson(v.span);
      span["kind"] = v.kind;
      variants.push_back(std::move(span));
    }
    out.push_back(Json{{"id", q.id},
                       {"text", q.text},
                       {"speaker", OptionalString(q.speaker)},
                       {"sources", Strings(q.sources)},
                       {"variants", std::move(variants)}});
  }
  return out;
}

Json EntitiesJson(const Brief& b) {
  Json out = Json::array();
  for (const Entity& e : b.entities) {
    out.push_back(Json{{"id", e.id},
                       {"name", e.name},
                       {"type", e.type},
                       {"roles", Strings(e.roles)},
                       {"variants", Strings(e.variants)},
                       {"sources", Strings(e.sources)}});
  }
  return out;
}

Json ConflictsJson(const Brief& b) {
  Json out = Json::array();
  for (const Conflict& c : b.conflicts) {
    Json claims = Json::array();
    for (const Claim& cl : c.claims) {
      claims.push_back(Json{{"value", cl.value},
                            {"sources", Strings(cl.sources)},
                            {"evidence", SpansJson(cl.evidence)}});
    }
    out.push_back(Json{{"about", c.about}, {"claims", std::move(claims)}});
  }
  return out;
}

// Keys in source order, then any key naming no source (sorted, as std::map keeps them).
Json UniqueJson(const Brief& b) {
  Json out = Json::object();
  for (const SourceInfo& s : b.sources) {
    const auto it = b.unique.find(s.id);
    out[s.id] = it == b.unique.end() ? Json::array() : Strings(it->second);
  }
  for (const auto& [id, facts] : b.unique) {
    if (!out.contains(id)) out[id] = Strings(facts);
  }
  return out;
}

Json RemovedJson(const Brief& b) {
  Json out = Json::array();
  for (const Removal& r : b.removed) {
    Json span = SpanJson(r.span);
    span["reason"] = r.reason;
    out.push_back(std::move(span));
  }
  return out;
}

}  // namespace

std::string RenderJson(const Brief& brief) {
  Json j = Json::object();
  j["schema"] = brief.schema;
  j["headline"] = brief.headline;
  j["summary"] = Json{{"text", brief.summary.text}, {"facts", Strings(brief.summary.facts)}};
  j["sources"] = SourcesJson(brief);
  j["facts"] = FactsJson(brief);
  j["quotes"] = QuotesJson(brief);
  j["entities"] = EntitiesJson(brief);
  j["conflicts"] = ConflictsJson(brief);
  j["unique"] = UniqueJson(brief);
  j["removed"] = RemovedJson(brief);
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace chorus
