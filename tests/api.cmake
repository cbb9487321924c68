# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of core/api: DTOs and error mapping from the captures, the client and its jobs over
# loopback (a scripted QTcpServer), and integration against the DevServer.
tidemark_add_test(NAME client_loopback SOURCE api/client_loopback.cpp LIBS tidemark_core)
tidemark_add_test(NAME api_dtos SOURCE api/api_dtos.cpp LIBS tidemark_core)
tidemark_add_test(NAME devserver_client SOURCE api/devserver_client.cpp LIBS tidemark_core tidemark_devserver TIMEOUT 600)
