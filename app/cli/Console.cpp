#include "cli/Console.h"

#include "report/TextReport.h"
#include "session/Transcript.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

namespace mailscope {

imap::Command consoleImapCommand(imap::CommandBuilder &builder, const QByteArray &typed,
                                 bool revealSecrets)
{
    imap::Command cmd;
    cmd.tag = builder.nextTag();
    const QList<QByteArray> words = typed.split(' ');
    cmd.verb = words.first().toUpper();
    const QByteArray wire = cmd.tag + ' ' + typed + "\r\n";
    QByteArray shown = wire;
    if (!revealSecrets) {
        if (cmd.verb == "LOGIN" && words.size() >= 3) {
            // Everything after the user name is the password, whatever its quoting.
            shown = cmd.tag + ' ' + words[0] + ' ' + words[1] + ' ' +
                    imap::CommandBuilder::redactedMarker() + "\r\n";
            cmd.hasSecret = true;
        } else if (cmd.verb == "AUTHENTICATE" && words.size() >= 3) {
            shown = cmd.tag + ' ' + words[0] + ' ' + words[1] + ' ' +
                    imap::CommandBuilder::redactedMarker() + "\r\n";
            cmd.hasSecret = true;
        }
    }
    cmd.chunks = {wire};
    cmd.display = {shown};
    return cmd;
}

QByteArray consoleSmtpDisplay(const QByteArray &typed, bool revealSecrets)
{
    if (revealSecrets) return typed;
    const QList<QByteArray> w = typed.split(' ');
    if (w.first().toUpper() == "AUTH" && w.size() >= 3)
        return w[0] + ' ' + w[1] + ' ' + imap::CommandBuilder::redactedMarker();
    return typed;
}

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
    Connection conn(&transcript, opts.tls);
    const Target &t = opts.target;
    if (!conn.open(t.host, t.port, t.implicitTls, opts.connectTimeoutSeconds * 1000)) return 2;
    const bool isImap = t.protocol == Protocol::Imap;
    // Only the protocol's own session listens: the other parser would choke on its bytes.
    std::unique_ptr<imap::Session> imapPtr;
    std::unique_ptr<smtp::Session> smtpPtr;
    if (isImap)
        imapPtr = std::make_unique<imap::Session>(&conn, opts.silenceSeconds * 1000);
    else
        smtpPtr = std::make_unique<smtp::Session>(&conn, opts.silenceSeconds * 1000);
    imap::Session *imapS = imapPtr.get();
    smtp::Session *smtpS = smtpPtr.get();
    transcript.note(conn.id(), isImap ? QStringLiteral("type IMAP commands without a tag; "
                                                       "STARTTLS upgrades, .login logs in with "
                                                       "the given password, .quit leaves")
                                      : QStringLiteral("type SMTP commands; STARTTLS upgrades, "
                                                       ".login authenticates, .quit leaves"));
    // Commands still waiting for their reply. Leaving waits for them (bounded), so piped input
    // ("... | mailscope-cli session URL") shows every answer.
    int outstanding = 0;
    bool busy = false; // STARTTLS and .login consume their own replies
    QObject::connect(
        &conn, &Connection::bytesReceived, &conn,
        [&] {
            if (busy) return;
            if (isImap) {
                for (const auto &r : imapS->takeUnsolicited())
                    if (r.kind == imap::Response::Tagged && outstanding > 0) --outstanding;
            } else {
                outstanding = qMax(0, outstanding - smtpS->clearPending());
            }
        },
        Qt::QueuedConnection);
    bool leaving = false;
    auto leave = [&] {
        if (leaving) return;
        leaving = true;
        conn.waitFor([&] { return outstanding == 0; }, 10000);
        QCoreApplication::quit();
    };
    // Lines are handled one at a time: STARTTLS and .login wait in nested event loops, and
    // further typed lines must queue behind them rather than run inside them.
    QList<QByteArray> pending;
    bool processing = false;
    bool eofSeen = false;
    auto handle = [&](const QByteArray &l) {
        if (l == ".quit") {
            eofSeen = true;
            return;
        }
        if (l.toUpper() == "STARTTLS") {
            conn.waitFor([&] { return outstanding == 0; }, 10000);
            busy = true;
            if (isImap)
                imapS->startTls(opts.connectTimeoutSeconds * 1000);
            else
                smtpS->startTls(opts.connectTimeoutSeconds * 1000);
            busy = false;
            return;
        }
        if (l == ".login") {
            if (!opts.havePassword) {
                transcript.error(conn.id(), QStringLiteral("no password given: use "
                                                           "--password-env, --password-file "
                                                           "or --ask-password"));
                return;
            }
            conn.waitFor([&] { return outstanding == 0; }, 10000);
            busy = true;
            if (isImap)
                imapS->login(t.user.toUtf8(), opts.password, opts.revealSecrets, opts.authMech);
            else
                smtpS->auth(t.user.toUtf8(), opts.password, opts.revealSecrets, opts.authMech);
            busy = false;
            return;
        }
        if (isImap) {
            const imap::Command cmd = consoleImapCommand(imapS->builder(), l, opts.revealSecrets);
            conn.send(cmd.chunks.first(), cmd.display.first(), cmd.hasSecret);
        } else {
            const QByteArray shown = consoleSmtpDisplay(l, opts.revealSecrets);
            conn.send(l + "\r\n", shown + "\r\n", shown != l);
        }
        ++outstanding;
    };
    auto pump = [&] {
        if (processing) return;
        processing = true;
        while (!pending.isEmpty() && !eofSeen && conn.isOpen())
            handle(pending.takeFirst());
        processing = false;
        if (eofSeen || !conn.isOpen()) leave();
    };
    // Left running on purpose at exit: it blocks in getline and ends with the process.
    auto *reader = new StdinReader;
    QObject::connect(
        reader, &StdinReader::line, &conn,
        [&](const QByteArray &raw) {
            const QByteArray l = raw.trimmed();
            if (l.isEmpty()) return;
            pending.append(l);
            pump();
        },
        Qt::QueuedConnection);
    QObject::connect(
        reader, &StdinReader::eof, &conn,
        [&] {
            if (processing) {
                pending.append(".quit");
                return;
            }
            eofSeen = true;
            pump();
        },
        Qt::QueuedConnection);
    QObject::connect(
        &conn, &Connection::closed, &conn, [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
    reader->start();
    QCoreApplication::exec();
    if (conn.isOpen()) {
        busy = true;
        if (isImap)
            imapS->execute("LOGOUT");
        else
            smtpS->command("QUIT");
        if (conn.isOpen()) conn.close();
    }
    return 0;
}

} // namespace mailscope

#include "Console.moc"
