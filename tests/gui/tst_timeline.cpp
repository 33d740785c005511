// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The timeline as a story: every lane ends in words, idle windows carry their length, the
// measured cutoff is drawn on the lanes that reached it, the build runs off the GUI thread and
// results of an older transcript are dropped. Then the demo server's idle check in the main
// window, in the light, dark and presenter themes (screenshots in artifacts/).
#include "DiagnoseWizard.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "TimelineData.h"
#include "TimelineWidget.h"
#include "TranscriptView.h"
#include "demo/DemoServer.h"
#include "session/Transcript.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <cmath>

using namespace mailscope;
using test::ev;
using test::shot;

namespace {

constexpr qint64 kS = 1000000; // microseconds per second

// WCAG contrast ratio of two colours; a translucent one is seen over the other.
double contrast(QColor a, const QColor &b)
{
    if (a.alpha() < 255) {
        const double k = a.alphaF();
        a = QColor::fromRgbF(float(a.redF() * k + b.redF() * (1 - k)),
                             float(a.greenF() * k + b.greenF() * (1 - k)),
                             float(a.blueF() * k + b.blueF() * (1 - k)));
    }
    auto lum = [](const QColor &c) {
        auto ch = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double la = lum(a), lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Event note(int conn, EventFact fact, qint64 tUs)
{
    Event e = ev(conn, EventKind::Note, {}, tUs);
    e.text = QStringLiteral("idle probe: TCP keepalives every 15 s on this connection");
    e.fact = fact;
    return e;
}

Event closed(int conn, EventKind kind, EventFact fact, qint64 tUs)
{
    Event e = ev(conn, kind, {}, tUs);
    e.fact = fact;
    return e;
}

// One lane for each way a connection ends (times in microseconds).
std::vector<Event> storyEvents()
{
    return {
        // #1 logs in and out.
        ev(1, EventKind::Connect, {}, 0),
        ev(1, EventKind::Receive, "* OK ready\r\n", 10000),
        ev(1, EventKind::Send, "a1 CAPABILITY\r\n", 20000),
        ev(1, EventKind::Receive, "* CAPABILITY IMAP4rev1\r\na1 OK\r\n", 30000),
        ev(1, EventKind::Send, "a2 LOGOUT\r\n", 40000),
        ev(1, EventKind::Receive, "* BYE bye\r\na2 OK LOGOUT completed\r\n", 50000),
        closed(1, EventKind::Close, EventFact::None, 60000),
        // #2 idle 25 s, then the next command is answered with a reset.
        ev(2, EventKind::Connect, {}, 100000),
        ev(2, EventKind::Receive, "* OK ready\r\n", 110000),
        ev(2, EventKind::Send, "b1 NOOP\r\n", 120000),
        ev(2, EventKind::Receive, "b1 OK\r\n", 130000),
        // #3 idle 30 s, then the next command gets no answer for 10 s.
        ev(3, EventKind::Connect, {}, 200000),
        ev(3, EventKind::Receive, "* OK ready\r\n", 210000),
        // #4 carries TCP keepalives only, and is closed by Mailscope at 45 s.
        ev(4, EventKind::Connect, {}, 300000),
        ev(4, EventKind::Receive, "* OK ready\r\n", 310000),
        note(4, EventFact::KeepAlive, 320000),
        // #5 gets an unsolicited BYE after 21 s, then FIN.
        ev(5, EventKind::Connect, {}, 400000),
        ev(5, EventKind::Receive, "* OK ready\r\n", 410000),
        // #6 closed by the server after 20.4 s without a word.
        ev(6, EventKind::Connect, {}, 500000),
        ev(6, EventKind::Receive, "* OK ready\r\n", 510000),
        // #7 stays open.
        ev(7, EventKind::Connect, {}, 600000),
        ev(7, EventKind::Receive, "* OK ready\r\n", 610000),
        ev(7, EventKind::Send, "d1 NOOP\r\n", 620000),
        ev(7, EventKind::Receive, "d1 OK\r\n", 630000),
        closed(6, EventKind::Close, EventFact::PeerClosed, 20900000),
        ev(5, EventKind::Receive, "* BYE Autologout; idle for too long\r\n", 21 * kS),
        closed(5, EventKind::Close, EventFact::PeerClosed, 21 * kS + 1000),
        ev(2, EventKind::Send, "b2 NOOP\r\n", 25130000),
        closed(2, EventKind::Reset, EventFact::None, 25131000),
        ev(3, EventKind::Send, "c1 NOOP\r\n", 30210000),
        closed(3, EventKind::Timeout, EventFact::None, 40210000),
        closed(4, EventKind::Close, EventFact::None, 45 * kS),
    };
}

IdleCutoff demoCutoff()
{
    IdleCutoff c;
    c.known = true;
    c.seconds = 20.3;
    c.lower = 19.7;
    c.upper = 20.9;
    c.keepaliveHelps = 0;
    c.close = QStringLiteral("rst");
    return c;
}

int eventIndex(const std::vector<Event> &es, int conn, EventKind kind)
{
    for (size_t i = 0; i < es.size(); ++i)
        if (es[i].conn == conn && es[i].kind == kind) return int(i);
    return -1;
}

const TimelineFrame::Lane *laneOf(const TimelineFrame &f, int conn)
{
    for (const TimelineFrame::Lane &l : f.lanes)
        if (l.conn == conn) return &l;
    return nullptr;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mailscope-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_timeline"));
        installPluralTranslator();
        qRegisterMetaType<mailscope::Report>();
    }

    void lanesEndInWords()
    {
        Transcript t;
        const std::vector<Event> es = storyEvents();
        t.restore(es);
        TimelineData d;
        QVERIFY(d.update(&t));
        QCOMPARE(d.connections(), (QList<int>{1, 2, 3, 4, 5, 6, 7}));
        const QMap<int, LaneEnding> expected{
            {1, LaneEnding::LoggedOut},  {2, LaneEnding::Reset},     {3, LaneEnding::Silent},
            {4, LaneEnding::ClosedByUs}, {5, LaneEnding::ServerBye}, {6, LaneEnding::ServerClosed},
            {7, LaneEnding::Open}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const TimelineLane *l = d.lane(it.key());
            QVERIFY(l);
            QCOMPARE(int(l->ending), int(it.value()));
            QCOMPARE(l->keepalive, it.key() == 4);
        }
        QCOMPARE(d.lane(2)->endEvent, eventIndex(es, 2, EventKind::Reset));
        QCOMPARE(d.lane(7)->end, -1.0);
        // Each lane in one sentence.
        QCOMPARE(d.story(2),
                 QStringLiteral("Connection 2: in use 30 ms, idle 25 s, in use 1 ms, then reset "
                                "by the server."));
        QCOMPARE(d.story(3), QStringLiteral("Connection 3: in use 10 ms, idle 30 s, waited 10 s "
                                            "for a reply, then no answer: silent."));
        QCOMPARE(d.story(4), QStringLiteral("Connection 4 (TCP keepalives, no commands): in use "
                                            "10 ms, idle 45 s, then kept alive until Mailscope "
                                            "closed it."));
        QVERIFY2(d.story(5).endsWith(QStringLiteral("then the server said goodbye (BYE).")),
                 qPrintable(d.story(5)));
        QVERIFY(d.story(6).endsWith(QStringLiteral("then closed by the server.")));
        QVERIFY(d.story(1).endsWith(QStringLiteral("then logged out.")));
        QCOMPARE(d.story(7), QStringLiteral("Connection 7: in use 30 ms, idle 44 s so far, then "
                                            "still open."));
        // A keepalive connection the server ended: the keepalives did not help.
        QCOMPARE(TimelineData::endingText(LaneEnding::Reset, true),
                 QStringLiteral("reset by the server (keepalives did not help)"));
        QCOMPARE(TimelineData::secondsText(301.2), QStringLiteral("301 s"));
        QCOMPARE(TimelineData::secondsText(1.25), QStringLiteral("1.3 s"));
        QCOMPARE(TimelineData::secondsText(0.0421), QStringLiteral("42 ms"));
        QCOMPARE(TimelineData::secondsText(1860), QStringLiteral("31 min"));
        // The BYE that answers our LOGOUT is no goodbye by the server.
        QCOMPARE(int(d.lane(1)->ending), int(LaneEnding::LoggedOut));
    }

    void cutoffComesFromTheReport()
    {
        Report r;
        QVERIFY(!IdleCutoff::fromReport(r).known);
        Finding f;
        f.id = QStringLiteral("idle.timeout");
        f.data.insert(QStringLiteral("seconds"), 301.4);
        f.data.insert(QStringLiteral("lower_seconds"), 299.5);
        f.data.insert(QStringLiteral("upper_seconds"), 303.3);
        f.data.insert(QStringLiteral("keepalive_helps"), false);
        f.data.insert(QStringLiteral("close"), QStringLiteral("rst"));
        r.findings << f;
        const IdleCutoff c = IdleCutoff::fromReport(r);
        QVERIFY(c.known);
        QCOMPARE(c.seconds, 301.4);
        QCOMPARE(c.lower, 299.5);
        QCOMPARE(c.upper, 303.3);
        QCOMPARE(c.keepaliveHelps, 0);
        QCOMPARE(c.headline(), QStringLiteral("The server drops idle connections after about 301 s "
                                              "(measured between 299.5 and 303.3 s)."));
        QVERIFY(c.keepaliveSentence().startsWith(QStringLiteral("TCP keepalives did not")));
        // Unknown keepalive effect: no sentence about it; nonsense data: no cutoff at all.
        r.findings[0].data.insert(QStringLiteral("keepalive_helps"), QJsonValue());
        QVERIFY(IdleCutoff::fromReport(r).keepaliveSentence().isEmpty());
        r.findings[0].data.insert(QStringLiteral("seconds"), -3);
        QVERIFY(!IdleCutoff::fromReport(r).known);
        r.findings[0].data.insert(QStringLiteral("seconds"), QStringLiteral("soon"));
        QVERIFY(!IdleCutoff::fromReport(r).known);
    }

    void framesDrawTheCutoffOnLanesThatReachedIt()
    {
        Transcript t;
        t.restore(storyEvents());
        TimelineData d;
        QVERIFY(d.update(&t));
        const TimelineFrame f = d.frame(0, 46, 1000, demoCutoff(), 48);
        QCOMPARE(int(f.lanes.size()), 7);
        QCOMPARE(f.totalLanes, 7);
        // Idle long enough to meet the cutoff: #2 to #7; #1 never was; #3's wait for a reply
        // is not idle and gets no band of its own.
        for (int conn = 1; conn <= 7; ++conn)
            QCOMPARE(int(laneOf(f, conn)->bands.size()), conn == 1 ? 0 : 1);
        const TimelineFrame::Lane *three = laneOf(f, 3);
        QCOMPARE(int(three->idle.size()), 2);
        QVERIFY(!three->idle[0].waiting);
        QVERIFY(three->idle[1].waiting);
        QVERIFY(std::abs(three->idle[0].length - 30.0) < 1e-6);
        QVERIFY(std::abs(three->bands[0].idleFrom - 0.21) < 1e-6);
        QVERIFY(laneOf(f, 4)->keepalive);
        QCOMPARE(int(laneOf(f, 2)->ending), int(LaneEnding::Reset));
        QVERIFY(std::abs(laneOf(f, 2)->endT - 25.131) < 1e-6);
        QVERIFY(laneOf(f, 7)->idle.back().ongoing);
        // In use = the lifetime minus the idle windows.
        const TimelineFrame::Lane *two = laneOf(f, 2);
        QCOMPARE(int(two->active.size()), 2);
        QVERIFY(std::abs(two->active[0].to - 0.13) < 1e-6);
        // Without a measured cutoff there is nothing to draw; zoomed in, only what is visible.
        const TimelineFrame none = d.frame(0, 46, 1000, IdleCutoff(), 48);
        for (const TimelineFrame::Lane &l : none.lanes)
            QVERIFY(l.bands.empty());
        const TimelineFrame zoomed = d.frame(26, 46, 1000, demoCutoff(), 48);
        QCOMPARE(laneOf(zoomed, 2)->endT, -1.0); // ended before the visible range
        QVERIFY(laneOf(zoomed, 2)->life.from > laneOf(zoomed, 2)->life.to);
        // Lanes are capped.
        QCOMPARE(int(d.frame(0, 46, 1000, demoCutoff(), 3).lanes.size()), 3);
    }

    void buildsOffTheGuiThread()
    {
        Transcript big;
        std::vector<Event> es;
        es.reserve(300000);
        for (int i = 0; i < 150000; ++i) {
            const qint64 at = qint64(i) * 2000;
            es.push_back(ev(1 + i % 6, EventKind::Send, "a NOOP\r\n", at));
            es.push_back(ev(1 + i % 6, EventKind::Receive, "a OK\r\n", at + 900));
        }
        big.restore(std::move(es));
        TimelineWidget w;
        w.resize(1000, 500);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy built(&w, &TimelineWidget::built);
        w.setTranscript(&big);
        // The call returned without building anything: the data can only arrive through the
        // event loop, from the worker thread.
        QVERIFY(w.isBuilding());
        QCOMPARE(w.data().processed(), 0);
        QVERIFY(w.data().commands().empty());
        QVERIFY(built.wait(60000));
        QCOMPARE(int(w.data().commands().size()), 150000);
        QVERIFY(!w.isBuilding());

        // A newer transcript wins, whatever the worker was doing for the older one.
        Transcript small;
        small.restore(storyEvents());
        w.setTranscript(&big);
        w.setTranscript(&small);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBuilding(), 60000);
        QCOMPARE(int(w.data().commands().size()), 6);
        QCOMPARE(w.data().connections().size(), 7);
    }

    void staleResultsAreDropped()
    {
        Transcript t;
        t.restore(storyEvents());
        TimelineWidget w;
        QSignalSpy built(&w, &TimelineWidget::built);
        w.setTranscript(&t);
        QVERIFY(built.wait(10000));
        const size_t commands = w.data().commands().size();
        QCOMPARE(commands, size_t(6));

        auto other = std::make_shared<TimelineData>();
        other->addEvent(0, ev(9, EventKind::Send, "z1 NOOP\r\n", 1000));
        TimelineResult stale;
        stale.generation = w.generation() - 1; // another transcript's
        stale.serial = 999;
        stale.data = other;
        stale.frame = std::make_shared<TimelineFrame>();
        const int dropped = w.droppedResults();
        w.acceptResult(stale);
        QCOMPARE(w.droppedResults(), dropped + 1);
        QCOMPARE(w.data().commands().size(), commands);
        // The same result for the current generation is taken: the check is the generation.
        TimelineResult current = stale;
        current.generation = w.generation();
        w.acceptResult(current);
        QCOMPARE(w.droppedResults(), dropped + 1);
        QCOMPARE(w.data().commands().size(), size_t(1));
    }

    void hoverAndClickSelectEvents()
    {
        Transcript t;
        const std::vector<Event> es = storyEvents();
        t.restore(es);
        TimelineWidget w;
        w.resize(1400, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy built(&w, &TimelineWidget::built);
        w.setTranscript(&t);
        QVERIFY(built.wait(10000));
        w.setIdleCutoff(demoCutoff());
        QVERIFY(built.wait(10000));
        const QStringList words = w.visibleTexts();
        for (const char *s :
             {"The server drops idle connections after about 20 s (measured "
              "between 19.7 and 20.9 s).",
              "TCP keepalives did not keep a connection open past it: it is the "
              "server's own timer.",
              "idle 25 s", "idle 30 s", "reset by the server", "no answer: silent",
              "kept alive until Mailscope closed it", "logged out", "the server said goodbye (BYE)",
              "closed by the server", "still open", "cutoff ≈ 20 s",
              "measured idle cutoff (band: ±)", "idle, TCP keepalives only", "waiting for a reply"})
            QVERIFY2(words.contains(QString::fromUtf8(s)),
                     qPrintable(QString::fromUtf8(s) + QStringLiteral(" not in: ") +
                                words.join(QStringLiteral(" | "))));
        QVERIFY(w.view()->accessibleDescription().contains(
            QStringLiteral("Connection 2: in use 30 ms, idle 25 s")));

        // Clicking a command selects its send event; clicking a lane's ending selects it.
        QSignalSpy act(&w, &TimelineWidget::eventActivated);
        int send = -1;
        for (size_t i = 0; i < es.size(); ++i)
            if (es[i].data == "b2 NOOP\r\n") send = int(i);
        QVERIFY(send > 0);
        const QPoint at = w.pointFor(25.13, 2, true);
        QVERIFY(at.x() > 0);
        QTest::mouseClick(w.view(), Qt::LeftButton, {}, at);
        QCOMPARE(act.size(), 1);
        QCOMPARE(act.first().first().toInt(), send);
        QCOMPARE(w.selectedEvent(), send);
        const int silent = eventIndex(es, 3, EventKind::Timeout);
        QTest::mouseClick(w.view(), Qt::LeftButton, {}, w.pointFor(40.21, 3));
        QCOMPARE(act.size(), 2);
        QCOMPARE(act.last().first().toInt(), silent);
        // Empty space selects nothing.
        QTest::mouseClick(w.view(), Qt::LeftButton, {}, w.pointFor(12, 4));
        QCOMPARE(act.size(), 2);
        QVERIFY(w.describeCommandAt(25.13, 2).contains(QStringLiteral("b2 NOOP")));
        shot(&w, "timeline-story");

        // Zoom and pan keep working from the keyboard.
        w.view()->setFocus();
        QTest::keyClick(w.view(), Qt::Key_Plus);
        QVERIFY(built.wait(10000));
        QVERIFY(w.visibleRange().second - w.visibleRange().first < 30);
        QTest::keyClick(w.view(), Qt::Key_Home);
        QVERIFY(built.wait(10000));
        QVERIFY(w.visibleRange().second > 45);
    }

    // The demo server drops idle connections after 20 s: the idle check measures it, and the
    // timeline tells it in every theme.
    void demoIdleStoryInThreeThemes()
    {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy done(&w, &MainWindow::finished);
        QVERIFY(w.startDemo());
        w.wizard()->setSelectedChecks({QStringLiteral("idle")});
        w.wizard()->nextButton()->click();
        QVERIFY(w.isRunning());
        QVERIFY(done.wait(240000));
        const Report r = done.first().first().value<Report>();
        QVERIFY2(r.hasFinding(QStringLiteral("idle.timeout")), qPrintable(r.fatalError));
        TimelineWidget *tl = w.timeline();
        QVERIFY(tl->idleCutoff().known);
        QVERIFY2(tl->idleCutoff().seconds > 15 && tl->idleCutoff().seconds < 25,
                 qPrintable(QString::number(tl->idleCutoff().seconds)));
        w.sideTabs()->setCurrentWidget(tl);
        QTRY_VERIFY_WITH_TIMEOUT(!tl->isBuilding(), 20000);

        const QStringList words = tl->visibleTexts();
        QVERIFY2(words.first().startsWith(
                     QStringLiteral("The server drops idle connections after about 2")),
                 qPrintable(words.join(QStringLiteral(" | "))));
        QVERIFY(words.contains(QStringLiteral("reset by the server")));
        QVERIFY(words.contains(QStringLiteral("no answer: silent")));
        int banded = 0, keepalive = 0;
        for (const TimelineFrame::Lane &l : tl->frame().lanes) {
            banded += l.bands.empty() ? 0 : 1;
            if (l.keepalive) {
                ++keepalive;
                QVERIFY(words.contains(TimelineData::endingText(l.ending, true)));
            }
        }
        QVERIFY2(banded >= 3, qPrintable(QString::number(banded)));
        QCOMPARE(keepalive, 1);

        const struct
        {
            const char *name;
            bool presenter;
            MainWindow::ThemeChoice choice;
        } themes[] = {{"timeline-light", false, MainWindow::ThemeChoice::Light},
                      {"timeline-dark", false, MainWindow::ThemeChoice::Dark},
                      {"timeline-presenter", true, MainWindow::ThemeChoice::Light}};
        for (const auto &th : themes) {
            w.setThemeChoice(th.choice);
            w.setPresenter(th.presenter);
            w.sideTabs()->setCurrentWidget(tl);
            QTRY_VERIFY_WITH_TIMEOUT(!tl->isBuilding(), 20000);
            const TimelinePalette c = tl->paletteInUse();
            const QString where = QLatin1String(th.name);
            QVERIFY2(contrast(c.text, c.background) >= 4.5, qPrintable(where));
            QVERIFY2(contrast(c.bandLine, c.background) >= 3, qPrintable(where));
            QVERIFY2(contrast(c.active, c.background) >= 3, qPrintable(where));
            QVERIFY2(contrast(c.idleLine, c.background) >= 3, qPrintable(where));
            for (const QColor &m : c.marker)
                QVERIFY2(contrast(m, c.background) >= 3, qPrintable(where));
            QVERIFY(tl->visibleTexts().contains(QStringLiteral("reset by the server")));
            shot(&w, th.name);
            shot(tl, (std::string(th.name) + "-only").c_str());
        }
        w.setPresenter(false);
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
