// Membership explanations: for each member, its stored join similarity and the features
// (chorus/cluster feature kinds) it shares with at least one other member of the story,
// ordered by how many members share them.
#include "store/explain.h"

#include <algorithm>
#include <unordered_map>

namespace chorus::store {

std::vector<Membership> ExplainMembership(const std::vector<ArticleRow>& articles,
                                          const cluster::EngineOptions& options, size_t per_kind) {
  std::vector<std::vector<cluster::FeatureTerm>> terms;
  std::unordered_map<uint64_t, int> members_with;
  for (const ArticleRow& a : articles) {
    terms.push_back(cluster::DescribeFeatures(a.doc, options.features));
    for (const auto& t : terms.back()) ++members_with[t.hash];
  }
  std::unordered_map<int64_t, std::string> id_of;
  for (const ArticleRow& a : articles) id_of[a.id] = a.doc.id;
  std::vector<Membership> out;
  for (size_t i = 0; i < articles.size(); ++i) {
    Membership m;
    m.id = articles[i].doc.id;
    m.title = articles[i].doc.title.value_or("");
    m.similarity = articles[i].similarity;
    m.founded = i == 0;
    if (articles[i].copy_of) m.copy_of = id_of[*articles[i].copy_of];
    std::vector<const cluster::FeatureTerm*> shared;
    for (const auto& t : terms[i]) {
      if (members_with[t.hash] >= 2) shared.push_back(&t);
    }
    std::stable_sort(shared.begin(), shared.end(), [&](const auto* a, const auto* b) {
      return members_with[a->hash] > members_with[b->hash];
    });
    for (const cluster::FeatureTerm* t : shared) {
      std::vector<std::string>* list = nullptr;
      switch (t->kind) {
        case cluster::FeatureKind::kWord:
          list = &m.words;
          break;
        case cluster::FeatureKind::kEntity:
          list = &m.entities;
          break;
        case cluster::FeatureKind::kQuote:
          list = &m.quotes;
          break;
        case cluster::FeatureKind::kFigure:
          list = &m.figures;
          break;
      }
      if (list->size() < per_kind) list->push_back(t->text);
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace chorus::store
