// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AckString.h"

namespace Tidemark {

namespace {
const QLatin1StringView kComplete("complete");
const QLatin1StringView kReset("reset");

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
} // namespace

AckString::AckString(const QString &verbatim) : m_verbatim(verbatim)
{
    const QStringList split = verbatim.split(u'|');
    m_typeName = split.value(0);
    m_parts = split.mid(1);
    m_type = entityTypeFromName(QStringView(m_typeName));
}

QString AckString::id() const
{
    if (m_parts.isEmpty())
        return {};
    const QString &last = m_parts.last();
    if (last == kComplete || last == kReset)
        return m_parts.size() >= 2 ? m_parts.at(m_parts.size() - 2) : QString();
    return last;
}

QString AckString::createId() const
{
    return m_parts.size() == 2 ? m_parts.first() : QString();
}

bool AckString::isComplete() const
{
    return m_parts.size() == 2 && m_parts.last() == kComplete;
}

bool AckString::isReset() const
{
    return m_type == SyncEntityType::SyncResetV1 && m_parts.size() == 1
        && m_parts.first() == kReset;
}

QDateTime AckString::timestamp() const
{
    return uuidV7Timestamp(id());
}

bool AckString::isWellFormed() const
{
    if (m_type == SyncEntityType::Unknown)
        return false;
    if (m_type == SyncEntityType::SyncResetV1)
        return isReset();
    if (m_parts.size() == 1)
        return isUuid(m_parts.first());
    if (m_parts.size() == 2)
        return isBackfillType(m_type) && isUuid(m_parts.first())
            && (m_parts.last() == kComplete || isUuid(m_parts.last()));
    return false;
}

bool AckString::isUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != u'-' : !isHex(text[i]))
            return false;
    }
    return true;
}

QDateTime AckString::uuidV7Timestamp(QStringView uuid)
{
    if (!isUuid(uuid) || uuid[14] != u'7')
        return {};
    // First 48 bits = 12 hex digits: 8 before the first dash, 4 after it.
    const QString hex = uuid.left(8).toString() + uuid.mid(9, 4).toString();
    bool ok = false;
    const qint64 ms = hex.toLongLong(&ok, 16);
    if (!ok)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace Tidemark
