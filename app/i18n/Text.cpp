// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "i18n/Text.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QSet>
#include <memory>

namespace mailscope {

namespace {

struct Recipe
{
    // Nul-terminated: the literals themselves (fromRawData) or, for recipes read from a
    // document, copies.
    QByteArray context;
    QByteArray source;
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

// Limits for turning a text into the user's language: how deep arguments made of texts made
// of texts may go, how many texts one call may look up, and how long the result may grow
// (against recipes read from a file that refer to themselves or blow up).
constexpr int kMaxDepth = 8;
constexpr int kMaxLookups = 2000;
qsizetype growthCap(qsizetype english)
{
    return 4 * english + 4096;
}

QString localizedAt(const QString &text, int depth, int *budget);

QStringList localizedAt(const QStringList &texts, int depth, int *budget)
{
    QStringList out;
    out.reserve(texts.size());
    for (const QString &t : texts)
        out.append(localizedAt(t, depth, budget));
    return out;
}

// Fills the argument lists in turn (localized when budget is given); false when the text grows
// past cap.
bool build(const QString &start, const QList<QStringList> &args, int depth, int *budget,
           qsizetype cap, QString *out)
{
    QString s = start;
    for (const QStringList &a : args) {
        s = fillArgs(s, budget ? localizedAt(a, depth + 1, budget) : a);
        if (s.size() > cap) return false;
    }
    *out = s;
    return true;
}

QString localizedAt(const QString &text, int depth, int *budget)
{
    if (depth > kMaxDepth || --*budget < 0) return text;
    std::shared_ptr<const Recipe> r;
    {
        QMutexLocker lock(&g_mutex);
        r = table().value(text);
    }
    if (!r) return text;
    const qsizetype cap = growthCap(text.size());
    if (r->join) {
        const QString joined = localizedAt(r->args.value(0), depth + 1, budget).join(r->separator);
        return joined.size() > cap ? text : joined;
    }
    QString out;
    const QString translated =
        QCoreApplication::translate(r->context.constData(), r->source.constData(), nullptr, r->n);
    return build(translated, r->args, depth, budget, cap, &out) ? out : text;
}

// The distinct %N marker numbers in s, lowest first, as QString::arg sees them.
QList<int> markerNumbers(const QString &s)
{
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
    return numbers;
}

// How many arguments one fillArgs call can place in s.
qsizetype markerCount(const QString &s)
{
    return markerNumbers(s).size();
}

} // namespace

QString fillArgs(const QString &s, const QStringList &args)
{
    if (args.isEmpty()) return s;
    const QList<int> numbers = markerNumbers(s);
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
                                Recipe{QByteArray::fromRawData(m_context, qstrlen(m_context)),
                                       QByteArray::fromRawData(m_source, qstrlen(m_source)),
                                       m_n,
                                       m_args,
                                       false,
                                       {}}));
    return m_english;
}

QString Tr::localized() const
{
    int budget = kMaxLookups;
    QString out;
    return build(QCoreApplication::translate(m_context, m_source, nullptr, m_n), m_args, 0, &budget,
                 growthCap(m_english.size()), &out)
               ? out
               : m_english;
}

QString localized(const QString &text)
{
    int budget = kMaxLookups;
    return localizedAt(text, 0, &budget);
}

QString joinTexts(const QStringList &parts, const QString &separator)
{
    const QString english = parts.join(separator);
    if (parts.size() < 2) return english;
    QMutexLocker lock(&g_mutex);
    auto &t = table();
    if (t.size() < kMaxRemembered && !t.contains(english))
        t.insert(english,
                 std::make_shared<const Recipe>(Recipe{{}, {}, -1, {parts}, true, separator}));
    return english;
}

