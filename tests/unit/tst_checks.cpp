// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Server identification, URL parsing, report JSON round trip and the SMTP command builder.
#include "net/Connection.h"
#include "net/TrustStore.h"
#include "probes/Report.h"
#include "probes/ServerId.h"
#include "report/JsonReport.h"
#include "smtp/SmtpCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mailscope;

class TestChecks : public QObject
{
    Q_OBJECT
private slots:
    void identify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("software");
        // Real greetings and replies as these servers send them.
        QTest::newRow("perdition login")
            << QStringLiteral("You are so in") << QStringLiteral("perdition");
        QTest::newRow("perdition logout")
            << QStringLiteral("IMAP server logging out, mate") << QStringLiteral("perdition");
        QTest::newRow("perdition greeting")
            << QStringLiteral("IMAP4rev1 perdition ready on mail.example.net")
            << QStringLiteral("perdition");
        QTest::newRow("dovecot") << QStringLiteral("Dovecot (Debian) ready.")
                                 << QStringLiteral("dovecot");
        QTest::newRow("exchange imap")
            << QStringLiteral("The Microsoft Exchange IMAP4 service is ready.")
            << QStringLiteral("exchange");
        QTest::newRow("exchange smtp")
            << QStringLiteral("DB3EHSMHS006.bigfish.com Microsoft ESMTP MAIL Service ready at Sun, "
                              "28 Nov 2010 07:47:08 +0000")
            << QStringLiteral("exchange");
        QTest::newRow("courier")
            << QStringLiteral("Courier-IMAP ready. Copyright 1998-2018 Double Precision, Inc.")
            << QStringLiteral("courier");
        QTest::newRow("cyrus")
            << QStringLiteral("mail.example.org Cyrus IMAP v3.2.6-Debian-3.2.6-2 server ready")
            << QStringLiteral("cyrus");
        QTest::newRow("gmail imap")
            << QStringLiteral("Gimap ready for requests from 203.0.113.7 x1mb1234")
            << QStringLiteral("gmail");
        QTest::newRow("gmail smtp")
            << QStringLiteral("smtp.gmail.com ESMTP a1sm1234 - gsmtp") << QStringLiteral("gmail");
        QTest::newRow("postfix") << QStringLiteral("mail.example.com ESMTP Postfix (Debian/GNU)")
                                 << QStringLiteral("postfix");
        QTest::newRow("exim")
            << QStringLiteral("mx.example.com ESMTP Exim 4.96 Mon, 23 Nov 2026 07:00:00 +0000")
            << QStringLiteral("exim");
        QTest::newRow("unknown") << QStringLiteral("IMAP4rev1 Service Ready")
                                 << QStringLiteral("unknown");
        QTest::newRow("no false exim")
            << QStringLiteral("ready, eximious server") << QStringLiteral("unknown");
    }
    void identify()
    {
        QFETCH(QString, text);
        QFETCH(QString, software);
        const ServerIdentity id = identifyServer({text}, {QStringLiteral("greeting")});
        QCOMPARE(id.software, software);
        if (software != QLatin1String("unknown")) {
            QCOMPARE(id.source, QStringLiteral("greeting"));
            QVERIFY(!id.product.isEmpty());
        }
    }

    void identifyPrefersProxyOverBackend()
    {
        // A perdition proxy in front of Dovecot: the proxy is what the user talks to.
        const ServerIdentity id =
            identifyServer({QStringLiteral("Dovecot ready."), QStringLiteral("You are so in")},
                           {QStringLiteral("greeting"), QStringLiteral("reply")});
        QCOMPARE(id.software, QStringLiteral("perdition"));
        QCOMPARE(id.source, QStringLiteral("reply"));
    }

    void parseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("user");
        QTest::newRow("imap") << QStringLiteral("imap://fred@mail.example.net") << QString() << 143
                              << false << QStringLiteral("fred");
        QTest::newRow("imaps") << QStringLiteral("imaps://mail.example.net") << QString() << 993
                               << true << QString();
        QTest::newRow("smtp") << QStringLiteral("smtp://mx.example.net") << QString() << 25 << false
                              << QString();
        QTest::newRow("submission") << QStringLiteral("submission://a@b.example") << QString()
                                    << 587 << false << QStringLiteral("a");
        QTest::newRow("smtps port")
            << QStringLiteral("smtps://b.example:2465") << QString() << 2465 << true << QString();
        QTest::newRow("ipv6") << QStringLiteral("imap://[::1]:1143") << QString() << 1143 << false
                              << QString();
        QTest::newRow("email user")
            << QStringLiteral("imaps://fred%40example.net@mail.example.net") << QString() << 993
            << true << QStringLiteral("fred@example.net");
        QTest::newRow("password") << QStringLiteral("imap://u:secret@h")
                                  << QStringLiteral("password") << 0 << false << QString();
        QTest::newRow("scheme") << QStringLiteral("pop3://h") << QStringLiteral("unknown scheme")
                                << 0 << false << QString();
        QTest::newRow("no host") << QStringLiteral("imap://") << QStringLiteral("not a valid") << 0
                                 << false << QString();
    }
    void parseUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, error);
        QFETCH(int, port);
        QFETCH(bool, tls);
        QFETCH(QString, user);
        Target t;
        const QString err = Target::parse(url, &t);
        // A password given in the URL is named in the refusal, never echoed.
        QVERIFY(!err.contains(QStringLiteral("secret")));
        if (!error.isEmpty()) {
            QVERIFY2(err.contains(error), qPrintable(err));
            return;
        }
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(int(t.port), port);
        QCOMPARE(t.implicitTls, tls);
        QCOMPARE(t.user, user);
    }

    void exitCodes()
    {
        Report r;
        QCOMPARE(r.exitCode(), 0);
        r.findings.append({QStringLiteral("server.identified"), Severity::Info, {}, {}, {}, {}});
        QCOMPARE(r.exitCode(), 0);
        r.findings.append({QStringLiteral("auth.cleartext"), Severity::Warning, {}, {}, {}, {}});
        QCOMPARE(r.exitCode(), 1);
        r.checks.append({QStringLiteral("login"), CheckStatus::Error, QStringLiteral("x")});
        QCOMPARE(r.exitCode(), 2);
        r.checks.clear();
        r.fatalError = QStringLiteral("unreachable");
        QCOMPARE(r.exitCode(), 2);
    }

    void jsonRoundTrip()
    {
        Report r;
        QVERIFY(
            Target::parse(QStringLiteral("imaps://fred@mail.example.net"), &r.target).isEmpty());
        r.software = QStringLiteral("dovecot");
        r.secretsShown = true;
        r.greeting = QStringLiteral("Dovecot ready.");
        r.capsBeforeTls = {};
        r.capsAfterTls = {QStringLiteral("IMAP4rev1"), QStringLiteral("AUTH=PLAIN")};
        r.checks.append({QStringLiteral("tls"), CheckStatus::Pass, QStringLiteral("TLSv1.3")});
        Finding f{QStringLiteral("auth.failed"),
                  Severity::Error,
                  QStringLiteral("refused"),
                  QStringLiteral("why"),
                  QJsonObject{{QStringLiteral("reply"), QStringLiteral("NO")}},
                  {1}};
        r.findings.append(f);
        r.advice.append({QStringLiteral("user"), QStringLiteral("password"),
                         QStringLiteral("check"), QStringLiteral("r")});
        std::vector<Event> evs(2);
        evs[0].kind = EventKind::Connect;
        evs[0].text = QStringLiteral("connected");
        evs[1].kind = EventKind::Send;
        evs[1].conn = 1;
        evs[1].tUs = 1500;
        evs[1].data = "a1 LOGIN fred <redacted>\r\n";
        evs[1].secret = true;
        const QByteArray json = reportToJson(r, evs).toJson();
        Report back;
        std::vector<Event> evBack;
        QCOMPARE(reportFromJson(json, &back, &evBack), QString());
        QCOMPARE(back.target.host, QStringLiteral("mail.example.net"));
        QCOMPARE(back.software, r.software);
        QVERIFY(back.secretsShown);
        QVERIFY(json.contains("\"secrets_shown\": true"));
        QCOMPARE(back.capsAfterTls, r.capsAfterTls);
        QCOMPARE(back.findings.size(), 1);
        QCOMPARE(back.findings.first().evidence, QList<int>{1});
        QCOMPARE(back.findings.first().severity, Severity::Error);
        QCOMPARE(back.checks.first().status, CheckStatus::Pass);
        QCOMPARE(int(evBack.size()), 2);
        QCOMPARE(evBack[1].kind, EventKind::Send);
        QCOMPARE(evBack[1].data, evs[1].data);
        QCOMPARE(evBack[1].tUs, qint64(1500));
        QVERIFY(evBack[1].secret && evBack[1].redacted());
        QVERIFY(!reportFromJson("{\"schema\":\"other/1\"}", &back, nullptr).isEmpty());
        QVERIFY(!reportFromJson("not json", &back, nullptr).isEmpty());
    }

    // A report file can say anything: one made to stall the app (a 5 MB title took minutes to
    // lay out, 140,000 advice lines took 2 GB) is cut to what any run writes, and says so.
    void reportFromAFileIsBounded()
    {
        Report r;
        r.target.url = QStringLiteral("imaps://fred@mail.example.net");
        r.target.host = QStringLiteral("mail.example.net");
        for (int i = 0; i < 5000; ++i) {
            Finding f;
            f.id = QStringLiteral("x.%1").arg(i);
            f.title = QStringLiteral("finding %1").arg(i);
            r.findings.append(f);
        }
        r.findings[0].title = QString(3000000, QLatin1Char('A'));
        r.findings[0].explanation = QString(3000000, QLatin1Char('B'));
        for (int i = 0; i < 20000; ++i)
            r.findings[1].evidence << i;
        for (int i = 0; i < 30000; ++i)
            r.advice.append({QStringLiteral("thunderbird"), QStringLiteral("s%1").arg(i),
                             QStringLiteral("v"), QStringLiteral("r")});
        for (int i = 0; i < 3000; ++i)
            r.checks.append({QStringLiteral("c%1").arg(i), CheckStatus::Pass, QString()});
        Report back;
        QCOMPARE(reportFromJson(reportToJson(r, {}).toJson(), &back, nullptr), QString());
        QVERIFY2(back.findings.size() <= 1001, qPrintable(QString::number(back.findings.size())));
        QVERIFY(back.advice.size() <= 2000);
        QVERIFY(back.checks.size() <= 1000);
        QVERIFY(back.findings[0].title.size() <= 20001);
        QVERIFY(back.findings[0].explanation.size() <= 20001);
        QVERIFY(back.findings[1].evidence.size() <= 10000);
        // What was cut is said, in a finding of its own.
        const Finding *cut = back.finding(QStringLiteral("report.cut"));
        QVERIFY(cut);
        // 4,000 findings, 28,000 advice lines, 2,000 checks, 10,000 evidence references.
        QCOMPARE(cut->data.value(QStringLiteral("items_left_out")).toInt(), 44000);
        QCOMPARE(cut->data.value(QStringLiteral("texts_cut")).toInt(), 2);
        QVERIFY2(cut->explanation.contains(QStringLiteral("2 texts cut short")),
                 qPrintable(cut->explanation));
        // An ordinary report is read whole, with no such finding.
        Report small;
        small.findings = r.findings.mid(2, 3);
        Report smallBack;
        QCOMPARE(reportFromJson(reportToJson(small, {}).toJson(), &smallBack, nullptr), QString());
        QCOMPARE(smallBack.findings.size(), 3);
        QVERIFY(!smallBack.hasFinding(QStringLiteral("report.cut")));
    }

    void reportEventsAreByteExact_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all += char(i);
        QTest::newRow("every byte value") << all;
        QTest::newRow("Latin-1 literal") << QByteArray("* 1 FETCH (BODY[] {4}\r\n\xe9t\xe9!)\r\n");
        QTest::newRow("UTF-8 BOM") << QByteArray("\xef\xbb\xbf* OK hi\r\n");
        QTest::newRow("NUL bytes") << QByteArray("a\0b\0\r\n", 7);
        QTest::newRow("valid UTF-8") << QByteArray("* OK gr\xc3\xbc\xc3\x9f dich\r\n");
        QTest::newRow("cut UTF-8 sequence") << QByteArray("* OK \xe2\x82\r\n");
    }

    void reportEventsAreByteExact()
    {
        QFETCH(QByteArray, bytes);
        Report r;
        r.target.url = QStringLiteral("imap://h");
        std::vector<Event> evs(2);
        evs[0].kind = EventKind::Receive;
        evs[0].conn = 1;
        evs[0].data = bytes;
        evs[1].kind = EventKind::Send;
        evs[1].conn = 1;
        evs[1].data = bytes;
        evs[1].secret = evs[1].revealed = true;
        evs[1].masked = "<redacted>\r\n";
        const QByteArray json = reportToJson(r, evs).toJson();
        std::vector<Event> back;
        Report rb;
        QCOMPARE(reportFromJson(json, &rb, &back), QString());
        QCOMPARE(int(back.size()), 2);
        QCOMPARE(back[0].data, bytes);
        QCOMPARE(back[1].data, bytes);
        QVERIFY(back[1].secret && back[1].revealed);
        QCOMPARE(back[1].masked, QByteArrayLiteral("<redacted>\r\n"));
        // Saved again, the same events: nothing drifts with each save and load.
        QCOMPARE(reportToJson(rb, back).object().value(QStringLiteral("events")),
                 QJsonDocument::fromJson(json).object().value(QStringLiteral("events")));
    }

    void certificateAcceptanceIsBoundToHostAndPort()
    {
        const QByteArray sha(64, 'a');
        TlsPolicy p;
        p.accept(QStringLiteral("Mail.Example.net"), 993,
                 QByteArray(32, 'A') + QByteArray(32, 'a'));
        QVERIFY(p.accepts(QStringLiteral("mail.example.net"), 993, sha));
        QVERIFY(!p.accepts(QStringLiteral("mail.example.net"), 143, sha));
        QVERIFY(!p.accepts(QStringLiteral("127.0.0.1"), 993, sha));
        QVERIFY(!p.accepts(QStringLiteral("mail.example.net"), 993, QByteArray(64, 'b')));
        QVERIFY(!p.accepts(QStringLiteral("mail.example.net"), 993, QByteArray()));
        QCOMPARE(TlsPolicy::normaliseSha256("AB:" + QByteArray(62, 'c')),
                 "ab" + QByteArray(62, 'c'));
        QVERIFY(TlsPolicy::normaliseSha256("xyz").isEmpty());
        QVERIFY(TlsPolicy::normaliseSha256(QByteArray(63, 'a')).isEmpty());
    }

    void trustStoreRemembersPerServer()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("trust.ini"));
        const QByteArray sha(64, 'd');
        {
            TrustStore store(ini);
            store.remember(QStringLiteral("IMAP.example.net"), 993, "DD:" + QByteArray(62, 'd'));
            store.remember(QStringLiteral("imap.example.net"), 993, sha); // once only
        }
        TrustStore store(ini);
        QCOMPARE(store.remembered(QStringLiteral("imap.example.net"), 993), QList<QByteArray>{sha});
        QVERIFY(store.remembered(QStringLiteral("imap.example.net"), 143).isEmpty());
        QVERIFY(store.remembered(QStringLiteral("smtp.example.net"), 993).isEmpty());
        TlsPolicy p;
        store.applyTo(&p, QStringLiteral("smtp.example.net"), 993);
        QVERIFY(p.accepted.isEmpty());
        store.applyTo(&p, QStringLiteral("imap.example.net"), 993);
        QVERIFY(p.accepts(QStringLiteral("imap.example.net"), 993, sha));
        store.forget(QStringLiteral("imap.example.net"), 993);
        QVERIFY(store.remembered(QStringLiteral("imap.example.net"), 993).isEmpty());
    }

    void urlErrorsNeverEchoAPassword()
    {
        Target t;
        for (const char *u : {"imap://fred:hunter2@mail.example:99999",
                              "imaps://fred:hun/ter2@mail.example:x", "imap://a:hunter2@@"}) {
            const QString err = Target::parse(QString::fromLatin1(u), &t);
            QVERIFY2(!err.isEmpty(), u);
            QVERIFY2(!err.contains(QStringLiteral("hunter2")) &&
                         !err.contains(QStringLiteral("ter2")),
                     qPrintable(err));
        }
    }

    void smtpCommands()
    {
        QCOMPARE(smtp::ehlo("client.example").wire, QByteArray("EHLO client.example"));
        QCOMPARE(smtp::mailFrom("").wire, QByteArray("MAIL FROM:<>"));
        QCOMPARE(smtp::mailFrom("a@b.example", {"SIZE=100"}).wire,
                 QByteArray("MAIL FROM:<a@b.example> SIZE=100"));
        QCOMPARE(smtp::rcptTo("c@d.example").wire, QByteArray("RCPT TO:<c@d.example>"));
        QCOMPARE(smtp::simple("rset").wire, QByteArray("RSET"));
        // Smuggling a second command through a value is refused.
        QVERIFY(!smtp::rcptTo("c@d.example>\r\nDATA").ok());
        QVERIFY(!smtp::mailFrom("a@b\nRSET").ok());
        QVERIFY(!smtp::ehlo("x\r\nQUIT").ok());
        QVERIFY(!smtp::ehlo("").ok());
        QVERIFY(!smtp::mailFrom("a@b", {"X=1\r\nRSET"}).ok());
        QVERIFY(!smtp::simple("VRFY").ok());
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
