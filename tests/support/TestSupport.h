// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared helpers for the QtTest executables: fixture paths and the recorded-capture reader.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Tidemark::Test {

//! Absolute path of a file under tests/data.
QString dataPath(const QString &relative);
//! Reads a fixture under tests/data; QFAIL-style abort (qFatal) when missing.
QByteArray readData(const QString &relative);
//! Folder for artefacts a test writes (screenshots, exported files): <build>/tests/output/<sub>.
QString outputPath(const QString &sub = {});

//! One recorded HTTP response from tests/data/captures/immich-v1.135.3/*.http.
struct Capture
{
    QString fileName;
    QString method, path, auth, requestBody; //!< from index.tsv
    int status = 0;
    QString reason;
    QList<QPair<QByteArray, QByteArray>> headers; //!< in order, names as sent
    QByteArray body; //!< de-chunked when the file kept the chunk framing
    bool chunked = false; //!< Transfer-Encoding: chunked
    QByteArray header(const QByteArray &name) const; //!< case-insensitive, first match
};

//! All captures listed in index.tsv, in file order.
QList<Capture> loadCaptures();
//! One capture by file name prefix ("004-").
Capture loadCapture(const QString &prefix);

} // namespace Tidemark::Test
