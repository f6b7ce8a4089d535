// A small hand-made Brief for the renderer tests: three sources, two summary facts, one
// quote with three kinds of variants, entities of every type, one conflict and removals.
#ifndef CHORUS_RENDER_RENDER_TEST_UTIL_H_
#define CHORUS_RENDER_RENDER_TEST_UTIL_H_

#include <string>

#include "chorus/brief.h"

namespace chorus::testing {

inline SourceSpan Span(std::string source, size_t start, std::string text) {
  const size_t end = start + text.size();
  return SourceSpan{std::move(source), start, end, std::move(text)};
}

inline Brief SampleBrief() {
  Brief b;
  b.headline = "Ferry strikes pier in Port Aster";
  b.sources = {
      {"gazette", "story/gazette.txt", "Ferry strikes pier", "Aster Gazette", 310, 0.91234, {}},
      {"wire", "story/wire.txt", std::nullopt, std::nullopt, 220, 0.5, {"garbled"}},
      {"courier", "story/courier.txt", "Pier crash", "Coast Courier", 180, 0.75, {"tail"}}};
  b.facts = {{"f1",
              "The ferry Linnea struck the north pier at 6 a.m.",
              {"gazette", "courier"},
              2,
              {Span("gazette", 10, "The ferry Linnea struck the north pier at 6 a.m."),
               Span("courier", 40, "At 6 a.m. the ferry Linnea struck the north pier.")}},
             {"f2",
              "Harbour master Ida Roth closed the port.",
              {"wire"},
              1,
              {Span("wire", 0, "Harbour master Ida Roth closed the port.")}},
             {"f3",
              "Divers searched the water until noon.",
              {"gazette"},
              1,
              {Span("gazette", 200, "Divers searched the water until noon.")}}};
  b.summary.text =
      "The ferry Linnea struck the north pier at 6 a.m. "
      "Harbour master Ida Roth closed the port.";
  b.summary.facts = {"f1", "f2"};
  b.quotes = {{"q1",
               "We will reopen the port by Friday",
               "Ida Roth",
               {"gazette", "wire", "courier"},
               {{Span("gazette", 300, "We will reopen the port by Friday"), "verbatim"},
                {Span("wire", 90, "reopen the port by Friday"), "partial"},
                {Span("courier", 120, "The port will open again on Friday"), "translation"}}}};
  b.entities = {
      {"e1",
       "Ida Roth",
       "person",
       {"harbour master"},
       {"Ida Roth", "I. Roth"},
       {"gazette", "wire"}},
      {"e2", "Aster Ports Authority", "organization", {}, {"Aster Ports Authority"}, {"courier"}},
      {"e3", "Port Aster", "place", {}, {"Port Aster"}, {"gazette", "wire", "courier"}},
      {"e4", "Linnea", "other", {"ferry"}, {"Linnea"}, {"gazette", "courier"}}};
  b.conflicts = {{"injured",
                  {{"dozens", {"wire"}, {Span("wire", 150, "dozens were injured")}},
                   {"at least 40", {"gazette"}, {Span("gazette", 400, "at least 40 injured")}}}}};
  b.unique = {{"gazette", {"f3"}}, {"wire", {"f2"}}, {"courier", {}}};
  b.removed = {{Span("gazette", 0, "Photo: the pier (Ana Belo/Aster Gazette)"), "caption"},
               {Span("gazette", 500, "By Tom Hale"), "byline"},
               {Span("wire", 300, "Top Stories"), "widget"}};
  return b;
}

}  // namespace chorus::testing

#endif  // CHORUS_RENDER_RENDER_TEST_UTIL_H_
