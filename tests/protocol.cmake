# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of core/protocol: URL normalisation, versions and capabilities, acks, line splitting and
# stream-line parsing (fixtures: captures and tests/data/stream).
tidemark_add_test(NAME server_url SOURCE protocol/server_url.cpp LIBS tidemark_core)
tidemark_add_test(NAME server_capabilities SOURCE protocol/server_capabilities.cpp LIBS tidemark_core)
tidemark_add_test(NAME ack_string SOURCE protocol/ack_string.cpp LIBS tidemark_core)
tidemark_add_test(NAME sync_line_splitter SOURCE protocol/sync_line_splitter.cpp LIBS tidemark_core)
tidemark_add_test(NAME sync_event_parser SOURCE protocol/sync_event_parser.cpp LIBS tidemark_core)
