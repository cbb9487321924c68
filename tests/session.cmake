# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of core/session, over loopback against the dev server.
tidemark_add_test(NAME session_state_machine SOURCE session/session_state_machine.cpp LIBS tidemark_core tidemark_devserver)
tidemark_add_test(NAME session_single_sign_on SOURCE session/session_single_sign_on.cpp LIBS tidemark_core tidemark_devserver)
tidemark_add_test(NAME session_addresses SOURCE session/session_addresses.cpp LIBS tidemark_core tidemark_devserver)
tidemark_add_test(NAME session_proxy_headers SOURCE session/session_proxy_headers.cpp LIBS tidemark_core tidemark_devserver)
tidemark_add_test(NAME session_client_certificate SOURCE session/session_client_certificate.cpp LIBS tidemark_core tidemark_devserver)
