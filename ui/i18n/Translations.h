// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Translations: puts the user's language in effect at start.
//
// The language comes from the setting (UiSettings::language(): "" follows the system, or "en",
// "de", "fr"). Tidemark's own catalogue is embedded as :/i18n/tidemark_<lang>.qm (built from
// translations/*.ts; the English one holds only the plural forms of the "%n item(s)" strings); Qt's
// catalogue qtbase_<lang>.qm is loaded from the Qt installation when present (Debian:
// qt6-translations-l10n), so standard buttons and dialogs speak the same language. An explicit
// choice also becomes the default QLocale, so numbers and dates match the words.
//
// A change of the setting applies at the next start: widgets set their texts once, when they are
// built, and do not listen for QEvent::LanguageChange.

#include <QList>
#include <QLocale>
#include <QString>

namespace Tidemark {

class Translations
{
public:
    struct Language
    {
        QString code; //!< "en", "de", "fr"
        QString nativeName; //!< "English", "Deutsch", "Français": shown untranslated in the choice
    };

    //! The languages Tidemark ships, English (the source language) first.
    static QList<Language> available();

    //! The language a setting stands for: "" picks the first of the system's UI languages that
    //! Tidemark has, else English; an unknown code also falls back to English.
    static QString resolve(const QString &setting, const QLocale &system = QLocale::system());

    //! Installs the translators for `setting` on the application, replacing any installed
    //! before, and returns the language now in effect ("en" when the catalogue is missing).
    //! Call after QCoreApplication exists.
    static QString install(const QString &setting);

    //! Whether Qt's own catalogue for the language in effect was found and installed.
    static bool qtCatalogueLoaded();
};

} // namespace Tidemark
