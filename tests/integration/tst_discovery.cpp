// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Discovery and TLS as help desks meet them, against real OpenSSL servers (tests/servers/
// tlsbed.py: openssl s_server with made-on-the-fly certificates), a loopback HTTP and DNS
// server with right, wrong and hostile answers (tests/servers/lookup.py), and a firewall that
// drops port 25 inside the project's own network namespaces (tests/servers/netns-drop.sh),
// where the system's resolver is asked too (the namespace's own resolv.conf).
// Every lookup and connection goes to loopback or to those namespaces.
#include "CliRunner.h"
#include "TestServers.h"
#include "discovery/Discovery.h"
#include "discovery/DiscoveryRun.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

using namespace mailscope;
using namespace mailscope::test;

namespace {

QStringList problemCodes(const QJsonObject &finding)
{
    QStringList out;
    for (const auto &p : finding.value(QStringLiteral("data"))
                             .toObject()
                             .value(QStringLiteral("problems"))
                             .toArray())
        out << p.toObject().value(QStringLiteral("problem")).toString();
    return out;
}

QByteArray autoconfig(const QString &imapHost, int imapPort, const char *imapSocket,
                      const QString &smtpHost, int smtpPort, const char *smtpSocket,
                      const char *auth = "password-cleartext")
{
    return QStringLiteral("<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\"><emailProvider "
                          "id=\"example.test\"><domain>example.test</domain>"
                          "<incomingServer type=\"imap\"><hostname>%1</hostname><port>%2</port>"
                          "<socketType>%3</socketType><authentication>%7</authentication>"
                          "<username>%EMAILADDRESS%</username></incomingServer>"
                          "<outgoingServer type=\"smtp\"><hostname>%4</hostname><port>%5</port>"
                          "<socketType>%6</socketType><authentication>%7</authentication>"
                          "<username>%EMAILADDRESS%</username></outgoingServer>"
                          "</emailProvider></clientConfig>\n")
        .arg(imapHost)
        .arg(imapPort)
        .arg(QLatin1String(imapSocket), smtpHost)
        .arg(smtpPort)
        .arg(QLatin1String(smtpSocket), QLatin1String(auth))
        .toUtf8();
}

bool writeScenario(const QString &dir, const QJsonObject &scenario)
{
    QFile f(dir + QStringLiteral("/scenario.json"));
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(scenario).toJson()) > 0;
}

// A clientConfig with exactly these server entries (raw XML).
QByteArray clientConfig(const QString &entries)
{
    return QStringLiteral("<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\"><emailProvider "
                          "id=\"example.test\"><domain>example.test</domain>%1</emailProvider>"
                          "</clientConfig>\n")
        .arg(entries)
        .toUtf8();
}

QJsonObject sourceById(const QJsonObject &report, const QString &id)
{
    for (const auto &s : report.value(QStringLiteral("sources")).toArray())
        if (s.toObject().value(QStringLiteral("id")).toString() == id) return s.toObject();
    return {};
}

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray()
                                 ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tlsDir;
    QMap<QString, QString> m_tls; // tlsbed.py's KEY=value lines

    QString port(const char *variant) const
    {
        return m_tls.value(QString::fromLatin1(variant).toUpper() + QStringLiteral("_PORT"));
    }
    CliResult diagnoseTls(const char *variant, const QStringList &extra = {})
    {
        return runCli(QStringList{QStringLiteral("diagnose"),
                                  QStringLiteral("imaps://fred@localhost:%1").arg(port(variant)),
                                  QStringLiteral("--checks"), QStringLiteral("tls"),
                                  QStringLiteral("--ca-file"),
                                  m_tls.value(QStringLiteral("CA_FILE")),
                                  QStringLiteral("--connect-timeout"), QStringLiteral("10"),
                                  QStringLiteral("--json"), QStringLiteral("-")} +
                      extra);
    }
    // tests/servers/netns-drop.sh with these arguments: its exit status.
    static int netns(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("bash"), QStringList{serverScript("netns-drop.sh")} + args);
        if (!p.waitForFinished(90000) || p.exitStatus() != QProcess::NormalExit) {
            p.kill();
            p.waitForFinished(5000);
            return -1;
        }
        return p.exitCode();
    }
    // A command inside namespace `ns`: its exit status, with its output in *out.
    static int inNamespace(const QString &ns, const QStringList &cmd, QByteArray *out)
    {
        QProcess p;
        p.start(QStringLiteral("ip"),
                QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns} + cmd);
        const bool ended = p.waitForFinished(90000) && p.exitStatus() == QProcess::NormalExit;
        if (!ended) {
            p.kill();
            p.waitForFinished(5000);
        }
        *out = p.readAllStandardOutput() + p.readAllStandardError();
        return ended ? p.exitCode() : -1;
    }
    // mailscope-cli inside namespace `ns`, its JSON report on standard output.
    static CliResult cliInNamespace(const QString &ns, const QStringList &args)
    {
        QProcess cli;
        cli.start(QStringLiteral("ip"),
                  QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns, cliPath()} +
                      args + QStringList{QStringLiteral("--json"), QStringLiteral("-")});
        CliResult r;
        if (!cli.waitForFinished(180000)) {
            cli.kill();
            cli.waitForFinished(5000);
            r.err = "mailscope-cli did not end within 180 s";
            return r;
        }
        r.exitCode = cli.exitCode();
        r.err = cli.readAllStandardError();
        r.json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        return r;
    }
    // host:port in a discover run's JSON (empty when it is not listed).
    static QJsonObject portEntry(const CliResult &r, const QString &host, int port)
    {
        for (const auto &v : r.json.value(QStringLiteral("ports")).toArray()) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("port")).toInt() == port &&
                p.value(QStringLiteral("host")).toString() == host)
                return p;
        }
        return {};
    }
    static QString portState(const CliResult &r, const QString &host, int port)
    {
        const QJsonObject p = portEntry(r, host, port);
        return p.isEmpty() ? QStringLiteral("absent") : p.value(QStringLiteral("state")).toString();
    }

    // 127.A.B.0/24 of this test process: parallel tests never share an address or port.
    static QString subnet()
    {
        const qint64 pid = QCoreApplication::applicationPid();
        return QStringLiteral("127.%1.%2.").arg(60 + pid % 150).arg(1 + (pid / 150) % 250);
    }
    // lookup.py in dir with these HTTP answers and DNS records (DNS on dnsAddress): "" or why not.
    static QString startLookup(const QTemporaryDir &dir, const QJsonObject &http,
                               const QJsonObject &dns, const QString &dnsAddress,
                               QMap<QString, QString> *l)
    {
        if (!writeScenario(dir.path(), {{QStringLiteral("http"), http},
                                        {QStringLiteral("dns"), dns},
                                        {QStringLiteral("dns_address"), dnsAddress}}))
            return QStringLiteral("cannot write the scenario");
        return startServer("lookup.py", {dir.path()}, {}, l);
    }
    // discover ADDRESS against lookup.py's answers, its JSON report on standard output.
    static CliResult discoverWith(const QMap<QString, QString> &l, const QString &address,
                                  const QStringList &extra)
    {
        return runCli(
            QStringList{QStringLiteral("discover"), address, QStringLiteral("--lookup-base"),
                        l.value(QStringLiteral("HTTP_URL")), QStringLiteral("--dns-server"),
                        l.value(QStringLiteral("DNS_SERVER")), QStringLiteral("--json"),
                        QStringLiteral("-")} +
            extra);
    }

