// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every string the sources mark for translation has a finished translation in each catalogue.
//
// lupdate scans core/, ui/ and app/ into a fresh .ts (exactly what scripts/update-translations.sh
// does), and each message of it is looked up in translations/tidemark_<lang>.ts (English: only
// the plurals). A message fails when it is missing, unfinished, empty, has an empty or missing
// numerus form, drops or invents a placeholder (%1…%99, %n), loses its keyboard accelerator (&),
// or changes the punctuation a layout relies on: trailing ':' '…' '?', leading or trailing
// spaces, line breaks.
// The fix for a failure: scripts/update-translations.sh, then translate what it lists.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context, source, comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QString text;
    QStringList forms;
};

using Catalogue = QHash<QString, Message>;

QString keyOf(const Message &m)
{
    return m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment;
}

bool readCatalogue(const QString &path, Catalogue *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1StringView("message")) {
            m = Message {};
            m.context = context;
            m.numerus
                = xml.attributes().value(QLatin1StringView("numerus")) == QLatin1StringView("yes");
        } else if (name == QLatin1StringView("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1StringView("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1StringView("translation")) {
            m.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText(); // <numerusform>
            } else {
                m.text = xml.readElementText();
            }
            out->insert(keyOf(m), m);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
        return false;
    }
    return true;
}

QSet<QString> placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(s); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

bool hasAccelerator(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[^&\\s]"));
    return re.match(s).hasMatch();
}

QString trailingMark(const QString &s)
{
    const QString t = s.trimmed();
    for (const char *mark : {":", "…", "?"})
        if (t.endsWith(QLatin1StringView(mark)))
            return QLatin1StringView(mark);
    return {};
}

QStringList problemsOf(const Message &src, const QString &translation)
{
    QStringList problems;
    if (translation.trimmed().isEmpty())
        return {QStringLiteral("empty translation")};
    QSet<QString> expected = placeholders(src.source);
    if (src.numerus)
        expected.insert(QStringLiteral("n"));
    if (placeholders(translation) != expected)
        problems << QStringLiteral("placeholders differ");
    if (hasAccelerator(src.source) != hasAccelerator(translation))
        problems << QStringLiteral("keyboard accelerator (&) added or lost");
    if (trailingMark(src.source) != trailingMark(translation))
        problems << QStringLiteral("trailing '%1' not kept").arg(trailingMark(src.source));
    if (src.source.startsWith(u' ') != translation.startsWith(u' ')
        || src.source.endsWith(u' ') != translation.endsWith(u' '))
        problems << QStringLiteral("leading or trailing space not kept");
    if (src.source.count(u'\n') != translation.count(u'\n'))
        problems << QStringLiteral("number of line breaks differs");
    return problems;
}

} // namespace

class I18nCompletenessTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString fresh = m_tmp.filePath(QStringLiteral("sources.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(TIDEMARK_SOURCE_DIR));
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(TIDEMARK_LUPDATE),
            {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral("-source-language"), QStringLiteral("en"),
                QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("core"),
                QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), fresh});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
            lupdate.readAll().constData());
        QString error;
        QVERIFY2(readCatalogue(fresh, &m_sources, &error), qPrintable(error));
        // A scan that finds almost nothing means a broken scan, not a translated program.
        QVERIFY2(m_sources.size() > 300, qPrintable(QString::number(m_sources.size())));
        qInfo("%lld translatable messages in core, ui and app", qint64(m_sources.size()));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::addColumn<bool>("pluralsOnly"); // English needs only "1 asset" / "12 assets"
        QTest::newRow("de") << QStringLiteral("de") << 2 << false;
        QTest::newRow("fr") << QStringLiteral("fr") << 2 << false;
        QTest::newRow("en") << QStringLiteral("en") << 2 << true;
    }

    void complete()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QFETCH(bool, pluralsOnly);
        const QString path = QDir(QStringLiteral(TIDEMARK_TS_DIR))
                                 .filePath(QStringLiteral("tidemark_%1.ts").arg(language));
        Catalogue catalogue;
        QString error;
        QVERIFY2(readCatalogue(path, &catalogue, &error),
            qPrintable(path + QStringLiteral(": ") + error));

        QStringList failures;
        qsizetype checked = 0;
        for (const Message &src : std::as_const(m_sources)) {
            if (pluralsOnly && !src.numerus)
                continue;
            ++checked;
            const QString where = QStringLiteral("%1 \"%2\"").arg(src.context, src.source);
            const auto it = catalogue.constFind(keyOf(src));
            if (it == catalogue.cend()) {
                failures << where + QStringLiteral(": missing");
                continue;
            }
            if (!it->type.isEmpty()) {
                failures << where + QStringLiteral(": ") + it->type;
                continue;
            }
            if (src.numerus && it->forms.size() != pluralForms) {
                failures << where
                        + QStringLiteral(": %1 numerus forms, expected %2")
                              .arg(it->forms.size())
                              .arg(pluralForms);
                continue;
            }
            const QStringList texts = src.numerus ? it->forms : QStringList {it->text};
            for (const QString &t : texts)
                for (const QString &p : problemsOf(src, t))
                    failures << where + QStringLiteral(" → \"%1\": %2").arg(t, p);
        }
        if (!failures.isEmpty()) {
            const qsizetype shown = std::min<qsizetype>(failures.size(), 40);
            QFAIL(qPrintable(
                QStringLiteral(
                    "%1 of %2 messages need work in %3 (run scripts/update-translations.sh):\n")
                    .arg(failures.size())
                    .arg(checked)
                    .arg(path)
                + failures.mid(0, shown).join(u'\n')));
        }
        qInfo("%s: %lld messages translated", qPrintable(language), qint64(checked));
    }

    //! The checks themselves: a wrong translation must be caught, or the test above proves nothing.
    void checksCatchMistakes()
    {
        Message m;
        m.source = QStringLiteral("&Start %1 of %2:");
        QVERIFY(problemsOf(m, QStringLiteral("&Starte %1 von %2:")).isEmpty());
        QVERIFY(!problemsOf(m, QStringLiteral("&Starte %1:")).isEmpty()); // lost %2
        QVERIFY(!problemsOf(m, QStringLiteral("Starte %1 von %2:")).isEmpty()); // lost &
        QVERIFY(!problemsOf(m, QStringLiteral("&Starte %1 von %2")).isEmpty()); // lost ':'
        QVERIFY(!problemsOf(m, QStringLiteral(" ")).isEmpty());
        Message n;
        n.source = QStringLiteral("%n asset(s)");
        n.numerus = true;
        QVERIFY(problemsOf(n, QStringLiteral("%n Medien")).isEmpty());
        QVERIFY(!problemsOf(n, QStringLiteral("Medien")).isEmpty());
        QVERIFY(hasAccelerator(QStringLiteral("Save && &quit")));
        QVERIFY(!hasAccelerator(QStringLiteral("Save && quit")));
    }

private:
    QTemporaryDir m_tmp;
    Catalogue m_sources;
};

QTEST_GUILESS_MAIN(I18nCompletenessTest)
#include "i18n_completeness.moc"
