// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Runs mailscope-cli as a separate process, the way users and outside tools do.
#pragma once

#include "Process.h"
#include "Secrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>

namespace mailscope::test {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json; // when --json - was given

    QStringList findingIds() const
    {
        QStringList ids;
        for (const auto &f : json.value(QStringLiteral("findings")).toArray())
            ids << f.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }
    QJsonObject findingById(const QString &id) const
    {
        for (const auto &f : json.value(QStringLiteral("findings")).toArray())
            if (f.toObject().value(QStringLiteral("id")).toString() == id) return f.toObject();
        return {};
    }
    QString checkStatus(const QString &id) const
    {
        for (const auto &c : json.value(QStringLiteral("checks")).toArray())
            if (c.toObject().value(QStringLiteral("id")).toString() == id)
                return c.toObject().value(QStringLiteral("status")).toString();
        return QString();
    }
    QString allEventText() const
    {
        QString s;
        for (const auto &e : json.value(QStringLiteral("events")).toArray())
            s += e.toObject().value(QStringLiteral("text")).toString() + QLatin1Char('\n');
        return s;
    }
    int countEvents(const QString &kind, const QString &contains) const
    {
        int n = 0;
        for (const auto &e : json.value(QStringLiteral("events")).toArray()) {
            const QJsonObject o = e.toObject();
            if (o.value(QStringLiteral("kind")).toString() == kind &&
                o.value(QStringLiteral("text")).toString().contains(contains))
                ++n;
        }
        return n;
    }
};

// Every form in which a password could leak (Secrets.h), in stdout and stderr. Returns the
// first form found, or "".
inline QString leakedSecret(const CliResult &r, const QByteArray &user, const QByteArray &password)
{
    for (const QByteArray &hay : {r.out, r.err}) {
        const QString f = findSecret(hay, user, password);
        if (!f.isEmpty()) return f;
    }
    return {};
}

// The binary under test: MAILSCOPE_CLI_UNDER_TEST names another build (for example the code
// before a fix, to see a new test fail there).
inline QString cliPath()
{
    const QString other = qEnvironmentVariable("MAILSCOPE_CLI_UNDER_TEST");
    return other.isEmpty() ? QStringLiteral(MAILSCOPE_CLI) : other;
}

inline CliResult runCli(const QStringList &args, const QProcessEnvironment &extraEnv = {},
                        const QByteArray &stdinData = {}, int timeoutMs = 120000)
{
    CliResult r;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &k : extraEnv.keys())
        env.insert(k, extraEnv.value(k));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    const ToolRun run = runTool(cliPath(), args, stdinData, timeoutMs, env);
    r.exitCode = run.exitCode;
    r.out = run.out;
    r.err = run.err;
    if (args.contains(QStringLiteral("-"))) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        r.json = doc.object();
    }
    return r;
}

} // namespace mailscope::test
