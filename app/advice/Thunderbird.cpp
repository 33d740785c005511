// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "advice/Thunderbird.h"
#include "i18n/Text.h"
#include "report/TextSafety.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QRegularExpression>
#include <QSet>

namespace mailscope::thunderbird {

namespace {

// --- prefs.js ----------------------------------------------------------------------------

class Parser
{
public:
    explicit Parser(const QString &text) : m_s(text) {}

    Prefs run()
    {
        Prefs p;
        while (true) {
            skipSpaceAndComments();
            if (atEnd()) break;
            const qsizetype start = m_i;
            const int line = m_line;
            QString name, why;
            QVariant value;
            if (readPref(&name, &value, &why)) {
                if (p.values.size() >= kMaxPrefs && !p.values.contains(name)) {
                    p.truncated = true;
                    break;
                }
                p.values.insert(name, value);
            } else {
                ++p.problemCount;
                if (p.problems.size() < kMaxProblems)
                    p.problems << QStringLiteral("line %1: %2").arg(line).arg(why);
                resync();
            }
            if (m_i == start) advance(); // every round consumes input
        }
        return p;
    }

private:
    bool atEnd() const { return m_i >= m_s.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_i + ahead < m_s.size() ? m_s[m_i + ahead] : QChar();
    }
    void advance()
    {
        if (atEnd()) return;
        if (m_s[m_i] == QLatin1Char('\n')) ++m_line;
        ++m_i;
    }

    void skipSpaceAndComments()
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c.isSpace()) {
                advance();
            } else if (c == QLatin1Char('#') ||
                       (c == QLatin1Char('/') && peek(1) == QLatin1Char('/'))) {
                while (!atEnd() && peek() != QLatin1Char('\n'))
                    advance();
            } else if (c == QLatin1Char('/') && peek(1) == QLatin1Char('*')) {
                advance();
                advance();
                while (!atEnd() && !(peek() == QLatin1Char('*') && peek(1) == QLatin1Char('/')))
                    advance();
                advance();
                advance();
            } else {
                return;
            }
        }
    }

    bool expect(char c, QString *why)
    {
        skipSpaceAndComments();
        if (peek() != QLatin1Char(c)) {
            *why = QStringLiteral("expected '%1'").arg(QLatin1Char(c));
            return false;
        }
        advance();
        return true;
    }

    QString word()
    {
        QString w;
        while (!atEnd() && (peek().isLetterOrNumber() || peek() == QLatin1Char('_')) &&
               w.size() < 64) {
            w += peek();
            advance();
        }
        return w;
    }

    bool readString(QString *out, QString *why)
    {
        const QChar quote = peek();
        if (quote != QLatin1Char('"') && quote != QLatin1Char('\'')) {
            *why = QStringLiteral("expected a string");
            return false;
        }
        advance();
        bool tooLong = false;
        auto put = [&](QChar c) {
            if (out->size() < kMaxStringChars)
                *out += c;
            else
                tooLong = true;
        };
        while (true) {
            if (atEnd() || peek() == QLatin1Char('\n')) {
                *why = QStringLiteral("a string is not closed");
                return false;
            }
            const QChar c = peek();
            advance();
            if (c == quote) break;
            if (c != QLatin1Char('\\')) {
                put(c);
                continue;
            }
            const QChar e = peek();
            advance();
            switch (e.unicode()) {
            case 'n':
                put(QLatin1Char('\n'));
                break;
            case 'r':
                put(QLatin1Char('\r'));
                break;
            case 't':
                put(QLatin1Char('\t'));
                break;
            case 'x':
            case 'u': {
                const int digits = e == QLatin1Char('x') ? 2 : 4;
                bool ok = false;
                const uint v = m_s.mid(m_i, digits).toUInt(&ok, 16);
                if (!ok || m_i + digits > m_s.size()) {
                    *why = QStringLiteral("a \\%1 escape needs %2 hex digits").arg(e).arg(digits);
                    return false;
                }
                for (int k = 0; k < digits; ++k)
                    advance();
                put(QChar(char16_t(v))); // surrogate pairs arrive as two \u escapes
                break;
            }
            default:
                if (e.isNull()) {
                    *why = QStringLiteral("a string is not closed");
                    return false;
                }
                put(e); // \" \' \\ and anything else stand for themselves
            }
        }
        if (tooLong) {
            *why = QStringLiteral("a string longer than %1 characters").arg(kMaxStringChars);
            return false;
        }
        return true;
    }

    bool readValue(QVariant *out, QString *why)
    {
        skipSpaceAndComments();
        const QChar c = peek();
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            QString s;
            if (!readString(&s, why)) return false;
            *out = s;
            return true;
        }
        if (c == QLatin1Char('-') || c == QLatin1Char('+') || c.isDigit()) {
            QString digits;
            if (!c.isDigit()) {
                digits += c;
                advance();
            }
            while (!atEnd() && peek().isDigit() && digits.size() < 20) {
                digits += peek();
                advance();
            }
            bool ok = false;
            const qint64 v = digits.toLongLong(&ok);
            if (!ok || peek().isDigit()) {
                *why = QStringLiteral("a number that cannot be read");
                return false;
            }
            *out = v;
            return true;
        }
        const QString w = word();
        if (w == QLatin1String("true") || w == QLatin1String("false")) {
            *out = w == QLatin1String("true");
            return true;
        }
        *why = QStringLiteral("expected a string, a number, true or false");
        return false;
    }

    bool readPref(QString *name, QVariant *value, QString *why)
    {
        const QString fn = word();
        if (fn != QLatin1String("user_pref") && fn != QLatin1String("pref") &&
            fn != QLatin1String("sticky_pref") && fn != QLatin1String("lockPref")) {
            *why = QStringLiteral("expected user_pref(…)");
            return false;
        }
        if (!expect('(', why)) return false;
        skipSpaceAndComments();
        if (!readString(name, why)) return false;
        if (!expect(',', why)) return false;
        if (!readValue(value, why)) return false;
        if (!expect(')', why)) return false;
        skipSpaceAndComments();
        if (peek() == QLatin1Char(';')) advance();
        return true;
    }

    // After a line that could not be read: go on after its ';' or its end.
    void resync()
    {
        while (!atEnd()) {
            const QChar c = peek();
            advance();
            if (c == QLatin1Char(';') || c == QLatin1Char('\n')) return;
        }
    }

    const QString &m_s;
    qsizetype m_i = 0;
    int m_line = 1;
};

