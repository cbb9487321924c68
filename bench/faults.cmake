# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fault storm (run by hand, not in CTest): bench/fault_bench.cpp, the loop of
# tests/reliability/FaultStorm.h at N runs (the CI test tests/reliability/fault_storm.cpp runs 30).
#   build-*/bench/fault_bench [--runs N=500] [--seed S=1] [--assets A=40]
add_executable(fault_bench ${CMAKE_CURRENT_LIST_DIR}/fault_bench.cpp)
target_include_directories(fault_bench PRIVATE ${CMAKE_SOURCE_DIR}/tests/reliability ${CMAKE_SOURCE_DIR}/tests/support)
target_link_libraries(fault_bench PRIVATE tidemark_core tidemark_devserver Qt6::Sql Qt6::Test)
tidemark_strict(fault_bench)
target_compile_definitions(fault_bench PRIVATE TIDEMARK_BIN="$<TARGET_FILE:tidemark>")
add_dependencies(fault_bench tidemark)
