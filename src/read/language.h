// Language identification of extracted text with CLD2 (Compact Language Detector 2).
//
//   DetectLanguage("The council voted on Tuesday to ...") -> "en"
//   DetectLanguage("12 34")                               -> ""   (not reliable)
#ifndef CHORUS_READ_LANGUAGE_H_
#define CHORUS_READ_LANGUAGE_H_

#include <string>
#include <string_view>

namespace chorus {

// ISO 639-1 code (or CLD2's code for languages without one) of valid UTF-8 text, "" when
// CLD2 is not reliable. Looks at the first 4 KB.
std::string DetectLanguage(std::string_view utf8);

}  // namespace chorus

#endif  // CHORUS_READ_LANGUAGE_H_
