# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Mirror write throughput: prints AssetV1 upserts per second (run by hand).
add_executable(mirror_bench ${CMAKE_CURRENT_LIST_DIR}/mirror_bench.cpp)
target_link_libraries(mirror_bench PRIVATE tidemark_core Qt6::Core Qt6::Sql)
tidemark_strict(mirror_bench)

# Opening a mirror of the previous schema: prints the migration's and the summary build's times.
add_executable(upgrade_bench ${CMAKE_CURRENT_LIST_DIR}/upgrade_bench.cpp)
target_link_libraries(upgrade_bench PRIVATE tidemark_core Qt6::Core Qt6::Sql)
tidemark_strict(upgrade_bench)
