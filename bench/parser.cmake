# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# SyncEventParser throughput (run by hand): build/bench/parser_bench, prints MB/s and lines/s.
add_executable(parser_bench ${CMAKE_CURRENT_LIST_DIR}/parser_bench.cpp)
target_link_libraries(parser_bench PRIVATE tidemark_core Qt6::Test)
tidemark_strict(parser_bench)
