// Builds extracted text paragraph by paragraph: collapses HTML white space, turns <br> into
// line breaks (two in a row end the paragraph), and joins paragraphs with blank lines.
//
//   TextWriter w;
//   w.Text("  Hello,\n world ");  w.EndParagraph();  w.Text("Next");
//   w.Finish() == "Hello, world\n\nNext"
#ifndef CHORUS_READ_HTML_TEXT_WRITER_H_
#define CHORUS_READ_HTML_TEXT_WRITER_H_

#include <string>
#include <string_view>

namespace chorus::html {

class TextWriter {
 public:
  void Text(std::string_view s, bool preformatted = false);
  void LineBreak();
  void EndParagraph();
  std::string Finish();
  size_t size() const { return out_.size() + para_.size(); }

 private:
  std::string out_;
  std::string para_;
  bool space_ = false;
};

}  // namespace chorus::html

#endif  // CHORUS_READ_HTML_TEXT_WRITER_H_
