# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the desktop integration (ui/desktop, core/util/LogFile) and of accessibility: real
# widgets offscreen, the in-process DevServer over loopback, the real `tidemark` binary for the
# single-instance and command-line checks.
tidemark_add_test(NAME log_file SOURCE desktop/log_file.cpp LIBS tidemark_core)
tidemark_add_test(NAME diagnostics SOURCE desktop/diagnostics.cpp LIBS tidemark_ui)
tidemark_add_test(NAME tray_periodic SOURCE desktop/tray_periodic.cpp LIBS tidemark_ui)
tidemark_add_test(NAME accessibility_tree SOURCE desktop/accessibility_tree.cpp LIBS tidemark_ui)
foreach(name single_instance app_options)
  tidemark_add_test(NAME ${name} SOURCE desktop/${name}.cpp LIBS tidemark_ui)
  target_compile_definitions(test_${name} PRIVATE TIDEMARK_BIN="$<TARGET_FILE:tidemark>")
  add_dependencies(test_${name} tidemark)
endforeach()
