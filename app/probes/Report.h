// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The result model shared by every check: target, findings, advice, check statuses.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace mailscope {

enum class Protocol
{
    Imap,
    Smtp
};
enum class Severity
{
    Info,
    Warning,
    Error
};
enum class CheckStatus
{
    Pass,
    Warn,
    Fail,
    Skipped,
    Error
};

QString severityName(Severity s);
QString checkStatusName(CheckStatus s);

struct Target
{
    QString url; // as given, without any password
    Protocol protocol = Protocol::Imap;
    QString scheme; // imap, imaps, smtp, submission, smtps
    QString host;
    quint16 port = 0;
    bool implicitTls = false; // imaps, smtps
    QString user;

    QString protocolName() const
    {
        return protocol == Protocol::Imap ? QStringLiteral("imap") : QStringLiteral("smtp");
    }
    QString securityName() const
    {
        return implicitTls ? QStringLiteral("tls") : QStringLiteral("starttls");
    }
    // Parses imap://[user@]host[:port] and friends; returns an error text on failure.
    static QString parse(const QString &text, Target *out);
};

struct Finding
{
    QString id;
    Severity severity = Severity::Info;
    QString title;       // plain words first
    QString explanation; // what it means and why it matters
    QJsonObject data;
    QList<int> evidence; // transcript event indexes
};

struct CheckResult
{
    QString id;
    CheckStatus status = CheckStatus::Skipped;
    QString summary;
};

struct Advice
{
    QString forWhom; // thunderbird, outlook, apple-mail, offlineimap, mbsync, postfix,
                     // server-admin, user
    QString setting;
    QString value;
    QString reason;
};

struct Report
{
    Target target;
    QString software = QStringLiteral("unknown");
    QString greeting;
    QStringList capsBeforeTls;
    QStringList capsAfterTls;
    QStringList capsAfterLogin;
    QList<CheckResult> checks;
    QList<Finding> findings;
    QList<Advice> advice;
    QString fatalError;        // set when the run could not be carried out
    QString startedAt;         // ISO 8601, wall clock, for the reader
    bool secretsShown = false; // recorded with --show-secrets: the transcript holds passwords
    // The server accepted the password or sign-in of this run (not PREAUTH): only then may a
    // front end keep it.
    bool credentialsAccepted = false;

    bool hasFinding(const QString &id) const;
    const Finding *finding(const QString &id) const;
    // 0: ran, nothing of warning or error severity; 1: warnings or errors; 2: could not run.
    int exitCode() const;
};

// A copy for people to read: titles, explanations, summaries and advice in the installed
// language (see i18n/Text.h). The original stays English for JSON; ids are unchanged.
Report localizedReport(const Report &r);

} // namespace mailscope
