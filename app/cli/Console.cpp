#include "cli/Console.h"

#include "report/TextReport.h"
#include "session/Transcript.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <iostream>
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
        std::fputs(
            (formatEvent(transcript.at(i), style) + QLatin1Char('\n')).toLocal8Bit().constData(),
            stdout);
        std::fflush(stdout);
    });
    Connection conn(&transcript, opts.tls);
    const Target &t = opts.target;
    if (!conn.open(t.host, t.port, t.implicitTls, opts.connectTimeoutSeconds * 1000)) return 2;
    const bool isImap = t.protocol == Protocol::Imap;
    imap::Session imapSession(&conn, opts.silenceSeconds * 1000);
    smtp::Session smtpSession(&conn, opts.silenceSeconds * 1000);
    transcript.note(conn.id(), isImap ? QStringLiteral("type IMAP commands without a tag; "
                                                       "STARTTLS upgrades, .login logs in with "
                                                       "the given password, .quit leaves")
                                      : QStringLiteral("type SMTP commands; STARTTLS upgrades, "
                                                       ".login authenticates, .quit leaves"));
    // Left running on purpose at exit: it blocks in getline and ends with the process.
    auto *readerPtr = new StdinReader;
    StdinReader &reader = *readerPtr;
    QObject::connect(
        &reader, &StdinReader::line, &conn,
        [&](const QByteArray &raw) {
            const QByteArray l = raw.trimmed();
            if (l.isEmpty()) return;
            if (l == ".quit") {
                QCoreApplication::quit();
                return;
            }
            if (l.toUpper() == "STARTTLS") {
                if (isImap)
                    imapSession.startTls(opts.connectTimeoutSeconds * 1000);
                else
                    smtpSession.startTls(opts.connectTimeoutSeconds * 1000);
                return;
            }
            if (l == ".login") {
                if (!opts.havePassword) {
                    transcript.error(conn.id(),
                                     QStringLiteral("no password given: use --password-env, "
                                                    "--password-file or --ask-password"));
                    return;
                }
                if (isImap)
                    imapSession.login(t.user.toUtf8(), opts.password, opts.revealSecrets,
                                      opts.authMech);
                else
                    smtpSession.auth(t.user.toUtf8(), opts.password, opts.revealSecrets,
                                     opts.authMech);
                return;
            }
            if (isImap) {
                const imap::Command cmd =
                    consoleImapCommand(imapSession.builder(), l, opts.revealSecrets);
                conn.send(cmd.chunks.first(), cmd.display.first(), cmd.hasSecret);
                imapSession.takeUnsolicited();
            } else {
                const QByteArray shown = consoleSmtpDisplay(l, opts.revealSecrets);
                conn.send(l + "\r\n", shown + "\r\n", shown != l);
                smtpSession.clearPending();
            }
        },
        Qt::QueuedConnection);
    QObject::connect(
        &reader, &StdinReader::eof, &conn, [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
    QObject::connect(
        &conn, &Connection::closed, &conn, [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
    reader.start();
    QCoreApplication::exec();
    if (conn.isOpen()) {
        if (isImap)
            conn.send(imapSession.builder().nextTag() + " LOGOUT\r\n");
        else
            conn.send("QUIT\r\n");
        conn.waitFor([&] { return !conn.isOpen(); }, 2000);
        conn.close();
    }
    return 0;
}

} // namespace mailscope

#include "Console.moc"
