// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace mailscope {

namespace {
QString g_current = QStringLiteral("en");
QTranslator *g_ours = nullptr;

void drop(QTranslator *&t)
{
    if (!t) return;
    QCoreApplication::removeTranslator(t);
    delete t;
    t = nullptr;
}
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString supportedLanguage(const QString &code)
{
    const QString two = code.left(2).toLower();
    return availableLanguages().contains(two) ? two : QString();
}

QString chooseLanguage(const QString &requested, const QString &saved)
{
    for (const QString &c : {requested, qEnvironmentVariable("MAILSCOPE_LANG"), saved}) {
        const QString l = supportedLanguage(c);
        if (!l.isEmpty()) return l;
    }
    // The first UI language the user lists that we ship (LANGUAGE=de:en, Windows' list...).
    for (const QString &c : QLocale::system().uiLanguages()) {
        const QString l = supportedLanguage(c);
        if (!l.isEmpty()) return l;
    }
    return QStringLiteral("en");
}

bool installLanguage(const QString &language)
{
    drop(g_ours);
    g_current = QStringLiteral("en");
    if (language == QLatin1String("en") || language.isEmpty()) return true;
    auto *ours = new QTranslator;
    // Embedded by CMake (qt_add_lrelease + qt_add_resources), so uninstalled builds work too.
    if (!ours->load(QStringLiteral(":/i18n/mailscope_%1.qm").arg(language))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    g_ours = ours;
    // Qt's own catalogue (qtbase_*.qm) is left out on purpose: it would also translate the
    // error texts Qt hands the engine (QSslError, QAbstractSocket), which go into the English
    // JSON reports. Our widgets set their own texts instead.
    g_current = language;
    return true;
}

QString currentLanguage()
{
    return g_current;
}

QString languageFromArguments(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--")) break;
        if (a == QLatin1String("--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith(QLatin1String("--lang="))) return a.mid(7);
    }
    return QString();
}

} // namespace mailscope
