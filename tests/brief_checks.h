// Invariants every brief must satisfy, shared by the end-to-end tests.
#ifndef CHORUS_TESTS_BRIEF_CHECKS_H_
#define CHORUS_TESTS_BRIEF_CHECKS_H_

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "chorus/brief.h"
#include "read/text_reader.h"
#include "tests/test_util.h"

namespace chorus::testing {

// Every span's [start, end) bytes of its source file are its text: byte for byte for UTF-8
// sources, and through the reader's offset map (decoded to UTF-8) for other charsets.
inline void ExpectSpanExact(const Brief& b, const SourceSpan& s) {
  std::string path;
  for (const SourceInfo& src : b.sources) {
    if (src.id == s.source) path = src.path;
  }
  ASSERT_FALSE(path.empty()) << "span names unknown source " << s.source;
  const std::string bytes = ReadFileOrEmpty(path);
  ASSERT_LE(s.start, s.end);
  ASSERT_LE(s.end, bytes.size()) << s.source;
  auto doc = ReadTextFile(path);
  ASSERT_TRUE(doc) << path;
  if (doc->source_offsets.empty()) {
    EXPECT_EQ(bytes.substr(s.start, s.end - s.start), s.text) << s.source << " " << s.start;
    return;
  }
  size_t begin = 0;
  while (begin < doc->text.size() && doc->SourceOffset(begin) < s.start) ++begin;
  size_t end = begin;
  while (end < doc->text.size() && doc->SourceOffset(end) < s.end) ++end;
  EXPECT_EQ(doc->SourceOffset(begin), s.start) << s.source;
  EXPECT_EQ(doc->SourceOffset(end), s.end) << s.source;
  EXPECT_EQ(doc->text.substr(begin, end - begin), s.text) << s.source << " " << s.start;
}

inline void ExpectAllSpansExact(const Brief& b) {
  for (const Fact& f : b.facts) {
    for (const SourceSpan& s : f.evidence) ExpectSpanExact(b, s);
  }
  for (const Quote& q : b.quotes) {
    for (const QuoteVariant& v : q.variants) ExpectSpanExact(b, v.span);
  }
  for (const Conflict& c : b.conflicts) {
    for (const Claim& cl : c.claims) {
      for (const SourceSpan& s : cl.evidence) ExpectSpanExact(b, s);
    }
  }
  for (const Removal& r : b.removed) ExpectSpanExact(b, r.span);
}

// A fact's sources are exactly its evidence's sources and its text lies in one evidence text;
// the summary is made of fact texts only.
inline void ExpectFactsGrounded(const Brief& b) {
  std::map<std::string, const Fact*> by_id;
  for (const Fact& f : b.facts) {
    by_id[f.id] = &f;
    std::set<std::string> ev;
    bool found = false;
    for (const SourceSpan& s : f.evidence) {
      ev.insert(s.source);
      found = found || s.text.find(f.text) != std::string::npos;
    }
    EXPECT_EQ(std::set<std::string>(f.sources.begin(), f.sources.end()), ev) << f.id;
    EXPECT_EQ(f.sources.size(), ev.size()) << f.id << " lists a source twice";
    EXPECT_TRUE(found) << f.id << " text not inside its evidence";
    EXPECT_GE(f.origins, 1);
    EXPECT_LE(f.origins, static_cast<int>(f.sources.size()));
  }
  std::string rest = b.summary.text;
  for (const std::string& id : b.summary.facts) {
    ASSERT_TRUE(by_id.count(id)) << "summary cites unknown fact " << id;
    const size_t at = rest.find(by_id[id]->text);
    ASSERT_NE(at, std::string::npos) << "summary does not contain fact " << id;
    rest.erase(at, by_id[id]->text.size());
  }
  for (char c : rest) EXPECT_TRUE(c == ' ' || c == '\n') << "summary has words not from facts";
}

// Text shown to a reader as the story (headline, summary, facts, quotes).
inline std::string ShownText(const Brief& b) {
  std::string all = b.headline + "\n" + b.summary.text + "\n";
  for (const Fact& f : b.facts) all += f.text + "\n";
  for (const Quote& q : b.quotes) all += q.text + "\n";
  return all;
}

inline std::string RemovedText(const Brief& b) {
  std::string all;
  for (const Removal& r : b.removed) all += r.span.text + "\n";
  return all;
}

}  // namespace chorus::testing

#endif  // CHORUS_TESTS_BRIEF_CHECKS_H_
