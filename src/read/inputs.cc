// Input dispatch: files and folders to Documents, by format (see inputs.h).
#include "read/inputs.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <thread>

#include "read/byte_stream.h"
#include "read/feeds.h"
#include "read/gzip.h"
#include "read/html_reader.h"
#include "read/jsonl.h"
#include "read/text_reader.h"
#include "read/warc.h"

namespace chorus {
namespace {

constexpr std::array<std::string_view, 14> kKnownExtensions = {
    ".gz",     ".txt",  ".html", ".htm", ".xhtml", ".warc", ".jsonl",
    ".ndjson", ".json", ".xml",  ".rss", ".atom",  ".text", ".md"};

std::string LowerExtension(const std::string& name) {
  std::string ext = std::filesystem::path(name).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

bool LooksLikeHtml(std::string_view bytes) {
  std::string head(bytes.substr(0, 2048));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* marker : {"<!doctype html", "<html", "<head", "<body"}) {
    if (head.find(marker) != std::string::npos) return true;
  }
  return false;
}

enum class Format { kText, kHtml, kFeed, kWarc, kJsonl };

Format Sniff(std::string_view bytes) {
  if (LooksLikeWarc(bytes)) return Format::kWarc;
  if (LooksLikeFeed(bytes)) return Format::kFeed;
  if (LooksLikeJsonl(bytes)) return Format::kJsonl;
  if (LooksLikeHtml(bytes)) return Format::kHtml;
  return Format::kText;
}

Format FormatOf(const std::string& ext, std::string_view bytes) {
  if (ext == ".txt" || ext == ".text" || ext == ".md") return Format::kText;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  if (ext == ".rss" || ext == ".atom") return Format::kFeed;
  if (ext == ".warc") return Format::kWarc;
  if (ext == ".jsonl" || ext == ".ndjson") return Format::kJsonl;
  if (ext == ".xml")
    return LooksLikeHtml(bytes) && !LooksLikeFeed(bytes) ? Format::kHtml : Format::kFeed;
  if (ext == ".json") return LooksLikeFeed(bytes) ? Format::kFeed : Format::kJsonl;
  return Sniff(bytes);
}

Result<std::string> ReadAll(const std::string& path) {
  if (path == "-") {
    std::string s((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return s;
  }
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return MakeError(ErrorCode::kIo, path + ": cannot read (" + ec.message() + ")");
  if (size > kMaxInputFileBytes)
    return MakeError(ErrorCode::kUnsupported, path + ": larger than 1 GB");
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError(ErrorCode::kIo, path + ": cannot open");
  std::string s(size, '\0');
  in.read(s.data(), static_cast<std::streamsize>(size));
  s.resize(static_cast<size_t>(in.gcount()));
  return s;
}

void ReadOne(std::string bytes, const std::string& path, ReadResult* out) {
  std::string name = path == "-" ? std::string() : path;
  if (LooksGzipped(bytes)) {
    auto raw = Gunzip(bytes, path);
    if (!raw) {
      out->errors.push_back(raw.error());
      return;
    }
    bytes = std::move(*raw);
    if (LowerExtension(name) == ".gz") name = name.substr(0, name.size() - 3);
  }
  const std::string id = path == "-" ? "stdin" : SourceIdFromPath(path);
  switch (FormatOf(LowerExtension(name), bytes)) {
    case Format::kText: {
      auto doc = DocumentFromBytes(id, path, std::move(bytes));
      if (doc)
        out->docs.push_back(std::move(*doc));
      else
        out->errors.push_back(doc.error());
      return;
    }
    case Format::kHtml: {
      auto doc = DocumentFromHtml(id, path, bytes);
      if (doc)
        out->docs.push_back(std::move(*doc));
      else
        out->errors.push_back(doc.error());
      return;
    }
    case Format::kFeed:
      ReadFeed(bytes, path, id, out);
      return;
    case Format::kWarc:
      ReadWarc(bytes, path, id, out);
      return;
    case Format::kJsonl:
      ReadJsonl(bytes, path, id, out);
      return;
  }
}

}  // namespace

std::string SourceIdFromPath(const std::string& path) {
  std::string name = std::filesystem::path(path).filename().string();
  // Strip known extensions from the end ("a.html.gz" -> "a"), else the last one.
  bool stripped = false;
  while (true) {
    const std::string ext = LowerExtension(name);
    if (ext.empty() || ext.size() == name.size()) break;
    if (std::find(kKnownExtensions.begin(), kKnownExtensions.end(), ext) ==
        kKnownExtensions.end()) {
      if (!stripped) name.resize(name.size() - ext.size());
      break;
    }
    name.resize(name.size() - ext.size());
    stripped = true;
  }
  return name;
}

std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs,
                                      std::vector<Error>* errors) {
  std::vector<std::string> files;
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in == "-") {
      files.push_back(in);
    } else if (std::filesystem::is_directory(in, ec)) {
      std::vector<std::string> found;
      for (const auto& e : std::filesystem::recursive_directory_iterator(in, ec)) {
        if (e.is_regular_file()) found.push_back(e.path().string());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (std::filesystem::exists(in, ec)) {
      files.push_back(in);
    } else {
      errors->push_back(Error{ErrorCode::kIo, in + ": no such file or folder"});
    }
  }
  return files;
}

ReadResult ReadInputBytes(std::string bytes, const std::string& path) {
  ReadResult r;
  ReadOne(std::move(bytes), path, &r);
  return r;
}

namespace {

// A file whose (gunzipped) bytes start a WARC record is read record by record, so memory is
// bounded by the largest record; returns false for any other file (nothing consumed).
// False when the file's first bytes (gunzipped) are surely not a WARC record; reads 4 KB of
// it, so pages are not inflated twice (the stream below buffers 64 KB to peek).
bool MaybeWarc(const std::string& path) {
  FileStream file;
  if (!file.Open(path)) return true;  // the reader below reports it
  std::string head(4096, '\0');
  auto got = file.Read(head.data(), head.size());
  if (!got) return true;
  head.resize(*got);
  if (!LooksGzipped(head)) return LooksLikeWarc(head);
  const std::string start = GunzipPrefix(head, 5);
  return start.size() < 5 || LooksLikeWarc(start);
}

bool StreamWarcFile(const std::string& path, const std::function<void(Document&&)>& on_document,
                    const std::function<void(Error&&)>& on_error) {
  if (path == "-" || !MaybeWarc(path)) return false;
  FileStream file;
  if (!file.Open(path)) return false;
  BufferedStream raw(&file);
  auto magic = raw.Peek(3);
  if (!magic) return false;
  std::unique_ptr<GunzipStream> gz;
  ByteStream* source = &raw;
  if (LooksGzipped(*magic)) {
    gz = std::make_unique<GunzipStream>(&raw, path);
    source = gz.get();
  }
  BufferedStream in(source);
  auto head = in.Peek(5);
  if (!head || !LooksLikeWarc(*head)) return false;
  ReadWarcStream(&in, path, SourceIdFromPath(path), on_document, on_error);
  return true;
}

void ReadFileStreaming(const std::string& path, const std::function<void(Document&&)>& on_document,
                       const std::function<void(Error&&)>& on_error) {
  if (StreamWarcFile(path, on_document, on_error)) return;
  ReadResult r;
  auto bytes = ReadAll(path);
  if (bytes) {
    ReadOne(std::move(*bytes), path, &r);
  } else {
    r.errors.push_back(bytes.error());
  }
  for (Document& d : r.docs) on_document(std::move(d));
  for (Error& e : r.errors) on_error(std::move(e));
}

}  // namespace

ReadResult ReadInputFile(const std::string& path) {
  ReadResult r;
  ReadFileStreaming(
      path, [&r](Document&& d) { r.docs.push_back(std::move(d)); },
      [&r](Error&& e) { r.errors.push_back(std::move(e)); });
  return r;
}

ReadResult ReadInputs(const std::vector<std::string>& inputs) { return ReadInputs(inputs, 0); }

ReadResult ReadInputs(const std::vector<std::string>& inputs, int threads) {
  ReadResult all;
  const std::vector<std::string> files = ExpandInputs(inputs, &all.errors);
  std::vector<ReadResult> per_file(files.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < files.size(); i = next++) per_file[i] = ReadInputFile(files[i]);
  };
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  threads = static_cast<int>(
      std::min<size_t>(static_cast<size_t>(threads), std::max<size_t>(1, files.size())));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  for (ReadResult& r : per_file) {
    std::move(r.docs.begin(), r.docs.end(), std::back_inserter(all.docs));
    std::move(r.errors.begin(), r.errors.end(), std::back_inserter(all.errors));
  }
  return all;
}

void ReadInputsStreaming(const std::vector<std::string>& inputs,
                         const std::function<void(Document&&)>& on_document,
                         const std::function<void(Error&&)>& on_error) {
  std::vector<Error> errors;
  const std::vector<std::string> files = ExpandInputs(inputs, &errors);
  for (Error& e : errors) on_error(std::move(e));
  for (const std::string& f : files) ReadFileStreaming(f, on_document, on_error);
}

}  // namespace chorus
