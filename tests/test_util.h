// Paths for tests: the repository and ../shared (evaluation data lives there, never in the repo).
#ifndef CHORUS_TESTS_TEST_UTIL_H_
#define CHORUS_TESTS_TEST_UTIL_H_

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace chorus::testing {

inline std::string RepoDir() { return CHORUS_SOURCE_DIR; }
inline std::string SharedDir() {
  const char* env = std::getenv("CHORUS_SHARED");
  if (env != nullptr && *env != '\0') return env;
  return (std::filesystem::path(CHORUS_SOURCE_DIR) / ".." / "shared").lexically_normal().string();
}
inline std::string SeedsDir() { return SharedDir() + "/seeds"; }
inline std::string ExampleDir() { return RepoDir() + "/examples/story"; }

inline std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace chorus::testing

#endif  // CHORUS_TESTS_TEST_UTIL_H_
