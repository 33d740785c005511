// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "demo/DemoServer.h"

#include "demo/DemoCert.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace mailscope::demo {

namespace {
struct State
{
    bool tls = false;
    bool authed = false;
    bool selected = false;
    bool fetched = false;
    QByteArray pendingAuthTag; // AUTHENTICATE PLAIN without SASL-IR
};

QByteArray caps(const State &s)
{
    if (s.authed) return "IMAP4rev1 LITERAL+ ID IDLE NAMESPACE UIDPLUS MOVE UNSELECT";
    // STARTTLS deliberately missing: the server accepts it all the same (seed 000).
    return s.tls ? "IMAP4rev1 LITERAL+ ID SASL-IR AUTH=PLAIN AUTH=LOGIN"
                 : "IMAP4rev1 LITERAL+ ID SASL-IR AUTH=PLAIN";
}

// INBOX holds three messages; UID 14 is a ghost as in seed 001: listed, never delivered.
QByteArray demoMessage(int uid)
{
    return "From: " +
           QByteArray(uid == 13 ? "Alice <alice@example.test>" : "Bob <bob@example.test>") +
           "\r\nSubject: " + QByteArray(uid == 13 ? "Welcome to the demo" : "Quarterly report") +
           "\r\nDate: Mon, 23 Nov 2026 07:00:00 +0000\r\nMessage-ID: <" + QByteArray::number(uid) +
           "@demo.mailscope.invalid>\r\n\r\nThis is demo message " + QByteArray::number(uid) +
           ".\r\n";
}

QByteArray headerPart(const QByteArray &msg)
{
    return msg.left(msg.indexOf("\r\n\r\n") + 4);
}

QByteArray literal(const QByteArray &b)
{
    return "{" + QByteArray::number(b.size()) + "}\r\n" + b;
}

// UID FETCH as the demo understands it: the UID list, the ghost scan's sizes and one-byte
// confirmations, single (partial) BODY.PEEK[] and header fetches, and FLAGS (what Thunderbird asks
// after SELECT).
QByteArray uidFetch(const QByteArray &tag, const QByteArray &args)
{
    const QByteArray a = args.toUpper();
    QByteArray out;
    const int uids[] = {13, 14, 15};
    if (a.startsWith("1:* (UID)")) {
        for (int i = 0; i < 3; ++i)
            out += "* " + QByteArray::number(i + 1) + " FETCH (UID " + QByteArray::number(uids[i]) +
                   ")\r\n";
    } else if (a.startsWith("1:*") && a.contains("RFC822.SIZE")) {
        for (int i = 0; i < 3; ++i) {
            if (uids[i] == 14) continue; // Exchange answers nothing for the ghost
            out += "* " + QByteArray::number(i + 1) + " FETCH (UID " + QByteArray::number(uids[i]) +
                   " RFC822.SIZE " + QByteArray::number(demoMessage(uids[i]).size()) + ")\r\n";
        }
    } else if (a.contains("HEADER.FIELDS")) {
        const int uid = args.split(' ').first().toInt();
        if (uid == 13 || uid == 15)
            out += "* " + QByteArray::number(uid - 12) + " FETCH (UID " + QByteArray::number(uid) +
                   " BODY[HEADER.FIELDS (FROM SUBJECT DATE MESSAGE-ID)] " +
                   literal(headerPart(demoMessage(uid))) + ")\r\n";
    } else if (a.contains("BODY.PEEK[TEXT]<0.1>")) {
        // The ghost scan's confirmation: one byte of the text, or nothing for the ghost.
        const int uid = args.split(' ').first().toInt();
        const QByteArray m = demoMessage(uid);
        if (uid == 13 || uid == 15)
            out += "* " + QByteArray::number(uid - 12) + " FETCH (UID " + QByteArray::number(uid) +
                   " RFC822.SIZE " + QByteArray::number(m.size()) + " BODY[TEXT]<0> " +
                   literal(m.mid(m.indexOf("\r\n\r\n") + 4, 1)) + ")\r\n";
    } else if (a.contains("BODY.PEEK[]")) {
        const int uid = args.split(' ').first().toInt();
        const int seq = uid - 12;
        // A partial fetch (<0.N>) gets at most N bytes, labelled with its origin.
        const qsizetype lt = a.indexOf("BODY.PEEK[]<0.");
        const int most = lt >= 0 ? a.mid(lt + 14).split('>').first().toInt() : -1;
        const QByteArray m = demoMessage(uid);
        if (uid == 13 || uid == 15)
            out += "* " + QByteArray::number(seq) + " FETCH (UID " + QByteArray::number(uid) +
                   (most >= 0 ? QByteArray(" BODY[]<0> " + literal(m.left(most)))
                              : QByteArray(" BODY[] " + literal(m))) +
                   ")\r\n";
    } else {
        out += "* 1 FETCH (UID 13 FLAGS (\\Seen))\r\n* 2 FETCH (UID 14 FLAGS ())\r\n"
               "* 3 FETCH (UID 15 FLAGS (\\Seen))\r\n";
    }
    return out + tag + " OK FETCH completed.\r\n";
}

bool checkPlain(const QByteArray &b64)
{
    const QList<QByteArray> parts = QByteArray::fromBase64(b64).split('\0');
    return parts.size() == 3 && parts[1] == DemoServer::user() &&
           parts[2] == DemoServer::password();
}
} // namespace

