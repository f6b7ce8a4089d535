// STUB (to be replaced by the read module owner).
#include "read/inputs.h"

#include <algorithm>
#include <filesystem>

#include "read/text_reader.h"

namespace chorus {

std::string SourceIdFromPath(const std::string& path) {
  std::filesystem::path p(path);
  std::string name = p.filename().string();
  const auto dot = name.find('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs,
                                      std::vector<Error>* errors) {
  std::vector<std::string> files;
  for (const auto& in : inputs) {
    std::error_code ec;
    if (std::filesystem::is_directory(in, ec)) {
      std::vector<std::string> found;
      for (const auto& e : std::filesystem::recursive_directory_iterator(in, ec)) {
        if (e.is_regular_file()) found.push_back(e.path().string());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (std::filesystem::exists(in, ec) || in == "-") {
      files.push_back(in);
    } else {
      errors->push_back(Error{ErrorCode::kIo, in + ": no such file or folder"});
    }
  }
  return files;
}

ReadResult ReadInputs(const std::vector<std::string>& inputs) {
  ReadResult r;
  for (const auto& f : ExpandInputs(inputs, &r.errors)) {
    auto doc = ReadTextFile(f);
    if (doc) {
      r.docs.push_back(std::move(*doc));
    } else {
      r.errors.push_back(doc.error());
    }
  }
  return r;
}

}  // namespace chorus
