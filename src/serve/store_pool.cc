// A pool of read connections plus one mutex-guarded writer connection (see store_pool.h).
#include "serve/store_pool.h"

namespace chorus::serve {

StorePool::Reader::~Reader() {
  if (!s_) return;  // moved from
  std::lock_guard<std::mutex> lock(pool_->idle_mu_);
  pool_->idle_.push_back(std::move(s_));
}

Result<std::unique_ptr<StorePool>> StorePool::Open(const std::string& path) {
  std::unique_ptr<StorePool> pool(new StorePool(path));
  auto writer = store::Store::Open(path);  // creates and migrates before any reader opens
  if (!writer) return tl::unexpected(writer.error());
  pool->writer_ = std::move(*writer);
  return pool;
}

Result<StorePool::Reader> StorePool::Read() {
  {
    std::lock_guard<std::mutex> lock(idle_mu_);
    if (!idle_.empty()) {
      std::unique_ptr<store::Store> s = std::move(idle_.back());
      idle_.pop_back();
      return Reader(this, std::move(s));
    }
  }
  auto s = store::Store::Open(path_);
  if (!s) return tl::unexpected(s.error());
  return Reader(this, std::move(*s));
}

}  // namespace chorus::serve
