// Batched, crash-safe ingest: dedup by URL / content hash (xxHash3), then the story engine
// (near-duplicates by MinHash + LSH, online clustering after Miranda et al. 2018), then one
// INSERT per article into articles + articles_fts + stories, committed every `batch` articles.
// The in-memory engine is derived state: on open it is replayed from the stored features in
// row order, which reproduces the same stories the original run had.
#include "store/ingest.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <limits>

namespace chorus::store {

uint64_t ContentHash(const Document& doc) {
  XXH3_state_t* st = XXH3_createState();
  XXH3_64bits_reset(st);
  if (doc.title) XXH3_64bits_update(st, doc.title->data(), doc.title->size());
  XXH3_64bits_update(st, "\n", 1);
  XXH3_64bits_update(st, doc.text.data(), doc.text.size());
  const uint64_t h = XXH3_64bits_digest(st);
  XXH3_freeState(st);
  return h;
}

std::string EncodeFeatures(const cluster::ArticleFeatures& f) {
  std::string out(f.features.size() * 12, '\0');
  char* p = out.data();
  for (const cluster::Feature& x : f.features) {
    std::memcpy(p, &x.hash, 8);
    std::memcpy(p + 8, &x.weight, 4);
    p += 12;
  }
  return out;
}

cluster::ArticleFeatures DecodeFeatures(const std::string& blob) {
  cluster::ArticleFeatures f;
  f.published = std::numeric_limits<double>::quiet_NaN();
  f.features.resize(blob.size() / 12);
  const char* p = blob.data();
  for (cluster::Feature& x : f.features) {
    std::memcpy(&x.hash, p, 8);
    std::memcpy(&x.weight, p + 8, 4);
    p += 12;
  }
  return f;
}

std::string EncodeMinHash(const cluster::MinHash& m) {
  std::string out(sizeof(m), '\0');
  std::memcpy(out.data(), m.data(), sizeof(m));
  return out;
}

cluster::MinHash DecodeMinHash(const std::string& blob) {
  cluster::MinHash m;
  m.fill(std::numeric_limits<uint32_t>::max());
  if (blob.size() == sizeof(m)) std::memcpy(m.data(), blob.data(), sizeof(m));
  return m;
}

Ingester::Ingester(Store* store, IngestOptions options)
    : store_(store), options_(options), engine_(options.engine) {}

Ingester::~Ingester() {
  if (open_) store_->Rollback();
}

Result<std::unique_ptr<Ingester>> Ingester::Open(Store* store, IngestOptions options) {
  std::unique_ptr<Ingester> in(new Ingester(store, options));
  if (auto r = in->Restore(); !r) return tl::unexpected(r.error());
  return in;
}

Result<void> Ingester::Restore() {
  return store_->ForEachArticle([this](const ArticleRow& row) {
    cluster::ArticleSketch sk;
    sk.features = DecodeFeatures(row.features);
    if (row.doc.published) sk.features.published = cluster::ParseIsoDays(*row.doc.published);
    sk.minhash = DecodeMinHash(row.minhash);
    std::optional<uint32_t> copy_of;
    if (row.copy_of) {
      const auto it = std::lower_bound(article_ids_.begin(), article_ids_.end(), *row.copy_of);
      if (it != article_ids_.end() && *it == *row.copy_of) {
        copy_of = static_cast<uint32_t>(it - article_ids_.begin());
      }
    }
    engine_.Restore(sk, static_cast<uint32_t>(row.story - 1), copy_of);
    article_ids_.push_back(row.id);
    ++stats_.restored;
  });
}

Result<IngestOutcome> Ingester::Add(const Document& doc) {
  ++stats_.seen;
  const uint64_t hash = ContentHash(doc);
  const std::optional<int64_t> dup =
      doc.url ? store_->FindByUrl(*doc.url) : store_->FindByHash(hash);
  if (dup) {
    last_article_ = *dup;
    ++stats_.duplicates;
    return IngestOutcome::kDuplicate;
  }
  if (!open_) {
    if (auto r = store_->Begin(); !r) return tl::unexpected(r.error());
    open_ = true;
  }
  const cluster::ArticleSketch sk = engine_.Sketch(doc);
  const cluster::Placement p = engine_.Place(sk);
  ArticleRow row;
  row.doc = doc;
  row.content_hash = hash;
  row.story = static_cast<int64_t>(p.story) + 1;
  if (p.copy_of) row.copy_of = article_ids_[*p.copy_of];
  row.similarity = p.similarity;
  row.features = EncodeFeatures(sk.features);
  row.minhash = EncodeMinHash(sk.minhash);
  auto id = store_->InsertArticle(row);
  if (!id) return tl::unexpected(id.error());
  article_ids_.push_back(*id);
  last_article_ = *id;
  ++stats_.added;
  stats_.copies += p.copy_of ? 1 : 0;
  stats_.new_stories += p.new_story ? 1 : 0;
  if (++in_batch_ >= options_.batch) {
    if (auto r = Finish(); !r) return tl::unexpected(r.error());
  }
  return p.copy_of ? IngestOutcome::kCopy : IngestOutcome::kAdded;
}

Result<void> Ingester::Finish() {
  in_batch_ = 0;
  if (!open_) return {};
  open_ = false;
  return store_->Commit();
}

}  // namespace chorus::store
