# Clustering metrics (BCubed) for `chorus eval cluster`.
chorus_library(chorus_eval_cluster SOURCES cluster_eval.cc DEPS chorus_util)
chorus_test(eval_cluster_test SOURCES cluster_eval_test.cc DEPS chorus_eval_cluster)
