# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Translations (translations/*.ts, ui/i18n): every source string has a finished German and French
# translation, and the German catalogue really reaches the window (real widgets, offscreen).
tidemark_add_test(NAME i18n_completeness SOURCE i18n/i18n_completeness.cpp LIBS Qt6::Core)
target_compile_definitions(test_i18n_completeness PRIVATE
  TIDEMARK_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
  TIDEMARK_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
  TIDEMARK_TS_DIR="${CMAKE_SOURCE_DIR}/translations")

tidemark_add_test(NAME i18n_german SOURCE i18n/i18n_german.cpp LIBS tidemark_ui)
target_include_directories(test_i18n_german PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/ui)
