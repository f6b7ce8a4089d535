// Dates as pages and feeds write them, normalised to ISO 8601.
//
//   NormalizeDate("2019-11-19T13:00:00Z")             -> "2019-11-19T13:00:00Z"
//   NormalizeDate("Tue, 19 Nov 2019 13:00:00 GMT")    -> "2019-11-19T13:00:00Z"   (RFC 822)
//   NormalizeDate("November 19, 2019")                -> "2019-11-19"
//   NormalizeDate("yesterday")                        -> ""
#ifndef CHORUS_READ_DATES_H_
#define CHORUS_READ_DATES_H_

#include <string>
#include <string_view>

namespace chorus {

std::string NormalizeDate(std::string_view s);

}  // namespace chorus

#endif  // CHORUS_READ_DATES_H_
