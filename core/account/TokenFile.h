// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TokenFile: the session token in a file of its own, for machines without an OS keychain (a
// server, a container, a CI job): `tidemark login --token-file FILE` writes it, later commands get
// it in TIDEMARK_SESSION_TOKEN. The file is the person's to guard, so it is made private (0600),
// never followed through a symbolic link, and never anything but a regular file.

#include <QString>

namespace Tidemark::TokenFile {

//! Writes `token` and a newline to `path` (created 0600, replaced when it is a regular file).
//! False with `error` set (names the file and the reason) when it could not.
bool write(const QString &path, const QString &token, QString *error);

//! The token a file holds ("" when it cannot be read): the session a new login replaces.
QString read(const QString &path);

} // namespace Tidemark::TokenFile
