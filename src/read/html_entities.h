// Named HTML character references.
//
//   LookupEntity("amp") -> U'&';  LookupEntity("nosuch") -> 0
#ifndef CHORUS_READ_HTML_ENTITIES_H_
#define CHORUS_READ_HTML_ENTITIES_H_

#include <string_view>

namespace chorus::html {

// The code point of a named reference (without '&' and ';'), or 0 if unknown.
char32_t LookupEntity(std::string_view name);

}  // namespace chorus::html

#endif  // CHORUS_READ_HTML_ENTITIES_H_
