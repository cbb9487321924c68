// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QtGlobal>

namespace Tidemark::Test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(TIDEMARK_TEST_DATA)).filePath(relative);
}

QByteArray readData(const QString &relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

QString outputPath(const QString &sub)
{
    QString base = qEnvironmentVariable("TIDEMARK_TEST_OUTPUT");
    if (base.isEmpty())
        base = QDir::current().filePath(QStringLiteral("test-output"));
    QDir dir(base);
    if (!sub.isEmpty())
        dir.setPath(dir.filePath(sub));
    dir.mkpath(QStringLiteral("."));
    return dir.absolutePath();
}

QByteArray Capture::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

static QByteArray dechunk(const QByteArray &raw)
{
    QByteArray out;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const qsizetype eol = raw.indexOf("\r\n", pos);
        if (eol < 0)
            break;
        bool ok = false;
        const qsizetype len = raw.mid(pos, eol - pos).trimmed().toLongLong(&ok, 16);
        if (!ok || len == 0)
            break;
        out += raw.mid(eol + 2, len);
        pos = eol + 2 + len + 2;
    }
    return out;
}

static Capture parseCapture(const QString &fileName)
{
    Capture c;
    c.fileName = fileName;
    const QByteArray raw = readData(QStringLiteral("captures/immich-v1.135.3/") + fileName);
    const qsizetype split = raw.indexOf("\r\n\r\n");
    const QByteArray head = raw.left(split);
    QByteArray body = raw.mid(split + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> statusParts = lines.value(0).trimmed().split(' ');
    c.status = statusParts.value(1).toInt();
    c.reason = QString::fromLatin1(lines.value(0).trimmed().mid(
        statusParts.value(0).size() + statusParts.value(1).size() + 2));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            c.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    c.chunked = c.header("Transfer-Encoding").contains("chunked");
    if (fileName.contains(QLatin1StringView("rawchunks")))
        body = dechunk(body);
    c.body = body;
    return c;
}

QList<Capture> loadCaptures()
{
    QList<Capture> all;
    const QList<QByteArray> rows
        = readData(QStringLiteral("captures/immich-v1.135.3/index.tsv")).split('\n');
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QList<QByteArray> cols = rows[i].split('\t');
        if (cols.size() < 6)
            continue;
        Capture c = parseCapture(QString::fromUtf8(cols[0]));
        c.method = QString::fromUtf8(cols[1]);
        c.path = QString::fromUtf8(cols[2]);
        c.auth = QString::fromUtf8(cols[3]);
        c.requestBody = cols[4] == "-" ? QString() : QString::fromUtf8(cols[4]);
        all.append(c);
    }
    return all;
}

Capture loadCapture(const QString &prefix)
{
    for (const Capture &c : loadCaptures())
        if (c.fileName.startsWith(prefix))
            return c;
    qFatal("no capture %s", qPrintable(prefix));
}

} // namespace Tidemark::Test
