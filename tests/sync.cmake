# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of core/sync: SyncService against the in-process dev server over loopback, real mirror.
tidemark_add_test(NAME sync_pipeline SOURCE sync/sync_pipeline.cpp LIBS tidemark_core)
tidemark_add_test(NAME sync_stream SOURCE sync/sync_stream.cpp LIBS tidemark_core tidemark_devserver TIMEOUT 600)
tidemark_add_test(NAME sync_fullsync SOURCE sync/sync_fullsync.cpp LIBS tidemark_core tidemark_devserver)
tidemark_add_test(NAME sync_reset SOURCE sync/sync_reset.cpp LIBS tidemark_core tidemark_devserver)
tidemark_add_test(NAME thread_nice SOURCE sync/thread_nice.cpp LIBS tidemark_core)
