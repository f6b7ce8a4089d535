add_library(chorus_eval_cluster INTERFACE)  # STUB until clustering metrics land
