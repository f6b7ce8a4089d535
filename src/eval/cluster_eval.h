// Clustering quality: BCubed precision, recall and F1 (Bagga & Baldwin 1998; Amigó et al.
// 2009, "A comparison of extrinsic clustering evaluation metrics").
//
//   BCubedScores s = BCubed(gold_labels, predicted_labels);   // parallel, one per item
//   s.precision, s.recall, s.f1
//
// For each item: precision = share of its predicted cluster that is in its gold class,
// recall = share of its gold class that is in its predicted cluster; both averaged over items,
// F1 = 2PR / (P + R).
#ifndef CHORUS_EVAL_CLUSTER_EVAL_H_
#define CHORUS_EVAL_CLUSTER_EVAL_H_

#include <string>
#include <vector>

namespace chorus {

struct BCubedScores {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
  size_t items = 0;
  size_t gold_clusters = 0;
  size_t predicted_clusters = 0;
};

// gold and predicted must have the same size; an empty input scores 0.
BCubedScores BCubed(const std::vector<std::string>& gold,
                    const std::vector<std::string>& predicted);

}  // namespace chorus

#endif  // CHORUS_EVAL_CLUSTER_EVAL_H_
