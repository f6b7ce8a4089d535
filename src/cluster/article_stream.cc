// Streaming reader for `chorus ingest` / `chorus cluster`: JSONL articles line by line
// (nlohmann/json), other inputs through ReadInputs one file at a time.
#include "cluster/article_stream.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <utility>

#include "read/inputs.h"

namespace chorus::cluster {
namespace {

bool IsJsonlPath(const std::string& path) {
  return path == "-" || (path.size() > 6 && path.compare(path.size() - 6, 6, ".jsonl") == 0);
}

std::optional<std::string> OptionalString(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  std::string s = it->get<std::string>();
  if (s.empty()) return std::nullopt;
  return s;
}

}  // namespace

Result<Document> DocumentFromJsonLine(const std::string& line, const std::string& where) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    return MakeError(ErrorCode::kFormat, where + ": not JSON (" + e.what() + ")");
  }
  if (!j.is_object()) return MakeError(ErrorCode::kFormat, where + ": not a JSON object");
  const auto text_it = j.find("text");
  if (text_it == j.end() || !text_it->is_string()) {
    return MakeError(ErrorCode::kFormat, where + ": no \"text\"");
  }
  const std::string text = text_it->get<std::string>();
  std::optional<std::string> title = OptionalString(j, "title");
  if (text.empty() && !title) return MakeError(ErrorCode::kEmpty, where + ": empty article");
  Document doc;
  if (auto id = OptionalString(j, "id")) {
    doc.id = *id;
  } else if (const auto it = j.find("id"); it != j.end() && it->is_number_integer()) {
    doc.id = std::to_string(it->get<int64_t>());
  } else {
    doc.id = where;
  }
  doc.path = where;
  doc.text = text;
  doc.body = {0, static_cast<uint32_t>(doc.text.size())};
  doc.title = std::move(title);
  doc.published = OptionalString(j, "published");
  doc.url = OptionalString(j, "url");
  doc.outlet = OptionalString(j, "outlet");
  return doc;
}

ArticleStream::ArticleStream(std::vector<std::string> inputs) {
  files_ = ExpandInputs(inputs, &errors_);
  error_count_ = errors_.size();
  for (const auto& f : files_) {
    std::error_code ec;
    const auto size = f == "-" ? 0 : std::filesystem::file_size(f, ec);
    if (!ec) total_bytes_ += size;
  }
}

ArticleStream::~ArticleStream() = default;

bool ArticleStream::OpenNextFile() {
  done_bytes_ += current_bytes_;
  current_bytes_ = 0;
  jsonl_ = nullptr;
  jsonl_file_.reset();
  while (next_file_ < files_.size()) {
    const std::string& path = files_[next_file_++];
    std::error_code ec;
    current_bytes_ = path == "-" ? 0 : std::filesystem::file_size(path, ec);
    if (ec) current_bytes_ = 0;
    if (IsJsonlPath(path)) {
      jsonl_path_ = path;
      line_no_ = 0;
      if (path == "-") {
        jsonl_ = &std::cin;
        return true;
      }
      jsonl_file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
      if (*jsonl_file_) {
        jsonl_ = jsonl_file_.get();
        return true;
      }
      errors_.push_back(Error{ErrorCode::kIo, path + ": cannot open"});
      ++error_count_;
      continue;
    }
    ReadResult r = ReadInputs({path});
    for (auto& e : r.errors) errors_.push_back(std::move(e));
    error_count_ += r.errors.size();
    pending_ = std::move(r.docs);
    std::reverse(pending_.begin(), pending_.end());
    if (!pending_.empty()) return true;
  }
  return false;
}

std::optional<Document> ArticleStream::Next() {
  while (true) {
    if (!pending_.empty()) {
      Document d = std::move(pending_.back());
      pending_.pop_back();
      return d;
    }
    if (jsonl_ != nullptr) {
      std::string line;
      while (std::getline(*jsonl_, line)) {
        ++line_no_;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        auto doc = DocumentFromJsonLine(line, jsonl_path_ + ":" + std::to_string(line_no_));
        if (doc) return std::move(*doc);
        errors_.push_back(doc.error());
        ++error_count_;
      }
    }
    if (!OpenNextFile()) return std::nullopt;
  }
}

std::vector<Error> ArticleStream::TakeErrors() { return std::exchange(errors_, {}); }

double ArticleStream::Progress() const {
  if (total_bytes_ == 0) return 0;
  uint64_t done = done_bytes_;
  if (jsonl_file_ && *jsonl_file_) {
    const auto pos = jsonl_file_->tellg();
    if (pos > 0) done += static_cast<uint64_t>(pos);
  }
  return std::min(1.0, static_cast<double>(done) / static_cast<double>(total_bytes_));
}

}  // namespace chorus::cluster