// --- profiles.ini ------------------------------------------------------------------------

using IniSections = QList<QPair<QString, QMap<QString, QString>>>;

IniSections readIni(const QString &path)
{
    IniSections out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return out;
    const QString text = QString::fromUtf8(f.read(qint64(1) << 20));
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) ||
            line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            if (out.size() >= 1000) break;
            out.append({line.mid(1, line.size() - 2), {}});
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0 || out.isEmpty()) continue;
        out.last().second.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return out;
}

// --- the comparison ----------------------------------------------------------------------

// Thunderbird's own defaults where a setting is not in prefs.js.
qint64 builtInDefault(const QString &suffix, bool smtp)
{
    if (suffix == QLatin1String("max_cached_connections")) return smtp ? 3 : 5;
    if (suffix == QLatin1String("check_time")) return 10;
    if (suffix == QLatin1String("timeout")) return 29;
    if (suffix == QLatin1String("authMethod")) return 3;
    return 0; // socketType, try_ssl
}

QString labelFor(const QString &name)
{
    static const char *const labels[][2] = {
        {".port", QT_TRANSLATE_NOOP("Thunderbird", "Port")},
        {".socketType", QT_TRANSLATE_NOOP("Thunderbird", "Connection security")},
        {".try_ssl", QT_TRANSLATE_NOOP("Thunderbird", "Connection security")},
        {".authMethod", QT_TRANSLATE_NOOP("Thunderbird", "Authentication method")},
        {".max_cached_connections",
         QT_TRANSLATE_NOOP("Thunderbird", "Connections kept open to this server")},
        {".check_time", QT_TRANSLATE_NOOP("Thunderbird", "Check for new messages every … minutes")},
        {".timeout",
         QT_TRANSLATE_NOOP("Thunderbird", "Minutes before an idle connection counts as stale")},
        {"mailnews.tcptimeout",
         QT_TRANSLATE_NOOP("Thunderbird", "Seconds before giving up on a server that went silent")},
        {"mail.imap.tcp_keepalive.enabled",
         QT_TRANSLATE_NOOP("Thunderbird", "TCP keepalives on IMAP connections")},
        {"mail.imap.tcp_keepalive.idle_time",
         QT_TRANSLATE_NOOP("Thunderbird", "Seconds idle before TCP keepalives start")},
    };
    for (const auto &l : labels)
        if (name.endsWith(QLatin1String(l[0])))
            return QCoreApplication::translate("Thunderbird", l[1]);
    return name;
}

