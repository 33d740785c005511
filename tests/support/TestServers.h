// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Shared test-bed helpers: the server scripts in tests/servers/ and scripted fault servers.
#pragma once

#include "demo/DemoCert.h"
#include "fake/ScriptedServer.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>
#include <memory>

// A missing server or kernel feature skips the test where it may be missing; under the README's
// test command (MAILSCOPE_REQUIRE_ALL=1, everything installed) it is a failure instead.
#define MAILSCOPE_REQUIRE(cond, why)                                                               \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            if (qEnvironmentVariableIsSet("MAILSCOPE_REQUIRE_ALL")) QFAIL(why);                    \
            QSKIP(why);                                                                            \
        }                                                                                          \
    } while (0)

namespace mailscope::test {

inline QString serverScript(const char *name)
{
    return QStringLiteral(MAILSCOPE_SOURCE_DIR "/tests/servers/") + QLatin1String(name);
}

inline QString interpreter(const char *name)
{
    return QLatin1String(name).endsWith(QLatin1String(".py")) ? QStringLiteral("python3")
                                                              : QStringLiteral("bash");
}

// Runs "tests/servers/NAME start ARGS..." (DIR first) and reads the KEY=value lines it prints.
// Returns an error text (the script's stderr) or an empty string.
inline QString startServer(const char *name, const QStringList &args,
                           const QMap<QString, QString> &extraEnv, QMap<QString, QString> *out)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(interpreter(name), QStringList{serverScript(name), QStringLiteral("start")} + args);
    if (!p.waitForFinished(90000)) {
        p.kill();
        p.waitForFinished(2000);
        return QStringLiteral("%1 did not start within 90 s").arg(QLatin1String(name));
    }
    if (p.exitCode() != 0) return QString::fromLocal8Bit(p.readAllStandardError());
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            out->insert(QString::fromLatin1(line.left(eq)), QString::fromLatin1(line.mid(eq + 1)));
    }
    return {};
}

inline void stopServer(const char *name, const QString &dir)
{
    QProcess p;
    p.start(interpreter(name), {serverScript(name), QStringLiteral("stop"), dir});
    if (!p.waitForFinished(30000)) p.kill();
}

// The demo identity of this test process (made afresh per process): scripted servers here
// present it. A mailscope-cli child has an identity of its own.
inline QString demoCertSha()
{
    return QString::fromLatin1(demo::identity().sha256);
}

// A sign-in profile (mailscope-cli --oauth2 FILE) for tests/servers/oauth2.py at baseUrl.
// tokenBase: where the token endpoint is, when not at baseUrl (the server's HTTPS listener).
inline QString writeOAuthProfile(const QString &path, const QString &baseUrl,
                                 const QString &clientId, const QString &mech,
                                 const QString &tokenBase = QString())
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return {};
    QJsonObject o;
    o.insert(QStringLiteral("id"), QStringLiteral("testprovider"));
    o.insert(QStringLiteral("name"), QStringLiteral("Test provider"));
    o.insert(QStringLiteral("authorize_url"), QString(baseUrl + QStringLiteral("/authorize")));
    o.insert(QStringLiteral("token_url"),
             QString((tokenBase.isEmpty() ? baseUrl : tokenBase) + QStringLiteral("/token")));
    o.insert(QStringLiteral("scopes"),
             // An SMTP-only permission too: an IMAP login must not name it as missing.
             QJsonArray{QStringLiteral("mail"), QStringLiteral("https://mail.test/SMTP.Send"),
                        QStringLiteral("offline_access")});
    o.insert(QStringLiteral("client_id"), clientId);
    o.insert(QStringLiteral("mechanism"), mech);
    f.write(QJsonDocument(o).toJson());
    return path;
}

// A JSON request to a test server on loopback (the authorization server's admin endpoints).
inline QJsonObject httpJson(const QString &method, const QUrl &url, const QJsonObject &body = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    req.setTransferTimeout(10000);
    QNetworkReply *r = method == QLatin1String("GET")
                           ? nam.get(req)
                           : nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject o = QJsonDocument::fromJson(r->readAll()).object();
    r->deleteLater();
    return o;
}

// MAILSCOPE_BROWSER: the browser replaced by an HTTP request (tests/servers/oauth2_browser.py).
inline QString browserStub(const QString &extra = {})
{
    return QStringLiteral("python3 %1 %2").arg(serverScript("oauth2_browser.py"), extra);
}

// A scripted fault server on 127.0.0.1 port 0 that uses the demo certificate for TLS.
inline std::unique_ptr<fake::ScriptedServer> serveScript(const QByteArray &script)
{
    QString err;
    auto s = fake::ScriptedServer::fromText(script, &err);
    if (!s) {
        qWarning("script error: %s", qPrintable(err));
        return nullptr;
    }
    s->setCertificate(demo::identity().certificate, demo::identity().key);
    if (!s->start()) return nullptr;
    return s;
}

} // namespace mailscope::test
