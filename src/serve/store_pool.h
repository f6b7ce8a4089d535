// SQLite connections for a multi-threaded server: Store is not thread-safe, so each request
// borrows a read connection of its own (WAL lets readers run concurrently with one writer),
// and all writes go through one writer connection under one mutex.
//
//   auto pool = StorePool::Open("chorus.db");       // opens (creates, migrates) the writer
//   { auto r = (*pool)->Read();  (*r)->GetStory(7); }   // returned to the pool at scope end
//   { auto w = (*pool)->Write(); w->InsertArticle(...); }   // holds the writer mutex
//
// At most one read connection per concurrent request is ever opened; they are kept for reuse.
#ifndef CHORUS_SERVE_STORE_POOL_H_
#define CHORUS_SERVE_STORE_POOL_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "chorus/error.h"
#include "store/store.h"

namespace chorus::serve {

class StorePool {
 public:
  class Reader {
   public:
    Reader(StorePool* pool, std::unique_ptr<store::Store> s) : pool_(pool), s_(std::move(s)) {}
    ~Reader();
    Reader(Reader&&) = default;
    store::Store* operator->() const { return s_.get(); }
    store::Store& operator*() const { return *s_; }

   private:
    StorePool* pool_;
    std::unique_ptr<store::Store> s_;
  };

  class Writer {
   public:
    explicit Writer(StorePool* pool) : lock_(pool->write_mu_), s_(pool->writer_.get()) {}
    store::Store* operator->() const { return s_; }
    store::Store& operator*() const { return *s_; }

   private:
    std::unique_lock<std::mutex> lock_;
    store::Store* s_;
  };

  static Result<std::unique_ptr<StorePool>> Open(const std::string& path);

  Result<Reader> Read();
  Writer Write() { return Writer(this); }
  const std::string& path() const { return path_; }

 private:
  explicit StorePool(std::string path) : path_(std::move(path)) {}

  std::string path_;
  std::mutex write_mu_;
  std::unique_ptr<store::Store> writer_;
  std::mutex idle_mu_;
  std::vector<std::unique_ptr<store::Store>> idle_;
};

}  // namespace chorus::serve

#endif  // CHORUS_SERVE_STORE_POOL_H_