private slots:
    void initTestCase()
    {
        MAILSCOPE_REQUIRE(
            QProcess::execute(QStringLiteral("openssl"), {QStringLiteral("version")}) == 0,
            "openssl is not installed");
        QVERIFY(m_tlsDir.isValid());
        const QString err = startServer(
            "tlsbed.py",
            {m_tlsDir.path(), QStringLiteral("tls10"), QStringLiteral("tls11"),
             QStringLiteral("tls12"), QStringLiteral("tls13"), QStringLiteral("expired"),
             QStringLiteral("notyet"), QStringLiteral("expiring"), QStringLiteral("wrongname"),
             QStringLiteral("selfsigned"), QStringLiteral("nochain"), QStringLiteral("sha1"),
             QStringLiteral("rsa1024")},
            {}, &m_tls);
        MAILSCOPE_REQUIRE(err.isEmpty(), qPrintable(err));
        QVERIFY(!port("tls10").isEmpty());
    }
    void cleanupTestCase() { stopServer("tlsbed.py", m_tlsDir.path()); }

    void parsersRefuseHostileXml()
    {
        QList<ServerCandidate> s;
        // Entities of any kind are refused before anything is expanded.
        const QByteArray laughs =
            "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
            "<clientConfig><emailProvider><incomingServer type=\"imap\"><hostname>&b;</hostname>"
            "<port>993</port></incomingServer></emailProvider></clientConfig>";
        QVERIFY(parseAutoconfigXml(laughs, QStringLiteral("a@b.test"), &s)
                    .contains(QLatin1String("DTD")));
        QVERIFY(s.isEmpty());
        QByteArray deep = "<clientConfig>";
        for (int i = 0; i < 100; ++i)
            deep += "<a>";
        QVERIFY(parseAutoconfigXml(deep, QStringLiteral("a@b.test"), &s)
                    .contains(QLatin1String("deeper")));
        QVERIFY(
            !parseAutoconfigXml("{\"not\": \"xml\"}", QStringLiteral("a@b.test"), &s).isEmpty());
        // The good case: placeholders filled in, unknown types (pop3) ignored.
        const QByteArray good =
            autoconfig(QStringLiteral("imap.%EMAILDOMAIN%"), 993, "SSL",
                       QStringLiteral("smtp.example.test"), 587, "STARTTLS", "OAuth2");
        QCOMPARE(parseAutoconfigXml(good, QStringLiteral("fred@example.test"), &s), QString());
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0].host, QStringLiteral("imap.example.test"));
        QVERIFY(s[0].implicitTls);
        QCOMPARE(s[0].username, QStringLiteral("fred@example.test"));
        QCOMPARE(s[1].protocol, Protocol::Smtp);
        QVERIFY(!s[1].implicitTls && !s[1].plaintext);
        QCOMPARE(s[1].authentication, QStringList{QStringLiteral("OAuth2")});
        // Autodiscover v2.
        QList<ServerCandidate> a;
        QCOMPARE(parseAutodiscoverJson(R"({"Protocol":"Imap","Url":"outlook.office365.com"})",
                                       Protocol::Imap, &a),
                 QString());
        QCOMPARE(a.first().port, quint16(993));
        QVERIFY(a.first().authentication.contains(QStringLiteral("OAuth2")));
        QVERIFY(!parseAutodiscoverJson("{not json", Protocol::Imap, &a).isEmpty());
        // Port 0 is no port (found by fuzz_config: "0c:0" became host 0c, port 0).
        for (const char *bad :
             {"{\"Url\":\"0c:0\"}", "{\"Url\":\"imaps://mail.example.test:0\"}"}) {
            QList<ServerCandidate> none;
            QVERIFY2(!parseAutodiscoverJson(bad, Protocol::Imap, &none).isEmpty(), bad);
            QVERIFY2(none.isEmpty(), bad);
        }
        QCOMPARE(baseDomain(QStringLiteral("aspmx.l.google.com.")), QStringLiteral("google.com"));
        QCOMPARE(baseDomain(QStringLiteral("mx1.mail.example.co.uk")),
                 QStringLiteral("example.co.uk"));
    }

    // Values split by a comment or CDATA are read whole; an entry without a socketType
    // Thunderbird knows (exactly plain, SSL or STARTTLS) is left out and said so, not shown
    // as STARTTLS.
    void autoconfigEntries_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("host"); // "" when the entry is left out
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("socket");  // tls, starttls, plain
        QTest::addColumn<QString>("ignored"); // part of the note when left out
        const QString imap = QStringLiteral("<incomingServer type=\"imap\">%1</incomingServer>");
        QTest::newRow("comment in hostname")
            << imap.arg(QStringLiteral("<hostname>imap.exa<!-- moved -->mple.test</hostname>"
                                       "<port>993</port><socketType>SSL</socketType>"))
            << "imap.example.test" << 993 << "tls"
            << "";
        QTest::newRow("CDATA in hostname")
            << imap.arg(QStringLiteral("<hostname><![CDATA[imap.]]>example.test</hostname>"
                                       "<port>993</port><socketType>SSL</socketType>"))
            << "imap.example.test" << 993 << "tls"
            << "";
        QTest::newRow("comment in port and socketType")
            << imap.arg(QStringLiteral("<hostname>imap.example.test</hostname><port>9<!-- x -->"
                                       "93</port><socketType>S<![CDATA[S]]>L</socketType>"))
            << "imap.example.test" << 993 << "tls"
            << "";
        QTest::newRow("STARTTLS") << imap.arg(QStringLiteral(
                                         "<hostname>imap.example.test</hostname><port>143</port>"
                                         "<socketType>STARTTLS</socketType>"))
                                  << "imap.example.test" << 143 << "starttls"
                                  << "";
        QTest::newRow("first known socketType wins")
            << imap.arg(QStringLiteral("<hostname>imap.example.test</hostname><port>993</port>"
                                       "<socketType>QUIC</socketType><socketType>SSL</socketType>"))
            << "imap.example.test" << 993 << "tls"
            << "";
        QTest::newRow("no socketType")
            << imap.arg(QStringLiteral("<hostname>imap.example.test</hostname><port>993</port>"))
            << "" << 0 << ""
            << "has no socketType";
        QTest::newRow("unknown socketType")
            << imap.arg(QStringLiteral("<hostname>imap.example.test</hostname><port>993</port>"
                                       "<socketType>TLS</socketType>"))
            << "" << 0 << ""
            << "socketType \"TLS\"";
        QTest::newRow("socketType in lower case")
            << imap.arg(QStringLiteral("<hostname>imap.example.test</hostname><port>993</port>"
                                       "<socketType>ssl</socketType>"))
            << "" << 0 << ""
            << "socketType \"ssl\"";
    }
    void autoconfigEntries()
    {
        QFETCH(QString, entry);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, socket);
        QFETCH(QString, ignored);
        QList<ServerCandidate> s;
        QStringList left;
        QCOMPARE(parseAutoconfigXml(clientConfig(entry), QStringLiteral("fred@example.test"), &s,
                                    nullptr, &left),
                 QString());
        if (host.isEmpty()) {
            QVERIFY(s.isEmpty());
            QCOMPARE(left.size(), 1);
            QVERIFY2(left.first().contains(ignored), qPrintable(left.first()));
            QVERIFY2(left.first().contains(QLatin1String("imap.example.test:993")),
                     qPrintable(left.first()));
            return;
        }
        QVERIFY(left.isEmpty());
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.first().host, host);
        QCOMPARE(int(s.first().port), port);
        QCOMPARE(s.first().socketName(), socket);
    }

    // Autodiscover's answer for another protocol (AutodiscoverV1 when the mailbox has no IMAP)
    // means "not offered", and a web address is never a mail server.
    void autodiscoverProtocol_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("smtp");
        QTest::addColumn<bool>("notOffered");
        QTest::addColumn<QString>("host"); // "" when no server comes out
        QTest::addColumn<int>("port");
        QTest::newRow("AutodiscoverV1 for IMAP")
            << QByteArray("{\"Protocol\":\"AutodiscoverV1\",\"Url\":\"https://"
                          "autodiscover-s.outlook.com/autodiscover/autodiscover.xml\"}")
            << false << true << "" << 0;
        QTest::newRow("AutodiscoverV1 for SMTP")
            << QByteArray("{\"Protocol\":\"AutodiscoverV1\",\"Url\":\"https://"
                          "autodiscover-s.outlook.com/autodiscover/autodiscover.xml\"}")
            << true << true << "" << 0;
        QTest::newRow("IMAP answer for SMTP")
            << QByteArray("{\"Protocol\":\"imap\",\"Url\":\"outlook.office365.com\"}") << true
            << true << "" << 0;
        QTest::newRow("protocol in another case")
            << QByteArray("{\"Protocol\":\"iMaP\",\"Url\":\"outlook.office365.com\"}") << false
            << false << "outlook.office365.com" << 993;
        QTest::newRow("SMTP") << QByteArray(
                                     "{\"Protocol\":\"smtp\",\"Url\":\"smtp.office365.com\"}")
                              << true << false << "smtp.office365.com" << 587;
        QTest::newRow("no protocol named") << QByteArray("{\"Url\":\"outlook.office365.com\"}")
                                           << false << false << "outlook.office365.com" << 993;
        QTest::newRow("web address for IMAP")
            << QByteArray("{\"Protocol\":\"imap\",\"Url\":\"https://outlook.office365.com/x\"}")
            << false << false << "" << 0;
        QTest::newRow("web address for SMTP")
            << QByteArray("{\"Protocol\":\"smtp\",\"Url\":\"http://smtp.office365.com\"}") << true
            << false << "" << 0;
    }
    void autodiscoverProtocol()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, smtp);
        QFETCH(bool, notOffered);
        QFETCH(QString, host);
        QFETCH(int, port);
        QList<ServerCandidate> s;
        bool none = !notOffered;
        const QString err =
            parseAutodiscoverJson(json, smtp ? Protocol::Smtp : Protocol::Imap, &s, &none);
        QCOMPARE(none, notOffered);
        if (host.isEmpty()) {
            QVERIFY(!err.isEmpty());
            QVERIFY2(s.isEmpty(), qPrintable(s.isEmpty() ? QString() : s.first().host));
            if (notOffered)
                QVERIFY2(err.contains(smtp ? QLatin1String("SMTP") : QLatin1String("IMAP")),
                         qPrintable(err));
            return;
        }
        QCOMPARE(err, QString());
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.first().host, host);
        QCOMPARE(int(s.first().port), port);
    }

    void tlsVersions_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("refused");
        QTest::newRow("1.0") << "tls10"
                             << "TLSv1.0" << true;
        QTest::newRow("1.1") << "tls11"
                             << "TLSv1.1" << true;
        QTest::newRow("1.2") << "tls12"
                             << "TLSv1.2" << false;
        QTest::newRow("1.3") << "tls13"
                             << "TLSv1.3" << false;
    }
    void tlsVersions()
    {
        QFETCH(QString, variant);
        QFETCH(QString, version);
        QFETCH(bool, refused);
        const CliResult r = diagnoseTls(variant.toLatin1().constData());
        QVERIFY2(!r.json.isEmpty(), r.err.constData());
        const QString status = r.checkStatus(QStringLiteral("tls"));
        if (!refused) {
            QCOMPARE(status, QStringLiteral("pass"));
            QVERIFY(!r.findingIds().contains(QStringLiteral("tls.protocol")));
            QVERIFY(r.allEventText().contains(QStringLiteral("TLS established: %1").arg(version)));
            return;
        }
        QCOMPARE(status, QStringLiteral("fail"));
        const QJsonObject f = r.findingById(QStringLiteral("tls.protocol"));
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        const QString title = f.value(QStringLiteral("title")).toString();
        // Plain words first: the version and who refuses it, never OpenSSL's error text.
        QVERIFY2(title.contains(QStringLiteral("only speaks TLS 1.")), qPrintable(title));
        QVERIFY(!title.contains(QLatin1String("error:")));
        const QString why = f.value(QStringLiteral("explanation")).toString();
        QVERIFY(why.contains(QLatin1String("Thunderbird")));
        QVERIFY(why.contains(QLatin1String("ssl_min_protocol")));
        const QJsonObject data = f.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("protocol")).toString(), version);
        // One handshake per version: exactly the server's own was accepted.
        int accepted = 0;
        for (const auto &v : data.value(QStringLiteral("versions")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("accepted")).toBool()) {
                ++accepted;
                QCOMPARE(o.value(QStringLiteral("version")).toString(), version);
                QVERIFY(!o.value(QStringLiteral("cipher")).toString().isEmpty());
            }
        }
        QCOMPARE(accepted, 1);
        // OpenSSL's own words stay in the transcript for the experts.
        QVERIFY(r.allEventText().contains(QLatin1String("(error:")) ||
                r.allEventText().contains(QLatin1String("protocol")));
    }

    void oldTlsNeverCarriesAPassword()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("MS_PW"), QStringLiteral("sekrit-old-tls"));
        const CliResult r = runCli(
            {QStringLiteral("diagnose"),
             QStringLiteral("imaps://fred@localhost:%1").arg(port("tls10")),
             QStringLiteral("--checks"), QStringLiteral("tls,login"), QStringLiteral("--ca-file"),
             m_tls.value(QStringLiteral("CA_FILE")), QStringLiteral("--password-env"),
             QStringLiteral("MS_PW"), QStringLiteral("--json"), QStringLiteral("-")},
            env);
        QVERIFY(!r.json.isEmpty());
        QCOMPARE(r.countEvents(QStringLiteral("send"), QString()), 0);
        QVERIFY(r.checkStatus(QStringLiteral("login")) != QLatin1String("pass"));
        // With --allow-old-tls the main connection does use TLS 1.0 (and says so).
        const CliResult ok = diagnoseTls("tls10", {QStringLiteral("--allow-old-tls")});
        QCOMPARE(ok.checkStatus(QStringLiteral("tls")), QStringLiteral("warn"));
        QCOMPARE(ok.findingById(QStringLiteral("tls.protocol"))
                     .value(QStringLiteral("severity"))
                     .toString(),
                 QStringLiteral("warning"));
    }

    void certificates_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("severity");
        QTest::newRow("expired") << "expired"
                                 << "tls.certificate"
                                 << "expired"
                                 << "error";
        QTest::newRow("not yet valid") << "notyet"
                                       << "tls.certificate"
                                       << "not-yet-valid"
                                       << "error";
        QTest::newRow("expiring") << "expiring"
                                  << "tls.certificate"
                                  << "expiring"
                                  << "warning";
        QTest::newRow("wrong name") << "wrongname"
                                    << "tls.certificate"
                                    << "name-mismatch"
                                    << "error";
        QTest::newRow("self-signed") << "selfsigned"
                                     << "tls.certificate"
                                     << "self-signed"
                                     << "error";
        QTest::newRow("no intermediate") << "nochain"
                                         << "tls.chain-incomplete"
                                         << "chain-incomplete"
                                         << "error";
        QTest::newRow("SHA-1") << "sha1"
                               << "tls.weak-certificate"
                               << "sha1-signature"
                               << "error";
        QTest::newRow("RSA 1024") << "rsa1024"
                                  << "tls.weak-certificate"
                                  << "weak-key"
                                  << "error";
    }
    void certificates()
    {
        QFETCH(QString, variant);
        QFETCH(QString, finding);
        QFETCH(QString, problem);
        QFETCH(QString, severity);
        const CliResult r = diagnoseTls(variant.toLatin1().constData());
        QVERIFY2(!r.json.isEmpty(), r.err.constData());
        const QJsonObject f = r.findingById(finding);
        QVERIFY2(!f.isEmpty(), qPrintable(r.findingIds().join(QLatin1Char(','))));
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), severity);
        const QJsonObject data = f.value(QStringLiteral("data")).toObject();
        if (finding == QLatin1String("tls.chain-incomplete")) {
            QCOMPARE(data.value(QStringLiteral("sent")).toInt(), 1);
            QVERIFY(f.value(QStringLiteral("explanation"))
                        .toString()
                        .contains(QLatin1String("cached")));
        } else {
            QVERIFY2(problemCodes(f).contains(problem),
                     qPrintable(problemCodes(f).join(QLatin1Char(','))));
        }
        if (problem == QLatin1String("name-mismatch")) {
            QVERIFY(f.value(QStringLiteral("explanation"))
                        .toString()
                        .contains(QLatin1String("wrong.invalid")));
            QCOMPARE(data.value(QStringLiteral("covers")).toArray().first().toString(),
                     QStringLiteral("wrong.invalid"));
        }
        if (problem == QLatin1String("weak-key")) {
            QCOMPARE(data.value(QStringLiteral("problems"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("bits"))
                         .toInt(),
                     1024);
        }
        // A good certificate yields none of it.
        const CliResult good = diagnoseTls("tls13");
        QVERIFY(!good.findingIds().contains(finding));
    }

    void discoverAsMailProgramsDo()
    {
        MAILSCOPE_REQUIRE(::geteuid() == 0, "ports below 1024 and DNS on port 53 need root");
        const QString net = subnet();
        const QString mail = net + QStringLiteral("10"), srv = net + QStringLiteral("11"),
                      dns = net + QStringLiteral("53");
        QTemporaryDir tls, look;
        QMap<QString, QString> t, l;
        QString err = startServer("tlsbed.py",
                                  {tls.path(), QStringLiteral("good@%1:993").arg(mail),
                                   QStringLiteral("tls12@%1:143").arg(mail),
                                   QStringLiteral("tls13@%1:465").arg(mail),
                                   QStringLiteral("srvtarget@%1:993").arg(srv)},
                                  {}, &t);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QString ispdb = QStringLiteral("autoconfig.thunderbird.net/v1.1/");
        QJsonObject http{
            {QStringLiteral("autoconfig.example.test/mail/config-v1.1.xml"),
             QJsonObject{
                 {QStringLiteral("body"),
                  QString::fromUtf8(autoconfig(QStringLiteral("mail.example.test"), 143, "plain",
                                               QStringLiteral("mail.example.test"), 465, "SSL"))},
                 {QStringLiteral("note"), QStringLiteral("right host, dangerous port")}}},
            {QStringLiteral("example.test/.well-known/autoconfig/mail/config-v1.1.xml"),
             QJsonObject{{QStringLiteral("generate"), QStringLiteral("billion-laughs")}}},
            {ispdb + QStringLiteral("example.test"),
             QJsonObject{{QStringLiteral("status"), 302},
                         {QStringLiteral("headers"),
                          QJsonObject{{QStringLiteral("Location"),
                                       QStringLiteral("https://evil.test/steal.xml")}}}}},
            {QStringLiteral("autoconfig.provider.test/mail/config-v1.1.xml"),
             QJsonObject{{QStringLiteral("generate"), QStringLiteral("huge")}}},
            {ispdb + QStringLiteral("provider.test"),
             QJsonObject{{QStringLiteral("generate"), QStringLiteral("external-entity")}}},
            {QStringLiteral("autodiscover-s.outlook.com/autodiscover/autodiscover.json"),
             QJsonObject{{QStringLiteral("body"), QStringLiteral("{not json")}}},
        };
        QJsonObject dnsRecords{
            {QStringLiteral("A"), QJsonObject{{QStringLiteral("mail.example.test"), mail},
                                              {QStringLiteral("srv.provider.test"), srv}}},
            // The second MX is Microsoft's: only then is Microsoft's Autodiscover asked.
            {QStringLiteral("MX"),
             QJsonObject{
                 {QStringLiteral("example.test"),
                  QJsonArray{QStringLiteral("mx1.provider.test"),
                             QStringLiteral("example-test.mail.protection.outlook.com")}},
                 {QStringLiteral("other.test"), QJsonArray{QStringLiteral("mx.other.test")}}}},
            {QStringLiteral("SRV"),
             QJsonObject{{QStringLiteral("_imaps._tcp.example.test"),
                          QJsonArray{QJsonArray{0, 0, 993, QStringLiteral("srv.provider.test")}}}}},
        };
        QVERIFY(writeScenario(look.path(), {{QStringLiteral("http"), http},
                                            {QStringLiteral("dns"), dnsRecords},
                                            {QStringLiteral("dns_address"), dns}}));
        err = startServer("lookup.py", {look.path()}, {}, &l);
        if (!err.isEmpty()) stopServer("tlsbed.py", tls.path());
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const CliResult r = runCli(
            {QStringLiteral("discover"), QStringLiteral("fred@example.test"),
             QStringLiteral("--lookup-base"), l.value(QStringLiteral("HTTP_URL")),
             QStringLiteral("--dns-server"), l.value(QStringLiteral("DNS_SERVER")),
             QStringLiteral("--ca-file"), t.value(QStringLiteral("CA_FILE")),
             QStringLiteral("--port-timeout"), QStringLiteral("3"),
             QStringLiteral("--probe-private"), QStringLiteral("--json"), QStringLiteral("-")});
        // A domain whose mail Microsoft does not handle: its address is not sent to Microsoft.
        const CliResult other =
            runCli({QStringLiteral("discover"), QStringLiteral("fred@other.test"),
                    QStringLiteral("--lookup-base"), l.value(QStringLiteral("HTTP_URL")),
                    QStringLiteral("--dns-server"), l.value(QStringLiteral("DNS_SERVER")),
                    QStringLiteral("--no-probe"), QStringLiteral("--json"), QStringLiteral("-")});
        QProcess fetch;
        fetch.start(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import "
                 "urllib.request,sys;print(urllib.request.urlopen(sys.argv[1]).read().decode())"),
             l.value(QStringLiteral("HTTP_URL")) + QStringLiteral("/_requests")});
        fetch.waitForFinished(10000);
        const QByteArray requests = fetch.readAllStandardOutput();
        stopServer("lookup.py", look.path());
        stopServer("tlsbed.py", tls.path());
        QVERIFY2(!r.json.isEmpty(), r.err.constData());
        QCOMPARE(r.json.value(QStringLiteral("schema")).toString(),
                 QStringLiteral("mailscope.discovery/1"));
        QCOMPARE(r.exitCode, 1);
        // Every source, in Thunderbird's order.
        QStringList order;
        for (const auto &s : r.json.value(QStringLiteral("sources")).toArray())
            order << s.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(order, (QStringList{QStringLiteral("autoconfig"), QStringLiteral("well-known"),
                                     QStringLiteral("ispdb"), QStringLiteral("mx-autoconfig"),
                                     QStringLiteral("mx-ispdb"), QStringLiteral("autodiscover"),
                                     QStringLiteral("srv"), QStringLiteral("mx"),
                                     QStringLiteral("common")}));
        auto source = [&](const char *id) {
            for (const auto &s : r.json.value(QStringLiteral("sources")).toArray())
                if (s.toObject().value(QStringLiteral("id")).toString() == QLatin1String(id))
                    return s.toObject();
            return QJsonObject();
        };
        QCOMPARE(source("autoconfig").value(QStringLiteral("status")).toString(),
                 QStringLiteral("found"));
        // Hostile and wrong answers: each a problem with a note, none followed or expanded.
        for (const char *id : {"well-known", "ispdb", "mx-autoconfig", "mx-ispdb", "autodiscover"})
            QVERIFY2(source(id).value(QStringLiteral("status")).toString() ==
                         QLatin1String("problem"),
                     id);
        QVERIFY(source("well-known")
                    .value(QStringLiteral("note"))
                    .toString()
                    .contains(QLatin1String("DTD")));
        QVERIFY(source("ispdb")
                    .value(QStringLiteral("note"))
                    .toString()
                    .contains(QLatin1String("evil.test")));
        QVERIFY(source("mx-autoconfig")
                    .value(QStringLiteral("note"))
                    .toString()
                    .contains(QLatin1String("KiB")));
        QVERIFY(!requests.isEmpty());
        QVERIFY2(!requests.contains("evil.test"), requests.constData());
        QVERIFY2(requests.contains("autodiscover.json?Email=fred%40example.test"),
                 requests.constData());
        QVERIFY2(!requests.contains("Email=fred%40other.test"), requests.constData());
        bool otherSkipped = false;
        for (const auto &s : other.json.value(QStringLiteral("sources")).toArray())
            if (s.toObject().value(QStringLiteral("id")).toString() ==
                QLatin1String("autodiscover"))
                otherSkipped = s.toObject().value(QStringLiteral("status")).toString() ==
                               QLatin1String("skipped");
        QVERIFY2(otherSkipped, other.out.left(2000).constData());
        QVERIFY(requests.contains(
            "/autoconfig.example.test/mail/config-v1.1.xml?emailaddress=fred%40example.test"));
        QCOMPARE(source("srv").value(QStringLiteral("status")).toString(), QStringLiteral("found"));
        // The pick: the provider's autoconfig, plain 143, while 993 with TLS works.
        const QJsonArray picks = r.json.value(QStringLiteral("picks")).toArray();
        QCOMPARE(picks.size(), 2);
        QCOMPARE(picks[0].toObject().value(QStringLiteral("port")).toInt(), 143);
        QCOMPARE(picks[0].toObject().value(QStringLiteral("socket")).toString(),
                 QStringLiteral("plain"));
        QCOMPARE(picks[1].toObject().value(QStringLiteral("port")).toInt(), 465);
        QCOMPARE(picks[1].toObject().value(QStringLiteral("works")).toBool(), true);
        const QJsonObject insecure = r.findingById(QStringLiteral("discovery.insecure"));
        QVERIFY2(!insecure.isEmpty(), qPrintable(r.findingIds().join(QLatin1Char(','))));
        QCOMPARE(insecure.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("works_instead"))
                     .toObject()
                     .value(QStringLiteral("port"))
                     .toInt(),
                 993);
        // RFC 6186 §6: the SRV target's certificate does not cover the mail domain.
        const QJsonObject srvId = r.findingById(QStringLiteral("discovery.srv-identity"));
        QVERIFY(!srvId.isEmpty());
        QCOMPARE(srvId.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("covers"))
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("srv.provider.test"));
        QVERIFY(r.findingIds().contains(QStringLiteral("discovery.conflict")));
        QVERIFY(r.findingIds().contains(QStringLiteral("discovery.source-problem")));
        // Ports: 587 and 25 have nothing listening on this address: refused, at once.
        QVERIFY(r.findingIds().contains(QStringLiteral("network.port-refused")));
        bool refused25 = false;
        for (const auto &p : r.json.value(QStringLiteral("ports")).toArray())
            if (p.toObject().value(QStringLiteral("port")).toInt() == 25 &&
                p.toObject().value(QStringLiteral("host")).toString() ==
                    QLatin1String("mail.example.test"))
                refused25 = p.toObject().value(QStringLiteral("state")).toString() ==
                            QLatin1String("refused");
        QVERIFY(refused25);
        // The table names every source and the pick, in words.
        const CliResult text =
            runCli({QStringLiteral("discover"), QStringLiteral("fred@example.test"),
                    QStringLiteral("--lookup-base"), QStringLiteral("http://127.0.0.1:9"),
                    QStringLiteral("--dns-server"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("--no-probe")});
        QVERIFY(text.out.contains("Provider's autoconfig"));
        QVERIFY(text.out.contains("The usual names"));
    }

    void starttlsOnly()
    {
        // IMAP only with STARTTLS on 143, nothing on 993: RFC 8314's advice, and the pick works.
        MAILSCOPE_REQUIRE(::geteuid() == 0, "ports below 1024 and DNS on port 53 need root");
        const QString net = subnet();
        const QString mail = net + QStringLiteral("20"), dns = net + QStringLiteral("54");
        QTemporaryDir tls, look;
        QMap<QString, QString> t, l;
        QString err = startServer(
            "tlsbed.py", {tls.path(), QStringLiteral("imap-starttls@%1:143").arg(mail)}, {}, &t);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QJsonObject http{
            {QStringLiteral("autoconfig.example.test/mail/config-v1.1.xml"),
             QJsonObject{{QStringLiteral("body"),
                          QString::fromUtf8(
                              autoconfig(QStringLiteral("mail.example.test"), 143, "STARTTLS",
                                         QStringLiteral("mail.example.test"), 587, "STARTTLS"))}}}};
        QJsonObject dnsRecords{
            {QStringLiteral("A"), QJsonObject{{QStringLiteral("mail.example.test"), mail}}}};
        QVERIFY(writeScenario(look.path(), {{QStringLiteral("http"), http},
                                            {QStringLiteral("dns"), dnsRecords},
                                            {QStringLiteral("dns_address"), dns}}));
        err = startServer("lookup.py", {look.path()}, {}, &l);
        if (!err.isEmpty()) stopServer("tlsbed.py", tls.path());
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const CliResult r = runCli(
            {QStringLiteral("discover"), QStringLiteral("fred@example.test"),
             QStringLiteral("--lookup-base"), l.value(QStringLiteral("HTTP_URL")),
             QStringLiteral("--dns-server"), l.value(QStringLiteral("DNS_SERVER")),
             QStringLiteral("--ca-file"), t.value(QStringLiteral("CA_FILE")),
             QStringLiteral("--probe-private"), QStringLiteral("--json"), QStringLiteral("-")});
        stopServer("lookup.py", look.path());
        stopServer("tlsbed.py", tls.path());
        QVERIFY2(!r.json.isEmpty(), r.err.constData());
        const QJsonObject f = r.findingById(QStringLiteral("tls.starttls-only"));
        QVERIFY2(!f.isEmpty(), qPrintable(r.findingIds().join(QLatin1Char(','))));
        QCOMPARE(f.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("tls_port_state"))
                     .toString(),
                 QStringLiteral("refused"));
        const QJsonObject imap = r.json.value(QStringLiteral("picks")).toArray().first().toObject();
        QCOMPARE(imap.value(QStringLiteral("port")).toInt(), 143);
        QCOMPARE(imap.value(QStringLiteral("works")).toBool(), true);
    }

    // DNS that fails: in words, and never a process that cannot end. A server that says
    // "truncated, ask over TCP" and then never answers there left glibc reading without a
    // timeout and the process waiting for that thread at exit (killed after 100 s); one that
    // is not running came out as Qt's "Invalid reply received".
    void dnsFaultsEndInWords()
    {
        MAILSCOPE_REQUIRE(::geteuid() == 0, "DNS on port 53 needs root");
        const QString net = subnet();
        QTemporaryDir look;
        QMap<QString, QString> l;
        QVERIFY(writeScenario(look.path(),
                              {{QStringLiteral("dns"),
                                QJsonObject{{QStringLiteral("A"),
                                             QJsonObject{{QStringLiteral("mail.example.test"),
                                                          QString(net + QStringLiteral("9"))}}}}},
                               {QStringLiteral("dns_address"), QString(net + QStringLiteral("55"))},
                               {QStringLiteral("dns_truncate"), true}}));
        const QString err = startServer("lookup.py", {look.path()}, {}, &l);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QStringList discover{QStringLiteral("discover"),
                                   QStringLiteral("fred@example.test"),
                                   QStringLiteral("--lookup-base"),
                                   l.value(QStringLiteral("HTTP_URL")),
                                   QStringLiteral("--no-probe"),
                                   QStringLiteral("--json"),
                                   QStringLiteral("-")};
        const CliResult stuck =
            runCli(discover + QStringList{QStringLiteral("--dns-server"),
                                          l.value(QStringLiteral("DNS_SERVER"))},
                   {}, {}, 60000);
        stopServer("lookup.py", look.path());
        QVERIFY2(stuck.exitCode >= 0, stuck.err.constData());
        QVERIFY2(!stuck.json.isEmpty(), stuck.err.constData());
        // (The lookups did hang: SRV and MX have no answer in time.)
        QString stuckNotes;
        for (const auto &v : stuck.json.value(QStringLiteral("sources")).toArray())
            stuckNotes += v.toObject().value(QStringLiteral("note")).toString() + QLatin1Char('\n');
        QVERIFY2(stuckNotes.count(QLatin1String("no answer in time")) >= 2, qPrintable(stuckNotes));
        // Sources asked only once the MX is known were never asked: skipped, and why.
        for (const char *id : {"mx-autoconfig", "mx-ispdb", "autodiscover"}) {
            const QJsonObject s = sourceById(stuck.json, QLatin1String(id));
            QVERIFY2(s.value(QStringLiteral("status")).toString() == QLatin1String("skipped") &&
                         s.value(QStringLiteral("note"))
                             .toString()
                             .contains(QLatin1String("MX host was not known")),
                     qPrintable(compact(s)));
        }

        // Nothing listens at this address: said in words.
        const CliResult none = runCli(
            discover + QStringList{QStringLiteral("--dns-server"), net + QStringLiteral("77")}, {},
            {}, 60000);
        QVERIFY2(!none.json.isEmpty(), none.err.constData());
        QString notes;
        for (const auto &v : none.json.value(QStringLiteral("sources")).toArray())
            notes += v.toObject().value(QStringLiteral("note")).toString() + QLatin1Char('\n');
        QVERIFY2(notes.contains(QLatin1String("no usable answer from the DNS server")),
                 qPrintable(notes));
        QVERIFY2(!notes.contains(QLatin1String("Invalid reply")), qPrintable(notes));
    }

    // The common mix-up: autoconfig says 993 with STARTTLS, while 993 speaks TLS at once. Each
    // way of connecting is checked on its own, so 993 with SSL/TLS is found to work and named.
    void starttlsMixUpOn993()
    {
        MAILSCOPE_REQUIRE(::geteuid() == 0, "ports below 1024 and DNS on port 53 need root");
        const QString net = subnet();
        const QString mail = net + QStringLiteral("40"), dns = net + QStringLiteral("56");
        QTemporaryDir tls, look;
        QMap<QString, QString> t, l;
        QString err = startServer("tlsbed.py",
                                  {tls.path(), QStringLiteral("good@%1:993").arg(mail),
                                   QStringLiteral("tls13@%1:465").arg(mail)},
                                  {}, &t);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QJsonObject http{
            {QStringLiteral("autoconfig.example.test/mail/config-v1.1.xml"),
             QJsonObject{{QStringLiteral("body"),
                          QString::fromUtf8(
                              autoconfig(QStringLiteral("mail.example.test"), 993, "STARTTLS",
                                         QStringLiteral("mail.example.test"), 465, "SSL"))}}}};
        const QJsonObject dnsRecords{
            {QStringLiteral("A"), QJsonObject{{QStringLiteral("mail.example.test"), mail}}}};
        err = startLookup(look, http, dnsRecords, dns, &l);
        if (!err.isEmpty()) stopServer("tlsbed.py", tls.path());
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const CliResult r =
            discoverWith(l, QStringLiteral("fred@example.test"),
                         {QStringLiteral("--ca-file"), t.value(QStringLiteral("CA_FILE")),
                          QStringLiteral("--port-timeout"), QStringLiteral("2"),
                          QStringLiteral("--connect-timeout"), QStringLiteral("2"),
                          QStringLiteral("--probe-private")});
        stopServer("lookup.py", look.path());
        stopServer("tlsbed.py", tls.path());
        QVERIFY2(!r.json.isEmpty(), r.err.constData());
        const QJsonObject imap = r.json.value(QStringLiteral("picks")).toArray().first().toObject();
        QCOMPARE(imap.value(QStringLiteral("socket")).toString(), QStringLiteral("starttls"));
        QCOMPARE(imap.value(QStringLiteral("works")).toBool(true), false);
        // Both ways on 993 were checked: STARTTLS fails, TLS at once works.
        QStringList checked;
        for (const auto &v : r.json.value(QStringLiteral("tls")).toArray())
            if (v.toObject().value(QStringLiteral("port")).toInt() == 993)
                checked << v.toObject().value(QStringLiteral("socket")).toString() +
                               (v.toObject().value(QStringLiteral("established")).toBool()
                                    ? QStringLiteral(":ok")
                                    : QStringLiteral(":fails"));
        checked.sort();
        QCOMPARE(checked,
                 (QStringList{QStringLiteral("starttls:fails"), QStringLiteral("tls:ok")}));
        // The failing pick names the way that works instead of "no other candidate works".
        const QJsonObject fails = r.findingById(QStringLiteral("discovery.pick-fails"));
        QVERIFY2(!fails.isEmpty(), qPrintable(r.findingIds().join(QLatin1Char(','))));
        const QJsonObject instead = fails.value(QStringLiteral("data"))
                                        .toObject()
                                        .value(QStringLiteral("works_instead"))
                                        .toObject();
        QCOMPARE(instead.value(QStringLiteral("port")).toInt(), 993);
        QCOMPARE(instead.value(QStringLiteral("socket")).toString(), QStringLiteral("tls"));
        QVERIFY2(!fails.value(QStringLiteral("explanation"))
                      .toString()
                      .contains(QLatin1String("No other candidate")),
                 qPrintable(fails.value(QStringLiteral("explanation")).toString()));
        bool advised = false;
        for (const auto &v : r.json.value(QStringLiteral("advice")).toArray())
            advised = advised || compact(v).contains(QLatin1String("port 993, SSL/TLS"));
        QVERIFY2(advised, qPrintable(compact(r.json.value(QStringLiteral("advice")))));
        // The usual name mail.example.test:993 with SSL/TLS is judged by its own check.
        bool guessWorks = false;
        for (const auto &v : sourceById(r.json, QStringLiteral("common"))
                                 .value(QStringLiteral("servers"))
                                 .toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("host")).toString() == QLatin1String("mail.example.test") &&
                c.value(QStringLiteral("port")).toInt() == 993)
                guessWorks = c.value(QStringLiteral("works")).toBool();
        }
        QVERIFY(guessWorks);
    }

    // A plaintext server works only when it greets as its protocol does: a bare TCP connect
    // proves nothing. In-process, so that the test's own listeners answer during the run.
    void plaintextNeedsGreeting_data()
    {
        QTest::addColumn<bool>("smtp");
        QTest::addColumn<QByteArray>("greeting"); // empty: accepts and stays silent
        QTest::addColumn<bool>("works");
        QTest::newRow("IMAP * OK") << false << QByteArray("* OK IMAP4rev1 ready\r\n") << true;
        QTest::newRow("IMAP * PREAUTH") << false << QByteArray("* PREAUTH welcome\r\n") << true;
        QTest::newRow("IMAP silent") << false << QByteArray() << false;
        QTest::newRow("IMAP port greets as SMTP")
            << false << QByteArray("220 mail.example.test ESMTP\r\n") << false;
        QTest::newRow("SMTP 220") << true << QByteArray("220 mail.example.test ESMTP\r\n") << true;
        QTest::newRow("SMTP silent") << true << QByteArray() << false;
        QTest::newRow("SMTP 554") << true << QByteArray("554 go away\r\n") << false;
    }
    void plaintextNeedsGreeting()
    {
        MAILSCOPE_REQUIRE(::geteuid() == 0, "DNS on port 53 needs root");
        QFETCH(bool, smtp);
        QFETCH(QByteArray, greeting);
        QFETCH(bool, works);
        const QString net = subnet();
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress(net + QStringLiteral("41"))));
        if (!greeting.isEmpty())
            connect(&server, &QTcpServer::newConnection, &server, [&server, greeting] {
                while (QTcpSocket *s = server.nextPendingConnection()) {
                    s->setParent(&server);
                    s->write(greeting);
                }
            });
        const QString entry =
            QStringLiteral("<%1 type=\"%2\"><hostname>mail.example.test</hostname><port>%3</port>"
                           "<socketType>plain</socketType></%1>")
                .arg(smtp ? QStringLiteral("outgoingServer") : QStringLiteral("incomingServer"),
                     smtp ? QStringLiteral("smtp") : QStringLiteral("imap"))
                .arg(server.serverPort());
        QTemporaryDir look;
        QMap<QString, QString> l;
        const QString err = startLookup(
            look,
            {{QStringLiteral("autoconfig.example.test/mail/config-v1.1.xml"),
              QJsonObject{{QStringLiteral("body"), QString::fromUtf8(clientConfig(entry))}}}},
            {{QStringLiteral("A"), QJsonObject{{QStringLiteral("mail.example.test"),
                                                QString(net + QStringLiteral("41"))}}}},
            net + QStringLiteral("57"), &l);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        DiscoverOptions o;
        o.address = QStringLiteral("fred@example.test");
        o.lookupBase = QUrl(l.value(QStringLiteral("HTTP_URL")));
        o.nameserver = QHostAddress(l.value(QStringLiteral("DNS_SERVER")));
        o.portTimeoutMs = 2000;
        o.tlsTimeoutMs = 1000;
        o.probePrivate = true;
        const DiscoveryReport r = DiscoveryRun(o).run();
        stopServer("lookup.py", look.path());
        const DiscoveryPick &pick = r.picks.at(smtp ? 1 : 0);
        QVERIFY(pick.found);
        QCOMPARE(int(pick.server.port), int(server.serverPort()));
        QVERIFY(pick.server.plaintext);
        const PortState *ps = r.port(pick.server.host, pick.server.port);
        QVERIFY(ps && ps->state == PortState::Open);
        QCOMPARE(pick.works, works);
        QStringList ids;
        for (const auto &f : r.findings)
            ids << f.id;
        // Working or not, no encryption is an error of its own.
        QVERIFY2(ids.contains(QStringLiteral("discovery.insecure")),
                 qPrintable(ids.join(QLatin1Char(' '))));
        if (works) {
            QVERIFY2(pick.verdict.contains(QLatin1String("without encryption")),
                     qPrintable(pick.verdict));
            QVERIFY2(!ids.contains(QStringLiteral("discovery.pick-fails")),
                     qPrintable(ids.join(QLatin1Char(' '))));
        } else {
            QVERIFY2(pick.verdict.contains(smtp ? QLatin1String("no SMTP server greets")
                                                : QLatin1String("no IMAP server greets")),
                     qPrintable(pick.verdict));
            QVERIFY2(ids.contains(QStringLiteral("discovery.pick-fails")),
                     qPrintable(ids.join(QLatin1Char(' '))));
        }
    }

    // --no-probe connects to nothing, yet what the sources alone show is still found: a
    // hostile source, a plaintext setting, OAuth2; "works" is unknown (null), not false, and
    // the guesses are not claimed to have failed.
    void discoverWithoutProbing()
    {
        MAILSCOPE_REQUIRE(::geteuid() == 0, "DNS on port 53 needs root");
        const QString net = subnet();
        QTemporaryDir look;
        QMap<QString, QString> l;
        const QString err = startLookup(
            look,
            {{QStringLiteral("autoconfig.example.test/mail/config-v1.1.xml"),
              QJsonObject{{QStringLiteral("body"),
                           QString::fromUtf8(clientConfig(QStringLiteral(
                               "<incomingServer type=\"imap\"><hostname>mail.example.test"
                               "</hostname><port>143</port><socketType>plain</socketType>"
                               "<authentication>OAuth2</authentication></incomingServer>")))}}},
             {QStringLiteral("example.test/.well-known/autoconfig/mail/config-v1.1.xml"),
              QJsonObject{{QStringLiteral("generate"), QStringLiteral("billion-laughs")}}}},
            {{QStringLiteral("A"), QJsonObject{{QStringLiteral("mail.example.test"),
                                                QString(net + QStringLiteral("42"))}}}},
            net + QStringLiteral("58"), &l);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const CliResult r =
            discoverWith(l, QStringLiteral("fred@example.test"), {QStringLiteral("--no-probe")});
        const CliResult text =
            runCli({QStringLiteral("discover"), QStringLiteral("fred@example.test"),
                    QStringLiteral("--lookup-base"), l.value(QStringLiteral("HTTP_URL")),
                    QStringLiteral("--dns-server"), l.value(QStringLiteral("DNS_SERVER")),
                    QStringLiteral("--no-probe")});
        stopServer("lookup.py", look.path());
        QVERIFY2(!r.json.isEmpty(), r.err.constData());
        QVERIFY(r.json.value(QStringLiteral("ports")).toArray().isEmpty());
        const QStringList ids = r.findingIds();
        for (const char *id : {"discovery.source-problem", "discovery.insecure", "discovery.oauth2",
                               "discovery.pick"})
            QVERIFY2(ids.contains(QLatin1String(id)), qPrintable(ids.join(QLatin1Char(','))));
        // Nothing was tried, so nothing is said to fail.
        for (const char *id : {"discovery.pick-fails", "discovery.nothing"})
            QVERIFY2(!ids.contains(QLatin1String(id)), qPrintable(ids.join(QLatin1Char(','))));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(QStringLiteral("exit_status")).toInt(), 1);
        const QJsonArray picks = r.json.value(QStringLiteral("picks")).toArray();
        QCOMPARE(picks.size(), 1);
        QVERIFY2(picks.first().toObject().value(QStringLiteral("works")).isNull(),
                 qPrintable(compact(picks)));
        QVERIFY(r.findingById(QStringLiteral("discovery.pick"))
                    .value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("works"))
                    .isNull());
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(!text.out.contains("would find no"), text.out.constData());
        QVERIFY2(text.out.contains("not checked"), text.out.constData());
    }

    // Autodiscover answering for Microsoft's own protocol (AutodiscoverV1, an https URL) is
    // "not offered", and its web server never becomes a mail server.
    void autodiscoverOtherProtocol()
    {
        MAILSCOPE_REQUIRE(::geteuid() == 0, "DNS on port 53 needs root");
        const QString net = subnet();
        QTemporaryDir look;
        QMap<QString, QString> l;
        const QString err = startLookup(
            look,
            {{QStringLiteral("autodiscover-s.outlook.com/autodiscover/autodiscover.json"),
              QJsonObject{
                  {QStringLiteral("body"),
                   QStringLiteral("{\"Protocol\":\"AutodiscoverV1\",\"Url\":\"https://"
                                  "autodiscover-s.outlook.com/autodiscover/"
                                  "autodiscover.xml\"}")},
                  {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Content-Type"),
                                                           QStringLiteral("application/json")}}}}}},
            {{QStringLiteral("MX"),
              QJsonObject{
                  {QStringLiteral("example.test"),
                   QJsonArray{QStringLiteral("example-test.mail.protection.outlook.com")}}}}},
            net + QStringLiteral("59"), &l);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const CliResult r =
            discoverWith(l, QStringLiteral("fred@example.test"), {QStringLiteral("--no-probe")});
        stopServer("lookup.py", look.path());
        QVERIFY2(!r.json.isEmpty(), r.err.constData());
        const QJsonObject ad = sourceById(r.json, QStringLiteral("autodiscover"));
        QVERIFY2(ad.value(QStringLiteral("queried")).toArray().size() == 2,
                 qPrintable(compact(ad)));
        QCOMPARE(ad.value(QStringLiteral("status")).toString(), QStringLiteral("nothing"));
        QVERIFY(ad.value(QStringLiteral("servers")).toArray().isEmpty());
        QVERIFY2(
            ad.value(QStringLiteral("note")).toString().contains(QLatin1String("AutodiscoverV1")),
            qPrintable(compact(ad)));
        QVERIFY2(!compact(r.json.value(QStringLiteral("picks")))
                      .contains(QLatin1String("autodiscover-s.outlook.com")),
                 qPrintable(compact(r.json.value(QStringLiteral("picks")))));
    }

    // RFC 7505: a single MX "." says the domain takes no mail; it is no host to try.
    void nullMx()
    {
        MAILSCOPE_REQUIRE(::geteuid() == 0, "DNS on port 53 needs root");
        const QString net = subnet();
        QTemporaryDir look;
        QMap<QString, QString> l;
        const QString err = startLookup(
            look, {},
            {{QStringLiteral("MX"), QJsonObject{{QStringLiteral("example.test"),
                                                 QJsonArray{QJsonArray{0, QStringLiteral(".")}}}}}},
            net + QStringLiteral("60"), &l);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const CliResult r =
            discoverWith(l, QStringLiteral("fred@example.test"), {QStringLiteral("--no-probe")});
        stopServer("lookup.py", look.path());
        QVERIFY2(!r.json.isEmpty(), r.err.constData());
        QVERIFY2(r.json.value(QStringLiteral("mx")).toArray().isEmpty(),
                 qPrintable(compact(r.json.value(QStringLiteral("mx")))));
        const QJsonObject mx = sourceById(r.json, QStringLiteral("mx"));
        QCOMPARE(mx.value(QStringLiteral("status")).toString(), QStringLiteral("nothing"));
        QVERIFY(mx.value(QStringLiteral("servers")).toArray().isEmpty());
        QVERIFY2(mx.value(QStringLiteral("note"))
                     .toString()
                     .contains(QLatin1String("accepts no mail (null MX")),
                 qPrintable(compact(mx)));
    }

    // An HTTPS source whose certificate fails is a problem of that source, in plain words; a
    // refused connection is "nothing there", also in words (never Qt's error text).
    void httpsSourceFailures_data()
    {
        QTest::addColumn<QString>("variant"); // tlsbed's server, or "" for a closed port
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("expired") << "expired"
                                 << "problem"
                                 << "expired";
        QTest::newRow("wrong name") << "wrongname"
                                    << "problem"
                                    << "not valid for this name";
        QTest::newRow("self-signed") << "selfsigned"
                                     << "problem"
                                     << "not trusted";
        QTest::newRow("refused") << ""
                                 << "nothing"
                                 << "refuses connections";
    }
    void httpsSourceFailures()
    {
        QFETCH(QString, variant);
        QFETCH(QString, status);
        QFETCH(QString, words);
        quint16 p = 0;
        if (variant.isEmpty()) {
            QTcpServer closed; // a port that was free a moment ago: refused now
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            p = closed.serverPort();
        } else {
            p = quint16(port(variant.toLatin1().constData()).toInt());
        }
        QVERIFY(p != 0);
        // DNS to an address of this test where nothing listens: answered at once, in words.
        const CliResult r =
            runCli({QStringLiteral("discover"), QStringLiteral("fred@example.test"),
                    QStringLiteral("--lookup-base"), QStringLiteral("https://localhost:%1").arg(p),
                    QStringLiteral("--dns-server"), subnet() + QStringLiteral("77"),
                    QStringLiteral("--no-probe"), QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(!r.json.isEmpty(), r.err.constData());
        const QJsonObject s = sourceById(r.json, QStringLiteral("autoconfig"));
        QCOMPARE(s.value(QStringLiteral("status")).toString(), status);
        const QString note = s.value(QStringLiteral("note")).toString();
        QVERIFY2(note.contains(words), qPrintable(note));
        QVERIFY2(note.contains(QLatin1String("autoconfig.example.test")), qPrintable(note));
        // Qt's own texts stay in the detail.
        for (const char *raw :
             {"SSL handshake failed", "Connection refused", "The host name", "The certificate"})
            QVERIFY2(!note.contains(QLatin1String(raw), Qt::CaseInsensitive), qPrintable(note));
        if (status == QLatin1String("problem")) {
            bool named = false;
            for (const auto &v : r.json.value(QStringLiteral("findings")).toArray()) {
                const QJsonObject f = v.toObject();
                named = named || (f.value(QStringLiteral("id")).toString() ==
                                      QLatin1String("discovery.source-problem") &&
                                  f.value(QStringLiteral("data"))
                                          .toObject()
                                          .value(QStringLiteral("source"))
                                          .toString() == QLatin1String("autoconfig"));
            }
            QVERIFY2(named, qPrintable(r.findingIds().join(QLatin1Char(','))));
            QCOMPARE(r.exitCode, 1);
        }
    }

    // An autoconfig entry without a known socketType is left out and reported, not turned into
    // STARTTLS; the rest of the file is used.
    void autoconfigUnknownSocketType()
    {
        MAILSCOPE_REQUIRE(::geteuid() == 0, "DNS on port 53 needs root");
        const QString net = subnet();
        QTemporaryDir look;
        QMap<QString, QString> l;
        const QString err = startLookup(
            look,
            {{QStringLiteral("autoconfig.example.test/mail/config-v1.1.xml"),
              QJsonObject{{QStringLiteral("body"),
                           QString::fromUtf8(clientConfig(QStringLiteral(
                               "<incomingServer type=\"imap\"><hostname>imap.example.test"
                               "</hostname><port>993</port></incomingServer>"
                               "<outgoingServer type=\"smtp\"><hostname>smtp.example.test"
                               "</hostname><port>465</port><socketType>SSL</socketType>"
                               "</outgoingServer>")))}}}},
            {{QStringLiteral("A"), QJsonObject{{QStringLiteral("imap.example.test"),
                                                QString(net + QStringLiteral("43"))}}}},
            net + QStringLiteral("61"), &l);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const CliResult r =
            discoverWith(l, QStringLiteral("fred@example.test"), {QStringLiteral("--no-probe")});
        stopServer("lookup.py", look.path());
        QVERIFY2(!r.json.isEmpty(), r.err.constData());
        const QJsonObject ac = sourceById(r.json, QStringLiteral("autoconfig"));
        QCOMPARE(ac.value(QStringLiteral("status")).toString(), QStringLiteral("found"));
        const QJsonArray servers = ac.value(QStringLiteral("servers")).toArray();
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.first().toObject().value(QStringLiteral("protocol")).toString(),
                 QStringLiteral("smtp"));
        QVERIFY2(
            ac.value(QStringLiteral("note")).toString().contains(QLatin1String("no socketType")),
            qPrintable(compact(ac)));
        const QJsonObject f = r.findingById(QStringLiteral("discovery.source-problem"));
        QVERIFY2(!f.isEmpty(), qPrintable(r.findingIds().join(QLatin1Char(','))));
        QCOMPARE(
            f.value(QStringLiteral("data")).toObject().value(QStringLiteral("source")).toString(),
            QStringLiteral("autoconfig"));
    }

    // A setup file that names servers off the public internet (here: this computer) does not
    // make discovery connect to them unless the user agreed (DiscoverOptions::probePrivate),
    // whether the name resolves there or is an address itself.
    void privateAddressesOnlyWithConsent()
    {
        MAILSCOPE_REQUIRE(::geteuid() == 0, "DNS on port 53 needs root");
        const QString net = subnet();
        QTcpServer imap, smtp;
        QVERIFY(imap.listen(QHostAddress(net + QStringLiteral("20"))));
        QVERIFY(smtp.listen(QHostAddress(net + QStringLiteral("21"))));
        QTemporaryDir look;
        QMap<QString, QString> l;
        const QJsonObject http{
            {QStringLiteral("autoconfig.inside.test/mail/config-v1.1.xml"),
             QJsonObject{{QStringLiteral("body"),
                          QString::fromUtf8(autoconfig(
                              QStringLiteral("mail.inside.test"), imap.serverPort(), "SSL",
                              net + QStringLiteral("21"), smtp.serverPort(), "SSL"))}}}};
        const QJsonObject dnsRecords{
            {QStringLiteral("A"), QJsonObject{{QStringLiteral("mail.inside.test"),
                                               QString(net + QStringLiteral("20"))}}}};
        QVERIFY(writeScenario(
            look.path(), {{QStringLiteral("http"), http},
                          {QStringLiteral("dns"), dnsRecords},
                          {QStringLiteral("dns_address"), QString(net + QStringLiteral("53"))}}));
        const QString err = startServer("lookup.py", {look.path()}, {}, &l);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        DiscoverOptions o;
        o.address = QStringLiteral("fred@inside.test");
        o.lookupBase = QUrl(l.value(QStringLiteral("HTTP_URL")));
        o.nameserver = QHostAddress(l.value(QStringLiteral("DNS_SERVER")));
        o.portTimeoutMs = 2000;
        o.tlsTimeoutMs = 1000;
        o.probePrivate = false;
        const DiscoveryReport refused = DiscoveryRun(o).run();
        // The run's own event loop already accepted whatever arrived.
        const bool connectedUnasked =
            imap.hasPendingConnections() || smtp.hasPendingConnections() ||
            imap.waitForNewConnection(300) || smtp.waitForNewConnection(300);
        while (imap.hasPendingConnections())
            delete imap.nextPendingConnection();
        while (smtp.hasPendingConnections())
            delete smtp.nextPendingConnection();
        // The CLI likewise: pointing the lookups somewhere is no consent.
        const CliResult cli =
            runCli({QStringLiteral("discover"), QStringLiteral("fred@inside.test"),
                    QStringLiteral("--lookup-base"), l.value(QStringLiteral("HTTP_URL")),
                    QStringLiteral("--dns-server"), l.value(QStringLiteral("DNS_SERVER")),
                    QStringLiteral("--port-timeout"), QStringLiteral("2"), QStringLiteral("--json"),
                    QStringLiteral("-")});
        const bool cliConnected = imap.hasPendingConnections() || smtp.hasPendingConnections() ||
                                  imap.waitForNewConnection(300) || smtp.waitForNewConnection(300);
        o.probePrivate = true;
        const DiscoveryReport agreed = DiscoveryRun(o).run();
        const bool imapReached = imap.hasPendingConnections() || imap.waitForNewConnection(3000);
        const bool smtpReached = smtp.hasPendingConnections() || smtp.waitForNewConnection(3000);
        stopServer("lookup.py", look.path());

        QVERIFY(!connectedUnasked);
        QVERIFY(!cliConnected);
        QStringList cliStates;
        for (const auto &p : cli.json.value(QStringLiteral("ports")).toArray())
            cliStates << p.toObject().value(QStringLiteral("state")).toString();
        QVERIFY2(cliStates.contains(QStringLiteral("skipped")) &&
                     !cliStates.contains(QStringLiteral("open")),
                 qPrintable(cliStates.join(QLatin1Char(' '))));
        auto state = [](const DiscoveryReport &r, const QString &host, quint16 port) {
            const PortState *ps = r.port(host, port);
            return ps ? PortState::stateName(ps->state) : QStringLiteral("absent");
        };
        QCOMPARE(state(refused, QStringLiteral("mail.inside.test"), imap.serverPort()),
                 QStringLiteral("skipped"));
        QCOMPARE(state(refused, net + QStringLiteral("21"), smtp.serverPort()),
                 QStringLiteral("skipped"));
        for (const auto &ps : refused.ports)
            QVERIFY2(ps.state == PortState::Skipped || ps.state == PortState::Unresolved,
                     qPrintable(ps.host + QLatin1Char(':') + QString::number(ps.port)));
        QJsonObject finding;
        QStringList ids;
        for (const auto &f : refused.findings) {
            ids << f.id;
            if (f.id == QLatin1String("discovery.private-address")) finding = f.data;
        }
        QVERIFY2(!finding.isEmpty(), qPrintable(ids.join(QLatin1Char(' '))));
        // Not checked is not "does not work".
        QVERIFY2(!ids.contains(QStringLiteral("discovery.pick-fails")),
                 qPrintable(ids.join(QLatin1Char(' '))));
        QStringList named;
        for (const auto &e : finding.value(QStringLiteral("endpoints")).toArray())
            named << e.toObject().value(QStringLiteral("address")).toString();
        QVERIFY(named.contains(net + QStringLiteral("20")));
        QVERIFY(named.contains(net + QStringLiteral("21")));
        QCOMPARE(refused.verdictFor(refused.picks.first().server).left(12),
                 QStringLiteral("not checked:"));
        // With consent both are tried (they answer TCP; TLS then fails: nothing speaks it).
        QVERIFY(imapReached);
        QVERIFY(smtpReached);
        QCOMPARE(state(agreed, QStringLiteral("mail.inside.test"), imap.serverPort()),
                 QStringLiteral("open"));
        QCOMPARE(state(agreed, net + QStringLiteral("21"), smtp.serverPort()),
                 QStringLiteral("open"));
        for (const auto &f : agreed.findings)
            QVERIFY(f.id != QLatin1String("discovery.private-address"));
    }

    void port25BlockedFromThisNetwork()
    {
        const int usable = netns({QStringLiteral("check")});
        MAILSCOPE_REQUIRE(usable != 77, "network namespaces or nftables unavailable here");
        QCOMPARE(usable, 0);
        const QString name = QStringLiteral("md%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(netns({QStringLiteral("setup"), name}), 0);
        QTemporaryDir tls, look;
        const QString server = QStringLiteral("10.99.0.2");
        QJsonObject http{
            {QStringLiteral("autoconfig.example.test/mail/config-v1.1.xml"),
             QJsonObject{{QStringLiteral("body"),
                          QString::fromUtf8(autoconfig(QStringLiteral("mail.example.test"), 993,
                                                       "SSL", QStringLiteral("mail.example.test"),
                                                       25, "STARTTLS", "OAuth2"))}}}};
        QJsonObject dnsRecords{
            {QStringLiteral("A"), QJsonObject{{QStringLiteral("mail.example.test"), server}}}};
        QVERIFY(writeScenario(look.path(), {{QStringLiteral("http"), http},
                                            {QStringLiteral("dns"), dnsRecords},
                                            {QStringLiteral("dns_address"), server},
                                            {QStringLiteral("http_address"), server}}));
        const QString inServer = name + QStringLiteral("-s");
        QByteArray out;
        int rc = inNamespace(
            inServer,
            {QStringLiteral("python3"), serverScript("tlsbed.py"), QStringLiteral("start"),
             tls.path(), QStringLiteral("good@%1:993").arg(server),
             QStringLiteral("tls13@%1:587").arg(server), QStringLiteral("tls13@%1:25").arg(server)},
            &out);
        QString httpUrl;
        if (rc == 0) {
            rc = inNamespace(inServer,
                             {QStringLiteral("python3"), serverScript("lookup.py"),
                              QStringLiteral("start"), look.path()},
                             &out);
            httpUrl = QRegularExpression(QStringLiteral("HTTP_URL=(\\S+)"))
                          .match(QString::fromLatin1(out))
                          .captured(1);
        }
        if (rc == 0) rc = netns({QStringLiteral("drop"), name, QStringLiteral("25")}) == 0 ? 0 : 1;
        CliResult r;
        if (rc == 0)
            r = cliInNamespace(name + QStringLiteral("-c"),
                               {QStringLiteral("discover"), QStringLiteral("fred@example.test"),
                                QStringLiteral("--lookup-base"), httpUrl,
                                QStringLiteral("--dns-server"), server,
                                QStringLiteral("--port-timeout"), QStringLiteral("2"),
                                QStringLiteral("--probe-private")});
        netns({QStringLiteral("teardown"), name}); // ends the servers inside too
        QVERIFY2(rc == 0, out.constData());
        QVERIFY2(!r.json.isEmpty(), r.err.constData());
        const QJsonObject f = r.findingById(QStringLiteral("network.port-blocked"));
        QVERIFY2(!f.isEmpty(), qPrintable(r.findingIds().join(QLatin1Char(','))));
        QCOMPARE(f.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Port 25 is blocked from this network (common on home "
                                "connections); use 587 or 465"));
        const QJsonArray filtered =
            f.value(QStringLiteral("data")).toObject().value(QStringLiteral("filtered")).toArray();
        QCOMPARE(filtered.size(), 1);
        QCOMPARE(filtered.first().toObject().value(QStringLiteral("port")).toInt(), 25);
        // 143 has no server: refused at once, told apart from the silent drop.
        QCOMPARE(portState(r, QStringLiteral("mail.example.test"), 143), QStringLiteral("refused"));
        // The program's pick for sending (port 25) does not work; 587 does.
        QVERIFY(r.findingIds().contains(QStringLiteral("discovery.pick-fails")));
        // The provider's configuration asks for OAuth2, and this run signs in with nothing.
        QVERIFY(r.findingIds().contains(QStringLiteral("discovery.oauth2")));
    }

    // Without --dns-server discovery asks the system's resolver, as mail programs do: here the
    // client namespace's own resolv.conf (ip netns exec mounts /etc/netns/NAME/ over /etc)
    // names lookup.py in the server namespace. Then a resolver that takes every question and
    // never answers: the names are unreachable from here, not missing, and the run still ends.
    void systemResolver()
    {
        const int usable = netns({QStringLiteral("check")});
        MAILSCOPE_REQUIRE(usable != 77, "network namespaces or nftables unavailable here");
        QCOMPARE(usable, 0);
        // nscd answers for every namespace alike, from outside them.
        MAILSCOPE_REQUIRE(!QFile::exists(QStringLiteral("/var/run/nscd/socket")),
                          "nscd runs here: its answers would not come from the namespace");
        const QString name = QStringLiteral("mr%1").arg(QCoreApplication::applicationPid());
        const QString client = name + QStringLiteral("-c");
        const QString inServer = name + QStringLiteral("-s");
        const bool hadNetnsDir = QFileInfo::exists(QStringLiteral("/etc/netns"));
        const QString etc = QStringLiteral("/etc/netns/") + client;
        auto etcFile = [&](const char *file, const QByteArray &text) {
            QFile f(etc + QLatin1Char('/') + QLatin1String(file));
            return QDir().mkpath(etc) && f.open(QIODevice::WriteOnly) &&
                   f.write(text) == text.size();
        };
        auto resolvConf = [&](const QByteArray &text) {
            // Names by DNS only (not systemd-resolved, mDNS or other switches outside).
            return etcFile("nsswitch.conf", "hosts: files dns\n") && etcFile("resolv.conf", text);
        };
        QCOMPARE(netns({QStringLiteral("setup"), name}), 0);
        QTemporaryDir tls, look;
        const QString server = QStringLiteral("10.99.0.2");
        const QJsonObject dnsRecords{
            {QStringLiteral("SRV"),
             QJsonObject{{QStringLiteral("_imaps._tcp.example.test"),
                          QJsonArray{QJsonArray{0, 1, 993, QStringLiteral("box7.example.test")}}}}},
            {QStringLiteral("A"), QJsonObject{{QStringLiteral("box7.example.test"), server}}}};
        const QStringList discover{QStringLiteral("discover"), QStringLiteral("fred@example.test"),
                                   QStringLiteral("--port-timeout"), QStringLiteral("2"),
                                   QStringLiteral("--probe-private")};
        QByteArray out;
        int rc = writeScenario(look.path(), {{QStringLiteral("http"), QJsonObject{}},
                                             {QStringLiteral("dns"), dnsRecords},
                                             {QStringLiteral("dns_address"), server},
                                             {QStringLiteral("http_address"), server}}) &&
                         resolvConf("nameserver 10.99.0.2\noptions timeout:2 attempts:1\n")
                     ? 0
                     : 1;
        if (rc == 0)
            rc = inNamespace(inServer,
                             {QStringLiteral("python3"), serverScript("tlsbed.py"),
                              QStringLiteral("start"), tls.path(),
                              QStringLiteral("good@%1:993").arg(server)},
                             &out);
        if (rc == 0)
            rc = inNamespace(inServer,
                             {QStringLiteral("python3"), serverScript("lookup.py"),
                              QStringLiteral("start"), look.path()},
                             &out);
        CliResult found, silent;
        if (rc == 0) found = cliInNamespace(client, discover);
        if (rc == 0)
            rc = inNamespace(inServer,
                             {QStringLiteral("python3"), serverScript("lookup.py"),
                              QStringLiteral("stop"), look.path()},
                             &out);
        // Takes UDP and TCP questions on port 53 and never answers; the parent returns once the
        // sockets are bound, the child sleeps until the namespace is torn down.
        const QString deaf =
            QStringLiteral("import os, socket, time\n"
                           "for i in range(100):\n" // lookup.py may still be letting go of port 53
                           "    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                           "    t = socket.socket()\n"
                           "    t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
                           "    try:\n"
                           "        u.bind(('%1', 53)); t.bind(('%1', 53)); t.listen(16); break\n"
                           "    except OSError:\n"
                           "        u.close(); t.close(); time.sleep(0.1)\n"
                           "else:\n"
                           "    raise SystemExit('port 53 stayed busy')\n"
                           "if os.fork(): os._exit(0)\n"
                           "n = os.open(os.devnull, os.O_RDWR)\n"
                           "for fd in (0, 1, 2): os.dup2(n, fd)\n"
                           "time.sleep(600)\n")
                .arg(server);
        if (rc == 0)
            rc = inNamespace(inServer, {QStringLiteral("python3"), QStringLiteral("-c"), deaf},
                             &out);
        // glibc's own defaults now: 5 s per try, two tries.
        if (rc == 0) rc = resolvConf("nameserver 10.99.0.2\n") ? 0 : 1;
        if (rc == 0) silent = cliInNamespace(client, discover);
        netns({QStringLiteral("teardown"), name}); // ends the servers inside too
        QDir(etc).removeRecursively();
        if (!hadNetnsDir) QDir().rmdir(QStringLiteral("/etc/netns")); // only when empty
        QVERIFY2(rc == 0, out.constData());

        // The SRV record (no guess names box7) and the address behind it came from the system's
        // resolver; a name it answered does not exist for is told apart from an unanswered one.
        QVERIFY2(!found.json.isEmpty(), found.err.constData());
        const QJsonObject imap = portEntry(found, QStringLiteral("box7.example.test"), 993);
        QVERIFY2(!imap.isEmpty(), QJsonDocument(found.json.value(QStringLiteral("ports")).toArray())
                                      .toJson(QJsonDocument::Compact)
                                      .constData());
        QCOMPARE(imap.value(QStringLiteral("address")).toString(), server);
        QCOMPARE(imap.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(portState(found, QStringLiteral("mail.example.test"), 993),
                 QStringLiteral("unresolved"));

        // A resolver that never answers: every name unreachable, none "does not exist".
        QVERIFY2(!silent.json.isEmpty(), silent.err.constData());
        const QJsonArray ports = silent.json.value(QStringLiteral("ports")).toArray();
        QVERIFY(!ports.isEmpty());
        for (const auto &v : ports) {
            const QJsonObject p = v.toObject();
            QVERIFY2(p.value(QStringLiteral("state")).toString() == QLatin1String("unreachable") &&
                         !p.value(QStringLiteral("detail")).toString().isEmpty(),
                     QJsonDocument(p).toJson(QJsonDocument::Compact).constData());
        }
        for (const auto &v : silent.json.value(QStringLiteral("picks")).toArray())
            QVERIFY2(!v.toObject()
                          .value(QStringLiteral("verdict"))
                          .toString()
                          .contains(QStringLiteral("does not exist")),
                     QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).constData());
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
