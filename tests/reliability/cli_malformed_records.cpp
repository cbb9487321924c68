// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Records that parse as JSON but break the protocol's rules, sent by the dev server at a known
// line to the real headless `tidemark stream` over loopback: an entity without one of its key
// members (missing, null, not a UUID), for every entity type and every key member the parser's
// key table names (docs/dev/protocol.md); an ack that is not "<Type>|<UUIDv7>" or names another
// type. Each must end the run with exit 5 and one message naming the line, the entity type and the
// member; the lines before it stay committed and acked, nothing of the bad line is stored or
// acked. The window's engine (SyncService) reports the same typed error with the same sentence.

#include "CliRunner.h"
#include "ReliabilityEnv.h"

#include "protocol/SyncEventParser.h"

#include <QDirIterator>

using namespace Tidemark;
using namespace Tidemark::Test;

namespace {

constexpr int kGoodLines = 3; // the bad record is line 4
const QString kV4 = QStringLiteral("8a749608-71b2-47ae-a944-0000000000%1");
const QString kV7 = QStringLiteral("019daa55-2500-72e3-9718-6a673c1a13%1");

QString uuid4(int n)
{
    return kV4.arg(n, 2, 10, QLatin1Char('0'));
}
QString uuid7(int n)
{
    return kV7.arg(n, 2, 10, QLatin1Char('0'));
}

QString goodAck(SyncEntityType type)
{
    const QString name = entityTypeName(type);
    return isBackfillType(type) ? name + u'|' + uuid7(1) + u'|' + uuid7(2) : name + u'|' + uuid7(3);
}

//! A record of `type` with every key member valid, then `member` changed by `change`.
QByteArray record(
    SyncEntityType type, const QString &member, const QString &change, const QString &ack)
{
    QJsonObject data;
    int n = 10;
    for (const QString &k : SyncEventParser::keyMembers(type))
        data.insert(k,
            k == QLatin1StringView("key") ? QJsonValue(QStringLiteral("mobile-app"))
                                          : QJsonValue(uuid4(n++)));
    if (change == QLatin1StringView("missing"))
        data.remove(member);
    else if (change == QLatin1StringView("null"))
        data.insert(member, QJsonValue::Null);
    else if (change == QLatin1StringView("not-uuid"))
        data.insert(member, QStringLiteral("asset-17"));
    QJsonObject line {
        {QStringLiteral("type"), entityTypeName(type)}, {QStringLiteral("data"), data}};
    if (!ack.isNull())
        line.insert(QStringLiteral("ack"), ack);
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

QString mirrorUnder(const QString &root)
{
    QDirIterator it(root, {QStringLiteral("*.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

//! Rows per table of everything the mirror holds of the server's data (not run history).
QMap<QString, qint64> entityCounts(const QString &path)
{
    QMap<QString, qint64> out;
    Reliability::MirrorView m(path);
    const QStringList tables = m.column(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%run%' AND name NOT LIKE '%log%' AND name NOT LIKE '%meta%'"));
    for (const QString &t : tables)
        out.insert(t,
            m.column(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(t)).value(0).toLongLong());
    return out;
}

} // namespace

class CliMalformedRecordsTest : public QObject
{
    Q_OBJECT
    TidemarkDev::DevServer m_server;
    qint64 m_badOffset = 0; //!< byte offset of line kGoodLines + 1
    QMap<QString, qint64> m_countsBefore; //!< the mirror after exactly kGoodLines lines
    QList<QPair<QString, QString>> m_acksBefore; //!< the server's checkpoints after them

    CliResult stream(CliRunner &cli, const QString &token, QStringList args = {})
    {
        args.prepend(QStringLiteral("stream"));
        args << QStringLiteral("--server") << m_server.baseUrl().toString();
        return cli.run(args, {}, {{QStringLiteral("TIDEMARK_SESSION_TOKEN"), token}});
    }

    static QList<QPair<QString, QString>> sorted(QList<QPair<QString, QString>> l)
    {
        std::sort(l.begin(), l.end());
        return l;
    }
    //! The checkpoints the client posted (the server writes "<Backfill>|<id>|complete" itself).
    QList<QPair<QString, QString>> clientAcks(const QString &token) const
    {
        QList<QPair<QString, QString>> out;
        for (const auto &[type, ack] : m_server.checkpoints(token))
            if (!(type.contains(QLatin1StringView("Backfill"))
                    && ack.endsWith(QLatin1StringView("|complete"))))
                out.append({type, ack});
        return sorted(out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 4;
        spec.partnerAssets = 2;
        spec.albums = 1;
        spec.deletedAssets = 1;
        spec.unrelatedAssets = 1;
        m_server.generateLibrary(spec);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));

        // The baseline: the same run stopped right after the good lines by a line that is not
        // JSON at all (what the client always refused); its earlier lines are committed and acked.
        CliRunner cli;
        const QString token = m_server.createSession(TidemarkDev::DevServer::adminEmail());
        TidemarkDev::Fault garbage;
        garbage.kind = TidemarkDev::Fault::Kind::InjectLine;
        garbage.path = QStringLiteral("/api/sync/stream");
        garbage.after = kGoodLines;
        garbage.line = "this is not JSON";
        m_server.addFault(garbage);
        const QString jsonl = cli.path(QStringLiteral("lines.jsonl"));
        const CliResult r = stream(cli, token, {QStringLiteral("--jsonl"), jsonl});
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        const QList<Reliability::RefLine> lines = Reliability::readStream(jsonl);
        QCOMPARE(lines.size(), kGoodLines + 1); // the export holds what came, the bad line too
        QHash<QString, QString> lastAck;
        for (qsizetype i = 0; i < kGoodLines; ++i) {
            m_badOffset += lines.at(i).size;
            lastAck.insert(lines.at(i).type, lines.at(i).ack);
        }
        m_countsBefore = entityCounts(mirrorUnder(cli.root()));
        QVERIFY(!m_countsBefore.isEmpty());
        m_acksBefore = clientAcks(token);
        QList<QPair<QString, QString>> expected;
        for (auto it = lastAck.cbegin(); it != lastAck.cend(); ++it)
            expected.append({it.key(), it.value()});
        QCOMPARE(m_acksBefore, sorted(expected)); // every line before the bad one is acked
    }

    void badRecord_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("detail");
        // Key members: every entity type, every key member, derived from the parser's table.
        for (SyncEntityType type : allEntityTypes()) {
            if (isControlType(type) || type == SyncEntityType::Unknown)
                continue;
            const QString name = entityTypeName(type);
            const QStringList keys = SyncEventParser::keyMembers(type);
            if (keys.isEmpty())
                QFAIL(qPrintable(name + QStringLiteral(" has no key member")));
            for (const QString &k : keys) {
                for (const char *change : {"missing", "null", "not-uuid"}) {
                    const bool uuid = k != QLatin1StringView("key");
                    if (!uuid && qstrcmp(change, "not-uuid") == 0)
                        continue;
                    const QString what = qstrcmp(change, "not-uuid") == 0
                        ? QStringLiteral("key member \"data.%1\" is not a UUID: \"asset-17\"")
                              .arg(k)
                        : QStringLiteral("key member \"data.%1\" is missing or null").arg(k);
                    QTest::addRow("%s.%s-%s", qPrintable(name), qPrintable(k), change)
                        << record(type, k, QString::fromLatin1(change), goodAck(type))
                        << name + QStringLiteral(" record: ") + what;
                }
            }
        }
        // Acks.
        using E = SyncEntityType;
        const auto badAck = [](E type, const QString &ack, const QString &why) {
            const QString name = entityTypeName(type);
            QTest::addRow("%s-ack-%s", qPrintable(name), qPrintable(ack.left(40)))
                << record(type, {}, {}, ack)
                << name + QStringLiteral(" record: member \"ack\" \"") + ack + QStringLiteral("\" ")
                    + why;
        };
        const QString form = QStringLiteral("is not of the form ");
        badAck(E::AssetV1, QStringLiteral("AssetV1|not-a-uuid"),
            form + QStringLiteral("AssetV1|<UUIDv7>"));
        badAck(E::AssetV1, QStringLiteral("AssetV1|") + uuid4(1),
            form + QStringLiteral("AssetV1|<UUIDv7>"));
        badAck(E::AssetV1, QStringLiteral("AssetV1"), form + QStringLiteral("AssetV1|<UUIDv7>"));
        badAck(E::AssetV1, QStringLiteral("AssetV1|") + uuid7(1) + u'|' + uuid7(2),
            form + QStringLiteral("AssetV1|<UUIDv7>"));
        badAck(
            E::AssetV1, QStringLiteral(""), QStringLiteral("names another type than the line's"));
        badAck(E::AssetV1, QStringLiteral("UserV1|") + uuid7(1),
            QStringLiteral("names another type than the line's"));
        badAck(E::UserV1, QStringLiteral("AssetV1|") + uuid7(1),
            QStringLiteral("names another type than the line's"));
        badAck(E::PartnerAssetBackfillV1,
            QStringLiteral("PartnerAssetBackfillV1|") + uuid7(1) + QStringLiteral("|complete"),
            form + QStringLiteral("PartnerAssetBackfillV1|<UUIDv7>"));
        badAck(E::SyncAckV1, QStringLiteral("SyncAckV1|") + uuid7(1),
            QStringLiteral("names no entity type"));
        badAck(E::SyncAckV1, QStringLiteral("AssetOcrV9|") + uuid7(1),
            QStringLiteral("names no entity type"));
        badAck(E::SyncAckV1, QStringLiteral("AlbumAssetUpdateV1|garbage"),
            form + QStringLiteral("<Type>|<UUIDv7>"));
        badAck(E::SyncCompleteV1, QStringLiteral("SyncCompleteV1|") + uuid4(1),
            form + QStringLiteral("SyncCompleteV1|<UUIDv7>"));
        badAck(E::SyncResetV1, QStringLiteral("SyncResetV1|") + uuid7(1),
            form + QStringLiteral("SyncResetV1|reset"));
    }

    void badRecord()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, detail);
        CliRunner cli;
        const QString token = m_server.createSession(TidemarkDev::DevServer::adminEmail());
        TidemarkDev::Fault f;
        f.kind = TidemarkDev::Fault::Kind::InjectLine;
        f.path = QStringLiteral("/api/sync/stream");
        f.after = kGoodLines;
        f.line = line;
        m_server.addFault(f);
        const CliResult r = stream(cli, token);
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        const QString message
            = QStringLiteral("The server sent data Tidemark cannot read (POST /api/sync/stream, "
                             "line %1, byte %2): %3.")
                  .arg(kGoodLines + 1)
                  .arg(m_badOffset)
                  .arg(detail);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(message), qPrintable(message + QStringLiteral("\n") + r.describe()));
        QCOMPARE(err.count(QStringLiteral("cannot read")), 1); // one message
        // The lines before it: committed and acked; the bad one: neither.
        QCOMPARE(entityCounts(mirrorUnder(cli.root())), m_countsBefore);
        // Same type names, same acks: the ack ids are the server's, and differ per session only
        // for types that carry the request's time (none among the first lines).
        QCOMPARE(clientAcks(token), m_acksBefore);
        m_server.clearFaults();
    }

    // The window's engine gets the same typed error and sentence.
    void windowEngineSameError()
    {
        Reliability::Env env;
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 4;
        spec.partnerAssets = 2;
        spec.albums = 1;
        QVERIFY(env.start(spec));
        TidemarkDev::Fault f;
        f.kind = TidemarkDev::Fault::Kind::InjectLine;
        f.path = QStringLiteral("/api/sync/stream");
        f.after = kGoodLines;
        f.line = record(SyncEntityType::UserV1, QStringLiteral("id"), QStringLiteral("missing"),
            goodAck(SyncEntityType::UserV1));
        env.server.addFault(f);
        const RunResult r = env.streamOnce();
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QCOMPARE(r.error.kind, Error::Kind::Malformed);
        QCOMPARE(r.error.lineNumber, qint64(kGoodLines + 1));
        QVERIFY2(r.error.userMessage().endsWith(QStringLiteral(
                     "): UserV1 record: key member \"data.id\" is missing or null.")),
            qPrintable(r.error.userMessage()));
        QCOMPARE(r.error.suggestedAction(), Error::Action::Reset);
        Reliability::MirrorView m(env.mirrorPath());
        QCOMPARE(m.column(QStringLiteral("SELECT COUNT(*) FROM users WHERE id IS NULL OR id = ''")),
            QStringList {QStringLiteral("0")});
        QVERIFY(Reliability::checkAcksNotAhead(env.serverCheckpoints(), m).isEmpty());
    }
};

QTEST_GUILESS_MAIN(CliMalformedRecordsTest)
#include "cli_malformed_records.moc"
