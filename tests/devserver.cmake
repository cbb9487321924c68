# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of tidemark_devserver (the local Immich-compatible server). They talk to it over loopback
# with a raw HTTP client (tests/devserver/DevServerTestUtil.h); none of them uses core/.
tidemark_add_test(NAME devserver_capture_parity SOURCE devserver/capture_parity.cpp LIBS tidemark_devserver)
tidemark_add_test(NAME devserver_auth_matrix SOURCE devserver/auth_matrix.cpp LIBS tidemark_devserver)
tidemark_add_test(NAME devserver_stream_semantics SOURCE devserver/stream_semantics.cpp LIBS tidemark_devserver)
tidemark_add_test(NAME devserver_backfill SOURCE devserver/backfill.cpp LIBS tidemark_devserver)
tidemark_add_test(NAME devserver_acks SOURCE devserver/acks.cpp LIBS tidemark_devserver)
tidemark_add_test(NAME devserver_full_delta_sync SOURCE devserver/full_delta_sync.cpp LIBS tidemark_devserver)
tidemark_add_test(NAME devserver_versions SOURCE devserver/versions.cpp LIBS tidemark_devserver)
tidemark_add_test(NAME devserver_faults SOURCE devserver/faults.cpp LIBS tidemark_devserver)
tidemark_add_test(NAME devserver_thumbnails_determinism SOURCE devserver/thumbnails_determinism.cpp LIBS tidemark_devserver)
tidemark_add_test(NAME devserver_partners SOURCE devserver/partners.cpp LIBS tidemark_devserver)
tidemark_add_test(NAME devserver_capture_parity_275 SOURCE devserver/capture_parity_275.cpp LIBS tidemark_devserver)
