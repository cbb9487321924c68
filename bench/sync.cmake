# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Stream ingestion benchmark (run by hand): bench/stream_bench.cpp.
add_executable(stream_bench ${CMAKE_CURRENT_LIST_DIR}/stream_bench.cpp)
target_link_libraries(stream_bench PRIVATE tidemark_core)
tidemark_strict(stream_bench)
add_dependencies(stream_bench tidemark-devserver)
target_compile_definitions(stream_bench PRIVATE
  TIDEMARK_DEVSERVER_PATH="$<TARGET_FILE:tidemark-devserver>")