DemoServer::DemoServer(QObject *parent) : LoopbackServer(parent)
{
    setCertificate(identity().certificate, identity().key);
    setMaxClients(8);
}

DemoServer::~DemoServer()
{
    stop();
}

QByteArray DemoServer::certificateSha256() const
{
    return certificate().digest(QCryptographicHash::Sha256).toHex();
}

IdlePolicy DemoServer::seedPolicy()
{
    return IdlePolicy::named(QStringLiteral("seed"), 20000);
}

void DemoServer::handle(fake::ServerConnection *conn)
{
    auto state = std::make_shared<State>();
    const IdlePolicy policy = m_policy;
    m_peak.store(std::max(m_peak.load(), ++m_open));
    connect(conn, &fake::ServerConnection::closed, this, [this] { --m_open; });
    // The idle clock restarts with every client line; what happens at the cutoff depends on
    // the session's state.
    auto *idleTimer = new QTimer(conn);
    idleTimer->setSingleShot(true);
    idleTimer->setTimerType(Qt::PreciseTimer); // coarse timers may fire 5 % early
    auto lastActivity = std::make_shared<QElapsedTimer>();
    lastActivity->start();
    auto endFor = [state, policy]() {
        if (!state->authed) return IdleEnd::None;
        if (state->fetched) return policy.fetched;
        return state->selected ? policy.selected : policy.authenticated;
    };
    connect(idleTimer, &QTimer::timeout, conn, [conn, endFor] {
        switch (endFor()) {
        case IdleEnd::Bye:
            conn->sendLine("* BYE Autologout; idle for too long");
            conn->closeFin();
            break;
        case IdleEnd::Fin:
            conn->closeFin();
            break;
        case IdleEnd::Rst:
            conn->closeReset();
            break;
        default:
            break; // the others only show when the client speaks
        }
    });
    auto restartIdle = [idleTimer, policy, lastActivity] {
        lastActivity->restart();
        if (policy.cutoffMs > 0) idleTimer->start(policy.cutoffMs);
    };

    conn->sendLine("* OK [CAPABILITY " + caps(*state) +
                   "] IMAP4rev1 perdition ready (Mailscope demo server)");
    auto finishLogin = [conn, state, restartIdle](const QByteArray &tag, bool ok) {
        // Like a busy Dovecot behind a proxy (seed 003): an untagged line before the reply.
        conn->sendLine("* OK Waiting for authentication process to respond..");
        QTimer::singleShot(150, conn, [conn, state, tag, ok, restartIdle] {
            if (!ok) {
                conn->sendLine(tag + " NO [AUTHENTICATIONFAILED] Authentication failed.");
                return;
            }
            state->authed = true;
            conn->sendLine(tag + " OK You are so in");
            restartIdle();
        });
    };
    connect(conn, &fake::ServerConnection::lineReceived, conn,
            [conn, state, finishLogin, restartIdle, lastActivity, policy,
             endFor](const QByteArray &line) {
                if (policy.cutoffMs > 0 && lastActivity->elapsed() >= policy.cutoffMs) {
                    switch (endFor()) {
                    case IdleEnd::RstOnCommand:
                        conn->closeReset();
                        return;
                    case IdleEnd::FinOnCommand:
                        conn->closeFin();
                        return;
                    case IdleEnd::SilentOnCommand:
                        conn->goSilent();
                        return;
                    default:
                        break;
                    }
                }
                restartIdle();
                if (!state->pendingAuthTag.isEmpty()) {
                    const QByteArray tag = state->pendingAuthTag;
                    state->pendingAuthTag.clear();
                    if (line == "*") {
                        conn->sendLine(tag + " BAD Authentication cancelled");
                        return;
                    }
                    finishLogin(tag, checkPlain(line));
                    return;
                }
                const QList<QByteArray> w = line.split(' ');
                if (w.size() < 2) {
                    conn->sendLine("* BAD Missing tag or command");
                    return;
                }
                const QByteArray tag = w[0];
                const QByteArray cmd = w[1].toUpper();
                if (cmd == "CAPABILITY") {
                    conn->sendLine("* CAPABILITY " + caps(*state));
                    conn->sendLine(tag + " OK Capability completed");
                } else if (cmd == "NOOP") {
                    conn->sendLine(tag + " OK NOOP completed");
                } else if (cmd == "ID") {
                    conn->sendLine("* ID NIL");
                    conn->sendLine(tag + " OK ID completed");
                } else if (cmd == "STARTTLS" && !state->tls && !state->authed) {
                    conn->sendLine(tag + " OK Begin TLS negotiation now");
                    state->tls = true;
                    conn->startTls();
                } else if (cmd == "LOGIN" && !state->authed && w.size() >= 4) {
                    auto unq = [](QByteArray v) {
                        if (v.startsWith('"') && v.endsWith('"') && v.size() >= 2)
                            v = v.mid(1, v.size() - 2);
                        return v.replace("\\\"", "\"").replace("\\\\", "\\");
                    };
                    finishLogin(tag, unq(w[2]) == DemoServer::user() &&
                                         unq(w[3]) == DemoServer::password());
                } else if (cmd == "AUTHENTICATE" && !state->authed && w.size() >= 3 &&
                           w[2].toUpper() == "PLAIN") {
                    if (w.size() >= 4) {
                        finishLogin(tag, checkPlain(w[3]));
                    } else {
                        state->pendingAuthTag = tag;
                        conn->sendLine("+ ");
                    }
                } else if ((cmd == "SELECT" || cmd == "EXAMINE") && state->authed) {
                    state->selected = true;
                    state->fetched = false;
                    conn->sendRaw("* 3 EXISTS\r\n* 0 RECENT\r\n* FLAGS (\\Seen \\Answered "
                                  "\\Flagged \\Deleted \\Draft)\r\n* OK [UIDVALIDITY 14] UIDs "
                                  "valid\r\n* OK [UIDNEXT 16] Predicted next UID\r\n" +
                                  tag +
                                  (cmd == "EXAMINE" ? " OK [READ-ONLY]" : " OK [READ-WRITE]") +
                                  " " + cmd + " completed\r\n");
                } else if (cmd == "UID" && state->selected && w.size() >= 3 &&
                           w[2].toUpper() == "FETCH") {
                    state->fetched = true;
                    conn->sendRaw(uidFetch(tag, line.mid(line.toUpper().indexOf("FETCH") + 6)));
                } else if (cmd == "UID" && state->selected && w.size() >= 3 &&
                           w[2].toUpper() == "SEARCH") {
                    // No message's subject is Exchange's stand-in text here: UID 14 is silent.
                    conn->sendRaw("* SEARCH\r\n" + tag + " OK SEARCH completed\r\n");
                } else if (cmd == "LIST" && state->authed) {
                    conn->sendLine("* LIST (\\HasNoChildren) \"/\" INBOX");
                    conn->sendLine(tag + " OK LIST completed");
                } else if (cmd == "LOGOUT") {
                    conn->sendLine("* BYE IMAP server logging out, mate");
                    conn->sendLine(tag + " OK LOGOUT completed");
                    conn->closeFin();
                } else if (cmd == "UNSELECT" && state->selected) {
                    state->selected = false;
                    state->fetched = false;
                    conn->sendLine(tag + " OK UNSELECT completed");
                } else {
                    conn->sendLine(tag + " BAD Command unknown or not valid in this state");
                }
            });
}

} // namespace mailscope::demo
