// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliOutput.h"

#include "cli/CliTerminal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Tidemark::Cli {

using namespace Qt::StringLiterals;

QString formatTable(
    const QStringList &header, const QList<QStringList> &rows, const QList<Align> &align)
{
    const qsizetype columns = header.size();
    QList<qsizetype> width(columns, 0);
    for (qsizetype c = 0; c < columns; ++c)
        width[c] = header.at(c).size();
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < columns && c < row.size(); ++c)
            width[c] = std::max(width[c], row.at(c).size());

    auto line = [&](const QStringList &cells) {
        QString out;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString cell = cells.value(c);
            const bool last = c == columns - 1;
            const bool right = c < align.size() && align.at(c) == Align::Right;
            if (right)
                out += cell.rightJustified(width[c]);
            else if (last)
                out += cell;
            else
                out += cell.leftJustified(width[c]);
            if (!last)
                out += u"  "_s;
        }
        while (out.endsWith(u' '))
            out.chop(1);
        return out + u'\n';
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

QString formatFields(const QList<QPair<QString, QString>> &fields)
{
    qsizetype width = 0;
    for (const auto &f : fields)
        width = std::max(width, f.first.size() + 1);
    QString text;
    for (const auto &f : fields)
        text += (f.first + u':').leftJustified(width + 1) + f.second + u'\n';
    return text;
}

QString groupDigits(qint64 value)
{
    QString digits = QString::number(value < 0 ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return value < 0 ? u'-' + digits : digits;
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return u"%1 B"_s.arg(bytes);
    static const char *units[] = {"KiB", "MiB", "GiB", "TiB"};
    double v = double(bytes);
    int u = -1;
    while (v >= 1024 && u < 3) {
        v /= 1024;
        ++u;
    }
    return u"%1 %2"_s.arg(v, 0, 'f', v < 10 ? 1 : 0).arg(QLatin1StringView(units[u]));
}

QString formatDuration(qint64 ms)
{
    if (ms < 1000)
        return u"%1 ms"_s.arg(ms);
    if (ms < 60000)
        return u"%1 s"_s.arg(double(ms) / 1000.0, 0, 'f', 1);
    const qint64 s = ms / 1000;
    if (s < 3600)
        return u"%1 min %2 s"_s.arg(s / 60).arg(s % 60);
    return u"%1 h %2 min"_s.arg(s / 3600).arg((s % 3600) / 60);
}

Output::Output(bool json, bool verbose, FILE *out, FILE *err)
    : m_json(json), m_verbose(verbose), m_out(out), m_err(err)
{
    m_progress = isTerminal(fileno(err));
}

void Output::writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
    std::fflush(m_out);
}

void Output::writeErr(const QString &text)
{
    clearProgress();
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_err);
    std::fflush(m_err);
}

void Output::print(const QString &text)
{
    if (m_json)
        return;
    clearProgress();
    writeOut(text);
}

void Output::note(const QString &text)
{
    writeErr(text.endsWith(u'\n') ? text : text + u'\n');
}

void Output::warn(const QString &text)
{
    m_warnings << text;
    writeErr(u"warning: "_s + text + u'\n');
}

void Output::progress(const QString &line)
{
    if (!m_progress)
        return;
    QString shown = line;
    if (shown.size() > 150)
        shown.truncate(150);
    const QByteArray bytes = (u"\r"_s + shown + u"\x1b[K"_s).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_err);
    std::fflush(m_err);
    m_progressShown = true;
}

void Output::clearProgress()
{
    if (!m_progressShown)
        return;
    std::fputs("\r\x1b[K", m_err);
    std::fflush(m_err);
    m_progressShown = false;
}

QJsonObject errorToJson(const Error &error, bool verbose)
{
    QJsonObject o;
    o[u"kind"_s] = kindName(error.kind);
    o[u"message"_s] = error.userMessage();
    if (error.httpStatus)
        o[u"httpStatus"_s] = error.httpStatus;
    if (!error.serverMessages.isEmpty())
        o[u"serverMessages"_s] = QJsonArray::fromStringList(error.serverMessages);
    if (!error.where.isEmpty())
        o[u"where"_s] = error.where;
    if (!error.correlationId.isEmpty())
        o[u"correlationId"_s] = error.correlationId;
    if (verbose)
        o[u"details"_s] = error.technicalDetails();
    return o;
}

int Output::fail(int code, const Error &error)
{
    QString text = u"error: "_s + error.userMessage() + u'\n';
    if (error.kind == Error::Kind::Tls && !error.certificateSha256.isEmpty())
        text += u"If you trust this certificate, run again with --pin-sha256 %1\n"_s.arg(
            error.certificateSha256);
    if (m_verbose) {
        const QString details = error.technicalDetails();
        if (!details.isEmpty())
            text += u"details:\n  "_s + details.trimmed().replace(u'\n', u"\n  "_s) + u'\n';
    }
    writeErr(text);
    m_doc[u"error"_s] = errorToJson(error, m_verbose);
    return code;
}

int Output::fail(int code, const QString &message, const QString &kind)
{
    writeErr(u"error: "_s + message + u'\n');
    QJsonObject o;
    o[u"kind"_s] = kind;
    o[u"message"_s] = message;
    m_doc[u"error"_s] = o;
    return code;
}

int Output::finish(int code)
{
    clearProgress();
    if (m_finished)
        return code;
    m_finished = true;
    if (m_json) {
        QJsonObject doc = m_doc;
        doc[u"ok"_s] = code == 0;
        doc[u"exitCode"_s] = code;
        if (!m_warnings.isEmpty())
            doc[u"warnings"_s] = QJsonArray::fromStringList(m_warnings);
        writeOut(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)));
    }
    return code;
}

} // namespace Tidemark::Cli