QString valueWords(const QString &name, const QVariant &v)
{
    if (name.endsWith(QLatin1String(".socketType")) || name.endsWith(QLatin1String(".try_ssl")))
        return socketTypeWords(v.toLongLong());
    if (name.endsWith(QLatin1String(".authMethod"))) return authMethodWords(v.toLongLong());
    if (v.typeId() == QMetaType::Bool) // pref values, as in the Config Editor: not translated
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::Bool || b.typeId() == QMetaType::Bool)
        return a.toBool() == b.toBool() && a.typeId() == b.typeId();
    if (a.typeId() == QMetaType::LongLong && b.typeId() == QMetaType::LongLong)
        return a.toLongLong() == b.toLongLong();
    return a.toString() == b.toString();
}

// An advice value as a pref value: a number, true/false (its first word), or nothing.
bool advisedValue(const QString &text, QVariant *out, QString *rest)
{
    const QString first = text.section(QLatin1Char(' '), 0, 0);
    *rest = text.section(QLatin1Char(' '), 1).trimmed();
    bool ok = false;
    const qint64 n = first.toLongLong(&ok);
    if (ok) {
        *out = n;
        return true;
    }
    if (first == QLatin1String("true") || first == QLatin1String("false")) {
        *out = first == QLatin1String("true");
        return true;
    }
    return false;
}

bool capsHave(const Report &r, const char *cap)
{
    for (const QStringList *l : {&r.capsBeforeTls, &r.capsAfterTls, &r.capsAfterLogin})
        for (const QString &c : *l)
            if (c.compare(QLatin1String(cap), Qt::CaseInsensitive) == 0) return true;
    return false;
}

bool checkPassed(const Report &r, const QString &id)
{
    for (const CheckResult &c : r.checks)
        if (c.id == id) return c.status == CheckStatus::Pass;
    return false;
}

QStringList listPref(const Prefs &p, const char *name)
{
    QStringList out;
    for (const QString &s : p.value(QLatin1String(name)).toString().split(QLatin1Char(',')))
        if (!s.trimmed().isEmpty()) out << s.trimmed();
    return out;
}

} // namespace

Prefs parsePrefs(const QByteArray &text)
{
    const QString s = QString::fromUtf8(text.left(kMaxBytes));
    Prefs p = Parser(s).run();
    if (text.size() > kMaxBytes) p.truncated = true;
    return p;
}

bool readPrefsFile(const QString &path, Prefs *out, QString *error)
{
    // A FIFO or device named by profiles.ini or picked by hand would block the reader for
    // ever: regular files only.
    if (!QFileInfo(path).isFile()) {
        if (error)
            *error =
                QCoreApplication::translate("Thunderbird", "%1 is not a regular file").arg(path);
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) *error = f.errorString();
        return false;
    }
    const QByteArray text = f.read(kMaxBytes);
    *out = parsePrefs(text);
    if (!f.atEnd()) out->truncated = true;
    return true;
}

