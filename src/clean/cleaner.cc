// STUB (to be replaced by the clean module owner): keeps every non-empty line.
#include "clean/cleaner.h"

#include "util/text_util.h"

namespace chorus {

std::string_view RemovalReasonName(RemovalReason reason) {
  switch (reason) {
    case RemovalReason::kCaption: return "caption";
    case RemovalReason::kCredit: return "credit";
    case RemovalReason::kWidget: return "widget";
    case RemovalReason::kByline: return "byline";
    case RemovalReason::kDuplicate: return "duplicate";
    case RemovalReason::kOffTopic: return "off-topic";
    case RemovalReason::kBoilerplate: return "boilerplate";
  }
  return "boilerplate";
}

std::vector<CleanDocument> CleanStory(const std::vector<Document>& docs) {
  std::vector<CleanDocument> out(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    for (TextSpan line : SplitLines(docs[d].text, docs[d].body)) {
      line = TrimSpan(docs[d].text, line);
      if (!line.empty()) out[d].kept.push_back(line);
    }
  }
  return out;
}

}  // namespace chorus
