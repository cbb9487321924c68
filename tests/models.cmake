# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of core/models: item models on real SQLite mirrors, checked by QAbstractItemModelTester.
tidemark_add_test(NAME models_checkpoint_model SOURCE models/checkpoint_model.cpp LIBS tidemark_core)
tidemark_add_test(NAME models_event_log_model SOURCE models/event_log_model.cpp LIBS tidemark_core)
tidemark_add_test(NAME models_run_history_model SOURCE models/run_history_model.cpp LIBS tidemark_core Qt6::Sql)
tidemark_add_test(NAME models_asset_table_model SOURCE models/asset_table_model.cpp LIBS tidemark_core Qt6::Sql)
tidemark_add_test(NAME models_asset_filter_agreement SOURCE models/asset_filter_agreement.cpp LIBS tidemark_core Qt6::Sql)
