# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Reliability: faults, crash safety, corrupt mirrors, soak. Real SyncService, real SQLite mirror,
# the dev server in process (or as a child process) over loopback.
tidemark_add_test(NAME fault_matrix SOURCE reliability/fault_matrix.cpp
  LIBS tidemark_ui tidemark_core tidemark_devserver Qt6::Sql TIMEOUT 300)
tidemark_add_test(NAME mirror_health SOURCE reliability/mirror_health.cpp LIBS tidemark_core Qt6::Sql)
tidemark_add_test(NAME mirror_recovery_dialog SOURCE reliability/mirror_recovery_dialog.cpp LIBS tidemark_ui)
tidemark_add_test(NAME crash_safety SOURCE reliability/crash_safety.cpp
  LIBS tidemark_ui tidemark_core tidemark_devserver Qt6::Sql TIMEOUT 300)
tidemark_add_test(NAME retries SOURCE reliability/retries.cpp
  LIBS tidemark_core tidemark_devserver Qt6::Sql TIMEOUT 120)
tidemark_add_test(NAME soak SOURCE reliability/soak.cpp
  LIBS tidemark_core tidemark_devserver TIMEOUT 300)
tidemark_add_test(NAME cli_corrupt_mirror SOURCE reliability/cli_corrupt_mirror.cpp
  LIBS tidemark_core tidemark_devserver Qt6::Sql)
target_compile_definitions(test_cli_corrupt_mirror PRIVATE TIDEMARK_BIN="$<TARGET_FILE:tidemark>")
add_dependencies(test_cli_corrupt_mirror tidemark)
tidemark_add_test(NAME mirror_second_handle SOURCE reliability/mirror_second_handle.cpp
  LIBS tidemark_core Qt6::Sql)
# A window process (this test's executable with --window) and the `tidemark` command line on one
# mirror at once: one writer at a time, no -wal deleted under an open connection.
tidemark_add_test(NAME multi_process_mirror SOURCE reliability/multi_process_mirror.cpp
  LIBS tidemark_ui tidemark_core tidemark_devserver Qt6::Sql TIMEOUT 300)
target_compile_definitions(test_multi_process_mirror PRIVATE TIDEMARK_BIN="$<TARGET_FILE:tidemark>")
add_dependencies(test_multi_process_mirror tidemark)
tidemark_add_test(NAME mirror_write_lock SOURCE reliability/mirror_write_lock.cpp
  LIBS tidemark_core tidemark_devserver Qt6::Sql TIMEOUT 120)
tidemark_add_test(NAME cli_malformed_records SOURCE reliability/cli_malformed_records.cpp
  LIBS tidemark_core tidemark_devserver Qt6::Sql TIMEOUT 240)
target_compile_definitions(test_cli_malformed_records PRIVATE TIDEMARK_BIN="$<TARGET_FILE:tidemark>")
add_dependencies(test_cli_malformed_records tidemark)
tidemark_add_test(NAME fault_storm SOURCE reliability/fault_storm.cpp
  LIBS tidemark_core tidemark_devserver Qt6::Sql TIMEOUT 240)
target_compile_definitions(test_fault_storm PRIVATE TIDEMARK_BIN="$<TARGET_FILE:tidemark>")
add_dependencies(test_fault_storm tidemark)
