// BCubed precision / recall / F1 (Bagga & Baldwin 1998, as defined by Amigó et al. 2009),
// computed from the gold x predicted contingency counts in O(n).
#include "eval/cluster_eval.h"

#include <map>
#include <unordered_map>
#include <utility>

namespace chorus {

BCubedScores BCubed(const std::vector<std::string>& gold,
                    const std::vector<std::string>& predicted) {
  BCubedScores s;
  if (gold.empty() || gold.size() != predicted.size()) return s;
  std::unordered_map<std::string, double> gold_size, pred_size;
  std::map<std::pair<std::string, std::string>, double> both;
  for (size_t i = 0; i < gold.size(); ++i) {
    gold_size[gold[i]] += 1;
    pred_size[predicted[i]] += 1;
    both[{gold[i], predicted[i]}] += 1;
  }
  double p = 0, r = 0;
  for (size_t i = 0; i < gold.size(); ++i) {
    const double n = both[{gold[i], predicted[i]}];
    p += n / pred_size[predicted[i]];
    r += n / gold_size[gold[i]];
  }
  s.items = gold.size();
  s.precision = p / static_cast<double>(s.items);
  s.recall = r / static_cast<double>(s.items);
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  s.gold_clusters = gold_size.size();
  s.predicted_clusters = pred_size.size();
  return s;
}

}  // namespace chorus
