# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of core/account.
tidemark_add_test(NAME account_store SOURCE account/account_store.cpp LIBS tidemark_core)
tidemark_add_test(NAME secret_store SOURCE account/secret_store.cpp LIBS tidemark_core)
