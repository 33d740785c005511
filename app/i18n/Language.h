// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Which language people read: --lang, then MAILSCOPE_LANG, then a saved choice, then the
// system locale. Installs Mailscope's and Qt's translators for it.
#pragma once

#include <QString>
#include <QStringList>

namespace mailscope {

// The languages Mailscope ships, as two-letter codes; English is the source language.
QStringList availableLanguages();

// "de" or "en" for a code such as "de", "de_AT", "en_US"; "" when it is none of ours.
QString supportedLanguage(const QString &code);

// The language to use: `requested` (from --lang) if set, else MAILSCOPE_LANG, else `saved`
// (a front end's setting, "" for "follow the system"), else the system locale; English when
// none of those is a language we ship.
QString chooseLanguage(const QString &requested, const QString &saved = QString());

// Loads the translators for `language` into the running application, replacing earlier ones.
// Returns false (and stays English) when the catalogue is missing.
bool installLanguage(const QString &language);

// The language installed last ("en" before any).
QString currentLanguage();

// Finds "--lang X" or "--lang=X" in the raw arguments, before any QCommandLineParser runs, so
// that --help is already translated.
QString languageFromArguments(int argc, char **argv);

} // namespace mailscope
