// Turning command-line INPUTs into Documents.
//
//   ReadResult r = ReadInputs({"reports/", "extra.txt"});
//   for (const Error& e : r.errors) std::cerr << e.message << "\n";   // one line per bad input
//
// A folder is read recursively, files in name order. Each input is read by the reader for
// its format (by extension, then by sniffing); a failing input adds an Error and the rest
// are still read.
#ifndef CHORUS_READ_INPUTS_H_
#define CHORUS_READ_INPUTS_H_

#include <string>
#include <vector>

#include "chorus/document.h"
#include "chorus/error.h"

namespace chorus {

struct ReadResult {
  std::vector<Document> docs;
  std::vector<Error> errors;
};

// Expands folders (recursively, sorted by path) into files. Missing paths become errors.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs,
                                      std::vector<Error>* errors);

ReadResult ReadInputs(const std::vector<std::string>& inputs);

// The file name without directory and extension(s) (".txt", ".html.gz", ...).
std::string SourceIdFromPath(const std::string& path);

}  // namespace chorus

#endif  // CHORUS_READ_INPUTS_H_
