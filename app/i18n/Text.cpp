// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "i18n/Text.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <memory>

namespace mailscope {

namespace {

struct Recipe
{
    const char *context;
    const char *source;
    int n;
    QList<QStringList> args; // for a join: one entry, the parts
    bool join = false;
    QString separator;
};

// English text -> how it was made. Bounded: a long session (idle ladders, ghost scans) makes
// many distinct texts; past the bound new ones are shown in English rather than grow forever.
constexpr qsizetype kMaxRemembered = 200000;
QMutex g_mutex;
QHash<QString, std::shared_ptr<const Recipe>> &table()
{
    static QHash<QString, std::shared_ptr<const Recipe>> t;
    return t;
}

// English plurals without a catalogue: "%n message(s)" -> "1 message", "2 messages".
QString withCount(QString s, int n)
{
    if (n < 0) return s;
    s.replace(QStringLiteral("%n"), QLocale(QLocale::English).toString(n)); // 1,050
    s.replace(QStringLiteral("(es)"), n == 1 ? QString() : QStringLiteral("es"));
    s.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return s;
}

QString build(const QString &start, const QList<QStringList> &args, bool localize)
{
    QString s = start;
    for (const QStringList &a : args)
        s = fillArgs(s, localize ? localized(a) : a);
    return s;
}

} // namespace

QString fillArgs(const QString &s, const QStringList &args)
{
    if (args.isEmpty()) return s;
    // Find the distinct marker numbers, lowest first, as QString::arg does.
    QList<int> numbers;
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        if (s.at(i) != QLatin1Char('%')) continue;
        qsizetype j = i + 1;
        if (s.at(j) == QLatin1Char('L') && j + 1 < s.size()) ++j;
        if (!s.at(j).isDigit()) continue;
        int num = s.at(j).digitValue();
        if (j + 1 < s.size() && s.at(j + 1).isDigit()) num = num * 10 + s.at(j + 1).digitValue();
        if (num > 0 && !numbers.contains(num)) numbers.append(num);
    }
    std::sort(numbers.begin(), numbers.end());
    QHash<int, QString> fill;
    for (qsizetype k = 0; k < numbers.size() && k < args.size(); ++k)
        fill.insert(numbers.at(k), args.at(k));
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('%') && i + 1 < s.size()) {
            qsizetype j = i + 1;
            if (s.at(j) == QLatin1Char('L') && j + 1 < s.size()) ++j;
            if (s.at(j).isDigit()) {
                int num = s.at(j).digitValue();
                qsizetype end = j + 1;
                if (end < s.size() && s.at(end).isDigit()) {
                    num = num * 10 + s.at(end).digitValue();
                    ++end;
                }
                if (fill.contains(num)) {
                    out += fill.value(num);
                    i = end - 1;
                    continue;
                }
            }
        }
        out += s.at(i);
    }
    return out;
}

Tr::Tr(const char *context, const char *source, int n)
    : m_context(context), m_source(source), m_n(n),
      m_english(withCount(QString::fromUtf8(source), n))
{}

Tr Tr::arg(const QString &a, int fieldWidth, QChar fill) const
{
    Tr t = *this;
    const QString padded =
        fieldWidth == 0 ? a : QStringLiteral("%1").arg(a, fieldWidth, fill); // same padding
    t.m_args.append({padded});
    t.m_english = fillArgs(m_english, {padded});
    return t;
}

Tr Tr::arg(const QString &a1, const QString &a2) const
{
    Tr t = *this;
    t.m_args.append({a1, a2});
    t.m_english = fillArgs(m_english, {a1, a2});
    return t;
}

Tr Tr::arg(const QString &a1, const QString &a2, const QString &a3) const
{
    Tr t = *this;
    t.m_args.append({a1, a2, a3});
    t.m_english = fillArgs(m_english, {a1, a2, a3});
    return t;
}

Tr Tr::arg(const QString &a1, const QString &a2, const QString &a3, const QString &a4) const
{
    Tr t = *this;
    t.m_args.append({a1, a2, a3, a4});
    t.m_english = fillArgs(m_english, {a1, a2, a3, a4});
    return t;
}

Tr Tr::arg(const QString &a1, const QString &a2, const QString &a3, const QString &a4,
           const QString &a5) const
{
    Tr t = *this;
    t.m_args.append({a1, a2, a3, a4, a5});
    t.m_english = fillArgs(m_english, {a1, a2, a3, a4, a5});
    return t;
}

Tr Tr::arg(qlonglong a, int fieldWidth, int base, QChar fill) const
{
    return arg(QStringLiteral("%1").arg(a, fieldWidth, base, fill));
}

Tr Tr::arg(qulonglong a, int fieldWidth, int base, QChar fill) const
{
    return arg(QStringLiteral("%1").arg(a, fieldWidth, base, fill));
}

Tr Tr::arg(double a, int fieldWidth, char format, int precision, QChar fill) const
{
    return arg(QStringLiteral("%1").arg(a, fieldWidth, format, precision, fill));
}

QString Tr::toString() const
{
    QMutexLocker lock(&g_mutex);
    auto &t = table();
    if (t.size() < kMaxRemembered && !t.contains(m_english))
        t.insert(m_english, std::make_shared<const Recipe>(
                                Recipe{m_context, m_source, m_n, m_args, false, {}}));
    return m_english;
}

QString Tr::localized() const
{
    return build(QCoreApplication::translate(m_context, m_source, nullptr, m_n), m_args, true);
}

QString localized(const QString &text)
{
    std::shared_ptr<const Recipe> r;
    {
        QMutexLocker lock(&g_mutex);
        r = table().value(text);
    }
    if (!r) return text;
    if (r->join) return localized(r->args.value(0)).join(r->separator);
    return build(QCoreApplication::translate(r->context, r->source, nullptr, r->n), r->args, true);
}

QString joinTexts(const QStringList &parts, const QString &separator)
{
    const QString english = parts.join(separator);
    if (parts.size() < 2) return english;
    QMutexLocker lock(&g_mutex);
    auto &t = table();
    if (t.size() < kMaxRemembered && !t.contains(english))
        t.insert(english, std::make_shared<const Recipe>(
                              Recipe{nullptr, nullptr, -1, {parts}, true, separator}));
    return english;
}

QStringList localized(const QStringList &texts)
{
    QStringList out;
    out.reserve(texts.size());
    for (const QString &t : texts)
        out.append(localized(t));
    return out;
}

} // namespace mailscope
