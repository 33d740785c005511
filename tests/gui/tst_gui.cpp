// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The desktop app in a real (offscreen) QApplication: models under QAbstractItemModelTester,
// the wizard against the built-in demo server and a real Dovecot, reports made by the CLI,
// presenter mode, keyboard navigation, the console. Screenshots of the main states land in
// artifacts/ under the working directory, for review by eye.
#include "CertificateDialog.h"
#include "ConsoleWidget.h"
#include "DiagnoseWizard.h"
#include "Documents.h"
#include "ExchangeScript.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "RepairDialog.h"
#include "ResultsPanel.h"
#include "Secrets.h"
#include "SignInBox.h"
#include "TestServers.h"
#include "ThunderbirdDialog.h"
#include "TimelineData.h"
#include "TimelineWidget.h"
#include "TranscriptModel.h"
#include "TranscriptView.h"
#include "advice/Advice.h"
#include "auth/Credentials.h"
#include "demo/DemoCert.h"
#include "demo/DemoServer.h"
#include "discovery/Discovery.h"
#include "keychain/KeychainStore.h"
#include "net/TrustStore.h"
#include "probes/IdleLadder.h"
#include "report/JsonReport.h"
#include "session/Transcript.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace mailscope;

#include <unistd.h>

namespace {
using test::ev;
using test::shot;

QStringList treeColumn(QTreeWidget *t, int col)
{
    QStringList out;
    for (int i = 0; i < t->topLevelItemCount(); ++i)
        out << t->topLevelItem(i)->text(col);
    return out;
}

// The demo certificate trusted for 127.0.0.1:port in the user's trust store while it lives.
struct DemoCertTrusted
{
    explicit DemoCertTrusted(quint16 p) : port(p)
    {
        TrustStore().remember(QStringLiteral("127.0.0.1"), port, test::demoCertSha().toLatin1());
    }
    ~DemoCertTrusted() { TrustStore().forget(QStringLiteral("127.0.0.1"), port); }
    DemoCertTrusted(const DemoCertTrusted &) = delete;
    DemoCertTrusted &operator=(const DemoCertTrusted &) = delete;
    quint16 port;
};

// A report file (as if opened from disk) whose only finding is seed 001's ghost, UID 15541
// in INBOX, on 127.0.0.1:port. Empty when it cannot be written.
QString writeGhostReport(const QTemporaryDir &dir, quint16 port)
{
    Report r;
    if (!Target::parse(QStringLiteral("imaps://fred@127.0.0.1:%1").arg(port), &r.target).isEmpty())
        return {};
    Finding ghost;
    ghost.id = QStringLiteral("imap.ghost-message");
    ghost.severity = Severity::Error;
    ghost.title = QStringLiteral("A message in INBOX cannot be downloaded (UID 15541)");
    ghost.data.insert(QStringLiteral("mailbox"), QStringLiteral("INBOX"));
    ghost.data.insert(QStringLiteral("uids"), QJsonArray{15541});
    r.findings << ghost;
    const QString file = dir.filePath(QStringLiteral("ghost.json"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(reportToJson(r, {}).toJson()) <= 0) return {};
    return file;
}

} // namespace

class TestGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateGuiTest("tst_gui");
        qRegisterMetaType<mailscope::Report>();
    }

    void transcriptModelIsConsistent()
    {
        installPluralTranslator();
        Transcript t;
        TranscriptModel model;
        TranscriptFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester ftester(&filter,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        model.setTranscript(&t);
        for (int i = 0; i < 200; ++i) {
            Event e = ev(1 + i % 3, i % 2 ? EventKind::Send : EventKind::Receive,
                         QByteArray("a") + QByteArray::number(i) + " NOOP\r\n", 1000 * i + 1);
            t.append(e);
        }
        QTRY_COMPARE(model.rowCount(), 200);
        // Coalesced: 200 events arrive as a handful of batched inserts, not 200.
        QVERIFY2(inserts.size() <= 3, qPrintable(QString::number(inserts.size())));
        QCOMPARE(model.data(model.index(1, 0), TranscriptModel::KindRole).toInt(),
                 int(EventKind::Send));
        const QString row1 = model.data(model.index(1, 0), Qt::DisplayRole).toString();
        QVERIFY2(row1.contains(QStringLiteral("#2 C a1 NOOP")), qPrintable(row1));
        QVERIFY(row1.contains(QStringLiteral("0.001001")));
        QVERIFY(model.data(model.index(0, 0), Qt::ForegroundRole).isValid());
        // Every kind has its own colour in every theme.
        for (Theme th : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
            QSet<QRgb> colours;
            for (EventKind k : {EventKind::Send, EventKind::Receive, EventKind::Connect,
                                EventKind::Tls, EventKind::Note, EventKind::Error})
                colours.insert(TranscriptModel::colour(int(k), th).rgb());
            QCOMPARE(colours.size(), 6);
        }
        model.setTimeMode(TranscriptModel::TimeMode::SincePrevious);
        QVERIFY(model.index(2, 0).data().toString().contains(QStringLiteral("+0.001000")));
        model.setTimeMode(TranscriptModel::TimeMode::Absolute);
        model.setStartTime(QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0)));
        QVERIFY2(model.index(2, 0).data().toString().startsWith(QStringLiteral("10:00:00.002001")),
                 qPrintable(model.index(2, 0).data().toString()));
        model.setShowCrLf(true);
        QVERIFY(model.index(2, 0)
                    .data(TranscriptModel::FullTextRole)
                    .toString()
                    .contains(QStringLiteral("NOOP\u240D\u240A")));

        filter.setConnection(2);
        QCOMPARE(filter.rowCount(), 67);
        filter.setSearch(QStringLiteral("a10 "));
        QCOMPARE(filter.rowCount(), 1);
        filter.setConnection(-1);
        filter.setSearch(QString());
        QCOMPARE(filter.rowCount(), 200);
        // Multi-line events: one row each, with the count of lines that follow.
        t.append(ev(1, EventKind::Receive, "* 1 EXISTS\r\n* 2 EXISTS\r\na9 OK done\r\n", 300000));
        QTRY_COMPARE(model.rowCount(), 201);
        model.setShowCrLf(false);
        QVERIFY(model.index(200, 0).data().toString().contains(QStringLiteral("[+2 lines]")));
        model.setTranscript(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void presenterMaskHidesSecrets()
    {
        // Masking reads the event's flag, whatever the text looks like: a password that is
        // no word of any protocol is hidden all the same, and nothing else is touched.
        Transcript t;
        Event secret = ev(1, EventKind::Send, "zz9 plural z alpha\r\n", 1000);
        secret.secret = true;
        secret.revealed = true;
        secret.masked = "<redacted>\r\n";
        t.append(secret);
        t.append(ev(1, EventKind::Send, "a3 SELECT INBOX\r\n", 2000));
        TranscriptModel model;
        model.setTranscript(&t);
        QTRY_COMPARE(model.rowCount(), 2);
        auto row = [&](int r) {
            return model.index(r, 0).data(TranscriptModel::FullTextRole).toString();
        };
        QVERIFY(row(0).contains(QStringLiteral("zz9 plural z alpha"))); // revealed on purpose
        QVERIFY(model.index(0, 0).data(TranscriptModel::RedactedRole).toBool());
        model.setMaskSecrets(true);
        QVERIFY2(!row(0).contains(QStringLiteral("plural")), qPrintable(row(0)));
        QVERIFY(row(0).contains(QStringLiteral("<redacted>")));
        QVERIFY(row(1).contains(QStringLiteral("a3 SELECT INBOX")));
        // Copies and searches never see the secret, whatever the mode.
        model.setMaskSecrets(false);
        QVERIFY(!model.lineFor(0, true, true).contains(QStringLiteral("plural")));
        TranscriptFilter filter;
        filter.setSourceModel(&model);
        filter.setSearch(QStringLiteral("plural"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearch(QStringLiteral("SELECT"));
        QCOMPARE(filter.rowCount(), 1);
    }

    void timelinePairsCommandsAndFindsGaps()
    {
        Transcript t;
        std::vector<Event> es{
            ev(1, EventKind::Connect, {}, 0),
            ev(1, EventKind::Receive, "* OK ready\r\n", 10000),
            ev(1, EventKind::Send, "a1 CAPABILITY\r\n", 20000),
            ev(2, EventKind::Connect, {}, 25000),
            ev(2, EventKind::Send, "b1 NOOP\r\n", 30000),
            ev(1, EventKind::Receive, "* CAPABILITY IMAP4rev1\r\na1 OK\r\n", 70000),
            ev(1, EventKind::Tls, {}, 80000),
            ev(1, EventKind::Send, "a2 NOOP\r\n", 5080000), // after 5 s of silence
            ev(1, EventKind::Reset, {}, 5090000),
            ev(2, EventKind::Timeout, {}, 9000000),
        };
        t.restore(es);
        TimelineData d;
        d.update(&t);
        QCOMPARE(int(d.commands().size()), 3);
        QCOMPARE(d.commands()[0].conn, 1);
        QCOMPARE(d.commands()[0].sendEvent, 2);
        QCOMPARE(d.commands()[0].replyEvent, 5);
        QVERIFY(qAbs(d.commands()[0].latency - 0.05) < 1e-9);
        QCOMPARE(d.commands()[1].latency, -1.0); // b1 never answered
        QCOMPARE(d.commands()[2].latency, -1.0);
        QCOMPARE(int(d.gaps().size()), 2); // #1 5 s silent, #2 9 s silent
        QCOMPARE(d.gaps()[0].conn, 1);
        QVERIFY(qAbs(d.gaps()[0].to - d.gaps()[0].from - 5.0) < 1e-6);
        QList<int> kinds;
        for (const auto &m : d.markers())
            kinds << m.kind;
        QCOMPARE(kinds,
                 (QList<int>{TimelineMarker::Connect, TimelineMarker::Connect, TimelineMarker::Tls,
                             TimelineMarker::Reset, TimelineMarker::Silence}));
        QCOMPARE(d.connections(), (QList<int>{1, 2}));
        QCOMPARE(TimelineData::commandLabel(es[2]), QStringLiteral("a1 CAPABILITY"));

        TimelineWidget w;
        w.resize(900, 400);
        QSignalSpy built(&w, &TimelineWidget::built);
        w.setTranscript(&t);
        QVERIFY(built.wait(10000));
        QVERIFY(w.describeCommandAt(0.021, 1).contains(QStringLiteral("a1 CAPABILITY")));
        QVERIFY(w.describeCommandAt(0.021, 1).contains(QStringLiteral("50.0 ms")));
        QVERIFY(w.describeCommandAt(0.03, 2).contains(QStringLiteral("no reply")));
        QSignalSpy act(&w, &TimelineWidget::eventActivated);
        w.zoomTo(0, 0.1);
        QCOMPARE(w.visibleRange().first, 0.0);
        QVERIFY(qAbs(w.visibleRange().second - 0.1) < 1e-9);
    }

    // A transcript with thousands of connections (a crafted report, or a very long run): the
    // connection menu lists the first 500 in order and counts the rest in one entry that cannot
    // be chosen. Before, every connection was inserted in order, one by one: opening a report
    // with 20,000 connections took 10 s and one with 200,000 did not finish in 2 minutes.
    void connectionMenuIsBounded()
    {
        Transcript t;
        std::vector<Event> es;
        for (int i = 0; i < 3000; ++i) // highest first: the worst order for sorted insertion
            es.push_back(ev(3000 - i, EventKind::Send, "a NOOP\r\n", qint64(i) * 1000));
        t.restore(std::move(es));
        TranscriptView v;
        v.setTranscript(&t);
        QComboBox *box = v.connectionBox();
        QCOMPARE(box->count(), 1 + 500 + 1);
        QCOMPARE(box->itemData(1).toInt(), 1);
        QCOMPARE(box->itemData(500).toInt(), 500);
        QVERIFY2(box->itemText(501).contains(QStringLiteral("2500")),
                 qPrintable(box->itemText(501)));
        const auto *m = qobject_cast<const QStandardItemModel *>(box->model());
        QVERIFY(m && !m->item(501)->isEnabled());
        box->setCurrentIndex(2);
        QCOMPARE(v.filter()->rowCount(), 1); // connection #2's one line
        // A new transcript starts the menu afresh.
        Transcript small;
        small.restore({ev(7, EventKind::Send, "a NOOP\r\n", 0)});
        v.setTranscript(&small);
        QCOMPARE(box->count(), 2);
        QCOMPARE(box->currentIndex(), 0);
    }

    void timelineDownsamplesLargeRuns()
    {
        Transcript t;
        std::vector<Event> es;
        es.reserve(200000);
        for (int i = 0; i < 100000; ++i) {
            const qint64 at = qint64(i) * 3000;
            es.push_back(ev(1 + i % 4, EventKind::Send, "a NOOP\r\n", at));
            es.push_back(ev(1 + i % 4, EventKind::Receive, "a OK\r\n", at + 1000 + i % 7 * 100));
        }
        t.restore(std::move(es));
        TimelineWidget w;
        w.resize(1000, 500);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy built(&w, &TimelineWidget::built);
        QElapsedTimer timer;
        timer.start();
        w.setTranscript(&t);
        QVERIFY(built.wait(30000));
        const qint64 build = timer.elapsed();
        QCOMPARE(int(w.data().commands().size()), 100000);
        QVERIFY2(w.drawnPoints() < 40000, qPrintable(QString::number(w.drawnPoints())));
        const int whole = w.drawnPoints();
        timer.restart();
        w.zoomTo(100, 101);
        QVERIFY(built.wait(30000));
        const qint64 zoom = timer.elapsed();
        QVERIFY(w.drawnPoints() > 0);
        QVERIFY(w.drawnPoints() != whole);
        QCOMPARE(w.frame().from, 100.0);
        qInfo("timeline: 100k commands built in %lld ms, zoom redraw %lld ms, %d points drawn",
              build, zoom, w.drawnPoints());
    }

    void discoveryOrdersCandidates()
    {
        QCOMPARE(Discovery::domainOf(QStringLiteral(" Fred@Example.NET. ")),
                 QStringLiteral("example.net"));
        const QList<SrvAnswer> srv{
            {QStringLiteral("_submission._tcp"), QStringLiteral("smtp.example.net."), 587, 0, 0},
            {QStringLiteral("_imap._tcp"), QStringLiteral("imap.example.net."), 143, 0, 0},
            {QStringLiteral("_imaps._tcp"), QStringLiteral("imap2.example.net."), 993, 20, 0},
            {QStringLiteral("_imaps._tcp"), QStringLiteral("imap1.example.net."), 993, 10, 0},
            {QStringLiteral("_submissions._tcp"), QStringLiteral("."), 0, 0, 0},
        };
        const auto c = Discovery::combine(QStringLiteral("example.net"), srv,
                                          {QStringLiteral("mx.example.net")});
        QVERIFY(c.size() >= 6);
        QCOMPARE(c[0].host, QStringLiteral("imap1.example.net"));
        QVERIFY(c[0].implicitTls);
        QCOMPARE(c[1].host, QStringLiteral("imap2.example.net"));
        QCOMPARE(c[2].host, QStringLiteral("imap.example.net"));
        QCOMPARE(c[2].port, quint16(143));
        QCOMPARE(c[3].protocol, Protocol::Smtp);
        QCOMPARE(c[3].url(QStringLiteral("fred@example.net")),
                 QStringLiteral("submission://fred%40example.net@smtp.example.net:587"));
        QCOMPARE(c[4].source, QStringLiteral("MX"));
        bool common = false;
        for (const auto &x : c)
            common = common || (x.host == QLatin1String("mail.example.net") &&
                                x.source == QLatin1String("common name"));
        QVERIFY(common);
        // Nothing in DNS: still the usual names, IMAP over TLS first.
        const auto none = Discovery::combine(QStringLiteral("example.org"), {}, {});
        QCOMPARE(none.first().host, QStringLiteral("imap.example.org"));
        QCOMPARE(none.first().port, quint16(993));
    }

    void discoveryFillsTheAccountPage()
    {
        // ".invalid" never resolves (RFC 2606): whether DNS answers NXDOMAIN or is unreachable,
        // the usual names are offered within the timeout and the first one is filled in.
        DiagnoseWizard wiz;
        wiz.setPage(DiagnoseWizard::AccountPage);
        QLineEdit *email = nullptr;
        for (QLineEdit *e : wiz.findChildren<QLineEdit *>())
            if (e->accessibleName() == QLatin1String("E-mail address")) email = e;
        QVERIFY(email);
        email->setText(QStringLiteral("fred@mail.invalid"));
        // Only loopback is a network target in tests: DNS questions go to 127.0.0.1, where
        // nothing answers, exactly like an unreachable resolver.
        wiz.setDiscoveryNameserver(QHostAddress(QHostAddress::LocalHost));
        QSignalSpy found(&wiz, &DiagnoseWizard::discoveryFinished);
        QTest::keyClick(email, Qt::Key_Return);
        QVERIFY(found.wait(60000));
        // The same table as mailscope-cli discover: every source, in priority order.
        QVERIFY(wiz.sourceTable()->topLevelItemCount() >= 9);
        QVERIFY(!wiz.sourceTable()
                     ->findItems(QStringLiteral("Provider's autoconfig"), Qt::MatchContains, 0)
                     .isEmpty());
        QVERIFY(wiz.candidates()->count() >= 3);
        QVERIFY(
            wiz.candidates()->item(0)->text().startsWith(QStringLiteral("imap.mail.invalid:993")));
        DiagnoseOptions o;
        QCOMPARE(wiz.options(&o), QString());
        QCOMPARE(o.target.host, QStringLiteral("imap.mail.invalid"));
        QVERIFY(o.target.implicitTls);
        QCOMPARE(o.target.user, QStringLiteral("fred@mail.invalid"));
        // Picking another candidate fills the fields; they stay editable.
        wiz.candidates()->setCurrentRow(2);
        QCOMPARE(wiz.options(&o), QString());
        QCOMPARE(o.target.port, quint16(143));
        QVERIFY(!o.target.implicitTls);
    }

    void discoveryTableShowsVerdicts()
    {
        // A provider whose autoconfig sends IMAP to port 143 without encryption (nothing
        // listens there), while its SRV record names 993 with TLS, which works: the table shows
        // both, the pick with its failure, and the problems in words. Real OpenSSL servers and
        // a DNS server of its own, on an address of this test's own in 127.0.0.0/8.
        MAILSCOPE_REQUIRE(::geteuid() == 0, "ports below 1024 and DNS on port 53 need root");
        const qint64 pid = QCoreApplication::applicationPid();
        const QString net =
            QStringLiteral("127.%1.%2.").arg(60 + pid % 150).arg(1 + (pid / 150) % 250);
        QTemporaryDir tls, look;
        QMap<QString, QString> t, l;
        QString err = mailscope::test::startServer(
            "tlsbed.py",
            {tls.path(), QStringLiteral("good@%1:993").arg(net + QStringLiteral("10")),
             QStringLiteral("tls13@%1:465").arg(net + QStringLiteral("10"))},
            {}, &t);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QString config = QStringLiteral(
            "<clientConfig version=\"1.1\"><emailProvider id=\"example.test\">"
            "<incomingServer type=\"imap\"><hostname>mail.example.test</hostname><port>143</port>"
            "<socketType>plain</socketType><authentication>password-cleartext</authentication>"
            "</incomingServer><outgoingServer type=\"smtp\"><hostname>mail.example.test</hostname>"
            "<port>465</port><socketType>SSL</socketType><authentication>password-cleartext"
            "</authentication></outgoingServer></emailProvider></clientConfig>");
        QJsonObject scenario{
            {QStringLiteral("http"),
             QJsonObject{{QStringLiteral("autoconfig.example.test/mail/config-v1.1.xml"),
                          QJsonObject{{QStringLiteral("body"), config}}}}},
            {QStringLiteral("dns"),
             QJsonObject{{QStringLiteral("A"), QJsonObject{{QStringLiteral("mail.example.test"),
                                                            QString(net + QStringLiteral("10"))}}},
                         {QStringLiteral("SRV"),
                          QJsonObject{{QStringLiteral("_imaps._tcp.example.test"),
                                       QJsonArray{QJsonArray{
                                           0, 0, 993, QStringLiteral("mail.example.test")}}}}}}},
            {QStringLiteral("dns_address"), QString(net + QStringLiteral("53"))}};
        QFile sf(look.path() + QStringLiteral("/scenario.json"));
        QVERIFY(sf.open(QIODevice::WriteOnly));
        sf.write(QJsonDocument(scenario).toJson());
        sf.close();
        err = mailscope::test::startServer("lookup.py", {look.path()}, {}, &l);
        if (!err.isEmpty()) mailscope::test::stopServer("tlsbed.py", tls.path());
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QByteArray oldBase = qgetenv("MAILSCOPE_LOOKUP_BASE");
        qputenv("MAILSCOPE_LOOKUP_BASE", l.value(QStringLiteral("HTTP_URL")).toLatin1());
        MainWindow w;
        w.resize(1280, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        DiagnoseWizard *wiz = w.wizard();
        wiz->setPage(DiagnoseWizard::AccountPage);
        wiz->setDiscoveryNameserver(QHostAddress(l.value(QStringLiteral("DNS_SERVER"))));
        for (QLineEdit *e : wiz->findChildren<QLineEdit *>()) {
            if (e->accessibleName() == QLatin1String("Extra CA certificate file"))
                e->setText(t.value(QStringLiteral("CA_FILE")));
            if (e->accessibleName() == QLatin1String("E-mail address"))
                e->setText(QStringLiteral("fred@example.test"));
        }
        QSignalSpy found(wiz, &DiagnoseWizard::discoveryFinished);
        QPushButton *checkToo = nullptr;
        for (QPushButton *b : wiz->findChildren<QPushButton *>()) {
            if (b->text() == QLatin1String("Check &these too")) checkToo = b;
            if (b->text() == QLatin1String("&Find servers")) b->click();
        }
        bool done = found.wait(90000);
        // The servers sit on this computer (127.x): not connected to until the user agrees.
        QTreeWidget *table = wiz->sourceTable();
        bool privateFinding = false;
        for (const auto &f : wiz->discovered().findings)
            privateFinding = privateFinding || f.id == QLatin1String("discovery.private-address");
        bool allSkipped = !wiz->discovered().ports.isEmpty();
        for (const auto &ps : wiz->discovered().ports)
            allSkipped =
                allSkipped && (ps.state == PortState::Skipped || ps.state == PortState::Unresolved);
        const QString firstVerdict = done ? table->topLevelItem(0)->text(1) : QString();
        if (done && checkToo && checkToo->isVisible()) shot(&w, "wizard-discovery-private");
        const bool offered = checkToo && checkToo->isVisible();
        if (offered) {
            checkToo->click();
            done = found.wait(90000);
        }
        qputenv("MAILSCOPE_LOOKUP_BASE", oldBase);
        mailscope::test::stopServer("lookup.py", look.path());
        mailscope::test::stopServer("tlsbed.py", tls.path());
        QVERIFY(checkToo);
        QVERIFY(privateFinding);
        QVERIFY(allSkipped);
        QVERIFY2(firstVerdict.contains(QLatin1String("not checked")), qPrintable(firstVerdict));
        QVERIFY(offered);
        QVERIFY(done);
        QCOMPARE(found.size(), 2);
        QVERIFY(!checkToo->isVisible());
        // First row: what a mail program would pick, and that it fails.
        QVERIFY(table->topLevelItem(0)->text(0).contains(QLatin1String("A mail program picks")));
        QVERIFY2(table->topLevelItem(0)->text(1).startsWith(QStringLiteral("✗")),
                 qPrintable(table->topLevelItem(0)->text(1)));
        // The SRV source's server works.
        const auto srv = table->findItems(QStringLiteral("SRV"), Qt::MatchContains, 0);
        QCOMPARE(srv.size(), 1);
        QVERIFY(srv.first()->childCount() >= 1);
        QVERIFY2(srv.first()->child(0)->text(1).startsWith(QStringLiteral("✓ works")),
                 qPrintable(srv.first()->child(0)->text(1)));
        QVERIFY(wiz->discovered().findings.size() > 0);
        bool insecure = false;
        for (const auto &f : wiz->discovered().findings)
            insecure = insecure || f.id == QLatin1String("discovery.insecure");
        QVERIFY(insecure);
        shot(&w, "wizard-discovery");
    }

    void keyboardReachesEveryPage()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        DiagnoseWizard *wiz = w.wizard();
        wiz->setAccount(QStringLiteral("fred@example.net"), Protocol::Imap,
                        QStringLiteral("imap.example.net"), 993, true, QStringLiteral("fred"));
        QCOMPARE(wiz->page(), DiagnoseWizard::SymptomPage);
        const char *names[] = {"wizard-1-symptom", "wizard-2-account", "wizard-3-password",
                               "wizard-4-plan"};
        for (int page = 0; page < 4; ++page) {
            QCOMPARE(int(wiz->page()), page);
            shot(&w, names[page]);
            // Tab from the page's first field until Next has focus; every input passed on the
            // way has a name for screen readers.
            QWidget *f = QApplication::focusWidget();
            QVERIFY2(f && wiz->stack()->currentWidget()->isAncestorOf(f),
                     "each page puts the focus on its first field");
            int steps = 0;
            while (QApplication::focusWidget() != wiz->nextButton() && steps < 40) {
                QWidget *cur = QApplication::focusWidget();
                if (qobject_cast<QLineEdit *>(cur) || qobject_cast<QComboBox *>(cur) ||
                    qobject_cast<QAbstractItemView *>(cur))
                    QVERIFY2(!cur->accessibleName().isEmpty(), cur->metaObject()->className());
                QTest::keyClick(cur, Qt::Key_Tab);
                ++steps;
            }
            QVERIFY2(QApplication::focusWidget() == wiz->nextButton(),
                     qPrintable(QStringLiteral("page %1: Next not reachable").arg(page)));
            if (page == 3) break; // Start: not here
            QTest::keyClick(wiz->nextButton(), Qt::Key_Space);
        }
        QCOMPARE(wiz->page(), DiagnoseWizard::PlanPage);
        QVERIFY(wiz->planText().contains(QStringLiteral("imap.example.net:993")));
        // And back again.
        QTest::keyClick(wiz->backButton(), Qt::Key_Space);
        QCOMPARE(wiz->page(), DiagnoseWizard::PasswordPage);
    }

    void wizardPasswordAndPlanSayWhatHappens()
    {
        DiagnoseWizard wiz;
        wiz.setSymptom(DiagnoseWizard::Slow);
        QCOMPARE(
            wiz.selectedChecks(),
            (QStringList{QStringLiteral("tls"), QStringLiteral("login"), QStringLiteral("untagged"),
                         QStringLiteral("pipelining"), QStringLiteral("idle")}));
        wiz.setAccount(QStringLiteral("fred@example.net"), Protocol::Imap,
                       QStringLiteral("imap.example.net"), 143, false, QStringLiteral("fred"));
        wiz.setPage(DiagnoseWizard::PasswordPage);
        QVERIFY(wiz.passwordAdvice().contains(QStringLiteral("skipped without it")));
        QVERIFY(wiz.passwordAdvice().contains(QStringLiteral("would travel unencrypted")));
        DiagnoseOptions o;
        QCOMPARE(wiz.options(&o), QString());
        QVERIFY(!o.allowPlaintextLogin);
        QCOMPARE(o.idleMaxSeconds, 600);
        wiz.setAllowPlaintext(true);
        wiz.setIdleThorough(true);
        wiz.setMaxConnections(2);
        wiz.setPassword(QStringLiteral("pw"));
        QCOMPARE(wiz.options(&o), QString());
        QVERIFY(o.allowPlaintextLogin);
        QCOMPARE(o.idleMaxSeconds, 1860);
        QCOMPARE(o.maxConnections, 2);
        QCOMPARE(o.target.user, QStringLiteral("fred"));
        QCOMPARE(o.target.port, quint16(143));
        QVERIFY(!o.target.implicitTls);
        wiz.setPage(DiagnoseWizard::PlanPage);
        // The idle search's own worst case for 2 connections over --idle-max 1860 s (capped
        // by its time limit, 3 x 1860 + 120 s = 95 minutes), not a flat --idle-max.
        QVERIFY2(wiz.planText().contains(QStringLiteral("up to 95 minutes")),
                 qPrintable(wiz.planText()));
        QVERIFY2(wiz.planText().contains(QStringLiteral("up to 31 minutes, thorough")),
                 qPrintable(wiz.planText()));
        wiz.setMaxConnections(8);
        wiz.setPage(DiagnoseWizard::PlanPage);
        QVERIFY2(wiz.planText().contains(
                     QStringLiteral("up to %1 minutes")
                         .arg(std::ceil((idle::worstCaseRatio(8) * 1860 + 20) / 60))),
                 qPrintable(wiz.planText()));
        wiz.setMaxConnections(2);
        wiz.setPage(DiagnoseWizard::PlanPage);
        QVERIFY(wiz.planText().contains(QStringLiteral("2 connections")));
        // The factor agrees with the minutes: the search stops at 3 x --idle-max + 2 min.
        QVERIFY2(wiz.planText().contains(QStringLiteral("up to 95 minutes")) &&
                     wiz.planText().contains(QStringLiteral("up to 3.1 times")),
                 qPrintable(wiz.planText()));
        // TLS from the start: nothing to confirm, and the option cannot slip through.
        wiz.setAccount(QStringLiteral("fred@example.net"), Protocol::Imap,
                       QStringLiteral("imap.example.net"), 993, true, QStringLiteral("fred"));
        QCOMPARE(wiz.options(&o), QString());
        QVERIFY(!o.allowPlaintextLogin);
        wiz.setSymptom(DiagnoseWizard::CannotSend);
        QCOMPARE(wiz.options(&o), QString());
        QCOMPARE(o.target.protocol, Protocol::Smtp);
        QCOMPARE(o.checks, (QStringList{QStringLiteral("ehlo"), QStringLiteral("starttls"),
                                        QStringLiteral("auth"), QStringLiteral("pipelining")}));
    }

    // A password goes only to the account it was typed or filled for, as a sign-in does: not
    // the demo's to the user's server, not a kept one to a server typed afterwards.
    void passwordStaysWithItsAccount()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        DiagnoseWizard *wiz = w.wizard();
        QLineEdit *field = nullptr;
        for (QLineEdit *e : wiz->findChildren<QLineEdit *>())
            if (e->accessibleName() == QLatin1String("Password")) field = e;
        QVERIFY(field);
        DiagnoseOptions o;

        wiz->demoButton()->click();
        QCOMPARE(wiz->options(&o), QString());
        QCOMPARE(o.password, demo::DemoServer::password());
        wiz->setAccount(QStringLiteral("fred@example.net"), Protocol::Imap,
                        QStringLiteral("imap.example.net"), 993, true, QStringLiteral("fred"));
        QCOMPARE(wiz->options(&o), QString());
        QVERIFY(o.password.isEmpty());
        wiz->setPage(DiagnoseWizard::PasswordPage);
        QVERIFY(field->text().isEmpty());
        QVERIFY(!field->isUndoAvailable());
        bool said = false;
        for (QLabel *l : wiz->findChildren<QLabel *>())
            said = said ||
                   (l->isVisible() &&
                    l->text().contains(QStringLiteral("The password was for another account")));
        QVERIFY(said);

        // A kept password, filled for account A, is not sent to B.
        auto store = std::make_shared<MemoryCredentialStore>();
        Target a;
        QVERIFY(Target::parse(QStringLiteral("imaps://alice@a.example.net:993"), &a).isEmpty());
        QString err;
        QVERIFY(store->write(credentials::passwordKey(a), "alice-A-secret", &err));
        wiz->setCredentialStore(store);
        wiz->setAccount(QStringLiteral("alice@a.example.net"), Protocol::Imap,
                        QStringLiteral("a.example.net"), 993, true, QStringLiteral("alice"));
        wiz->setPage(DiagnoseWizard::PasswordPage);
        QCOMPARE(field->text(), QStringLiteral("alice-A-secret"));
        QCOMPARE(wiz->options(&o), QString());
        QCOMPARE(o.password, QByteArray("alice-A-secret"));
        wiz->setAccount(QStringLiteral("alice@a.example.net"), Protocol::Imap,
                        QStringLiteral("b.example.org"), 993, true, QStringLiteral("alice"));
        QCOMPARE(wiz->options(&o), QString());
        QVERIFY(o.password.isEmpty());
        wiz->setPage(DiagnoseWizard::PasswordPage);
        QVERIFY(field->text().isEmpty());
        QVERIFY(!wiz->rememberPassword());
        // Typed for this account: it goes.
        field->setText(QStringLiteral("typed-for-b"));
        QCOMPARE(wiz->options(&o), QString());
        QCOMPARE(o.password, QByteArray("typed-for-b"));
    }

    void wizardAgainstDemoServer()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy done(&w, &MainWindow::finished);
        w.wizard()->demoButton()->click();
        QCOMPARE(w.wizard()->page(), DiagnoseWizard::PlanPage);
        QVERIFY(w.demoServer());
        w.wizard()->nextButton()->click(); // Start
        QVERIFY(w.isRunning());
        QCOMPARE(w.wizard()->page(), DiagnoseWizard::RunningPage);
        QTRY_VERIFY_WITH_TIMEOUT(treeColumn(w.wizard()->runChecks(), 1)
                                     .join(QLatin1Char(' '))
                                     .contains(QStringLiteral("pass")),
                                 30000);
        shot(&w, "running");
        QVERIFY(done.wait(60000));
        QCOMPARE(w.wizard()->page(), DiagnoseWizard::ResultsPage);
        const Report r = done.first().first().value<Report>();
        QVERIFY(r.hasFinding(QStringLiteral("starttls.unadvertised")));
        ResultsPanel *res = w.wizard()->results();
        const QStringList titles = treeColumn(res->findingsTree(), 1);
        QVERIFY2(titles.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("can encrypt, but does not say so")),
                 qPrintable(titles.join(QLatin1Char('\n'))));
        QCOMPARE(titles.size(), r.findings.size());
        QVERIFY(res->advicePrograms().contains(QStringLiteral("Thunderbird")));
        QVERIFY(ResultsPanel::providerMessage(r).contains(QStringLiteral("starttls.unadvertised")));
        QVERIFY(!treeColumn(res->checksTree(), 1).isEmpty());
        QVERIFY(!res->plainText().contains(QStringLiteral("demo-password")));
        shot(&w, "results");
        res->tabs()->setCurrentIndex(1);
        shot(&w, "results-advice");
        res->tabs()->setCurrentIndex(2);
        shot(&w, "results-provider");
        res->tabs()->setCurrentIndex(0);

        // The transcript: a model that passes the tester, no password anywhere.
        QListView *view = w.transcriptView()->listView();
        QVERIFY(view->model()->rowCount() > 10);
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < view->model()->rowCount(); ++i)
            QVERIFY(!view->model()
                         ->index(i, 0)
                         .data(TranscriptModel::FullTextRole)
                         .toString()
                         .contains(QStringLiteral("demo-password")));

        // A finding's evidence selects its events in the transcript (and the timeline).
        int idx = -1;
        for (int i = 0; i < res->findingsTree()->topLevelItemCount(); ++i) {
            const int fi = res->findingsTree()->topLevelItem(i)->data(0, Qt::UserRole).toInt();
            if (r.findings[fi].id == QLatin1String("starttls.unadvertised")) idx = i;
        }
        QVERIFY(idx >= 0);
        res->findingsTree()->setCurrentItem(res->findingsTree()->topLevelItem(idx));
        const QList<int> evidence = r.finding(QStringLiteral("starttls.unadvertised"))->evidence;
        QVERIFY(!evidence.isEmpty());
        w.transcriptView()->connectionBox()->setCurrentIndex(
            w.transcriptView()->connectionBox()->count() - 1); // a filter that may hide it
        QPushButton *evButton = nullptr;
        for (QPushButton *b : res->findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("evidence"))) evButton = b;
        QVERIFY(evButton);
        evButton->click();
        QList<int> expected = evidence;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(w.transcriptView()->selectedEvents(), expected);
        QCOMPARE(w.timeline()->selectedEvent(), evidence.first());
        QCOMPARE(w.sideTabs()->currentWidget(), static_cast<QWidget *>(w.transcriptView()));
        // Copy as text.
        w.transcriptView()->copySelection();
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral(" C ")) ||
                QApplication::clipboard()->text().contains(QStringLiteral(" S ")));

        // The timeline has lanes and commands; clicking a command selects its transcript row.
        TimelineWidget *tl = w.timeline();
        QTRY_VERIFY_WITH_TIMEOUT(!tl->isBuilding(), 10000);
        QVERIFY(tl->data().commands().size() > 5);
        QVERIFY(tl->data().connections().size() >= 2);
        const TimelineCommand c = tl->data().commands()[3];
        QVERIFY(c.latency > 0);
        emit tl->eventActivated(c.sendEvent);
        QCOMPARE(w.transcriptView()->currentEvent(), c.sendEvent);
        w.sideTabs()->setCurrentWidget(tl);
        shot(&w, "timeline");

        // Saved and reopened: the same findings.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("r.json"));
        QVERIFY(w.saveReport(file));
        MainWindow w2;
        QVERIFY(w2.openReport(file));
        QCOMPARE(treeColumn(w2.wizard()->results()->findingsTree(), 1), titles);
        QCOMPARE(w2.transcriptView()->model()->rowCount(), view->model()->rowCount());
    }

    // The demo's certificate is trusted for the demo's address only. Another server that
    // presents the very same certificate (this process's demo identity) is asked about, both
    // by the wizard and by the console, and a one-run trust does not outlive the run.
    void demoTrustDoesNotCarryOver()
    {
        auto other =
            test::serveScript("X: starttls\n"
                              "S: * OK [CAPABILITY IMAP4rev1] another server\n"
                              "C: <tag> LOGOUT\nS: * BYE bye\nS: <tag> OK bye\nX: close\n");
        QVERIFY(other);
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("trust.ini"));
        MainWindow w;
        w.wizard()->setTrustStoreFile(ini);
        w.console()->setTrustStoreFile(ini);
        w.show();
        QSignalSpy done(&w, &MainWindow::finished);
        w.wizard()->demoButton()->click();
        QVERIFY(w.demoServer());
        const QByteArray sha = demo::identity().sha256;
        auto runAgainst = [&] {
            w.wizard()->setAccount(QStringLiteral("fred@example.test"), Protocol::Imap,
                                   QStringLiteral("127.0.0.1"), other->port(), true,
                                   QStringLiteral("fred"));
            w.wizard()->setSelectedChecks({QStringLiteral("tls")});
            w.wizard()->setPage(DiagnoseWizard::PlanPage);
            w.wizard()->nextButton()->click();
        };
        auto lastCert = [&done]() -> QJsonObject {
            const Report r = done.last().first().value<Report>();
            const Finding *f = r.finding(QStringLiteral("tls.certificate"));
            return f ? f->data : QJsonObject();
        };
        runAgainst();
        QVERIFY(done.wait(30000));
        QCOMPARE(lastCert().value(QStringLiteral("sha256")).toString().toLatin1(), sha);
        QCOMPARE(lastCert().value(QStringLiteral("accepted")).toBool(true), false);
        QVERIFY(w.wizard()->results()->trustButton()->isVisibleTo(w.wizard()));
        // A report opened from a file is evidence, not a handshake: it offers no trust.
        {
            QTemporaryDir rd;
            const QString file = rd.filePath(QStringLiteral("cert.json"));
            QVERIFY(w.saveReport(file));
            MainWindow w2;
            w2.show();
            QVERIFY(w2.openReport(file));
            QVERIFY(w2.wizard()->results()->isVisibleTo(w2.wizard()));
            QVERIFY(!w2.wizard()->results()->trustButton()->isVisibleTo(w2.wizard()));
        }

        // Trusted for one run: that run goes on (a warning), the next one asks again.
        QVERIFY(
            w.wizard()->trustCertificate(QStringLiteral("127.0.0.1"), other->port(), sha, false));
        QVERIFY(done.wait(30000));
        QCOMPARE(lastCert().value(QStringLiteral("accepted")).toBool(), true);
        QVERIFY(w.wizard()->acceptedFingerprint().isEmpty());
        QVERIFY(!QFile::exists(ini));
        runAgainst();
        QVERIFY(done.wait(30000));
        QCOMPARE(lastCert().value(QStringLiteral("accepted")).toBool(true), false);
        // Not for another server, even with the same certificate.
        QVERIFY(!w.wizard()->trustCertificate(QStringLiteral("127.0.0.1"), other->port() + 1, sha,
                                              false));

        // Remembered, through the dialog: for exactly this host and port, in the settings.
        w.wizard()->results()->trustButton()->click();
        auto *dlg = w.wizard()->findChild<CertificateDialog *>();
        QVERIFY(dlg);
        QCOMPARE(dlg->sha256(), sha);
        QCOMPARE(dlg->port(), other->port());
        dlg->setRemember(true);
        shot(dlg, "certificate-question");
        dlg->findChild<QPushButton *>(QStringLiteral("trust"))->click();
        QVERIFY(done.wait(30000));
        QCOMPARE(lastCert().value(QStringLiteral("accepted")).toBool(), true);
        QCOMPARE(TrustStore(ini).remembered(QStringLiteral("127.0.0.1"), other->port()),
                 QList<QByteArray>{sha});
        // For the kinds of problem its TLS errors had (self-signed, and made out to no name of
        // this server); trusted before for another kind only (as if it had changed since), it
        // is asked about again.
        QCOMPARE(
            TrustStore(ini).overrides(QStringLiteral("127.0.0.1"), other->port()).value(0).kinds,
            CertUntrusted | CertName);
        TrustStore(ini).remember(QStringLiteral("127.0.0.1"), other->port(), sha, CertTime);
        runAgainst();
        QVERIFY(done.wait(30000));
        QCOMPARE(lastCert().value(QStringLiteral("accepted")).toBool(true), false);
        {
            const Report rep = done.last().first().value<Report>();
            const Finding *f = rep.finding(QStringLiteral("tls.certificate"));
            QVERIFY(f);
            QVERIFY2(f->explanation.contains(QLatin1String("fewer problems")),
                     qPrintable(f->explanation));
        }
        QVERIFY(w.wizard()->results()->trustButton()->isVisibleTo(w.wizard()));
        QVERIFY(TrustStore(ini)
                    .remembered(QStringLiteral("127.0.0.1"), w.demoServer()->port())
                    .isEmpty());

        // The console: pointed at another server after the demo, it asks first.
        auto plain = test::serveScript("X: starttls\n"
                                       "S: * OK [CAPABILITY IMAP4rev1] console target\n"
                                       "C: <tag> NOOP\nS: <tag> OK noop\n"
                                       "C: <tag> LOGOUT\nS: <tag> OK bye\nX: close\n");
        ConsoleWidget *c = w.console();
        c->setTarget(QStringLiteral("imaps://fred@127.0.0.1:%1").arg(plain->port()), {},
                     w.demoTrust());
        c->connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(c->certificateQuestionShown(), 10000);
        QVERIFY(!c->isConnected());
        QCOMPARE(c->refusedFingerprint(), sha);
        shot(c, "console-certificate-question");
        c->trustRefusedCertificate(false);
        QTRY_VERIFY_WITH_TIMEOUT(c->isConnected(), 10000);
        QSignalSpy idle(c, &ConsoleWidget::queueEmpty);
        c->sendLine(QStringLiteral("NOOP"));
        QVERIFY(idle.wait(10000));
        QVERIFY(TrustStore(ini).remembered(QStringLiteral("127.0.0.1"), plain->port()).isEmpty());
        c->disconnectFromServer();
    }

    // Secrets in no output of the app: transcript and timeline in presenter mode, copies,
    // the message for the provider, saved reports, the settings files.
    void noSecretAnywhere()
    {
        MainWindow w;
        w.show();
        QSignalSpy done(&w, &MainWindow::finished);
        const QByteArray user = demo::DemoServer::user(), pw = demo::DemoServer::password();
        auto clean = [&](const QString &where, const QString &text) {
            const QString f = test::findSecret(text, user, pw);
            QVERIFY2(f.isEmpty(), qPrintable(where + QStringLiteral(": ") + f));
        };
        w.revealAction()->setChecked(true); // recorded on purpose: the flags still hold
        w.wizard()->demoButton()->click();
        w.wizard()->nextButton()->click();
        QVERIFY(done.wait(60000));
        QListView *view = w.transcriptView()->listView();
        QVERIFY(view->model()->rowCount() > 5);
        // Revealed on purpose, so the transcript shows it; everything copied does not.
        QString shown;
        for (int i = 0; i < view->model()->rowCount(); ++i)
            shown += view->model()->index(i, 0).data(TranscriptModel::FullTextRole).toString();
        QVERIFY2(!test::findSecret(shown, user, pw).isEmpty(), "the run was told to reveal");
        view->selectAll();
        w.transcriptView()->copySelection();
        clean(QStringLiteral("clipboard"), QApplication::clipboard()->text());
        clean(QStringLiteral("provider message"),
              ResultsPanel::providerMessage(w.wizard()->results()->report()));
        clean(QStringLiteral("results"), w.wizard()->results()->plainText());
        // Presenter mode: every role of every row, and the timeline's hover texts.
        w.setPresenter(true);
        for (int i = 0; i < view->model()->rowCount(); ++i)
            for (int role : {int(Qt::DisplayRole), int(TranscriptModel::FullTextRole),
                             int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                clean(QStringLiteral("row %1").arg(i),
                      view->model()->index(i, 0).data(role).toString());
        QTRY_VERIFY_WITH_TIMEOUT(!w.timeline()->isBuilding(), 10000);
        QVERIFY(!w.timeline()->data().commands().empty());
        for (const TimelineCommand &cmd : w.timeline()->data().commands())
            clean(QStringLiteral("timeline"), w.timeline()->describeCommandAt(cmd.t, cmd.conn));
        w.setPresenter(false);
        // A report saved without revealing, and the settings files.
        w.revealAction()->setChecked(false);
        w.wizard()->setPage(DiagnoseWizard::PlanPage);
        w.wizard()->nextButton()->click();
        QVERIFY(done.wait(60000));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("r.json"));
        QVERIFY(w.saveReport(file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        clean(QStringLiteral("saved report"), QString::fromUtf8(f.readAll()));
        const QString config = QStandardPaths::writableLocation(QStandardPaths::ConfigLocation);
        QDirIterator it(config, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile s(it.next());
            QVERIFY(s.open(QIODevice::ReadOnly));
            clean(s.fileName(), QString::fromUtf8(s.readAll()));
        }
    }

    void cancelDropsTheRun()
    {
        MainWindow w;
        w.show();
        QSignalSpy done(&w, &MainWindow::finished);
        QSignalSpy cancelled(&w, &MainWindow::cancelled);
        QVERIFY(w.startDemo());
        w.wizard()->setSelectedChecks({QStringLiteral("idle")}); // lasts >= 20 s on the demo
        w.wizard()->nextButton()->click();
        QVERIFY(w.isRunning());
        const int gen = w.generation();
        QTRY_VERIFY_WITH_TIMEOUT(w.transcript()->size() > 8, 15000);
        w.wizard()->cancelButton()->click();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!w.isRunning());
        QVERIFY(w.generation() > gen);
        QCOMPARE(w.wizard()->page(), DiagnoseWizard::PlanPage);
        // The cancelled run ends (its connections close) and its report is dropped.
        QTRY_COMPARE_WITH_TIMEOUT(w.demoServer()->openConnections(), 0, 20000);
        QTest::qWait(200);
        QCOMPARE(done.size(), 0);
        // A new run works right away.
        w.wizard()->setSelectedChecks({QStringLiteral("capabilities")});
        w.wizard()->nextButton()->click();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.size(), 1);
    }

    // File ▸ Save report as… and Copy for ticket after a GUI run of the demo recorded with
    // secrets shown: the JSON keeps them (asked for), every document for other people masks
    // them, and each document opens in its reader's tool.
    void savesDocumentsThatOpen()
    {
        MAILSCOPE_REQUIRE(test::haveTool("python3"), "python3 is not installed");
        MAILSCOPE_REQUIRE(test::haveTool("pdftotext"),
                          "pdftotext (poppler-utils) is not installed");
        MAILSCOPE_REQUIRE(test::haveTool("tshark"), "tshark is not installed");
        MainWindow w;
        w.show();
        QSignalSpy done(&w, &MainWindow::finished);
        w.revealAction()->setChecked(true);
        w.wizard()->demoButton()->click();
        w.wizard()->nextButton()->click();
        QVERIFY(done.wait(60000));
        const Report r = w.report();
        QVERIFY(r.secretsShown);
        QVERIFY(!r.findings.isEmpty());
        const QByteArray user = demo::DemoServer::user(), pw = demo::DemoServer::password();
        QTemporaryDir dir;
        auto save = [&](const char *name) {
            const QString file = dir.filePath(QLatin1String(name));
            QString err;
            [&] {
                QVERIFY2(w.exportReport(file, MainWindow::formatForFile(file), &err),
                         qPrintable(err));
            }();
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QVERIFY2(!test::findSecret(save("r.json"), user, pw).isEmpty(),
                 "the JSON keeps what the run was told to record");

        const QByteArray html = save("r.html");
        const QStringList problems = test::htmlProblems(html);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(QString::fromUtf8(html).contains(w.wizard()->results()->headline()));
        QVERIFY2(test::findSecret(html, user, pw).isEmpty(), "HTML");

        const QByteArray pdf = save("r.pdf");
        QVERIFY(test::findSecret(pdf, user, pw).isEmpty());
        QString err;
        const QString text = test::pdfText(pdf, &err);
        QVERIFY2(!text.isEmpty(), qPrintable(err));
        QVERIFY(text.simplified().contains(r.findings.first().title));
        QVERIFY(text.simplified().contains(QStringLiteral("Appendix: the full transcript")));
        QVERIFY2(test::findSecretInText(text, user, pw).isEmpty(), "PDF text");

        const QByteArray pcap = save("r.pcapng");
        QVERIFY(test::findSecret(pcap, user, pw).isEmpty());
        const QString cap = dir.filePath(QStringLiteral("r.pcapng"));
        const QString readErr = test::tsharkReadError(cap);
        QVERIFY2(readErr.isEmpty(), qPrintable(readErr));
        const auto expected = test::expectedStreams(w.transcript()->snapshot());
        int stream = 0;
        for (const auto &[conn, chunks] : expected) {
            const QList<test::Chunk> got = test::tsharkFollow(cap, stream++, nullptr);
            QVERIFY2(got == chunks, qPrintable(QStringLiteral("connection %1").arg(conn)));
        }
        QCOMPARE(test::tsharkAnalysisFlags(cap), QByteArray());

        const QString md = QString::fromUtf8(save("r.md"));
        QVERIFY(md.startsWith(QStringLiteral("### Mailscope: ")));
        QVERIFY(test::findSecret(md, user, pw).isEmpty());
        QCOMPARE(MainWindow::formatForFile(QStringLiteral("x.PDF")), MainWindow::ExportFormat::Pdf);
        QCOMPARE(MainWindow::formatForFile(QStringLiteral("x.txt")),
                 MainWindow::ExportFormat::Json);
        // Save as: a masked type chosen never saves a JSON because the proposed name ends in
        // .json; a known extension typed by hand wins otherwise.
        using F = MainWindow::ExportFormat;
        QString name = QStringLiteral("/tmp/d/mailscope-report.json");
        QCOMPARE(MainWindow::formatForSave(&name, F::Pdf), F::Pdf);
        QCOMPARE(name, QStringLiteral("/tmp/d/mailscope-report.pdf"));
        name = QStringLiteral("r.html");
        QCOMPARE(MainWindow::formatForSave(&name, F::Json), F::Html);
        QCOMPARE(name, QStringLiteral("r.html"));
        name = QStringLiteral("r");
        QCOMPARE(MainWindow::formatForSave(&name, F::Pcapng), F::Pcapng);
        QCOMPARE(name, QStringLiteral("r.pcapng"));
        name = QStringLiteral("r.json");
        QCOMPARE(MainWindow::formatForSave(&name, F::Json), F::Json);
        QCOMPARE(name, QStringLiteral("r.json"));

        // Copy for ticket: the same summary on the clipboard.
        ResultsPanel *res = w.wizard()->results();
        QSignalSpy copied(res, &ResultsPanel::ticketCopied);
        QApplication::clipboard()->clear();
        res->ticketButton()->click();
        QCOMPARE(copied.size(), 1);
        const QString clip = QApplication::clipboard()->text();
        QCOMPARE(clip, md);
        QVERIFY(clip.contains(QStringLiteral("(`%1`)").arg(r.findings.first().id)));
        QVERIFY(test::findSecret(clip, user, pw).isEmpty());
        QVERIFY(res->ticketButton()->isVisibleTo(&w));
        QVERIFY(!res->ticketButton()->accessibleName().isEmpty());
        shot(&w, "results-ticket");
    }

    void opensCliReportWithSameFindings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cli.json"));
        QProcess p;
        p.start(QStringLiteral(MAILSCOPE_CLI),
                {QStringLiteral("diagnose"), QStringLiteral("--demo"), QStringLiteral("--json"),
                 file, QStringLiteral("--quiet")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 1, p.readAllStandardError().constData());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QStringList expected;
        for (const auto &v : json.value(QStringLiteral("findings")).toArray())
            expected << v.toObject().value(QStringLiteral("title")).toString();
        QVERIFY(expected.size() >= 3);
        MainWindow w;
        w.show();
        QVERIFY(w.openReport(file));
        QStringList shown = treeColumn(w.wizard()->results()->findingsTree(), 1);
        std::sort(shown.begin(), shown.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(shown, expected);
        QCOMPARE(w.transcriptView()->model()->rowCount(),
                 int(json.value(QStringLiteral("events")).toArray().size()));
        QCOMPARE(w.wizard()->page(), DiagnoseWizard::ResultsPage);
        QVERIFY(w.windowTitle().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(!w.openReport(dir.filePath(QStringLiteral("missing.json"))));
    }

    // A report file may say anything: its texts show as text (no HTML images or links from
    // it, no bidi overrides reordering them), in labels and tooltips alike.
    void hostileReportShowsAsText()
    {
        Report r;
        Target::parse(QStringLiteral("imap://fred@127.0.0.1:143"), &r.target);
        Finding f;
        f.id = QStringLiteral("x.y");
        f.severity = Severity::Error;
        f.title = QStringLiteral("\u202eevil\u202c <img src=\"/usr/share/pixmaps/x.png\">");
        f.explanation = QStringLiteral("plain");
        r.findings << f;
        const QString injected = QStringLiteral(
            "<font size=7 color=red>URGENT</font> <a href=\"http://127.0.0.1:9/\">fix</a>");
        r.advice.append({QStringLiteral("user"), QStringLiteral("Connection security"),
                         QStringLiteral("SSL/TLS"), injected});
        std::vector<Event> events;
        Event e;
        e.conn = 1;
        e.kind = EventKind::Receive;
        e.data = "* OK <img src=\"http://127.0.0.1:9/t.png\"> ready\r\n";
        events.push_back(e);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("hostile.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(reportToJson(r, events).toJson());
        out.close();
        MainWindow w;
        w.show();
        QVERIFY(w.openReport(file));
        // The advice's reason: shown as typed, never rendered.
        bool seen = false;
        for (QLabel *l : w.wizard()->results()->findChildren<QLabel *>()) {
            if (!l->text().contains(QLatin1String("URGENT"))) continue;
            seen = true;
            QCOMPARE(l->textFormat(), Qt::PlainText);
        }
        QVERIFY(seen);
        // The finding: its bidi override shown, not obeyed; its tooltip plain text.
        QTreeWidgetItem *it = w.wizard()->results()->findingsTree()->topLevelItem(0);
        QVERIFY(it);
        QVERIFY2(!it->text(1).contains(QChar(0x202e)), qPrintable(it->text(1)));
        QVERIFY2(it->text(1).contains(QLatin1String("\\u{202e}")), qPrintable(it->text(1)));
        QVERIFY2(it->toolTip(1).contains(QLatin1String("&lt;img")), qPrintable(it->toolTip(1)));
        // The transcript's tooltip: the server's line as text.
        const QString tip =
            w.transcriptView()->model()->index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(!tip.contains(QLatin1String("<img")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("&lt;img")), qPrintable(tip));
        // Saved again, the file holds the override escaped (cat or jq -r of it obey nothing).
        const QString again = dir.filePath(QStringLiteral("again.json"));
        QVERIFY(w.saveReport(again));
        QFile in(again);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray saved = in.readAll();
        QVERIFY(!saved.contains("\xe2\x80\xae"));
        QVERIFY(saved.contains("\\u202e"));
    }

    void presenterModeLocksRedaction()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto t = std::make_shared<Transcript>();
        // A run recorded with secrets shown (--show-secrets semantics).
        QTemporaryDir dir;
        Report r;
        Target::parse(QStringLiteral("imap://fred@127.0.0.1:143"), &r.target);
        r.findings.append({QStringLiteral("auth.cleartext"),
                           Severity::Warning,
                           QStringLiteral("Your password can travel unencrypted"),
                           QStringLiteral("explained"),
                           {},
                           {2}});
        // As a run with secrets shown records it: the secret in the clear, flagged, with its
        // redacted form beside it.
        Event login = ev(1, EventKind::Send, "a1 LOGIN fred s3cret-Pw\r\n", 2000);
        login.secret = true;
        login.revealed = true;
        login.masked = "a1 LOGIN fred <redacted>\r\n";
        const std::vector<Event> events{ev(1, EventKind::Connect, {}, 0),
                                        ev(1, EventKind::Receive, "* OK hi\r\n", 1000), login,
                                        ev(1, EventKind::Receive, "a1 OK\r\n", 3000)};
        QFile f(dir.filePath(QStringLiteral("s.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(reportToJson(r, events).toJson());
        f.close();
        QVERIFY(w.openReport(f.fileName()));
        auto text = [&w] {
            QString s;
            auto *m = w.transcriptView()->model();
            for (int i = 0; i < m->rowCount(); ++i)
                s += m->index(i, 0).data(TranscriptModel::FullTextRole).toString();
            return s;
        };
        QVERIFY(text().contains(QStringLiteral("s3cret-Pw")));
        w.revealAction()->setChecked(true);
        QVERIFY(w.revealSecrets());
        // The pane with the selected event's every line can be selected and copied, and stays
        // on screen when presenter mode starts: it never shows the secret.
        w.transcriptView()->selectEvents({2});
        QCOMPARE(w.transcriptView()->currentEvent(), 2);
        auto *detail = w.transcriptView()->findChild<QPlainTextEdit *>();
        QVERIFY(detail);
        QVERIFY2(detail->toPlainText().contains(QStringLiteral("a1 LOGIN fred <redacted>")),
                 qPrintable(detail->toPlainText()));
        detail->selectAll();
        detail->copy();
        QVERIFY(!QGuiApplication::clipboard()->text().contains(QStringLiteral("s3cret-Pw")));
        w.transcriptView()->crlfBox()->toggle();
        QVERIFY(!detail->toPlainText().contains(QStringLiteral("s3cret-Pw")));
        w.transcriptView()->crlfBox()->toggle();
        w.setPresenter(true);
        QVERIFY(!detail->toPlainText().contains(QStringLiteral("s3cret-Pw")));
        QVERIFY(!w.revealAction()->isChecked());
        QVERIFY(!w.revealAction()->isEnabled());
        QVERIFY(!w.revealSecrets());
        w.revealAction()->setChecked(true); // even if forced: locked
        QVERIFY(!w.revealSecrets());
        QVERIFY(!text().contains(QStringLiteral("s3cret-Pw")));
        QVERIFY(text().contains(QStringLiteral("a1 LOGIN fred <redacted>")));
        QVERIFY(w.font().pointSizeF() > QApplication::font().pointSizeF());
        QCOMPARE(w.transcriptView()->model()->theme(), Theme::HighContrast);
        shot(&w, "presenter");
        w.setPresenter(false);
        QVERIFY(w.revealAction()->isEnabled());
        QCOMPARE(w.transcriptView()->model()->theme(), Theme::Light);
    }

    void consoleAgainstDemoServer()
    {
        demo::DemoServer server;
        QVERIFY(server.start());
        MainWindow w;
        w.show();
        ConsoleWidget *c = w.console();
        c->setTarget(
            QStringLiteral("imap://demo@127.0.0.1:%1").arg(server.port()),
            demo::DemoServer::password(),
            {CertOverride{QStringLiteral("127.0.0.1"), server.port(), server.certificateSha256()}});
        w.showConsole();
        QAbstractItemModelTester tester(c->transcriptView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy idle(c, &ConsoleWidget::queueEmpty);
        c->connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(c->isConnected(), 10000);
        auto all = [c] {
            QString s;
            auto *m = c->transcriptView()->model();
            m->catchUp();
            for (int i = 0; i < m->rowCount(); ++i)
                s += m->index(i, 0).data(TranscriptModel::FullTextRole).toString() +
                     QLatin1Char('\n');
            return s;
        };
        c->commandLine()->setText(QStringLiteral("CAPABILITY"));
        QTest::keyClick(c->commandLine(), Qt::Key_Return);
        c->sendLine(QStringLiteral("STARTTLS"));
        c->runSnippet(0); // Thunderbird's start-up commands, .login included
        QTRY_VERIFY_WITH_TIMEOUT(all().contains(QStringLiteral("UID FETCH 1:* (FLAGS)")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(idle.size() >= 2, 20000);
        const QString text = all();
        QVERIFY2(text.contains(QStringLiteral(" C a1 CAPABILITY")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("TLS established")) ||
                text.contains(QStringLiteral(" T ")));
        QVERIFY(text.contains(QStringLiteral("LSUB \"\" \"*\"")));
        QVERIFY(text.contains(QStringLiteral("<redacted>")));
        QVERIFY(!text.contains(QStringLiteral("demo-password")));
        // The ghost template lands on the command line for editing.
        c->runSnippet(2);
        QCOMPARE(c->commandLine()->selectedText(), QStringLiteral("<uid>"));
        shot(&w, "console");
        // The session saves as a report the main window opens.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("session.json"));
        QVERIFY(c->saveSession(file));
        Report r;
        std::vector<Event> events;
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(reportFromJson(f.readAll(), &r, &events), QString());
        QVERIFY(events.size() > 10);
        QCOMPARE(r.target.port, server.port());
        c->disconnectFromServer();
        QVERIFY(!c->isConnected());
    }

    // What the console's command line held is gone once sent (no Ctrl+Z), a password being
    // typed is masked in presenter mode, a LOGIN without its password is not sent and neither
    // is the password typed after it, and the run's password stays with the run's account.
    void consoleKeepsPasswordsOffTheCommandLine()
    {
        demo::DemoServer server;
        QVERIFY(server.start());
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ConsoleWidget *c = w.console();
        const QString url = QStringLiteral("imap://demo@127.0.0.1:%1").arg(server.port());
        c->setTarget(
            url, demo::DemoServer::password(),
            {CertOverride{QStringLiteral("127.0.0.1"), server.port(), server.certificateSha256()}});
        w.showConsole();
        c->connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(c->isConnected(), 10000);
        const auto seen = [c](const QString &what) {
            for (const Event &e : c->transcript()->snapshot())
                if (e.displayText().contains(what)) return true;
            return false;
        };
        c->sendLine(QStringLiteral("STARTTLS"));
        QTRY_VERIFY_WITH_TIMEOUT(seen(QStringLiteral("TLS established")), 20000);
        QLineEdit *edit = c->commandLine();
        edit->setFocus();

        // Typed in presenter mode: masked once the password starts; sent, it cannot come back.
        w.setPresenter(true);
        QTest::keyClicks(edit, QStringLiteral("LOGIN demo "));
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        QTest::keyClicks(edit, QString::fromUtf8(demo::DemoServer::password()));
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!edit->isUndoAvailable());
        QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY2(edit->text().isEmpty(), qPrintable(edit->text()));
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        w.setPresenter(false);
        QTRY_VERIFY_WITH_TIMEOUT(seen(QStringLiteral("LOGIN demo <redacted>")), 20000);

        // LOGIN with the user name only, then the password on a line of its own.
        const QString pw = QStringLiteral("Pw-after-login-user-1");
        QTest::keyClicks(edit, QStringLiteral("LOGIN demo"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, pw);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY2(edit->text().isEmpty(), qPrintable(edit->text()));
        QVERIFY(!edit->isUndoAvailable());
        c->sendLine(QStringLiteral("NOOP"));
        QTRY_VERIFY_WITH_TIMEOUT(
            seen(QStringLiteral("NOOP completed")) || seen(QStringLiteral("OK NOOP")), 20000);
        QVERIFY(seen(QStringLiteral("LOGIN user password")));
        const QByteArrayList secrets = {pw.toUtf8(), pw.toUtf8().toBase64(),
                                        demo::DemoServer::password()};
        for (const QByteArray &secret : secrets) {
            QVERIFY2(!c->sessionJson().contains(secret), secret.constData());
            QVERIFY(!seen(QString::fromUtf8(secret)));
            for (const QString &h : c->history())
                QVERIFY2(!h.contains(QString::fromUtf8(secret)), qPrintable(h));
        }
        for (const Event &e : c->transcript()->snapshot())
            QVERIFY2(!e.data.contains(pw.toUtf8()), e.data.constData());

        // The run's password belongs to the run's account: another address drops it.
        QLineEdit *address = nullptr, *password = nullptr;
        for (QLineEdit *e : c->findChildren<QLineEdit *>()) {
            if (e->accessibleName() == QLatin1String("Console server address")) address = e;
            if (e->accessibleName() == QLatin1String("Console password")) password = e;
        }
        QVERIFY(address && password);
        QCOMPARE(password->text().toUtf8(), demo::DemoServer::password());
        address->setFocus();
        address->end(false);
        QTest::keyClick(address, Qt::Key_Space); // the same account still
        QCOMPARE(password->text().toUtf8(), demo::DemoServer::password());
        address->selectAll();
        QTest::keyClicks(address, QStringLiteral("imap://fred@127.0.0.2:143"));
        QVERIFY(password->text().isEmpty());
        QVERIFY(!password->isUndoAvailable());
        // Back to the first account: nothing comes back by itself.
        address->setText(url);
        QVERIFY(password->text().isEmpty());
        c->disconnectFromServer();
    }

    // A Microsoft 365 account: the credentials page says why a password will not work and
    // offers the Microsoft sign-in first; without a client id it says where one comes from.
    void wizardOffersMicrosoftSignIn()
    {
        MainWindow w;
        w.show();
        DiagnoseWizard *wiz = w.wizard();
        wiz->setSymptom(DiagnoseWizard::JustCheck);
        wiz->next();
        wiz->setAccount(QStringLiteral("fred@contoso.example"), Protocol::Imap,
                        QStringLiteral("outlook.office365.com"), 993, true, QString());
        wiz->next();
        QCOMPARE(wiz->page(), DiagnoseWizard::PasswordPage);
        QCOMPARE(wiz->signInBox()->detectedProvider(), QStringLiteral("microsoft"));
        QCOMPARE(wiz->signInBox()->provider(), QStringLiteral("microsoft"));
        const QString why = wiz->signInBox()->findChild<QLabel *>()->text();
        QVERIFY2(why.contains(QStringLiteral("no longer accepts passwords")), qPrintable(why));
        wiz->signInBox()->signInButton()->click();
        QVERIFY2(wiz->signInBox()->status().contains(QStringLiteral("Mailscope ships none")),
                 qPrintable(wiz->signInBox()->status()));
        shot(&w, "wizard-microsoft");
    }

    // An OAuth-only account from the wizard: the credentials page signs in (the browser
    // replaced by an HTTP request), and every login check runs with the token.
    void wizardSignsInWithOAuth()
    {
        MAILSCOPE_REQUIRE(QFile::exists(QStringLiteral("/usr/sbin/dovecot")),
                          "Dovecot is not installed; the README's test command installs it");
        QTemporaryDir oa(QStringLiteral("/tmp/ms-gui-oauth-XXXXXX"));
        QTemporaryDir dc(QStringLiteral("/tmp/ms-gui-oadc-XXXXXX"));
        QMap<QString, QString> oav, dcv;
        QString err = test::startServer("oauth2.py", {oa.path()}, {}, &oav);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        struct StopOa
        {
            QString dir;
            ~StopOa() { test::stopServer("oauth2.py", dir); }
        } stopOa{oa.path()};
        err = test::startServer(
            "dovecot.sh", {dc.path()},
            {{QStringLiteral("AUTH_FAILURE_DELAY"), QStringLiteral("0")},
             {QStringLiteral("OAUTH2_URL"), oav.value(QStringLiteral("OAUTH2_URL"))}},
            &dcv);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        struct StopDc
        {
            QString dir;
            ~StopDc() { test::stopServer("dovecot.sh", dir); }
        } stopDc{dc.path()};
        qputenv("MAILSCOPE_BROWSER", test::browserStub().toLocal8Bit());
        // Tokens over HTTPS with a certificate from the company CA given on the account page:
        // the sign-in trusts that CA too (it could not before).
        const QString oaUrl = oav.value(QStringLiteral("OAUTH2_URL"));
        const QString tlsUrl =
            test::httpJson(QStringLiteral("POST"), QUrl(oaUrl + QStringLiteral("/admin/tls")),
                           {{QStringLiteral("cert"), dc.filePath(QStringLiteral("tls/server.pem"))},
                            {QStringLiteral("key"), dc.filePath(QStringLiteral("tls/server.key"))}})
                .value(QStringLiteral("url"))
                .toString();
        QVERIFY2(tlsUrl.startsWith(QStringLiteral("https://")), qPrintable(tlsUrl));
        const QString profile = test::writeOAuthProfile(
            oa.filePath(QStringLiteral("profile.json")), oaUrl,
            oav.value(QStringLiteral("OAUTH2_CLIENT_ID")), QStringLiteral("XOAUTH2"), tlsUrl);

        MainWindow w;
        w.show();
        QSignalSpy done(&w, &MainWindow::finished);
        DiagnoseWizard *wiz = w.wizard();
        wiz->setSymptom(DiagnoseWizard::JustCheck);
        wiz->next();
        wiz->setAccount(
            QStringLiteral("fred@127.0.0.2"), Protocol::Imap, QStringLiteral("127.0.0.2"),
            quint16(dcv.value(QStringLiteral("IMAPS_PORT")).toInt()), true, QStringLiteral("fred"));
        wiz->setExtraCaFile(dcv.value(QStringLiteral("CA_FILE")));
        wiz->next();
        QCOMPARE(wiz->page(), DiagnoseWizard::PasswordPage);
        wiz->signInBox()->setProvider(profile);
        // Without signing in first, the page says so.
        wiz->next();
        QCOMPARE(wiz->page(), DiagnoseWizard::PasswordPage);
        QSignalSpy signedIn(wiz->signInBox(), &SignInBox::signedIn);
        wiz->signInBox()->signInButton()->click();
        QVERIFY(signedIn.wait(30000));
        QCOMPARE(signedIn.first().first().toBool(), true);
        QVERIFY2(
            wiz->signInBox()->status().contains(QStringLiteral("signed in with Test provider")),
            qPrintable(wiz->signInBox()->status()));
        QCOMPARE(test::httpJson(QStringLiteral("GET"), QUrl(oaUrl + QStringLiteral("/admin/stats")))
                     .value(QStringLiteral("tls_requests"))
                     .toInt(),
                 1);
        shot(&w, "wizard-sign-in");
        wiz->next();
        QCOMPARE(wiz->page(), DiagnoseWizard::PlanPage);
        wiz->setSelectedChecks({QStringLiteral("capabilities"), QStringLiteral("login"),
                                QStringLiteral("untagged"), QStringLiteral("pipelining"),
                                QStringLiteral("ghosts")});
        wiz->next();
        QVERIFY(done.wait(60000));
        qunsetenv("MAILSCOPE_BROWSER");
        const Report r = done.first().first().value<Report>();
        QMap<QString, CheckStatus> st;
        for (const CheckResult &c : r.checks)
            st.insert(c.id, c.status);
        QCOMPARE(st.value(QStringLiteral("login")), CheckStatus::Pass);
        QCOMPARE(st.value(QStringLiteral("pipelining")), CheckStatus::Pass);
        QCOMPARE(st.value(QStringLiteral("ghosts")), CheckStatus::Pass);
        // Who signed in is in the transcript; the token is nowhere in it.
        QString all;
        for (const Event &e : w.transcript()->snapshot())
            all += e.displayText() + QLatin1Char('\n');
        QVERIFY(all.contains(QStringLiteral("sign-in: signed in with Test provider for fred")));
        QVERIFY(all.contains(QStringLiteral("AUTHENTICATE XOAUTH2 <redacted>")));
        // Every token the authorization server handed out, in any encoding: not in the
        // transcript, not in the saved report.
        const QJsonArray tokens =
            test::httpJson(QStringLiteral("GET"), QUrl(oav.value(QStringLiteral("OAUTH2_URL")) +
                                                       QStringLiteral("/admin/tokens")))
                .value(QStringLiteral("tokens"))
                .toArray();
        QVERIFY(!tokens.isEmpty());
        const QByteArray json = reportToJson(r, w.transcript()->snapshot()).toJson();
        for (const auto &t : tokens) {
            for (const QByteArray &hay : {all.toUtf8(), json}) {
                const QString leak = test::findSecret(hay, "fred", t.toString().toLatin1());
                QVERIFY2(leak.isEmpty(), qPrintable(leak));
            }
        }
        // The token belongs to fred at this server: the same account again keeps it, another
        // user (or server) typed afterwards drops it, so it is never used for them.
        SignInBox *box = wiz->signInBox();
        QVERIFY(box->isSignedIn());
        box->setAccount(QStringLiteral("fred@127.0.0.2"), QStringLiteral("fred"),
                        {QStringLiteral("127.0.0.2")});
        QVERIFY(box->isSignedIn());
        box->setAccount(QStringLiteral("anna@127.0.0.2"), QStringLiteral("anna"),
                        {QStringLiteral("127.0.0.2")});
        QVERIFY(!box->isSignedIn());
        QVERIFY2(box->status().contains(QStringLiteral("The account changed")),
                 qPrintable(box->status()));
    }

    void signInCanBeCancelled()
    {
        // The browser never comes back: the button turns into Cancel, and cancelling ends the
        // sign-in at once, in plain words.
        QTemporaryDir dir;
        const QString profile = test::writeOAuthProfile(
            dir.filePath(QStringLiteral("p.json")), QStringLiteral("http://127.0.0.1:9"),
            QStringLiteral("client"), QStringLiteral("XOAUTH2"));
        qputenv("MAILSCOPE_BROWSER", "true"); // "opens" the page and does nothing
        SignInBox box;
        box.setAccount(QStringLiteral("fred@example.test"), QStringLiteral("fred"), {});
        box.setProvider(profile);
        box.show();
        QSignalSpy signedIn(&box, &SignInBox::signedIn);
        box.signInButton()->click();
        QVERIFY(box.status().contains(QStringLiteral("127.0.0.1"))); // where the tokens go
        QVERIFY2(box.signInButton()->text().contains(QStringLiteral("Cancel")),
                 qPrintable(box.signInButton()->text()));
        box.signInButton()->click();
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(signedIn.first().first().toBool(), false);
        QVERIFY2(box.status().contains(QStringLiteral("Not signed in: cancelled")),
                 qPrintable(box.status()));
        QVERIFY(!box.signInButton()->text().contains(QStringLiteral("Cancel")));
        QVERIFY(!box.isSignedIn());
        qunsetenv("MAILSCOPE_BROWSER");
    }

    // --- Repair from the results page (seed 001) ---------------------------------------------

    // A GUI run finds the ghost on an Exchange-like fault server; "Remove this message…" asks
    // the server for the plan with the run's sign-in, waits for the typed UID and removes
    // exactly that message. The script has other messages marked \Deleted and fails on any
    // command it does not expect: a CLOSE or a plain EXPUNGE would be a mismatch.
    void repairGhostFromTheResults()
    {
        using namespace test::exchange;
        const QByteArray pw = "Ghost-Repair-Pw-42";
        auto s = test::serveScript(login(kRepairCaps) +
                                   "C: <tag> LIST \"\" \"*\"\n"
                                   "S: * LIST (\\HasNoChildren) \"/\" INBOX\n"
                                   "S: <tag> OK LIST completed.\n" +
                                   mailbox("INBOX", 1050, 1045, Ghost::Silent, true) + logout() +
                                   "---\n" + repairSession(false) + "---\n" + repairSession(true));
        QVERIFY(s);
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTemporaryDir dir;
        w.wizard()->setTrustStoreFile(dir.filePath(QStringLiteral("trust.ini")));
        QSignalSpy done(&w, &MainWindow::finished);
        w.wizard()->setAccount(QStringLiteral("fred@example.test"), Protocol::Imap,
                               QStringLiteral("127.0.0.1"), s->port(), true,
                               QStringLiteral("fred"));
        w.wizard()->setPassword(QString::fromLatin1(pw));
        w.wizard()->setAcceptedFingerprint(test::demoCertSha().toLatin1());
        w.wizard()->setSelectedChecks({QStringLiteral("ghosts")});
        w.wizard()->setPage(DiagnoseWizard::PlanPage);
        w.wizard()->nextButton()->click();
        QVERIFY(done.wait(60000));
        const Report r = w.report();
        QVERIFY2(r.hasFinding(QStringLiteral("imap.ghost-message")),
                 qPrintable(s->errors().join(QLatin1Char('\n')) + r.fatalError));

        // The details in plain words, the raw data behind a toggle.
        ResultsPanel *res = w.wizard()->results();
        QVERIFY(res->selectFinding(QStringLiteral("imap.ghost-message")));
        QAbstractItemModelTester tester(res->fieldsTable()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QMap<QString, QStringList> rows;
        for (int i = 0; i < res->fieldsTable()->rowCount(); ++i)
            rows.insert(
                res->fieldsTable()->item(i, 0)->text(),
                {res->fieldsTable()->item(i, 1)->text(), res->fieldsTable()->item(i, 2)->text()});
        QCOMPARE(rows.value(QStringLiteral("uids")),
                 (QStringList{QStringLiteral("Messages that cannot be downloaded (UID)"),
                              QStringLiteral("15541")}));
        QCOMPARE(rows.value(QStringLiteral("mailbox")).value(1), QStringLiteral("INBOX"));
        QVERIFY(!res->rawData()->isVisibleTo(res));
        res->rawToggle()->click();
        QVERIFY(res->rawData()->isVisibleTo(res));
        QVERIFY(res->rawData()->toPlainText().contains(QStringLiteral("\"uids\": [")));
        shot(&w, "results-details");
        res->rawToggle()->click();
        QVERIFY(!res->rawData()->isVisibleTo(res));
        // Other findings offer no repair.
        QVERIFY(res->selectFinding(QStringLiteral("server.identified")) ||
                res->findingsTree()->topLevelItemCount() == 1);
        if (res->findingsTree()->topLevelItemCount() > 1)
            QVERIFY(!res->repairButton()->isVisibleTo(&w));
        QVERIFY(res->selectFinding(QStringLiteral("imap.ghost-message")));
        QVERIFY(res->repairButton()->isVisibleTo(&w));

        // The plan, asked of the server with the run's sign-in.
        res->repairButton()->click();
        RepairDialog *dlg = w.repairDialog();
        QVERIFY(dlg);
        QSignalSpy planned(dlg, &RepairDialog::planReady);
        QVERIFY(!dlg->passwordField()->isVisibleTo(dlg));
        QCOMPARE(dlg->request().uid, quint32(15541));
        QCOMPARE(dlg->request().mailbox, QStringLiteral("INBOX"));
        QVERIFY(planned.wait(30000));
        QCOMPARE(dlg->stage(), RepairDialog::Stage::PlanShown);
        const QString plan = dlg->planText();
        for (const char *words :
             {"UID 15541", "INBOX", "UNCHANGEDSINCE 90155", "UID EXPUNGE 15541", "without CLOSE"})
            QVERIFY2(plan.contains(QLatin1String(words)), qPrintable(plan));
        QCOMPARE(dlg->outcomeText(), QStringLiteral("Nothing was changed yet."));
        // Nothing happens until the UID is typed exactly.
        QVERIFY(!dlg->removeButton()->isEnabled());
        QTest::keyClicks(dlg->confirmField(), QStringLiteral("1554"));
        QVERIFY(!dlg->removeButton()->isEnabled());
        QTest::keyClicks(dlg->confirmField(), QStringLiteral("2"));
        QVERIFY(!dlg->removeButton()->isEnabled());
        dlg->confirmField()->clear();
        QTest::keyClicks(dlg->confirmField(), QStringLiteral("15541"));
        QVERIFY(dlg->removeButton()->isEnabled());
        shot(dlg, "repair-plan");

        QSignalSpy finished(dlg, &RepairDialog::repairFinished);
        dlg->removeButton()->click();
        QCOMPARE(dlg->stage(), RepairDialog::Stage::Removing);
        QVERIFY(!dlg->removeButton()->isEnabled());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(dlg->stage(), RepairDialog::Stage::Done);
        QCOMPARE(dlg->outcomeText(),
                 QStringLiteral("Done: UID 15541 was removed; nothing else was changed."));
        const QString evidence = dlg->evidenceText();
        QVERIFY2(evidence.contains(QStringLiteral("C a")) &&
                     evidence.contains(QStringLiteral("UID EXPUNGE 15541")),
                 qPrintable(evidence));
        QVERIFY(evidence.contains(QStringLiteral("S * 1045 EXPUNGE")));
        // What was sent: one UID EXPUNGE, no CLOSE, no plain EXPUNGE.
        QStringList sent;
        for (const QString &line : evidence.split(QLatin1Char('\n')))
            if (line.contains(QStringLiteral(" C "))) sent << line;
        QVERIFY(sent.size() >= 8);
        QCOMPARE(sent.filter(QStringLiteral("EXPUNGE")).size(), 1);
        QVERIFY(sent.filter(QStringLiteral("CLOSE")).isEmpty());
        QVERIFY(test::findSecret(evidence, "fred", pw).isEmpty());
        QVERIFY(!dlg->removeButton()->isEnabled());
        QVERIFY(!dlg->planButton()->isEnabled());
        // Every client line matched the script: nothing else was sent.
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
        QTRY_VERIFY_WITH_TIMEOUT(s->finishedAll(), 5000);
        QCOMPARE(s->connectionsSeen(), 3);
        // The evidence saves as a web page: plan and outcome first, no password.
        const QString page = dir.filePath(QStringLiteral("repair.html"));
        QString err;
        QVERIFY2(dlg->saveEvidence(page, &err), qPrintable(err));
        QFile f(page);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray html = f.readAll();
        QVERIFY(html.contains("Plan for removing UID 15541 from INBOX"));
        QVERIFY(html.contains("Done: UID 15541 was removed"));
        QVERIFY(html.contains("UID EXPUNGE 15541"));
        QVERIFY(test::htmlProblems(html).isEmpty());
        QVERIFY(test::findSecret(html, "fred", pw).isEmpty());
        shot(dlg, "repair-done");
        dlg->close();
    }

    // A report opened from a file: the dialog asks for the password (never stored); without
    // UIDPLUS the engine refuses at the plan, exactly as mailscope-cli repair, and nothing
    // more is sent.
    void repairAsksForSignInAndRefusesWithoutUidplus()
    {
        using namespace test::exchange;
        const char *caps = "IMAP4rev1 AUTH=PLAIN SASL-IR UNSELECT";
        auto s = test::serveScript(repairSession(false, caps));
        QVERIFY(s);
        QTemporaryDir dir;
        const QString file = writeGhostReport(dir, s->port());
        QVERIFY(!file.isEmpty());
        // The certificate is remembered for exactly this host and port (until the test ends).
        const DemoCertTrusted trusted(s->port());

        MainWindow w;
        w.show();
        QVERIFY(w.openReport(file));
        ResultsPanel *res = w.wizard()->results();
        QVERIFY(res->selectFinding(QStringLiteral("imap.ghost-message")));
        res->repairButton()->click();
        RepairDialog *dlg = w.repairDialog();
        QVERIFY(dlg);
        QCOMPARE(dlg->stage(), RepairDialog::Stage::NeedPassword);
        QVERIFY(dlg->passwordField()->isVisibleTo(dlg));
        QVERIFY(!dlg->planButton()->isEnabled());
        QTest::keyClicks(dlg->passwordField(), QStringLiteral("Typed-Pw-77"));
        QVERIFY(dlg->planButton()->isEnabled());
        QSignalSpy planned(dlg, &RepairDialog::planReady);
        dlg->planButton()->click();
        QVERIFY(planned.wait(30000));
        QCOMPARE(dlg->stage(), RepairDialog::Stage::Refused);
        QVERIFY2(dlg->outcomeText().startsWith(
                     QStringLiteral("Refused: the server does not offer UIDPLUS")),
                 qPrintable(dlg->outcomeText()));
        QVERIFY(dlg->outcomeText().contains(QStringLiteral("RFC 4549")));
        QVERIFY(!dlg->confirmField()->isEnabled());
        QTest::keyClicks(dlg->confirmField(), QStringLiteral("15541"));
        QVERIFY(!dlg->removeButton()->isEnabled());
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
        QTRY_VERIFY_WITH_TIMEOUT(s->finishedAll(), 5000);
        QCOMPARE(s->connectionsSeen(), 1);
        QVERIFY(test::findSecret(dlg->evidenceText(), "fred", "Typed-Pw-77").isEmpty());
        // The typed password went nowhere else: not into the settings.
        const QString config = QStandardPaths::writableLocation(QStandardPaths::ConfigLocation);
        QDirIterator it(config, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile settings(it.next());
            QVERIFY(settings.open(QIODevice::ReadOnly));
            QVERIFY(!settings.readAll().contains("Typed-Pw-77"));
        }
        shot(dlg, "repair-refused");
        dlg->close();
    }

    // Closing the repair window while the plan is asked for cancels that at once (nothing has
    // changed yet); closing the main window while the message is being removed does not leave
    // the user guessing: the window stays, says why, and the removal's answer still arrives.
    void repairClosesWhilePlanningNotWhileRemoving()
    {
        using namespace test::exchange;
        QByteArray removing = repairSession(true);
        removing =
            removing.left(removing.indexOf("S: <tag> OK STORE completed.")) + "X: wait-close\n";
        const QByteArray stall =
            login(kRepairCaps) + "C: <tag> EXAMINE INBOX (CONDSTORE)\nX: wait-close\n";
        QTemporaryDir dir;
        MainWindow w; // destroyed after the server: its repair thread then ends
        auto s = test::serveScript(stall + "---\n" + repairSession(false) + "---\n" + removing);
        QVERIFY(s);
        const QString file = writeGhostReport(dir, s->port());
        QVERIFY(!file.isEmpty());
        // The certificate is remembered for exactly this host and port (until the test ends).
        const DemoCertTrusted trusted(s->port());
        w.show();
        QVERIFY(w.openReport(file));
        ResultsPanel *res = w.wizard()->results();
        QVERIFY(res->selectFinding(QStringLiteral("imap.ghost-message")));
        auto askPlan = [&] {
            res->repairButton()->click();
            RepairDialog *d = w.repairDialog();
            if (d) {
                QTest::keyClicks(d->passwordField(), QStringLiteral("Typed-Pw-78"));
                d->planButton()->click();
            }
            return d;
        };
        // 1. The server never answers SELECT: the Close button ends the wait now, not after
        // the command timeout (120 s).
        QPointer<RepairDialog> dlg = askPlan();
        QVERIFY(dlg);
        QCOMPARE(dlg->stage(), RepairDialog::Stage::Planning);
        QTRY_COMPARE_WITH_TIMEOUT(s->connectionsSeen(), 1, 10000);
        QPushButton *close = nullptr;
        for (QPushButton *b : dlg->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Close")) close = b;
        QVERIFY(close);
        QVERIFY(close->isEnabled());
        // Bounded far below the 120 s the wait would otherwise take (the dialog's destructor
        // waits for its thread inside the event processing below).
        QElapsedTimer closing;
        closing.start();
        close->click();
        QTRY_VERIFY_WITH_TIMEOUT(dlg.isNull(), 20000);
        QVERIFY2(closing.elapsed() < 60000, qPrintable(QString::number(closing.elapsed())));
        // 2. The plan, then the removal, whose STORE the server never answers.
        dlg = askPlan();
        QVERIFY(dlg);
        QSignalSpy planned(dlg.data(), &RepairDialog::planReady);
        QVERIFY(planned.wait(30000));
        QCOMPARE(dlg->stage(), RepairDialog::Stage::PlanShown);
        QTest::keyClicks(dlg->confirmField(), QStringLiteral("15541"));
        QSignalSpy finished(dlg.data(), &RepairDialog::repairFinished);
        dlg->removeButton()->click();
        QCOMPARE(dlg->stage(), RepairDialog::Stage::Removing);
        QTRY_COMPARE_WITH_TIMEOUT(s->connectionsSeen(), 3, 10000);
        auto storeSent = [&dlg] {
            const auto t = dlg->transcript();
            for (int i = 0; t && i < t->size(); ++i)
                if (t->at(i).kind == EventKind::Send && t->at(i).data.contains("UID STORE"))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(storeSent(), 10000); // the removal is under way
        QVERIFY(!w.close());                          // refused, with a message saying why
        QVERIFY(!w.close());                          // again: still one message
        QVERIFY(w.isVisible());
        int boxes = 0;
        for (QMessageBox *m : w.findChildren<QMessageBox *>())
            boxes += m->isVisible() ? 1 : 0;
        QCOMPARE(boxes, 1);
        QMessageBox *box = nullptr;
        for (QMessageBox *m : w.findChildren<QMessageBox *>())
            if (m->isVisible()) box = m;
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("removal")));
        shot(box, "close-while-removing");
        box->accept();
        // The server goes away: the removal ends (not done), and the window may close.
        s.reset();
        QVERIFY(finished.wait(30000));
        QCOMPARE(dlg->stage(), RepairDialog::Stage::Failed);
        QVERIFY(w.close());
    }

    // The run's password, refused now (changed since): the dialog does not send it again, not
    // on another click and not when another message is chosen; it asks for a new one.
    void repairNeverRepeatsARefusedPassword()
    {
        using namespace test::exchange;
        auto s =
            test::serveScript("X: starttls\n"
                              "S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR UIDPLUS] ready\n"
                              "C: <tag> AUTHENTICATE PLAIN *\n"
                              "S: <tag> NO [AUTHENTICATIONFAILED] Authentication failed.\n"
                              "X: wait-close\n");
        QVERIFY(s);
        DiagnoseOptions opts;
        QCOMPARE(
            Target::parse(QStringLiteral("imaps://fred@127.0.0.1:%1").arg(s->port()), &opts.target),
            QString());
        opts.password = "Old-Pw-31";
        opts.havePassword = true;
        opts.tls.accept(QStringLiteral("127.0.0.1"), s->port(), test::demoCertSha().toLatin1());
        Finding ghost;
        ghost.id = QStringLiteral("imap.ghost-message");
        ghost.data.insert(
            QStringLiteral("mailboxes"),
            QJsonArray{QJsonObject{{QStringLiteral("mailbox"), QStringLiteral("INBOX")},
                                   {QStringLiteral("uids"), QJsonArray{15541}}},
                       QJsonObject{{QStringLiteral("mailbox"), QStringLiteral("Sent")},
                                   {QStringLiteral("uids"), QJsonArray{7}}}});
        RepairDialog dlg(opts, ghost);
        QSignalSpy planned(&dlg, &RepairDialog::planReady);
        dlg.show();
        QVERIFY(planned.wait(30000));
        QCOMPARE(dlg.stage(), RepairDialog::Stage::Failed);
        QVERIFY(dlg.passwordField()->isVisibleTo(&dlg));
        QVERIFY(dlg.passwordField()->text().isEmpty());
        QVERIFY(!dlg.planButton()->isEnabled());
        auto *choice = dlg.findChild<QComboBox *>();
        QVERIFY(choice);
        QCOMPARE(choice->count(), 2);
        choice->setCurrentIndex(1);
        QVERIFY(!dlg.isBusy());
        QCOMPARE(dlg.stage(), RepairDialog::Stage::NeedPassword);
        QTest::qWait(200);
        QCOMPARE(s->connectionsSeen(), 1);
        QCOMPARE(planned.size(), 1);
        // A new password typed by the user may be tried.
        QTest::keyClicks(dlg.passwordField(), QStringLiteral("New-Pw-32"));
        QVERIFY(dlg.planButton()->isEnabled());
    }

    // The run's sign-in worked and found the ghost; the repair's sign-in with it is refused, or
    // not answered: "Remove this message…" again (twice) sends nothing by itself. The dialog
    // says why in words and asks for the password; a newly typed one is tried.
    void repairNeverRepeatsAFailedRunSignIn_data()
    {
        QTest::addColumn<QByteArray>("answer"); // the server's answer to the repair's login
        QTest::addColumn<bool>("closeWhileWaiting");
        QTest::addColumn<QString>("words");
        QTest::newRow("refused") << QByteArray("S: <tag> NO [AUTHENTICATIONFAILED] "
                                               "Authentication failed.\nX: wait-close\n")
                                 << false << QStringLiteral("NO [AUTHENTICATIONFAILED]");
        QTest::newRow("hung up") << QByteArray("X: close\n") << false
                                 << QStringLiteral("connection closed by the server");
        QTest::newRow("window closed while waiting")
            << QByteArray("X: wait-close\n") << true
            << QStringLiteral("the window was closed before the sign-in succeeded");
    }
    void repairNeverRepeatsAFailedRunSignIn()
    {
        QFETCH(QByteArray, answer);
        QFETCH(bool, closeWhileWaiting);
        QFETCH(QString, words);
        using namespace test::exchange;
        const QByteArray failing = QByteArray("X: starttls\nS: * OK [CAPABILITY ") + kRepairCaps +
                                   "] ready\nC: <tag> AUTHENTICATE PLAIN *\n" + answer;
        auto s = test::serveScript(login(kRepairCaps) +
                                   "C: <tag> LIST \"\" \"*\"\n"
                                   "S: * LIST (\\HasNoChildren) \"/\" INBOX\n"
                                   "S: <tag> OK LIST completed.\n" +
                                   mailbox("INBOX", 1050, 1045, Ghost::Silent, true) + logout() +
                                   "---\n" + failing + "---\n" + repairSession(false));
        QVERIFY(s);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTemporaryDir dir;
        w.wizard()->setTrustStoreFile(dir.filePath(QStringLiteral("trust.ini")));
        QSignalSpy done(&w, &MainWindow::finished);
        w.wizard()->setAccount(QStringLiteral("fred@example.test"), Protocol::Imap,
                               QStringLiteral("127.0.0.1"), s->port(), true,
                               QStringLiteral("fred"));
        w.wizard()->setPassword(QStringLiteral("Run-Pw-51"));
        w.wizard()->setAcceptedFingerprint(test::demoCertSha().toLatin1());
        w.wizard()->setSelectedChecks({QStringLiteral("ghosts")});
        w.wizard()->setPage(DiagnoseWizard::PlanPage);
        w.wizard()->nextButton()->click();
        QVERIFY(done.wait(60000));
        QVERIFY2(w.report().hasFinding(QStringLiteral("imap.ghost-message")),
                 qPrintable(s->errors().join(QLatin1Char('\n')) + w.report().fatalError));
        QVERIFY(w.report().credentialsAccepted);
        ResultsPanel *res = w.wizard()->results();
        QVERIFY(res->selectFinding(QStringLiteral("imap.ghost-message")));
        auto closeDialog = [](QPointer<RepairDialog> d) {
            for (QPushButton *b : d->findChildren<QPushButton *>())
                if (b->text() == QLatin1String("Close")) b->click();
            QTRY_VERIFY_WITH_TIMEOUT(d.isNull(), 20000);
        };

        // The repair signs in with the run's password at once; the server does not let it in.
        res->repairButton()->click();
        QPointer<RepairDialog> dlg = w.repairDialog();
        QVERIFY(dlg);
        QCOMPARE(dlg->stage(), RepairDialog::Stage::Planning);
        if (closeWhileWaiting) {
            auto loginSent = [&dlg] {
                const auto t = dlg->transcript();
                for (int i = 0; t && i < t->size(); ++i)
                    if (t->at(i).kind == EventKind::Send && t->at(i).secret) return true;
                return false;
            };
            QTRY_VERIFY_WITH_TIMEOUT(loginSent(), 10000);
        } else {
            QSignalSpy planned(dlg.data(), &RepairDialog::planReady);
            QVERIFY(planned.wait(30000));
            QCOMPARE(dlg->stage(), RepairDialog::Stage::Failed);
            QVERIFY2(dlg->signInNote().contains(words), qPrintable(dlg->signInNote()));
        }
        closeDialog(dlg);
        QCOMPARE(s->connectionsSeen(), 2); // the run's and the repair's: one login each

        // Opened again, twice: nothing is sent; the dialog says why and asks.
        for (int again = 0; again < 2; ++again) {
            res->repairButton()->click();
            dlg = w.repairDialog();
            QVERIFY(dlg);
            QCOMPARE(dlg->stage(), RepairDialog::Stage::NeedPassword);
            QVERIFY(!dlg->isBusy());
            QVERIFY(dlg->passwordField()->isVisibleTo(dlg));
            QVERIFY(dlg->passwordField()->text().isEmpty());
            QVERIFY(!dlg->planButton()->isEnabled());
            const QString note = dlg->signInNote();
            for (const QString &said :
                 {QStringLiteral("The last sign-in to 127.0.0.1 as fred was refused or not "
                                 "answered"),
                  words, QStringLiteral("does not send it again by itself"),
                  QStringLiteral("Type the password to try again.")})
                QVERIFY2(note.contains(said), qPrintable(note));
            if (again == 0) closeDialog(dlg);
        }
        QCOMPARE(s->connectionsSeen(), 2);
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));

        // A password typed anew is the user's: it is tried.
        QTest::keyClicks(dlg->passwordField(), QStringLiteral("New-Pw-52"));
        QVERIFY(dlg->planButton()->isEnabled());
        QSignalSpy planned(dlg.data(), &RepairDialog::planReady);
        dlg->planButton()->click();
        QVERIFY(planned.wait(30000));
        QCOMPARE(dlg->stage(), RepairDialog::Stage::PlanShown);
        QVERIFY(dlg->signInNote().isEmpty());
        QCOMPARE(s->connectionsSeen(), 3);
        QVERIFY2(s->errors().isEmpty(), qPrintable(s->errors().join(QLatin1Char('\n'))));
        closeDialog(dlg);
    }

    // The server removed two messages for one UID EXPUNGE: the engine's check notices, and the
    // dialog does not say "Done".
    void repairThatRemovedMoreIsNotDone()
    {
        using namespace test::exchange;
        auto s = test::serveScript(
            repairSession(false) + "---\n" +
            repairSession(true, kRepairCaps, "S: * 3 EXPUNGE\nS: * 1044 EXPUNGE\n"));
        QVERIFY(s);
        DiagnoseOptions o;
        QCOMPARE(
            Target::parse(QStringLiteral("imaps://fred@127.0.0.1:%1").arg(s->port()), &o.target),
            QString());
        o.password = "pw-three";
        o.havePassword = true;
        o.tls.accept(QStringLiteral("127.0.0.1"), s->port(), test::demoCertSha().toLatin1());
        Finding ghost;
        ghost.id = QStringLiteral("imap.ghost-message");
        ghost.data.insert(QStringLiteral("mailbox"), QStringLiteral("INBOX"));
        ghost.data.insert(QStringLiteral("uids"), QJsonArray{15541});
        RepairDialog dlg(o, ghost);
        QSignalSpy planned(&dlg, &RepairDialog::planReady);
        QVERIFY(planned.wait(30000));
        QCOMPARE(dlg.stage(), RepairDialog::Stage::PlanShown);
        QTest::keyClicks(dlg.confirmField(), QStringLiteral("15541"));
        QSignalSpy finished(&dlg, &RepairDialog::repairFinished);
        dlg.removeButton()->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(dlg.stage(), RepairDialog::Stage::Failed);
        QVERIFY2(dlg.outcomeText().startsWith(QStringLiteral("Not done: UID 15541 is gone, but")),
                 qPrintable(dlg.outcomeText()));
        QVERIFY(dlg.outcomeText().contains(QStringLiteral("2 removal(s)")));
        QVERIFY(s->errors().isEmpty());
    }

    // --- Compare with my Thunderbird ---------------------------------------------------------

    void thunderbirdCompareReadsTheProfile()
    {
        // The button on the "What to change" tab asks for it.
        ResultsPanel panel;
        QSignalSpy asked(&panel, &ResultsPanel::thunderbirdRequested);
        panel.thunderbirdButton()->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY(!panel.thunderbirdButton()->accessibleName().isEmpty());

        // A report about imap.example.net:143 with idle and STARTTLS findings, and a sample
        // profile with several accounts.
        Report r;
        QCOMPARE(Target::parse(QStringLiteral("imap://fred@imap.example.net:143"), &r.target),
                 QString());
        r.checks.append({QStringLiteral("login"), CheckStatus::Pass, QStringLiteral("ok")});
        Finding hidden;
        hidden.id = QStringLiteral("starttls.unadvertised");
        hidden.title = QStringLiteral("The server can encrypt, but does not say so");
        Finding idle;
        idle.id = QStringLiteral("idle.timeout");
        idle.title = QStringLiteral("Your provider cuts connections that sit unused");
        idle.data.insert(QStringLiteral("seconds"), 301.0);
        idle.data.insert(QStringLiteral("lower_seconds"), 299.0);
        idle.data.insert(QStringLiteral("upper_seconds"), 303.0);
        r.findings << hidden << idle;
        addAdvice(r);
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("r.json"));
        QFile rf(report);
        QVERIFY(rf.open(QIODevice::WriteOnly));
        rf.write(reportToJson(r, {}).toJson());
        rf.close();
        const QString profile = dir.filePath(QStringLiteral("abcd.default-release"));
        QVERIFY(QDir().mkpath(profile));
        const QString prefs = profile + QStringLiteral("/prefs.js");
        QVERIFY(QFile::copy(QStringLiteral(MAILSCOPE_SOURCE_DIR
                                           "/tests/data/thunderbird/several-accounts.prefs.js"),
                            prefs));
        QFile pf(prefs);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        const QByteArray before = pf.readAll();
        pf.close();
        const QDateTime modified = QFileInfo(prefs).lastModified();

        MainWindow w;
        w.resize(1300, 800);
        w.show();
        QVERIFY(w.openReport(report));
        ThunderbirdDialog *dlg = w.openThunderbirdCompare(false);
        QVERIFY(dlg);
        QAbstractItemModelTester tester(dlg->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(dlg->loadPrefs(profile)); // the profile folder is enough
        QCOMPARE(dlg->prefsPath(), prefs);
        QVERIFY(dlg->comparison().found);
        QCOMPARE(dlg->comparison().server.key, QStringLiteral("server2"));
        QVERIFY(dlg->summaryText().contains(QStringLiteral("mail.server.server2")));
        QMap<QString, QStringList> rows;
        auto *m = dlg->model();
        for (int i = 0; i < m->rowCount(); ++i) {
            QStringList cells;
            for (int c = 0; c < m->columnCount(); ++c)
                cells << m->index(i, c).data().toString();
            rows.insert(cells[ThunderbirdModel::Preference], cells);
        }
        const QStringList sock = rows.value(QStringLiteral("mail.server.server2.socketType"));
        QCOMPARE(sock.value(ThunderbirdModel::Current), QStringLiteral("0 (no encryption)"));
        QCOMPARE(sock.value(ThunderbirdModel::Recommended), QStringLiteral("2 (STARTTLS)"));
        QCOMPARE(sock.value(ThunderbirdModel::Change), QStringLiteral("change"));
        QCOMPARE(
            rows.value(QStringLiteral("mail.server.server2.port")).value(ThunderbirdModel::Change),
            QStringLiteral("fine"));
        QCOMPARE(rows.value(QStringLiteral("mail.server.server2.check_time"))
                     .value(ThunderbirdModel::Recommended),
                 QStringLiteral("4"));
        QCOMPARE(rows.value(QStringLiteral("mail.server.server2.max_cached_connections"))
                     .value(ThunderbirdModel::Recommended),
                 QStringLiteral("1"));
        // Changes are not colour alone: the row is bold and says "change".
        for (int i = 0; i < m->rowCount(); ++i)
            QCOMPARE(m->index(i, 0).data(Qt::FontRole).value<QFont>().bold(), m->row(i).differs);
        // The user copies the change; the profile stays as it was.
        QVERIFY(dlg->copyButton()->isEnabled());
        QApplication::clipboard()->clear();
        dlg->copyButton()->click();
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied, dlg->changesText());
        QVERIFY(
            copied.contains(QStringLiteral("user_pref(\"mail.server.server2.socketType\", 2);")));
        QVERIFY(
            copied.contains(QStringLiteral("user_pref(\"mail.server.server2.check_time\", 4);")));
        QVERIFY(!copied.contains(QStringLiteral(".port\"")));
        dlg->table()->selectRow(1);
        QCOMPARE(dlg->changesText().count(QStringLiteral("user_pref(")), 1);
        shot(dlg, "thunderbird-compare");
        QVERIFY(pf.open(QIODevice::ReadOnly));
        QCOMPARE(pf.readAll(), before);
        pf.close();
        QCOMPARE(QFileInfo(prefs).lastModified(), modified);

        // A profile without this server: said so, nothing to copy.
        const QString other = dir.filePath(QStringLiteral("other.js"));
        QFile of(other);
        QVERIFY(of.open(QIODevice::WriteOnly));
        of.write("user_pref(\"mail.server.server1.hostname\", \"imap.elsewhere.example\");\n"
                 "user_pref(\"mail.server.server1.type\", \"imap\");\n");
        of.close();
        QVERIFY(dlg->loadPrefs(other));
        QVERIFY(!dlg->comparison().found);
        QVERIFY(dlg->summaryText().contains(QStringLiteral("imap.elsewhere.example")));
        QCOMPARE(dlg->model()->rowCount(), 0);
        QVERIFY(!dlg->copyButton()->isEnabled());
        QString err;
        QVERIFY(!dlg->loadPrefs(dir.filePath(QStringLiteral("missing/prefs.js")), &err));
        QVERIFY(!err.isEmpty());
        dlg->close();
    }

    void wizardAgainstRealDovecot()
    {
        MAILSCOPE_REQUIRE(QFile::exists(QStringLiteral("/usr/sbin/dovecot")),
                          "Dovecot is not installed (apt-get install dovecot-imapd); the README's "
                          "test command installs it");
        QTemporaryDir dir(QStringLiteral("/tmp/ms-gui-dovecot-XXXXXX"));
        QVERIFY(dir.isValid());
        QMap<QString, QString> vars;
        const QString err =
            test::startServer("dovecot.sh", {dir.path()},
                              {{QStringLiteral("AUTH_FAILURE_DELAY"), QStringLiteral("0")}}, &vars);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        struct Stop
        {
            QString dir;
            ~Stop() { test::stopServer("dovecot.sh", dir); }
        } stop{dir.path()};
        QVERIFY(vars.contains(QStringLiteral("IMAP_PORT")));

        MainWindow w;
        w.show();
        QSignalSpy done(&w, &MainWindow::finished);
        DiagnoseWizard *wiz = w.wizard();
        wiz->setSymptom(DiagnoseWizard::Warnings); // tls, starttls, login
        wiz->next();
        wiz->setAccount(vars.value(QStringLiteral("USER")) + QStringLiteral("@127.0.0.2"),
                        Protocol::Imap, QStringLiteral("127.0.0.2"),
                        quint16(vars.value(QStringLiteral("IMAP_PORT")).toInt()), false,
                        vars.value(QStringLiteral("USER")));
        wiz->setExtraCaFile(vars.value(QStringLiteral("CA_FILE")));
        wiz->next();
        QCOMPARE(wiz->page(), DiagnoseWizard::PasswordPage);
        wiz->setPassword(vars.value(QStringLiteral("PASSWORD")));
        wiz->next();
        QCOMPARE(wiz->page(), DiagnoseWizard::PlanPage);
        wiz->next();
        QVERIFY(w.isRunning());
        QVERIFY(done.wait(60000));
        const Report r = done.first().first().value<Report>();
        QCOMPARE(r.software, QStringLiteral("dovecot"));
        QMap<QString, QString> status;
        for (const QTreeWidgetItem *it :
             wiz->results()->checksTree()->findItems(QStringLiteral("*"), Qt::MatchWildcard))
            status.insert(it->data(0, Qt::UserRole).toString(), it->text(1)); // the check's id
        QCOMPARE(status.value(QStringLiteral("tls")), QStringLiteral("✓ passed"));
        QCOMPARE(status.value(QStringLiteral("starttls")), QStringLiteral("✓ passed"));
        QCOMPARE(status.value(QStringLiteral("login")), QStringLiteral("✓ passed"));
        QVERIFY(!r.hasFinding(QStringLiteral("auth.cleartext")));
        QVERIFY(wiz->results()->headline().contains(QStringLiteral("No problems found")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("dovecot")));
        const QString pw = vars.value(QStringLiteral("PASSWORD"));
        for (const Event &e : w.transcript()->snapshot())
            QVERIFY(!e.displayText().contains(pw));
        shot(&w, "results-dovecot");
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
