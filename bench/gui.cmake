# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# GUI benchmark (run by hand, not in CTest): bench/gui_bench.cpp.
#   build-*/bench/gui_bench [N=1000000] [--panel sync|assets|grid|inspector|overview] [--keep DIR]
# A stream sync of N AssetV1 events in the real MainWindow against tidemark-devserver (child
# process), with an event-loop latency probe; then a cold start on the mirror it produced.
add_executable(gui_bench ${CMAKE_CURRENT_LIST_DIR}/gui_bench.cpp)
target_link_libraries(gui_bench PRIVATE tidemark_ui)
tidemark_strict(gui_bench)
add_dependencies(gui_bench tidemark-devserver)
target_compile_definitions(gui_bench PRIVATE
  TIDEMARK_DEVSERVER_PATH="$<TARGET_FILE:tidemark-devserver>")
