// Entities: name mentions merged across outlets into people, organisations and places.
//
//   EntitySet es = BuildEntities(story, FindMentions(story, scan, quote_regions));
//   es.entities[i].name      -> "Volodymyr Zelenskyy" (canonical)
//   es.entities[i].variants  -> {"Volodymyr Zelenskyy", "Zelensky", "Volodymie Zelensky", ...}
//   es.mention_entity[m]     -> entity of mention m, or -1 when the mention was dropped
//
// See entities.cc for the matching method and docs/analyse.md for what it finds and misses.
#ifndef CHORUS_ANALYSE_ENTITIES_H_
#define CHORUS_ANALYSE_ENTITIES_H_

#include <cstdint>
#include <vector>

#include "analyse/analysis.h"
#include "analyse/mentions.h"

namespace chorus {

struct EntitySet {
  std::vector<StoryEntity> entities;
  std::vector<Mention> mentions;
  std::vector<int> mention_entity;            // parallel to mentions
  std::vector<std::vector<uint32_t>> by_doc;  // mention ids of each doc, by position

  // Mentions of doc d (kept ones only) whose span begins in [begin, end), by position.
  std::vector<uint32_t> MentionsIn(uint32_t doc, uint32_t begin, uint32_t end) const;
  bool IsPerson(int entity) const {
    return entity >= 0 && entities[entity].type == EntityType::kPerson;
  }
};

EntitySet BuildEntities(const StoryText& story, std::vector<Mention> mentions);

}  // namespace chorus

#endif  // CHORUS_ANALYSE_ENTITIES_H_
