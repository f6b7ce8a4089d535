// Inputs for benchmarks, read from ../shared at run time (never copied into the repo).
#ifndef CHORUS_BENCH_BENCH_DATA_H_
#define CHORUS_BENCH_BENCH_DATA_H_

#include <string>
#include <vector>

#include "chorus/document.h"

namespace chorus::bench {

std::string SharedDir();

// The five seed reports.
std::vector<Document> SeedDocs();

// Up to n documents from the DUC 2004 and Multi-News dev sets, in file order
// (DUC first), as one story. Empty when ../shared/data is missing.
std::vector<Document> DataDocs(size_t n);

// Bytes of text in docs (for SetBytesProcessed).
size_t TotalBytes(const std::vector<Document>& docs);

}  // namespace chorus::bench

#endif  // CHORUS_BENCH_BENCH_DATA_H_
