// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// "Compare with my Thunderbird": read a Thunderbird profile's prefs.js (never write it) and put,
// for the diagnosed server, the current value of each setting next to the one the findings
// recommend. The user copies the change; Mailscope changes nothing.
//
// prefs.js is a list of `user_pref("name", value);` lines (strings, integers, true/false) with
// comments. The parser is bounded: at most kMaxBytes of the file and kMaxPrefs preferences are
// read, strings are capped, and every loop consumes input.
//
// Values, from Thunderbird's source (comm-central mailnews/base/public/MailNewsTypes2.idl and
// mailnews/mailnews.js): socketType 0 plain, 2 STARTTLS, 3 SSL/TLS (1, "STARTTLS if available",
// is gone); authMethod 1 none, 2 old-style LOGIN, 3 normal password, 4 encrypted password,
// 5 Kerberos/GSSAPI, 6 NTLM, 7 TLS certificate, 8 secure (old), 9 any, 10 OAuth2. Incoming
// servers are mail.server.serverN.* (type imap/pop3, hostname, port, socketType, authMethod,
// check_time in minutes, max_cached_connections, timeout in minutes); outgoing servers are
// mail.smtpserver.smtpN.* (hostname, port, try_ssl = socketType, authMethod).
#pragma once

#include "probes/Report.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace mailscope::thunderbird {

constexpr qint64 kMaxBytes = qint64(8) << 20; // of prefs.js read
constexpr int kMaxPrefs = 200000;
constexpr int kMaxStringChars = 64 * 1024;
constexpr int kMaxProblems = 20;

struct Prefs
{
    QMap<QString, QVariant> values; // QString, qint64 or bool
    QStringList problems;           // lines that could not be read (the first few)
    int problemCount = 0;
    bool truncated = false; // the file was larger than kMaxBytes, or held more than kMaxPrefs

    bool has(const QString &name) const { return values.contains(name); }
    QVariant value(const QString &name) const { return values.value(name); }
};

// Parses the text of a prefs.js (or user.js).
Prefs parsePrefs(const QByteArray &text);
// Reads at most kMaxBytes of the file. Returns false (and why) when it cannot be read.
bool readPrefsFile(const QString &path, Prefs *out, QString *error);

// One "user_pref" line for a value, for the user to copy.
QString userPrefLine(const QString &name, const QVariant &value);

// --- Profiles ---------------------------------------------------------------------------

struct Profile
{
    QString name;
    QString dir; // absolute
    bool isDefault = false;
};

// The profiles a profiles.ini names; the default first ([Install…] Default=, else Default=1,
// else the only one).
QList<Profile> profilesFromIni(const QString &iniPath);
// Where Thunderbird keeps profiles.ini on this system (Linux: ~/.thunderbird, also the snap
// and flatpak homes; Windows: %APPDATA%\Thunderbird; macOS: ~/Library/Thunderbird), in the
// order to try. home and appData as given (tests); the files need not exist.
QStringList profileIniCandidates(const QString &home, const QString &appData);
// The default profile's prefs.js on this system, or empty.
QString defaultPrefsFile();

// --- Accounts and the comparison ---------------------------------------------------------

struct Server
{
    QString key;  // "server2", "smtp1"
    QString pref; // "mail.server.server2", "mail.smtpserver.smtp1"
    QString type; // imap, pop3, smtp, none…
    QString hostname;
    QString userName;
    int port = 0; // 0: not set (Thunderbird's default for the connection security)
};
QList<Server> incomingServers(const Prefs &p);
QList<Server> outgoingServers(const Prefs &p);

struct Row
{
    QString pref;        // "mail.server.server2.check_time"
    QString label;       // "Check for new messages every … minutes"
    QString current;     // in words: "10 (Thunderbird's default: not set)"
    QString recommended; // in words, or empty: no recommendation
    QVariant recommendedValue;
    QString why;
    bool differs = false;
    QString copyLine; // user_pref("…", …); when there is a change to make
};

struct Comparison
{
    bool found = false;
    Server server;   // the account for the diagnosed server
    QString summary; // what was found, in one sentence
    QList<Row> rows;
};

QString socketTypeWords(qint64 v);
QString authMethodWords(qint64 v);

// For the diagnosed server (report.target): the matching account in the profile, and each
// setting the findings speak about (and port, connection security, authentication always).
// Labels, summary and reasons are in the installed language (the comparison is only shown).
Comparison compare(const Report &report, const Prefs &prefs);

} // namespace mailscope::thunderbird
