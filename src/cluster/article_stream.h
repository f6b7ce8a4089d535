// Articles from command-line INPUTs, one at a time, so millions can stream through
// `chorus ingest` and `chorus cluster` without being held in memory.
//
//   ArticleStream in({"feed.jsonl", "reports/"});
//   while (std::optional<Document> doc = in.Next()) { ... }
//   for (const Error& e : in.TakeErrors()) std::cerr << e.message << "\n";
//   in.Progress()  -> fraction of input bytes consumed, for an ETA
//
// A `.jsonl` file (or `-` whose first byte is `{`) holds one article a line:
// {"id", "title"?, "text", "published"?, "url"?, "outlet"?}; a bad line is an error naming the
// file and line. Every other input goes through ReadInputs (src/read), one file at a time.
#ifndef CHORUS_CLUSTER_ARTICLE_STREAM_H_
#define CHORUS_CLUSTER_ARTICLE_STREAM_H_

#include <cstdint>
#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chorus/document.h"
#include "chorus/error.h"

namespace chorus::cluster {

// One JSONL line as a Document (title kept apart from text; body = the whole text).
Result<Document> DocumentFromJsonLine(const std::string& line, const std::string& where);

class ArticleStream {
 public:
  explicit ArticleStream(std::vector<std::string> inputs);
  ~ArticleStream();

  std::optional<Document> Next();
  std::vector<Error> TakeErrors();
  double Progress() const;  // 0..1 by bytes
  size_t error_count() const { return error_count_; }

 private:
  bool OpenNextFile();

  std::vector<std::string> files_;
  size_t next_file_ = 0;
  std::unique_ptr<std::ifstream> jsonl_file_;
  std::istream* jsonl_ = nullptr;  // jsonl_file_ or std::cin
  std::string jsonl_path_;
  size_t line_no_ = 0;
  std::vector<Document> pending_;  // documents of the current non-JSONL file
  std::vector<Error> errors_;
  size_t error_count_ = 0;
  uint64_t total_bytes_ = 0;
  uint64_t done_bytes_ = 0;     // of files finished
  uint64_t current_bytes_ = 0;  // size of the open file
};

}  // namespace chorus::cluster

#endif  // CHORUS_CLUSTER_ARTICLE_STREAM_H_
