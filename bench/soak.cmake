# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Soak benchmark (run by hand): bench/soak_bench.cpp, the loop of tests/reliability/SoakLoop.h at
# millions of events; prints the resident memory after every run.
add_executable(soak_bench ${CMAKE_CURRENT_LIST_DIR}/soak_bench.cpp)
target_include_directories(soak_bench PRIVATE ${CMAKE_SOURCE_DIR}/tests/reliability ${CMAKE_SOURCE_DIR}/tests/support)
target_link_libraries(soak_bench PRIVATE tidemark_core tidemark_devserver Qt6::Test)
tidemark_strict(soak_bench)
