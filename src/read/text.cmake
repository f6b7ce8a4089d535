# Plain-text reader: charset detection and conversion, title detection.
target_sources(chorus_read PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/text_reader.cc)
chorus_test(read_text_test SOURCES text_reader_test.cc DEPS chorus_read)
