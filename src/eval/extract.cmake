add_library(chorus_eval_extract INTERFACE)  # STUB until extraction metrics land
