// WARC 1.0 / 1.1 archives (as in Common Crawl's CC-NEWS) to Documents.
//
//   if (LooksLikeWarc(bytes)) ReadWarc(bytes, "CC-NEWS-x.warc", "CC-NEWS-x", &result);
//
// `response` records whose HTTP payload is HTML (Content-Type text/html or
// application/xhtml+xml, or sniffed), and `resource` records of HTML, become articles:
// main-content extraction as for .html files, url = WARC-Target-URI, published = the page's
// date, else WARC-Date. Chunked transfer coding and gzip/deflate content coding are undone.
// Ids are "<file_id>#<n>" with n counting records from 1. Records without article text are
// skipped; a malformed or truncated record stops reading with one error naming the file and
// the record (documents read before it are kept).
//
// Reading streams record by record (ReadWarcStream over a FileStream, through a GunzipStream
// for .warc.gz), so memory is bounded by the largest record, not the file; records larger
// than kMaxWarcRecordBytes are skipped with an error naming them.
#ifndef CHORUS_READ_WARC_H_
#define CHORUS_READ_WARC_H_

#include <functional>
#include <string>
#include <string_view>

#include "read/byte_stream.h"
#include "read/inputs.h"

namespace chorus {

inline constexpr size_t kMaxWarcRecordBytes = size_t{256} << 20;

bool LooksLikeWarc(std::string_view bytes);

void ReadWarcStream(BufferedStream* in, const std::string& path, const std::string& file_id,
                    const std::function<void(Document&&)>& on_document,
                    const std::function<void(Error&&)>& on_error);

void ReadWarc(std::string_view bytes, const std::string& path, const std::string& file_id,
              ReadResult* out);

}  // namespace chorus

#endif  // CHORUS_READ_WARC_H_
