# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Models benchmark: a 1,000,000-asset mirror; time to first rows, scrolling, filters, sorts.
#   build-*/bench/bench_models [--assets N] [--keep DIR]
add_executable(bench_models models_bench.cpp)
target_include_directories(bench_models PRIVATE ${CMAKE_SOURCE_DIR}/tests/models)
target_link_libraries(bench_models PRIVATE tidemark_core Qt6::Sql)
tidemark_strict(bench_models)
