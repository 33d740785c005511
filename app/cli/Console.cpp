// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "cli/Console.h"
#include "report/TextSafety.h"

#include "report/TextReport.h"
#include "session/ConsoleEngine.h"
#include "session/Transcript.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>
#include <iostream>
#include <string>

namespace mailscope {

namespace {
class StdinReader : public QThread
{
    Q_OBJECT
public:
    using QThread::QThread;
signals:
    void line(const QByteArray &l);
    void eof();

protected:
    void run() override
    {
        std::string s;
        while (std::getline(std::cin, s)) {
            // Bounded: one console line is a command, not a file.
            if (s.size() > 65536) s.resize(65536);
            emit line(QByteArray::fromStdString(s));
        }
        emit eof();
    }
};
} // namespace

int runConsole(const DiagnoseOptions &opts, bool colour)
{
    Transcript transcript;
    TextStyle style;
    style.colour = colour;
    QObject::connect(&transcript, &Transcript::eventAdded, [&](int i) {
        const QString line = formatEvent(transcript.at(i), style) + QLatin1Char('\n');
        std::fputs(line.toLocal8Bit().constData(), stdout);
        std::fflush(stdout);
    });
    ConsoleEngine engine(&transcript);
    int rc = 0;
    QObject::connect(
        &engine, &ConsoleEngine::certificateRefused,
        [&](const QString &host, quint16 port, const QByteArray &sha, const QString &details, int) {
            // The command line's accept step is the option, bound to this server.
            std::fprintf(stderr,
                         "mailscope-cli: the certificate of %s:%u is not trusted "
                         "(%s).\nIf your provider confirms its fingerprint, run "
                         "again with --accept-cert %s\n",
                         terminalSafe(host).toLocal8Bit().constData(), unsigned(port),
                         // A certificate's names are the server's text: no terminal escapes.
                         terminalSafe(details).toLocal8Bit().constData(), sha.constData());
            rc = 2;
        });
    engine.open(opts);
    if (!engine.isOpen()) return 2;
    bool eofSeen = false;
    QObject::connect(&engine, &ConsoleEngine::idle, &engine, [&] {
        if (eofSeen && engine.pendingLines() == 0) QCoreApplication::quit();
    });
    // Left running on purpose at exit: it blocks in getline and ends with the process.
    auto *reader = new StdinReader;
    QObject::connect(
        reader, &StdinReader::line, &engine,
        [&](const QByteArray &raw) {
            const QByteArray l = raw.trimmed();
            if (!l.isEmpty()) engine.enqueue({QString::fromUtf8(l)});
        },
        Qt::QueuedConnection);
    QObject::connect(
        reader, &StdinReader::eof, &engine,
        [&] {
            eofSeen = true;
            engine.enqueue({QStringLiteral(".quit")});
        },
        Qt::QueuedConnection);
    QObject::connect(
        &engine, &ConsoleEngine::stateChanged, &engine,
        [](bool connected, bool, const QString &) {
            if (!connected) QCoreApplication::quit();
        },
        Qt::QueuedConnection);
    reader->start();
    QCoreApplication::exec();
    engine.finish();
    return rc;
}

} // namespace mailscope

#include "Console.moc"
