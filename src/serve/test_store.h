// Test helper: a temporary store filled from examples/story plus a few synthetic articles
// (one of them hostile: markup, event-handler attributes and javascript: links as text).
#ifndef CHORUS_SERVE_TEST_STORE_H_
#define CHORUS_SERVE_TEST_STORE_H_

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "read/inputs.h"
#include "store/ingest.h"
#include "store/store.h"
#include "tests/test_util.h"

namespace chorus::serve::testing {

inline constexpr const char* kHostileTitle = "<script>alert(1)</script> Harbour \"board\" & co";
inline constexpr const char* kHostileText =
    "Quayside cranes at Vellmark stood idle on Friday <img src=x onerror=alert(1)> after "
    "dockworkers voted to strike over night shifts. <a href=\"javascript:alert(2)\">Read more</a>"
    " The union said 412 members backed the walkout. ]]> <!-- --> \x01 end.";

inline Document Synthetic(std::string id, std::string title, std::string text,
                          std::string published) {
  Document d;
  d.id = std::move(id);
  d.path = "test";
  d.title = std::move(title);
  d.text = std::move(text);
  d.body = {0, static_cast<uint32_t>(d.text.size())};
  d.published = std::move(published);
  d.outlet = "Test Outlet";
  return d;
}

// A store file in a fresh temporary directory, removed with the object.
class TempStore {
 public:
  TempStore() {
    dir_ = std::filesystem::temp_directory_path() /
           ("chorus_serve_test_" + std::to_string(::getpid()) + "_" + std::to_string(++count_));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~TempStore() { std::filesystem::remove_all(dir_); }
  std::string path() const { return (dir_ / "chorus.db").string(); }

  // examples/story, a short unrelated article and the hostile article. "" when done, else
  // what failed.
  std::string Fill() const {
    auto db = store::Store::Open(path());
    if (!db) return db.error().message;
    auto in = store::Ingester::Open(db->get(), store::IngestOptions{});
    if (!in) return in.error().message;
    std::vector<std::string> reports;  // the .txt reports only (the folder may hold gold files)
    for (const auto& f : std::filesystem::directory_iterator(chorus::testing::ExampleDir())) {
      if (f.path().extension() == ".txt") reports.push_back(f.path().string());
    }
    std::sort(reports.begin(), reports.end());
    ReadResult read = ReadInputs(reports, 1);
    for (const Error& e : read.errors) return e.message;
    if (read.docs.size() != 6)
      return "examples/story: " + std::to_string(read.docs.size()) + " docs";
    read.docs.push_back(Synthetic("garden-show", "Record crowds at the Lindqvist garden show",
                                  "More than 40,000 visitors came to the Lindqvist garden show "
                                  "on Saturday, organisers said, a record for the event.",
                                  "2026-05-02"));
    read.docs.push_back(Synthetic("hostile", kHostileTitle, kHostileText, "2026-05-03"));
    for (const Document& d : read.docs) {
      if (auto r = (*in)->Add(d); !r) return r.error().message;
    }
    auto r = (*in)->Finish();
    return r ? "" : r.error().message;
  }

 private:
  static inline int count_ = 0;
  std::filesystem::path dir_;
};

}  // namespace chorus::serve::testing

#endif  // CHORUS_SERVE_TEST_STORE_H_
