# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Security: TLS verification and certificate pins, credentials never leaving the server's origin,
# bounded sizes, server text shown as plain text, secrets kept out of settings, logs and argv.
tidemark_add_test(NAME tls_pinning SOURCE security/tls_pinning.cpp LIBS tidemark_core tidemark_devserver)
tidemark_add_test(NAME connect_security SOURCE security/connect_security.cpp LIBS tidemark_ui tidemark_devserver)
tidemark_add_test(NAME origin_and_limits SOURCE security/origin_and_limits.cpp LIBS tidemark_core tidemark_devserver)
tidemark_add_test(NAME plain_text SOURCE security/plain_text.cpp LIBS tidemark_ui tidemark_devserver)
# token_leak runs the `tidemark` command line as a child process, like the CLI tests.
tidemark_add_test(NAME token_leak SOURCE security/token_leak.cpp LIBS tidemark_ui tidemark_devserver)
target_compile_definitions(test_token_leak PRIVATE TIDEMARK_BIN="$<TARGET_FILE:tidemark>")
add_dependencies(test_token_leak tidemark)
tidemark_add_test(NAME keychain_fallback SOURCE security/keychain_fallback.cpp LIBS tidemark_ui tidemark_devserver)
tidemark_add_test(NAME cli_tls SOURCE security/cli_tls.cpp LIBS tidemark_core tidemark_devserver)
target_compile_definitions(test_cli_tls PRIVATE TIDEMARK_BIN="$<TARGET_FILE:tidemark>")
add_dependencies(test_cli_tls tidemark)
