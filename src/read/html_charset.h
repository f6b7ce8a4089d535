// Web page bytes to UTF-8: the charset from the BOM, else from <meta charset> /
// http-equiv Content-Type / the XML declaration in the first 8 KB, else detected (valid
// UTF-8 stays UTF-8, anything else goes to ICU's CharsetDetector), then converted with ICU.
//
//   std::string charset;
//   Result<std::string> utf8 = DecodeWebBytes(bytes, "page.html", &charset);
//
// Following the WHATWG Encoding standard, "iso-8859-1" and "us-ascii" labels mean
// windows-1252, and a page declared in a legacy charset whose bytes are valid multi-byte
// UTF-8 is read as UTF-8 (the declaration is then almost surely stale).
#ifndef CHORUS_READ_HTML_CHARSET_H_
#define CHORUS_READ_HTML_CHARSET_H_

#include <string>
#include <string_view>

#include "chorus/error.h"

namespace chorus {

// The charset a page declares (lower case), or "" if none.
std::string DeclaredCharset(std::string_view bytes);

Result<std::string> DecodeWebBytes(std::string_view bytes, const std::string& name,
                                   std::string* charset);

}  // namespace chorus

#endif  // CHORUS_READ_HTML_CHARSET_H_