namespace {

// Bounds for recipes read from a document: enough for any report Mailscope writes.
constexpr qsizetype kMaxRecipesIn = 50000;
constexpr qsizetype kMaxRecipeChars = 64 * 1024;
constexpr qsizetype kMaxRecipeArgs = 16;

QJsonArray toJson(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

// The strings of a JSON array, or nothing when it holds anything else or too much.
bool stringsOf(const QJsonValue &v, QStringList *out)
{
    if (!v.isArray() || v.toArray().size() > kMaxRecipeArgs) return false;
    for (const QJsonValue &x : v.toArray()) {
        if (!x.isString() || x.toString().size() > kMaxRecipeChars) return false;
        out->append(x.toString());
    }
    return true;
}

} // namespace

QJsonArray textRecipes(const QStringList &strings)
{
    QJsonArray out;
    QSet<QString> done;
    QStringList queue = strings;
    QMutexLocker lock(&g_mutex);
    const auto &t = table();
    for (qsizetype i = 0; i < queue.size() && out.size() < kMaxRecipesIn; ++i) {
        const QString &text = queue.at(i);
        if (done.contains(text)) continue;
        done.insert(text);
        const std::shared_ptr<const Recipe> r = t.value(text);
        if (!r) continue;
        QJsonObject o{{QStringLiteral("text"), text}};
        if (r->join) {
            o.insert(QStringLiteral("parts"), toJson(r->args.value(0)));
            o.insert(QStringLiteral("separator"), r->separator);
        } else {
            o.insert(QStringLiteral("context"), QString::fromUtf8(r->context));
            o.insert(QStringLiteral("source"), QString::fromUtf8(r->source));
            if (r->n >= 0) o.insert(QStringLiteral("n"), r->n);
            QJsonArray args;
            for (const QStringList &a : r->args)
                args.append(toJson(a));
            o.insert(QStringLiteral("args"), args);
        }
        out.append(o);
        for (const QStringList &a : r->args)
            queue += a;
    }
    return out;
}

int rememberTextRecipes(const QJsonArray &recipes)
{
    int taken = 0;
    for (qsizetype i = 0; i < recipes.size() && i < kMaxRecipesIn; ++i) {
        const QJsonObject o = recipes.at(i).toObject();
        const QString text = o.value(QStringLiteral("text")).toString();
        if (text.isEmpty() || text.size() > kMaxRecipeChars) continue;
        Recipe r;
        r.n = -1;
        QString made;
        if (o.contains(QStringLiteral("parts"))) {
            QStringList parts;
            if (!stringsOf(o.value(QStringLiteral("parts")), &parts) || parts.size() < 2 ||
                parts.contains(text))
                continue;
            r.join = true;
            r.separator = o.value(QStringLiteral("separator")).toString().left(16);
            r.args = {parts};
            made = parts.join(r.separator);
        } else {
            const QString context = o.value(QStringLiteral("context")).toString();
            const QString source = o.value(QStringLiteral("source")).toString();
            // What the catalogue is asked for must be all of it: no NUL to cut it short.
            if (context.isEmpty() || source.isEmpty() || context.size() > 64 ||
                source.size() > kMaxRecipeChars || context.contains(QChar(0)) ||
                source.contains(QChar(0)))
                continue;
            const QJsonValue n = o.value(QStringLiteral("n"));
            if (!n.isUndefined() && (!n.isDouble() || n.toDouble() < 0 || n.toDouble() > 1e9))
                continue;
            r.n = n.isUndefined() ? -1 : n.toInt();
            const QJsonArray args = o.value(QStringLiteral("args")).toArray();
            if (args.size() > kMaxRecipeArgs) continue;
            bool ok = true;
            for (const QJsonValue &a : args) {
                QStringList list;
                ok = ok && stringsOf(a, &list) && !list.isEmpty() && !list.contains(text);
                r.args.append(list);
            }
            if (!ok) continue;
            r.context = context.toUtf8();
            r.source = source.toUtf8();
            // Every argument fills a marker (none is carried along unused), and the text
            // never grows far past the one it must end as.
            made = withCount(source, r.n);
            for (const QStringList &list : std::as_const(r.args)) {
                if (list.size() > markerCount(made)) {
                    ok = false;
                    break;
                }
                made = fillArgs(made, list);
                if (made.size() > 2 * text.size() + 1024) {
                    ok = false;
                    break;
                }
            }
            if (!ok) continue;
        }
        // Only a recipe that makes exactly its text: the file cannot make a text say
        // something else on screen than the sentence it stands for.
        if (made != text) continue;
        QMutexLocker lock(&g_mutex);
        auto &t = table();
        if (t.size() >= kMaxRemembered || t.contains(text)) continue;
        t.insert(text, std::make_shared<const Recipe>(std::move(r)));
        ++taken;
    }
    return taken;
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
