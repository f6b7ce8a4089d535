// Ingesting articles into the story store, one batch per transaction.
//
//   auto db = Store::Open("chorus.db");
//   Result<Ingester> in = Ingester::Open(db->get(), IngestOptions{});  // rebuilds the engine
//   in->Add(doc);  ...  in->Finish();      // commits the last batch
//   in->stats().added, .duplicates, .copies, .new_stories
//
// Exact duplicates (same URL; without a URL, same content hash of title + text) are skipped;
// near-duplicates are stored as copies of their origin; every other article is placed by the
// story engine (src/cluster). The engine's state is not saved: it is rebuilt from the stored
// articles' features on Open, so a process killed mid-batch loses only that batch and a
// re-run adds it again without duplicating anything. Briefs are rebuilt lazily: a story that
// gains an article drops its cached briefs, and `show` builds them again.
#ifndef CHORUS_STORE_INGEST_H_
#define CHORUS_STORE_INGEST_H_

#include <cstdint>
#include <memory>
#include <string>

#include "chorus/document.h"
#include "chorus/error.h"
#include "cluster/engine.h"
#include "store/store.h"

namespace chorus::store {

struct IngestOptions {
  int batch = 1000;  // articles per transaction
  cluster::EngineOptions engine;
};

struct IngestStats {
  int64_t seen = 0;        // articles offered
  int64_t added = 0;       // stored (including copies)
  int64_t duplicates = 0;  // exact duplicates skipped
  int64_t copies = 0;      // near-duplicates stored as copies
  int64_t new_stories = 0;
  int64_t restored = 0;  // articles already in the store when opened
};

enum class IngestOutcome { kAdded, kCopy, kDuplicate };

class Ingester {
 public:
  static Result<std::unique_ptr<Ingester>> Open(Store* store, IngestOptions options);
  ~Ingester();

  Result<IngestOutcome> Add(const Document& doc);
  Result<void> Finish();  // commits the open batch

  const IngestStats& stats() const { return stats_; }
  // Row id of the article the last Add stored, or of the stored article it duplicated.
  int64_t last_article() const { return last_article_; }
  size_t story_count() const { return engine_.story_count(); }

 private:
  Ingester(Store* store, IngestOptions options);
  Result<void> Restore();

  Store* store_;
  IngestOptions options_;
  cluster::StoryEngine engine_;
  std::vector<int64_t> article_ids_;  // engine article number -> row id (increasing)
  IngestStats stats_;
  int in_batch_ = 0;
  int64_t last_article_ = 0;
  bool open_ = false;
};

// Feature and signature blobs as stored in articles.features / articles.minhash.
std::string EncodeFeatures(const cluster::ArticleFeatures& f);
cluster::ArticleFeatures DecodeFeatures(const std::string& blob);
std::string EncodeMinHash(const cluster::MinHash& m);
cluster::MinHash DecodeMinHash(const std::string& blob);

uint64_t ContentHash(const Document& doc);

}  // namespace chorus::store

#endif  // CHORUS_STORE_INGEST_H_
