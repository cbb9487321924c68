// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <algorithm>

namespace Tidemark {

namespace {
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> list;
    return list;
}
bool g_qtCatalogue = false;
} // namespace

QList<Translations::Language> Translations::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString Translations::resolve(const QString &setting, const QLocale &system)
{
    const QList<Language> languages = available();
    auto known = [&languages](const QString &code) {
        return std::any_of(languages.cbegin(), languages.cend(),
            [&code](const Language &l) { return l.code == code; });
    };
    if (!setting.isEmpty())
        return known(setting) ? setting : QStringLiteral("en");
    for (const QString &name : system.uiLanguages()) {
        const QString code = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (known(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Translations::install(const QString &setting)
{
    for (const QPointer<QTranslator> &t : std::as_const(installed())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();
    g_qtCatalogue = false;

    const QString language = resolve(setting);
    QLocale::setDefault(setting.isEmpty() ? QLocale::system() : QLocale(language));
    const bool english = language == QLatin1StringView("en");
    if (!english) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QStringLiteral("qtbase_") + language,
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            && QCoreApplication::installTranslator(qt)) {
            installed().append(qt);
            g_qtCatalogue = true;
        } else {
            delete qt;
        }
    }
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/tidemark_") + language)
        && QCoreApplication::installTranslator(own)) {
        installed().append(own);
        return language;
    }
    delete own;
    return QStringLiteral("en");
}

bool Translations::qtCatalogueLoaded()
{
    return g_qtCatalogue;
}

} // namespace Tidemark
