// The whole pipeline for one story: documents in, Brief out.
//
//   ReadResult in = ReadInputs({"examples/story"});
//   Brief b = BuildBrief(std::move(in.docs), {.words = 100});
//
// PrepareStory runs clean and segment; BuildBrief then analyses, aligns, scores sources,
// summarises and assembles the chorus.brief/1 value, converting every span to source-file
// byte offsets.
#ifndef CHORUS_BRIEF_BRIEF_BUILDER_H_
#define CHORUS_BRIEF_BRIEF_BUILDER_H_

#include <vector>

#include "chorus/brief.h"
#include "chorus/document.h"
#include "chorus/story.h"

namespace chorus {

struct BriefOptions {
  int words = 100;  // summary budget
};

StoryText PrepareStory(std::vector<Document> docs);
Brief BuildBrief(std::vector<Document> docs, const BriefOptions& options);

}  // namespace chorus

#endif  // CHORUS_BRIEF_BRIEF_BUILDER_H_
