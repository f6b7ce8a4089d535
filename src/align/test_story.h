// Small synthetic stories for the align tests: one document per vector, one sentence per line.
//
//   StoryText s = testing::MakeStory({{"Rubio will lead the talks.", "It rained."},
//                                     {"The talks will be led by Rubio."}});
#ifndef CHORUS_ALIGN_TEST_STORY_H_
#define CHORUS_ALIGN_TEST_STORY_H_

#include <string>
#include <vector>

#include "chorus/story.h"
#include "segment/tokenizer.h"

namespace chorus::testing {

// Sentences of a document are its lines; each line is its own paragraph unless
// one_paragraph is set (then quotation state carries from line to line).
inline StoryText MakeStory(const std::vector<std::vector<std::string>>& docs,
                           bool one_paragraph = false) {
  StoryText story;
  for (size_t d = 0; d < docs.size(); ++d) {
    Document doc;
    doc.id = "d" + std::to_string(d);
    std::vector<Sentence> sentences;
    CleanDocument clean;
    for (size_t i = 0; i < docs[d].size(); ++i) {
      if (i > 0) doc.text += " ";
      Sentence s;
      s.span.begin = static_cast<uint32_t>(doc.text.size());
      doc.text += docs[d][i];
      s.span.end = static_cast<uint32_t>(doc.text.size());
      s.paragraph = one_paragraph ? 0 : static_cast<uint32_t>(i);
      s.tokens = Tokenize(docs[d][i], s.span.begin);
      clean.kept.push_back(s.span);
      sentences.push_back(std::move(s));
    }
    doc.body = {0, static_cast<uint32_t>(doc.text.size())};
    story.docs.push_back(std::move(doc));
    story.cleaned.push_back(std::move(clean));
    story.sentences.push_back(std::move(sentences));
  }
  return story;
}

// Adds n sentences of unrelated, unique words to each document, so that IDF statistics look
// like a real story's (a few shared terms among many).
inline std::vector<std::vector<std::string>> WithFiller(std::vector<std::vector<std::string>> docs,
                                                        size_t n) {
  for (size_t d = 0; d < docs.size(); ++d) {
    for (size_t k = 0; k < n; ++k) {
      auto word = [&](char w) {
        return std::string("zq") + w + static_cast<char>('a' + d % 26) +
               static_cast<char>('a' + k % 26) + static_cast<char>('a' + k / 26 % 26);
      };
      docs[d].push_back("The " + word('a') + " was reported near " + word('b') + " and " +
                        word('c') + " by " + word('d') + ".");
    }
  }
  return docs;
}

}  // namespace chorus::testing

#endif  // CHORUS_ALIGN_TEST_STORY_H_
