// STUB (to be replaced by the read module owner): UTF-8 only, no title detection.
#include "read/text_reader.h"

#include <fstream>
#include <sstream>

#include "read/inputs.h"

namespace chorus {

Result<void> DecodeText(const std::string& bytes, Document* doc) {
  doc->text = bytes;
  return {};
}

void DetectTitle(Document* doc) { doc->body = {0, static_cast<uint32_t>(doc->text.size())}; }

Result<Document> DocumentFromBytes(std::string id, std::string path, std::string bytes) {
  if (bytes.empty()) return MakeError(ErrorCode::kEmpty, path + ": empty input");
  Document doc;
  doc.id = std::move(id);
  doc.path = std::move(path);
  if (auto r = DecodeText(bytes, &doc); !r) return tl::unexpected(r.error());
  DetectTitle(&doc);
  return doc;
}

Result<Document> ReadTextFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError(ErrorCode::kIo, path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  return DocumentFromBytes(SourceIdFromPath(path), path, ss.str());
}

}  // namespace chorus
