// Paragraph assembly for extracted HTML text (see html_text_writer.h). White space follows
// the CSS "normal" white-space model: runs collapse to one space, leading and trailing space
// of a block disappear; <pre> keeps its line breaks.
#include "read/html_text_writer.h"

namespace chorus::html {
namespace {

// Length of a white-space character at s[i] (ASCII space or U+00A0), or 0.
size_t SpaceAt(std::string_view s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  return 0;
}

void TrimBack(std::string* s) {
  while (!s->empty() && (s->back() == ' ' || s->back() == '\n')) s->pop_back();
}

}  // namespace

void TextWriter::Text(std::string_view s, bool preformatted) {
  for (size_t i = 0; i < s.size();) {
    const size_t sp = SpaceAt(s, i);
    if (sp > 0) {
      if (preformatted && s[i] == '\n') {
        LineBreak();
      } else if (!para_.empty() && para_.back() != '\n') {
        space_ = true;
      }
      i += sp;
      continue;
    }
    if (space_) para_.push_back(' ');
    space_ = false;
    para_.push_back(s[i]);
    ++i;
  }
}

void TextWriter::LineBreak() {
  space_ = false;
  while (!para_.empty() && para_.back() == ' ') para_.pop_back();
  if (para_.empty()) return;
  if (para_.back() == '\n') {
    EndParagraph();
    return;
  }
  para_.push_back('\n');
}

void TextWriter::EndParagraph() {
  space_ = false;
  TrimBack(&para_);
  if (para_.empty()) return;
  if (!out_.empty()) out_ += "\n\n";
  out_ += para_;
  para_.clear();
}

std::string TextWriter::Finish() {
  EndParagraph();
  return std::move(out_);
}

}  // namespace chorus::html
