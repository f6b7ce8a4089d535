// Internal helpers of the store: a scoped user of a cached prepared statement.
#ifndef CHORUS_STORE_SQL_UTIL_H_
#define CHORUS_STORE_SQL_UTIL_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>

namespace chorus::store {

// Resets a cached statement when the scope ends, whatever happened.
class Use {
 public:
  explicit Use(sqlite3_stmt* s) : s_(s) {}
  ~Use() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  Use(const Use&) = delete;
  Use& operator=(const Use&) = delete;
  sqlite3_stmt* get() const { return s_; }
  void Text(int i, const std::string& v) {  // copies: safe for temporaries
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  // No copy: v must outlive the statement's step.
  void LongText(int i, const std::string& v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  }
  void OptText(int i, const std::optional<std::string>& v) {
    if (v) {
      Text(i, *v);
    } else {
      sqlite3_bind_null(s_, i);
    }
  }
  void Blob(int i, const std::string& v) {
    sqlite3_bind_blob(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  }
  void Int(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }
  std::string Col(int i) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s_, i));
    return p == nullptr ? std::string()
                        : std::string(p, static_cast<size_t>(sqlite3_column_bytes(s_, i)));
  }
  std::optional<std::string> OptCol(int i) const {
    if (sqlite3_column_type(s_, i) == SQLITE_NULL) return std::nullopt;
    return Col(i);
  }
  std::string BlobCol(int i) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(s_, i));
    return p == nullptr ? std::string()
                        : std::string(p, static_cast<size_t>(sqlite3_column_bytes(s_, i)));
  }

 private:
  sqlite3_stmt* s_;
};

}  // namespace chorus::store

#endif  // CHORUS_STORE_SQL_UTIL_H_
