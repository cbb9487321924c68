# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of core/mirror: real SQLite files in temporary folders.
tidemark_add_test(NAME mirror_location SOURCE mirror/mirror_location.cpp LIBS tidemark_core)
tidemark_add_test(NAME mirror_apply SOURCE mirror/mirror_apply.cpp LIBS tidemark_core)
tidemark_add_test(NAME mirror_cascades SOURCE mirror/mirror_cascades.cpp LIBS tidemark_core)
tidemark_add_test(NAME mirror_open SOURCE mirror/mirror_open.cpp LIBS tidemark_core)
tidemark_add_test(NAME mirror_transactions SOURCE mirror/mirror_transactions.cpp LIBS tidemark_core)
tidemark_add_test(NAME mirror_ackbook SOURCE mirror/mirror_ackbook.cpp LIBS tidemark_core)
tidemark_add_test(NAME mirror_queries SOURCE mirror/mirror_queries.cpp LIBS tidemark_core)
tidemark_add_test(NAME mirror_wal SOURCE mirror/mirror_wal.cpp LIBS tidemark_core)
tidemark_add_test(NAME mirror_sources SOURCE mirror/mirror_sources.cpp LIBS tidemark_core)
tidemark_add_test(NAME mirror_month_summary SOURCE mirror/mirror_month_summary.cpp LIBS tidemark_core)
tidemark_add_test(NAME mirror_interrupt SOURCE mirror/mirror_interrupt.cpp LIBS tidemark_core)
