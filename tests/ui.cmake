# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the desktop UI (ui/): real widgets, offscreen, against the in-process DevServer.
# Screenshots of every panel land in <build>/tests/output/screenshots.
tidemark_add_test(NAME ui_thumbhash SOURCE ui/ui_thumbhash.cpp LIBS tidemark_ui)
tidemark_add_test(NAME ui_widgets SOURCE ui/ui_widgets.cpp LIBS tidemark_ui)
tidemark_add_test(NAME ui_connect SOURCE ui/ui_connect.cpp LIBS tidemark_ui)
tidemark_add_test(NAME ui_sync SOURCE ui/ui_sync.cpp LIBS tidemark_ui)
tidemark_add_test(NAME ui_mirror_busy SOURCE ui/ui_mirror_busy.cpp LIBS tidemark_ui)
tidemark_add_test(NAME ui_demo SOURCE ui/ui_demo.cpp LIBS tidemark_ui)
tidemark_add_test(NAME ui_assets SOURCE ui/ui_assets.cpp LIBS tidemark_ui)
tidemark_add_test(NAME ui_thumbhash_match SOURCE ui/ui_thumbhash_match.cpp LIBS tidemark_ui)
tidemark_add_test(NAME ui_addresses SOURCE ui/ui_addresses.cpp LIBS tidemark_ui)
tidemark_add_test(NAME ui_proxy_headers SOURCE ui/ui_proxy_headers.cpp LIBS tidemark_ui)
tidemark_add_test(NAME ui_client_certificate SOURCE ui/ui_client_certificate.cpp LIBS tidemark_ui)
