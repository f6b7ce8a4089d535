// Test helper: a StoryText from literal report texts (each line a kept paragraph).
#ifndef CHORUS_ANALYSE_TEST_STORY_H_
#define CHORUS_ANALYSE_TEST_STORY_H_

#include <string>
#include <vector>

#include "analyse/analysis.h"
#include "chorus/story.h"
#include "segment/sentence_splitter.h"
#include "util/text_util.h"

namespace chorus::testing {

inline StoryText MakeStory(const std::vector<std::string>& texts) {
  StoryText story;
  for (size_t i = 0; i < texts.size(); ++i) {
    Document d;
    d.id = "doc" + std::to_string(i);
    d.text = texts[i];
    d.body = {0, static_cast<uint32_t>(d.text.size())};
    CleanDocument c;
    for (TextSpan line : SplitLines(d.text, d.body)) {
      line = TrimSpan(d.text, line);
      if (!line.empty()) c.kept.push_back(line);
    }
    story.sentences.push_back(SplitSentences(d, c.kept));
    story.docs.push_back(std::move(d));
    story.cleaned.push_back(std::move(c));
  }
  return story;
}

inline std::string Slice(const StoryText& story, const SpanRef& r) {
  return std::string(story.docs[r.doc].Slice(r.span));
}

// The entity one of whose variants is `variant`, or -1.
inline int EntityWithVariant(const StoryAnalysis& a, const std::string& variant) {
  for (size_t i = 0; i < a.entities.size(); ++i) {
    for (const std::string& v : a.entities[i].variants) {
      if (v == variant) return static_cast<int>(i);
    }
  }
  return -1;
}

}  // namespace chorus::testing

#endif  // CHORUS_ANALYSE_TEST_STORY_H_
