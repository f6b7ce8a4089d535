// Why an article belongs to its story, for `chorus show`.
//
//   std::vector<Membership> m = ExplainMembership(articles, EngineOptions{});
//   m[i].similarity                 -> similarity to the story when the article joined
//   m[i].entities / quotes / words  -> what it shares with the other members (most shared first)
#ifndef CHORUS_STORE_EXPLAIN_H_
#define CHORUS_STORE_EXPLAIN_H_

#include <optional>
#include <string>
#include <vector>

#include "cluster/engine.h"
#include "store/store.h"

namespace chorus::store {

struct Membership {
  std::string id;
  std::string title;
  double similarity = 0;
  bool founded = false;                // started the story
  std::optional<std::string> copy_of;  // the origin's id, for near-duplicate copies
  std::vector<std::string> entities;
  std::vector<std::string> quotes;
  std::vector<std::string> figures;
  std::vector<std::string> words;
};

// articles: one story's members in insertion order.
std::vector<Membership> ExplainMembership(const std::vector<ArticleRow>& articles,
                                          const cluster::EngineOptions& options,
                                          size_t per_kind = 8);

}  // namespace chorus::store

#endif  // CHORUS_STORE_EXPLAIN_H_
