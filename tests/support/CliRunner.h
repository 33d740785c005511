// Runs mailscope-cli as a separate process, the way users and outside tools do.
#pragma once

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

// Every form in which a password could leak: as typed, JSON-escaped, inside a SASL PLAIN
// blob, or base64 on its own (AUTH LOGIN). Returns the first form found in out/err, or "".
inline QString leakedSecret(const CliResult &r, const QByteArray &user, const QByteArray &password)
{
    const QByteArray escaped = QByteArray(password).replace('\\', "\\\\").replace('"', "\\\"");
    const QByteArrayList forms{
        password, escaped,
        QByteArray(QByteArray("\0", 1) + user + QByteArray("\0", 1) + password).toBase64(),
        password.toBase64()};
    for (const QByteArray &f : forms)
        for (const QByteArray &hay : {r.out, r.err})
            if (!f.isEmpty() && hay.contains(f)) return QString::fromLatin1(f);
    return {};
}

inline CliResult runCli(const QStringList &args, const QProcessEnvironment &extraEnv = {},
                        const QByteArray &stdinData = {}, int timeoutMs = 120000)
{
    CliResult r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &k : extraEnv.keys())
        env.insert(k, extraEnv.value(k));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MAILSCOPE_CLI), args);
    if (!p.waitForStarted(10000)) return r;
    if (!stdinData.isEmpty()) p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (args.contains(QStringLiteral("-"))) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        r.json = doc.object();
    }
    return r;
}

} // namespace mailscope::test
