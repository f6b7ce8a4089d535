# Extraction metrics (aeb shingle F1, WCXB bag-of-words F1) and the benchmark runner.
add_library(chorus_eval_extract STATIC ${CMAKE_CURRENT_SOURCE_DIR}/extract_eval.cc)
target_include_directories(chorus_eval_extract PUBLIC ${PROJECT_SOURCE_DIR}/include ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(chorus_eval_extract PUBLIC tl::expected chorus_read chorus_util PkgConfig::ICU
                      PRIVATE nlohmann_json::nlohmann_json Threads::Threads)
chorus_test(eval_extract_test SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/extract_eval_test.cc
            DEPS chorus_eval_extract nlohmann_json::nlohmann_json)
