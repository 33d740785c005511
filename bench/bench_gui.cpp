// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// GUI benchmark (a program, not a test): how long the desktop app takes to show its first
// window, and to load a 1,000,000-event transcript into the transcript view (restore, model
// reset, first paint) and the timeline, with the peak resident memory (VmHWM) at each step.
//   QT_QPA_PLATFORM=offscreen build/dev/bench/bench_gui [events]
#include "MainWindow.h"
#include "TimelineWidget.h"
#include "TranscriptView.h"
#include "session/Transcript.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QScrollBar>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace mailscope;

namespace {
QElapsedTimer g_clock;

qint64 statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toLongLong();
    return -1;
}

void report(const char *what, qint64 ms)
{
    std::printf("%-48s %8lld ms   VmRSS %7lld MiB   VmHWM %7lld MiB\n", what, ms,
                statusKb("VmRSS:") / 1024, statusKb("VmHWM:") / 1024);
    std::fflush(stdout);
}

// Waits until the widget has really been painted once.
class PaintWatch : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint) painted = true;
        return false;
    }
};

// The longest time the GUI thread went without running its event loop, measured by a timer
// that should fire every millisecond: what a user feels as a frozen window.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_max = 0;
        m_since.start();
        m_timer.start();
    }
    qint64 stop()
    {
        tick();
        m_timer.stop();
        return m_max;
    }

private:
    void tick() { m_max = std::max(m_max, m_since.restart()); }
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_max = 0;
};

void waitPainted(QWidget *w)
{
    PaintWatch watch;
    w->installEventFilter(&watch);
    w->update();
    QElapsedTimer t;
    t.start();
    while (!watch.painted && t.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    w->removeEventFilter(&watch);
}

std::vector<Event> makeEvents(int n)
{
    // A realistic mix: commands and replies on 8 connections, with connects, TLS and notes.
    std::vector<Event> out;
    out.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        Event e;
        e.tUs = qint64(i) * 700;
        e.conn = 1 + (i / 2) % 8;
        switch (i % 50) {
        case 0:
            e.kind = EventKind::Connect;
            e.text = QStringLiteral("connected to 192.0.2.7:143");
            break;
        case 1:
            e.kind = EventKind::Tls;
            e.text = QStringLiteral("TLS established: TLSv1.3, TLS_AES_256_GCM_SHA384");
            break;
        case 2:
            e.kind = EventKind::Note;
            e.text = QStringLiteral("idle probe: cutoff between 120 and 180 s");
            break;
        default:
            if (i % 2) {
                e.kind = EventKind::Send;
                e.data = "a" + QByteArray::number(i) + " UID FETCH " + QByteArray::number(i) +
                         " (FLAGS)\r\n";
            } else {
                e.kind = EventKind::Receive;
                e.data = "* " + QByteArray::number(i) + " FETCH (UID " + QByteArray::number(i) +
                         " FLAGS (\\Seen))\r\na" + QByteArray::number(i - 1) +
                         " OK Fetch completed\r\n";
            }
        }
        out.push_back(std::move(e));
    }
    return out;
}
} // namespace

int main(int argc, char **argv)
{
    g_clock.start();
    QApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    std::printf("Mailscope GUI benchmark (%s platform)\n",
                qPrintable(QGuiApplication::platformName()));
    report("process start (before QApplication: 0)", 0);

    {
        // GUI start to first paint of the main window, measured from the start of main().
        MainWindow w;
        w.show();
        waitPainted(&w);
        report("GUI start -> first paint of the main window", g_clock.elapsed());
    }

    QElapsedTimer gen;
    gen.start();
    std::vector<Event> events = makeEvents(n);
    report("generate events (not part of loading)", gen.elapsed());

    QElapsedTimer t;
    t.start();
    Transcript transcript;
    transcript.restore(std::move(events));
    const qint64 restoreMs = t.restart();
    report("Transcript::restore", restoreMs);

    TranscriptView view;
    view.resize(1200, 800);
    view.show();
    waitPainted(&view);
    t.restart();
    view.setTranscript(&transcript);
    const qint64 resetMs = t.restart();
    report("model reset (TranscriptModel + filter proxy)", resetMs);
    waitPainted(view.listView()->viewport());
    const qint64 paintMs = t.restart();
    report("first paint of the QListView", paintMs);
    std::printf("%-48s %8lld ms   (%d rows)\n", "=> restore + reset + first paint",
                restoreMs + resetMs + paintMs, view.model()->rowCount());

    t.restart();
    view.listView()->scrollToBottom();
    waitPainted(view.listView()->viewport());
    report("scroll to the last row and paint", t.restart());
    view.listView()->verticalScrollBar()->setValue(n / 2);
    waitPainted(view.listView()->viewport());
    report("jump to the middle and paint", t.restart());

    t.restart();
    view.filter()->setConnection(3);
    const int shown = view.filter()->rowCount();
    report("connection filter (#3)", t.restart());
    std::printf("%-48s %8d rows\n", "   rows shown", shown);
    view.filter()->setConnection(-1);
    t.restart();
    view.filter()->setSearch(QStringLiteral("UID 777777 "));
    report("search over every event", t.restart());
    view.filter()->setSearch(QString());
    t.restart();

    TimelineWidget timeline;
    timeline.resize(1200, 500);
    timeline.show();
    waitPainted(&timeline);
    // Done when every command is in the timeline's data and the view has painted since.
    int expected = 0;
    for (int i = 0; i < transcript.size(); ++i)
        expected += transcript.at(i).kind == EventKind::Send;
    // The chart view paints into its viewport; a plain widget paints itself.
    QWidget *canvas = timeline.view();
    if (auto *area = qobject_cast<QAbstractScrollArea *>(canvas)) canvas = area->viewport();
    StallMeter stall;
    auto waitBuilt = [&](const std::function<bool()> &done) {
        QElapsedTimer limit;
        limit.start();
        while (!done() && limit.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        waitPainted(canvas);
    };
    t.restart();
    stall.start();
    timeline.setTranscript(&transcript);
    waitBuilt([&] { return int(timeline.data().commands().size()) == expected; });
    const qint64 buildMs = t.restart();
    report("timeline: build + first paint", buildMs);
    std::printf("%-48s %8lld ms\n", "   longest GUI-thread stall meanwhile", stall.stop());
    std::printf("%-48s %8d commands, %d points drawn\n", "   timeline",
                int(timeline.data().commands().size()), timeline.drawnPoints());
    const int before = timeline.drawnPoints();
    stall.start();
    t.restart();
    timeline.zoomTo(100, 110);
    waitBuilt([&] { return timeline.drawnPoints() != before; });
    report("timeline: zoom to 10 s and paint", t.restart());
    std::printf("%-48s %8lld ms\n", "   longest GUI-thread stall meanwhile", stall.stop());
    return 0;
}
