// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Human texts of the engine, translatable without letting the language leak into JSON.
//
// The engine builds every human text (finding titles and explanations, advice, check summaries,
// errors) in English with mailscope::translate(context, source), which lupdate reads like
// QCoreApplication::translate. Converting the result to QString gives the English text: that is
// what the Report, the JSON reports and the logs keep, stable and machine-readable. The
// conversion also remembers how the text was made (context, source, arguments), so a front end
// shows localized(text) and gets the same sentence in the user's language at display time,
// arguments included (an argument that is itself such a text is translated too). A text not
// made this way (a host name, a server reply, a report read back from JSON) is shown unchanged.
#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace mailscope {

class Tr
{
public:
    Tr(const char *context, const char *source, int n = -1);

    // Like QString::arg: each call fills the lowest-numbered %N markers left.
    Tr arg(const QString &a, int fieldWidth = 0, QChar fill = QLatin1Char(' ')) const;
    Tr arg(QStringView a) const { return arg(a.toString()); }
    Tr arg(QLatin1String a) const { return arg(QString(a)); }
    Tr arg(const Tr &a) const { return arg(a.toString()); }
    Tr arg(const QString &a1, const QString &a2) const;
    Tr arg(const QString &a1, const QString &a2, const QString &a3) const;
    Tr arg(const QString &a1, const QString &a2, const QString &a3, const QString &a4) const;
    Tr arg(const QString &a1, const QString &a2, const QString &a3, const QString &a4,
           const QString &a5) const;
    Tr arg(qlonglong a, int fieldWidth = 0, int base = 10, QChar fill = QLatin1Char(' ')) const;
    Tr arg(qulonglong a, int fieldWidth = 0, int base = 10, QChar fill = QLatin1Char(' ')) const;
    Tr arg(long a, int fieldWidth = 0, int base = 10, QChar fill = QLatin1Char(' ')) const
    {
        return arg(qlonglong(a), fieldWidth, base, fill);
    }
    Tr arg(ulong a, int fieldWidth = 0, int base = 10, QChar fill = QLatin1Char(' ')) const
    {
        return arg(qulonglong(a), fieldWidth, base, fill);
    }
    Tr arg(int a, int fieldWidth = 0, int base = 10, QChar fill = QLatin1Char(' ')) const
    {
        return arg(qlonglong(a), fieldWidth, base, fill);
    }
    Tr arg(uint a, int fieldWidth = 0, int base = 10, QChar fill = QLatin1Char(' ')) const
    {
        return arg(qulonglong(a), fieldWidth, base, fill);
    }
    Tr arg(short a) const { return arg(qlonglong(a)); }
    Tr arg(ushort a) const { return arg(qulonglong(a)); }
    Tr arg(double a, int fieldWidth = 0, char format = 'g', int precision = -1,
           QChar fill = QLatin1Char(' ')) const;
    Tr arg(QChar a) const { return arg(QString(a)); }
    Tr arg(char a) const { return arg(QString(QLatin1Char(a))); }

    // The English text, remembered for localized().
    QString toString() const;
    operator QString() const { return toString(); } // NOLINT: drop-in for QString literals

    // The text in the language of the installed translators.
    QString localized() const;

private:
    const char *m_context;
    const char *m_source;
    int m_n;
    QList<QStringList> m_args; // one entry per arg() call
    QString m_english;
};

// Marks a text for lupdate (same signature as QCoreApplication::translate) and makes it.
inline Tr translate(const char *context, const char *source, const char *disambiguation = nullptr,
                    int n = -1)
{
    Q_UNUSED(disambiguation);
    return Tr(context, source, n);
}

// parts.join(separator) and a + b for texts made of translatable pieces: the result is the
// English join, and localized() joins the pieces' translations.
QString joinTexts(const QStringList &parts, const QString &separator);
inline QString joinTexts(const QStringList &parts, QLatin1Char separator)
{
    return joinTexts(parts, QString(separator));
}
inline QString appendText(const QString &a, const QString &b)
{
    return joinTexts({a, b}, QString());
}

// The text in the user's language when the engine made it with translate(); else unchanged.
QString localized(const QString &text);
QStringList localized(const QStringList &texts);

// Replaces the lowest-numbered %N markers of `s` by `args` in one pass, like the multi-argument
// QString::arg (an argument containing "%2" is not substituted again).
QString fillArgs(const QString &s, const QStringList &args);

// How those of `strings` that were made with translate() or joinTexts() were made, and the
// texts their arguments were made of, so that a document read back in another process (a
// report opened from a file) shows them in its user's language too. Each entry:
// {"text", "context", "source", "n", "args": [[...], ...]} or {"text", "parts", "separator"}.
QJsonArray textRecipes(const QStringList &strings);
// Takes such entries in (at most a bounded number, each within size limits), each only if it
// makes exactly its text; a text already known keeps its recipe. Returns how many were taken.
int rememberTextRecipes(const QJsonArray &recipes);

} // namespace mailscope