QString userPrefLine(const QString &name, const QVariant &value)
{
    auto quoted = [](QString s) -> QString {
        s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        s.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        // Every control character escaped: the line is copied to the clipboard and pasted.
        // So is half a surrogate pair (it has no UTF-8 form and would come back as '?').
        QString out;
        for (qsizetype i = 0; i < s.size(); ++i) {
            const QChar c = s[i];
            const bool pair = c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate();
            if (pair) {
                out += c;
                out += s[++i];
            } else if (c == QLatin1Char('\n')) {
                out += QStringLiteral("\\n");
            } else if (isControlChar(c.unicode()) || c.isSurrogate()) {
                out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
        return QLatin1Char('"') + out + QLatin1Char('"');
    };
    QString v;
    if (value.typeId() == QMetaType::Bool)
        v = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        v = QString::number(value.toLongLong());
    else
        v = quoted(value.toString());
    return QStringLiteral("user_pref(%1, %2);").arg(quoted(name), v);
}

QList<Profile> profilesFromIni(const QString &iniPath)
{
    QList<Profile> out;
    const QDir base = QFileInfo(iniPath).absoluteDir();
    QString installDefault;
    auto resolve = [&base](const QString &path, bool relative) {
        const QString p = QDir::fromNativeSeparators(path);
        return QDir::cleanPath(relative ? base.absoluteFilePath(p) : p);
    };
    for (const auto &[section, keys] : readIni(iniPath)) {
        if (section.startsWith(QLatin1String("Install")) && installDefault.isEmpty() &&
            keys.contains(QStringLiteral("Default")))
            installDefault = resolve(keys.value(QStringLiteral("Default")), true);
        if (!section.startsWith(QLatin1String("Profile")) || !keys.contains(QStringLiteral("Path")))
            continue;
        Profile p;
        p.name = keys.value(QStringLiteral("Name"));
        p.dir = resolve(keys.value(QStringLiteral("Path")),
                        keys.value(QStringLiteral("IsRelative"), QStringLiteral("1")) ==
                            QLatin1String("1"));
        p.isDefault = keys.value(QStringLiteral("Default")) == QLatin1String("1");
        out.append(p);
    }
    // The install's own default wins (Thunderbird 68 and later), then Default=1.
    if (!installDefault.isEmpty())
        for (Profile &p : out)
            p.isDefault = p.dir == installDefault;
    if (out.size() == 1) out.first().isDefault = true;
    std::stable_sort(out.begin(), out.end(), [](const Profile &a, const Profile &b) {
        return a.isDefault && !b.isDefault;
    });
    return out;
}

QStringList profileIniCandidates(const QString &home, const QString &appData)
{
#if defined(Q_OS_WIN)
    Q_UNUSED(home);
    return {appData + QStringLiteral("/Thunderbird/profiles.ini")};
#elif defined(Q_OS_MACOS)
    Q_UNUSED(appData);
    return {home + QStringLiteral("/Library/Thunderbird/profiles.ini")};
#else
    Q_UNUSED(appData);
    return {home + QStringLiteral("/.thunderbird/profiles.ini"),
            home + QStringLiteral("/snap/thunderbird/common/.thunderbird/profiles.ini"),
            home + QStringLiteral("/.var/app/org.mozilla.Thunderbird/.thunderbird/profiles.ini")};
#endif
}

QString defaultPrefsFile()
{
    for (const QString &ini :
         profileIniCandidates(QDir::homePath(), qEnvironmentVariable("APPDATA"))) {
        if (!QFileInfo::exists(ini)) continue;
        for (const Profile &p : profilesFromIni(ini)) {
            const QString prefs = p.dir + QStringLiteral("/prefs.js");
            if (QFileInfo::exists(prefs)) return prefs;
        }
    }
    return {};
}

QList<Server> incomingServers(const Prefs &p)
{
    // Servers of accounts in use (deleted accounts can leave theirs behind).
    QSet<QString> inUse;
    const QStringList accounts = listPref(p, "mail.accountmanager.accounts");
    for (const QString &a : accounts)
        inUse.insert(p.value(QStringLiteral("mail.account.%1.server").arg(a)).toString());
    static const QRegularExpression host(
        QStringLiteral("^mail\\.server\\.([A-Za-z0-9_-]+)\\.hostname$"));
    QList<Server> out;
    for (auto it = p.values.cbegin(); it != p.values.cend(); ++it) {
        const auto m = host.match(it.key());
        if (!m.hasMatch() || m.captured(1) == QLatin1String("default")) continue;
        Server s;
        s.key = m.captured(1);
        if (!accounts.isEmpty() && !inUse.contains(s.key)) continue;
        s.pref = QStringLiteral("mail.server.") + s.key;
        s.hostname = it.value().toString();
        s.type = p.value(s.pref + QStringLiteral(".type")).toString();
        s.userName = p.value(s.pref + QStringLiteral(".userName")).toString();
        s.port = int(qMax<qint64>(0, p.value(s.pref + QStringLiteral(".port")).toLongLong()));
        out.append(s);
    }
    return out;
}

QList<Server> outgoingServers(const Prefs &p)
{
    QStringList keys = listPref(p, "mail.smtpservers");
    if (keys.isEmpty()) {
        static const QRegularExpression host(
            QStringLiteral("^mail\\.smtpserver\\.([A-Za-z0-9_-]+)\\.hostname$"));
        for (auto it = p.values.cbegin(); it != p.values.cend(); ++it) {
            const auto m = host.match(it.key());
            if (m.hasMatch() && m.captured(1) != QLatin1String("default")) keys << m.captured(1);
        }
    }
    QList<Server> out;
    for (const QString &k : std::as_const(keys)) {
        Server s;
        s.key = k;
        s.pref = QStringLiteral("mail.smtpserver.") + k;
        s.type = QStringLiteral("smtp");
        s.hostname = p.value(s.pref + QStringLiteral(".hostname")).toString();
        s.userName = p.value(s.pref + QStringLiteral(".username")).toString();
        s.port = int(qMax<qint64>(0, p.value(s.pref + QStringLiteral(".port")).toLongLong()));
        if (!s.hostname.isEmpty()) out.append(s);
    }
    return out;
}

QString socketTypeWords(qint64 v)
{
    switch (v) {
    case 0:
        return QCoreApplication::translate("Thunderbird", "0 (no encryption)");
    case 1:
        return QCoreApplication::translate("Thunderbird",
                                           "1 (STARTTLS if available: no longer offered)");
    case 2:
        return QCoreApplication::translate("Thunderbird", "2 (STARTTLS)");
    case 3:
        return QCoreApplication::translate("Thunderbird", "3 (SSL/TLS)");
    }
    return QString::number(v);
}

QString authMethodWords(qint64 v)
{
    static const char *const names[] = {
        nullptr,
        QT_TRANSLATE_NOOP("Thunderbird", "1 (no authentication)"),
        QT_TRANSLATE_NOOP("Thunderbird", "2 (old-style LOGIN command)"),
        QT_TRANSLATE_NOOP("Thunderbird", "3 (normal password)"),
        QT_TRANSLATE_NOOP("Thunderbird", "4 (encrypted password)"),
        QT_TRANSLATE_NOOP("Thunderbird", "5 (Kerberos / GSSAPI)"),
        QT_TRANSLATE_NOOP("Thunderbird", "6 (NTLM)"),
        QT_TRANSLATE_NOOP("Thunderbird", "7 (TLS certificate)"),
        QT_TRANSLATE_NOOP("Thunderbird", "8 (secure, an old setting)"),
        QT_TRANSLATE_NOOP("Thunderbird", "9 (any method the server offers)"),
        QT_TRANSLATE_NOOP("Thunderbird", "10 (OAuth2)"),
    };
    if (v >= 1 && v <= 10) return QCoreApplication::translate("Thunderbird", names[v]);
    return QString::number(v);
}

// Only the dialog shows a Comparison and nothing saves it, so its words are made in the
// installed language right here; pref names and user_pref lines stay as Thunderbird spells them.
Comparison compare(const Report &r, const Prefs &prefs)
{
    Comparison out;
    const bool smtp = r.target.protocol == Protocol::Smtp;
    const Target &t = r.target;
    const QString socketSuffix = smtp ? QStringLiteral("try_ssl") : QStringLiteral("socketType");
    QList<Server> servers = smtp ? outgoingServers(prefs) : incomingServers(prefs);
    auto effectivePort = [&](const Server &s) {
        if (s.port > 0) return s.port;
        const qint64 sock = prefs.value(s.pref + QLatin1Char('.') + socketSuffix).toLongLong();
        return smtp ? (sock == 3 ? 465 : 587) : (sock == 3 ? 993 : 143);
    };
    auto sameHost = [&t](const Server &s) {
        QString h = s.hostname.trimmed();
        if (h.endsWith(QLatin1Char('.'))) h.chop(1);
        return h.compare(t.host, Qt::CaseInsensitive) == 0;
    };
    // Best match: host, type, port, user; then host, type and port; then host and type.
    int best = -1, bestScore = 0;
    for (int i = 0; i < servers.size(); ++i) {
        const Server &s = servers[i];
        if (!sameHost(s) || (!smtp && s.type != QLatin1String("imap"))) continue;
        int score = 1;
        if (effectivePort(s) == t.port) score += 2;
        if (!t.user.isEmpty() && s.userName == t.user) score += 1;
        if (score > bestScore) {
            bestScore = score;
            best = i;
        }
    }
    if (best < 0) {
        QStringList known;
        for (const Server &s : std::as_const(servers))
            if (known.size() < 6 && (smtp || s.type == QLatin1String("imap")))
                known << QStringLiteral("%1 (%2, %3:%4)")
                             .arg(s.key, s.type, s.hostname)
                             .arg(effectivePort(s));
        out.summary =
            known.isEmpty()
                ? QCoreApplication::translate("Thunderbird", "This profile has no %1 account.")
                      .arg(smtp ? QCoreApplication::translate("Thunderbird", "outgoing (SMTP)")
                                : QStringLiteral("IMAP"))
                : QCoreApplication::translate("Thunderbird",
                                              "This profile has no %1 account for %2; it has: %3.")
                      .arg(smtp ? QCoreApplication::translate("Thunderbird", "outgoing (SMTP)")
                                : QStringLiteral("IMAP"),
                           t.host, known.join(QStringLiteral("; ")));
        return out;
    }
    out.found = true;
    out.server = servers[best];
    const Server &s = out.server;
    out.summary =
        QCoreApplication::translate("Thunderbird", "The account for %1 is %2 (%3%4, port %5).")
            .arg(t.host, s.pref, s.userName.isEmpty() ? QString() : s.userName + QLatin1Char('@'),
                 s.hostname)
            .arg(effectivePort(s));
    if (effectivePort(s) != t.port)
        out.summary +=
            QCoreApplication::translate("Thunderbird", " Mailscope diagnosed port %1.").arg(t.port);

    auto current = [&](const QString &name, const QString &suffix, bool perServer,
                       QVariant *value) {
        if (prefs.has(name)) {
            *value = prefs.value(name);
            return valueWords(name, *value);
        }
        const QString def = (smtp ? QStringLiteral("mail.smtpserver.default.")
                                  : QStringLiteral("mail.server.default.")) +
                            suffix;
        if (perServer && prefs.has(def)) {
            *value = prefs.value(def);
            return QCoreApplication::translate("Thunderbird", "%1 (not set; the profile's default)")
                .arg(valueWords(name, *value));
        }
        if (suffix == QLatin1String("port")) {
            *value = qint64(effectivePort(s));
            return QCoreApplication::translate(
                       "Thunderbird", "%1 (not set; the default for its connection security)")
                .arg(value->toLongLong());
        }
        if (name == QLatin1String("mailnews.tcptimeout"))
            *value = qint64(100);
        else if (name == QLatin1String("mail.imap.tcp_keepalive.enabled"))
            *value = true;
        else if (name == QLatin1String("mail.imap.tcp_keepalive.idle_time"))
            *value = qint64(100);
        else if (perServer)
            *value = builtInDefault(suffix, smtp);
        else
            return QCoreApplication::translate("Thunderbird", "not set");
        return QCoreApplication::translate("Thunderbird", "%1 (not set; Thunderbird's default)")
            .arg(valueWords(name, *value));
    };
    auto addRow = [&](const QString &name, const QString &suffix, bool perServer,
                      const QVariant &recommended, const QString &why) {
        Row row;
        row.pref = name;
        row.label = labelFor(name);
        QVariant now;
        row.current = current(name, suffix, perServer, &now);
        row.why = why;
        if (recommended.isValid()) {
            row.recommendedValue = recommended;
            row.recommended = valueWords(name, recommended);
            row.differs = !now.isValid() || !sameValue(now, recommended);
            if (row.differs) row.copyLine = userPrefLine(name, recommended);
        }
        out.rows.append(row);
    };

    // Port and connection security: what Mailscope used and what the findings say.
    const bool missing = r.hasFinding(QStringLiteral("starttls.missing"));
    const bool hidden = r.hasFinding(QStringLiteral("starttls.unadvertised"));
    qint64 socket = 2;
    qint64 port = t.port;
    QString why;
    if (t.implicitTls) {
        socket = 3;
        why = QCoreApplication::translate("Thunderbird",
                                          "Mailscope reached the server with SSL/TLS on port %1.")
                  .arg(t.port);
    } else if (missing) {
        socket = 3;
        port = smtp ? 465 : 993;
        why = QCoreApplication::translate(
                  "Thunderbird",
                  "Port %1 refused STARTTLS, so it cannot be encrypted: try SSL/TLS on "
                  "port %2.")
                  .arg(t.port)
                  .arg(port);
    } else if (hidden) {
        why = QCoreApplication::translate(
            "Thunderbird", "The server supports STARTTLS without announcing it; choosing it "
                           "makes Thunderbird encrypt instead of falling back.");
    } else {
        why = QCoreApplication::translate("Thunderbird",
                                          "Mailscope reached the server with STARTTLS on port %1.")
                  .arg(t.port);
    }
    addRow(s.pref + QStringLiteral(".port"), QStringLiteral("port"), true, port, why);
    addRow(s.pref + QLatin1Char('.') + socketSuffix, socketSuffix, true, socket,
           r.hasFinding(QStringLiteral("auth.cleartext"))
               ? why + QCoreApplication::translate(
                           "Thunderbird", " Never \"no encryption\": the server accepts passwords "
                                          "before encryption.")
               : why);

    // Authentication: what worked for Mailscope, or OAuth2 when a password cannot work.
    QVariant auth;
    QString authWhy;
    const bool oauth = capsHave(r, "AUTH=XOAUTH2") || capsHave(r, "AUTH=OAUTHBEARER");
    if (checkPassed(r, smtp ? QStringLiteral("auth") : QStringLiteral("login"))) {
        auth = qint64(3);
        authWhy = QCoreApplication::translate("Thunderbird",
                                              "Mailscope signed in with the normal password.");
    } else if (oauth &&
               (r.hasFinding(QStringLiteral("auth.failed")) || capsHave(r, "LOGINDISABLED"))) {
        auth = qint64(10);
        authWhy = QCoreApplication::translate(
            "Thunderbird", "The server offers OAuth2 and did not accept a password login.");
    } else {
        authWhy = QCoreApplication::translate(
            "Thunderbird", "Mailscope did not sign in, so it has no recommendation.");
    }
    addRow(s.pref + QStringLiteral(".authMethod"), QStringLiteral("authMethod"), true, auth,
           authWhy);

    // Everything the findings advise for Thunderbird that is a pref.
    static const QRegularExpression prefName(QStringLiteral("^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)+$"));
    const QString serverN = QStringLiteral("mail.server.serverN.");
    QSet<QString> done;
    for (const Row &row : std::as_const(out.rows))
        done.insert(row.pref);
    for (const Advice &a : r.advice) {
        if (a.forWhom != QLatin1String("thunderbird")) continue;
        QString name = a.setting;
        bool perServer = false;
        QString suffix;
        if (name.startsWith(serverN)) {
            if (smtp) continue;
            suffix = name.mid(serverN.size());
            name = s.pref + QLatin1Char('.') + suffix;
            perServer = true;
        } else if (!prefName.match(name).hasMatch()) {
            continue; // a place in the settings, not a pref (the rows above cover it)
        }
        QVariant v;
        QString rest;
        if (done.contains(name) || !advisedValue(a.value, &v, &rest)) continue;
        done.insert(name);
        // The value is read from the English advice; the words after it as the user reads them.
        QVariant shownValue;
        QString shownRest;
        if (advisedValue(localized(a.value), &shownValue, &shownRest)) rest = shownRest;
        QString reason = localized(a.reason);
        if (!reason.isEmpty()) reason[0] = reason[0].toUpper();
        if (!rest.isEmpty()) reason += QStringLiteral(" ") + rest;
        addRow(name, suffix, perServer, v, reason + QLatin1Char('.'));
    }
    return out;
}

} // namespace mailscope::thunderbird
