// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One-line summaries of parsed stream events for the live event log ("IMG_0001.HEIC · IMAGE ·
// 2026-04-18"). Built from the typed payload (no second JSON parse) and only for the few lines
// the log actually shows, never for every line of a large stream.

#include "protocol/SyncPayloads.h"
#include "sync/SyncTypesUi.h"

namespace Tidemark {

QString summarizeEvent(const SyncEvent &event);
//! EventSummary with the raw line attached when `withRaw`.
EventSummary makeEventSummary(const SyncEvent &event, bool withRaw = true);

} // namespace Tidemark
