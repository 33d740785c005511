// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Session tests over a fake transport: exact bytes written, replies in pieces, redaction in
// the transcript, closes, resets, silence and protocol limits.
#include "FakeConnection.h"
#include "imap/ImapSession.h"
#include "net/SecretEcho.h"
#include "net/TrustStore.h"
#include "session/ConsoleEngine.h"
#include "session/Transcript.h"
#include "smtp/SmtpSession.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace mailscope;
using mailscope::test::FakeConnection;

namespace {

// Generous: commands that get their reply never come near it.
constexpr int kSilenceMs = 10000;
// Upper bound for "the wait ended at all" sanity checks; not a performance assertion.
constexpr qint64 kSanityMs = 60000;

struct ImapRig
{
    explicit ImapRig(int piece, int silenceMs = kSilenceMs, imap::Limits limits = {})
        : conn(&transcript, piece), session(&conn, silenceMs, limits)
    {}
    Transcript transcript;
    FakeConnection conn;
    imap::Session session;
};

struct SmtpRig
{
    explicit SmtpRig(int piece, int silenceMs = kSilenceMs)
        : conn(&transcript, piece), session(&conn, silenceMs)
    {}
    Transcript transcript;
    FakeConnection conn;
    smtp::Session session;
};

// Delivers bytes from "the server" once the session waits in its event loop.
void serverSendsLater(FakeConnection &conn, const QByteArray &bytes)
{
    QTimer::singleShot(0, &conn, [&conn, bytes] { conn.feed(bytes); });
}

// Every place a secret could show up in a transcript event.
QStringList leaks(const Transcript &t, const QByteArrayList &secrets)
{
    QStringList found;
    const std::vector<Event> events = t.snapshot();
    for (size_t i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        const QString shown = e.displayText();
        for (const QByteArray &s : secrets) {
            Q_ASSERT(!s.isEmpty());
            if (e.data.contains(s) || e.text.contains(QString::fromUtf8(s)) ||
                e.text.contains(QString::fromLatin1(s)) || shown.contains(QString::fromUtf8(s)) ||
                shown.contains(QString::fromLatin1(s)))
                found << QStringLiteral("event %1 (%2) shows %3: %4")
                             .arg(i)
                             .arg(eventKindName(e.kind), QString::fromLatin1(s.toHex()), shown);
        }
    }
    return found;
}

int countKind(const Transcript &t, EventKind kind)
{
    int n = 0;
    for (const Event &e : t.snapshot())
        n += e.kind == kind ? 1 : 0;
    return n;
}

QList<Event> eventsOfKind(const Transcript &t, EventKind kind)
{
    QList<Event> out;
    for (const Event &e : t.snapshot())
        if (e.kind == kind) out.append(e);
    return out;
}

QByteArray plainBlob(const QByteArray &user, const QByteArray &password)
{
    QByteArray b;
    b.append('\0').append(user).append('\0').append(password);
    return b;
}

void addPieceRows()
{
    QTest::addColumn<int>("piece");
    QTest::newRow("whole") << 0;
    QTest::newRow("1-byte pieces") << 1;
    QTest::newRow("3-byte pieces") << 3;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    // IMAP
    void imapGreeting_data() { addPieceRows(); }
    void imapGreeting();
    void imapGreetingNotStatus_data() { addPieceRows(); }
    void imapGreetingNotStatus();
    void imapExecute_data() { addPieceRows(); }
    void imapExecute();
    void echoedSecretIsMasked_data() { addPieceRows(); }
    void echoedSecretIsMasked();
    void secretEchoForms();
    void trustStoreKeepsOneCertificatePerServer();
    void consentCoversTheProblemsItWasGivenFor();
    void imapUntaggedDuringLogin_data() { addPieceRows(); }
    void imapUntaggedDuringLogin();
    void imapExchangeFetch_data() { addPieceRows(); }
    void imapExchangeFetch();
    void imapLoginQuotedPassword_data() { addPieceRows(); }
    void imapLoginQuotedPassword();
    void imapAuthPlainSaslIr_data() { addPieceRows(); }
    void imapAuthPlainSaslIr();
    void imapAuthPlainWithoutSaslIr_data() { addPieceRows(); }
    void imapAuthPlainWithoutSaslIr();
    void imapAuthLogin_data() { addPieceRows(); }
    void imapAuthLogin();
    void imapSynchronisingLiteral_data();
    void imapSynchronisingLiteral();
    void imapLiteralRefusedSendsNoMore_data() { addPieceRows(); }
    void imapLiteralRefusedSendsNoMore();
    void imapLiteralPlusOneWrite_data() { addPieceRows(); }
    void imapLiteralPlusOneWrite();
    void imapPeerClose_data();
    void imapPeerClose();
    void imapSilence_data() { addPieceRows(); }
    void imapSilence();
    void imapProtocolLimit_data();
    void imapProtocolLimit();
    void imapPipeline_data() { addPieceRows(); }
    void imapPipeline();
    // SMTP
    void smtpGreetingAndEhlo_data() { addPieceRows(); }
    void smtpGreetingAndEhlo();
    void smtpHeloFallback_data();
    void smtpHeloFallback();
    void smtpAuthMechanisms_data();
    void smtpAuthMechanisms();
    void smtpAuthPlain_data() { addPieceRows(); }
    void smtpAuthPlain();
    void smtpAuthLogin_data() { addPieceRows(); }
    void smtpAuthLogin();
    void smtpAuthSilenceDoesNotLeak();
    void smtpPipeline_data() { addPieceRows(); }
    void smtpPipeline();
    void smtpPipelineMissingReply();
    void smtpProtocolError_data() { addPieceRows(); }
    void smtpProtocolError();
    void smtpPeerClose_data();
    void smtpPeerClose();

    // Hostile servers: every command ends, every buffer has a cap.
    void imapUntaggedFloodIsCapped();
    void imapStreamedFloodInOneReadIsFine();
    void imapEndlessContinuationsEnd();
    void imapChattyServerMeetsTheDeadline();
    void imapSlowReplyIsNotSilence();
    void imapQueuedRepliesAfterTheDeadline();
    void smtpUnaskedRepliesAreCapped();
    void imapKeptBytesAreCapped_data() { addPieceRows(); }
    void imapKeptBytesAreCapped();
    void imapUnaskedBytesAreCapped_data() { addPieceRows(); }
    void imapUnaskedBytesAreCapped();
    void smtpUnsolicitedReplyIsNotAnAnswer_data() { addPieceRows(); }
    void smtpUnsolicitedReplyIsNotAnAnswer();
    void heldEchoAndAProtocolError();
    void replyEventIsTheReceiveEvent();
    void transcriptDataLimit();

    // The console engine (both front ends).
    void consoleSaslContinuationIsUntaggedAndRedacted();
    void consoleSmtpAuthLoginLinesAreSecrets();
    void consoleRefusesSecretsInTheClear();
    void consoleLiteralPasswordIsSecret_data();
    void consoleLiteralPasswordIsSecret();
    void consoleOwnTagStillRedacts();
    void consoleCloseDuringAWaitIsDeferred();
    void consoleRefusedLoginIsNotRepeated_data();
    void consoleRefusedLoginIsNotRepeated();
    void consoleUnansweredLoginIsNotRepeated();
    void consoleIncompleteLoginIsNotSent_data();
    void consoleIncompleteLoginIsNotSent();
    void consoleOwedLoginDataIsNeverACommand_data();
    void consoleOwedLoginDataIsNeverACommand();
};

// ---------------------------------------------------------------------------------------- IMAP

void TestEngine::imapGreeting()
{
    QFETCH(int, piece);
    ImapRig rig(piece);
    const QByteArray greeting = QByteArrayLiteral(
        "* OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ AUTH=PLAIN ID] Dovecot ready.\r\n");
    serverSendsLater(rig.conn, greeting);
    const imap::Result r = rig.session.readGreeting();
    QVERIFY2(r.completed, qPrintable(r.error));
    QCOMPARE(r.tagged.name, QByteArrayLiteral("OK"));
    QCOMPARE(r.tagged.text, QByteArrayLiteral("Dovecot ready."));
    const QByteArrayList caps = {"IMAP4rev1", "SASL-IR", "LITERAL+", "AUTH=PLAIN", "ID"};
    QCOMPARE(rig.session.capabilities(), caps);
    QVERIFY(rig.session.hasCapability("sasl-ir"));
    QVERIFY(!rig.session.hasCapability("STARTTLS"));
    QVERIFY(rig.session.builder().literalPlus()); // learned from the greeting
    QVERIFY(rig.conn.written().isEmpty());        // the client said nothing
    // Each piece is one receive event, all parsed into that one greeting.
    QCOMPARE(countKind(rig.transcript, EventKind::Receive),
             piece == 0 ? 1 : int((greeting.size() + piece - 1) / piece));
}

void TestEngine::imapGreetingNotStatus()
{
    QFETCH(int, piece);
    ImapRig rig(piece);
    serverSendsLater(rig.conn, QByteArrayLiteral("a1 OK not a greeting\r\n"));
    const imap::Result r = rig.session.readGreeting();
    QVERIFY(!r.completed);
    QVERIFY2(r.error.contains(QLatin1String("greeting")), qPrintable(r.error));

    ImapRig bye(piece);
    serverSendsLater(bye.conn, QByteArrayLiteral("* BYE Too many connections\r\n"));
    const imap::Result b = bye.session.readGreeting();
    QVERIFY(b.completed); // a status greeting, even if unwelcome
    QCOMPARE(b.tagged.name, QByteArrayLiteral("BYE"));
    QVERIFY(!b.ok());
}

void TestEngine::echoedSecretIsMasked()
{
    // A server that sends the login back, whole and escaped, in any number of reads: the
    // transcript shows "<redacted>" (the event carries the secret), and no reply text has it.
    QFETCH(int, piece);
    const QByteArray pw = "s3cret \"quoted\" pass";
    const QByteArray escaped = "s3cret \\\"quoted\\\" pass";
    {
        ImapRig rig(piece);
        rig.conn.queueReply("* NO [ALERT] you sent: a1 LOGIN fred \"" + escaped +
                            "\"\r\na1 BAD Invalid command LOGIN fred " + pw + "\r\n");
        const imap::Result r =
            rig.session.execute("LOGIN", {imap::Arg::string("fred"), imap::Arg::secretString(pw)});
        QVERIFY2(r.completed, qPrintable(r.error));
        QVERIFY(!r.ok());
        QVERIFY2(!r.describe().contains(QLatin1String("s3cret")), qPrintable(r.describe()));
        const QStringList l = leaks(rig.transcript, {pw, escaped});
        QVERIFY2(l.isEmpty(), qPrintable(l.join(QLatin1Char('\n'))));
        bool secretReceive = false;
        for (const Event &e : eventsOfKind(rig.transcript, EventKind::Receive))
            secretReceive = secretReceive || (e.secret && e.data.contains("<redacted>"));
        QVERIFY(secretReceive);
    }
    {
        // SMTP AUTH PLAIN: the blob sent back, and the password inside another base64 text.
        SmtpRig rig(piece);
        rig.conn.setRevealSecrets(true);
        const QByteArray blob = plainBlob("fred", pw).toBase64();
        const QByteArray inside = QByteArray("xy" + pw + "z").toBase64();
        rig.conn.queueReply("535 5.7.8 bad: AUTH PLAIN " + blob + " " + inside + "\r\n");
        const smtp::Result r = rig.session.auth("fred", pw, "PLAIN");
        QVERIFY2(r.completed, qPrintable(r.error));
        QCOMPARE(r.reply.code, 535);
        const QString said = r.describe();
        QVERIFY2(!said.contains(QString::fromLatin1(blob)), qPrintable(said));
        QVERIFY2(!said.contains(QString::fromLatin1(inside.mid(4, 12))), qPrintable(said));
        // Revealed on request, but the masked copy (reports, presenter mode) stays masked.
        const QList<Event> got = eventsOfKind(rig.transcript, EventKind::Receive);
        QVERIFY(!got.isEmpty());
        QByteArray raw, safe;
        for (const Event &e : got) {
            raw += e.data;
            safe += e.safeData();
        }
        QVERIFY(raw.contains(blob));
        QVERIFY2(!safe.contains(blob) && !safe.contains(inside.mid(4, 12)), safe.constData());
    }
}

void TestEngine::trustStoreKeepsOneCertificatePerServer()
{
    QTemporaryDir dir;
    TrustStore store(dir.filePath(QStringLiteral("trust.ini")));
    const QByteArray a(64, 'a'), b(64, 'b'), c(64, 'c');
    store.remember(QStringLiteral("Mail.Example"), 993, a);
    store.remember(QStringLiteral("mail.example"), 465, c);
    // The server's new certificate, trusted again: the old one is no longer trusted.
    store.remember(QStringLiteral("mail.example"), 993, b);
    QCOMPARE(store.remembered(QStringLiteral("mail.example"), 993), QList<QByteArray>{b});
    TlsPolicy p;
    store.applyTo(&p, QStringLiteral("mail.example"), 993);
    QVERIFY(p.accepts(QStringLiteral("mail.example"), 993, b));
    QVERIFY(!p.accepts(QStringLiteral("mail.example"), 993, a));
    QCOMPARE(store.remembered(QStringLiteral("mail.example"), 465), QList<QByteArray>{c});
}

void TestEngine::consentCoversTheProblemsItWasGivenFor()
{
    const QByteArray sha(64, 'd');
    const QList<QSslError> selfSigned{QSslError(QSslError::SelfSignedCertificate)};
    const QList<QSslError> expiredToo{QSslError(QSslError::SelfSignedCertificate),
                                      QSslError(QSslError::CertificateExpired)};
    QCOMPARE(certProblemKinds(selfSigned), int(CertUntrusted));
    QCOMPARE(certProblemKinds(expiredToo), CertUntrusted | CertTime);
    QCOMPARE(certProblemKinds({QSslError(QSslError::HostNameMismatch)}), int(CertName));
    TlsPolicy p;
    p.accept(QStringLiteral("mail.example"), 993, sha, CertUntrusted);
    QVERIFY(p.accepts(QStringLiteral("mail.example"), 993, sha, certProblemKinds(selfSigned)));
    // Trusted while self-signed; expired since: not covered, though the leaf is known.
    QVERIFY(!p.accepts(QStringLiteral("mail.example"), 993, sha, certProblemKinds(expiredToo)));
    QVERIFY(p.accepts(QStringLiteral("mail.example"), 993, sha));
    // Remembered with its kinds; an entry written before kinds were kept covers self-signed
    // (untrusted) only.
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("trust.ini"));
    TrustStore(ini).remember(QStringLiteral("mail.example"), 993, sha, CertUntrusted | CertName);
    QSettings(ini, QSettings::IniFormat)
        .setValue(QStringLiteral("certificates/old.example:993"),
                  QStringList{QString::fromLatin1(sha)});
    TlsPolicy q;
    TrustStore(ini).applyTo(&q, QStringLiteral("mail.example"), 993);
    TrustStore(ini).applyTo(&q, QStringLiteral("old.example"), 993);
    QVERIFY(q.accepts(QStringLiteral("mail.example"), 993, sha, CertUntrusted | CertName));
    QVERIFY(!q.accepts(QStringLiteral("mail.example"), 993, sha, CertTime));
    QVERIFY(q.accepts(QStringLiteral("old.example"), 993, sha, CertUntrusted));
    QVERIFY(!q.accepts(QStringLiteral("old.example"), 993, sha, CertUntrusted | CertTime));
    // The kinds a report's finding names (what the certificate question shows).
    const auto problem = [](const char *code) {
        return QJsonObject{{QStringLiteral("problem"), QLatin1String(code)}};
    };
    QCOMPARE(certProblemKinds(QJsonArray{problem("self-signed"), problem("expiring")}),
             int(CertUntrusted));
    QCOMPARE(certProblemKinds(QJsonArray{problem("not-yet-valid"), problem("name-mismatch")}),
             CertTime | CertName);
}

void TestEngine::secretEchoForms()
{
    SecretEcho e;
    // An IMAP literal's size is syntax, not the secret the console marks with it.
    e.learnSend("a1 LOGIN fred {18}\r\n", "a1 LOGIN fred <redacted>\r\n");
    QVERIFY(e.isEmpty());
    // Too short to look for.
    e.learn("abc");
    QVERIFY(e.isEmpty());
    // A number counts only on its own: not inside a UID, and literal sizes stay intact.
    e.learn("2024");
    QCOMPARE(e.masked("* 3 FETCH (UID 120245 RFC822.SIZE 2024)", "<r>"),
             QByteArray("* 3 FETCH (UID 120245 RFC822.SIZE <r>)"));
    QCOMPARE(e.pass("x 2024\r\n", "<r>", SecretEcho::Tail::Deliver).parsed,
             QByteArray("x ****\r\n"));
    // Held back: the end of a read that may begin an echo, and only that.
    SecretEcho p;
    p.learn("Secret99");
    QCOMPARE(p.pass("a1 NO you sent Secr", "<r>", SecretEcho::Tail::Hold).held, 4);
    QCOMPARE(p.pass("a1 NO you sent Secret99", "<r>", SecretEcho::Tail::Hold).held,
             0); // whole: masked, not held
    QCOMPARE(p.pass("a1 NO bad\r\n", "<r>", SecretEcho::Tail::Hold).held, 0);
    // A read that ends with a whole echo is masked at once, even when the secret's last byte
    // also begins a form (its own start, or its hex form's first digit): holding that byte
    // back let the rest through in clear.
    for (const QByteArray &pw : {QByteArray("abcXabc"), QByteArray("Summer2025")}) {
        SecretEcho h;
        h.learn(pw);
        const QByteArray read = "a2 NO you sent fred " + pw;
        QCOMPARE(h.pass(read, "<r>", SecretEcho::Tail::Hold).held, 0);
        QVERIFY(!h.masked(read, "<r>").contains(pw.left(pw.size() - 1)));
        QVERIFY(h.pass("a2 NO you sent fred " + pw.left(3), "<r>", SecretEcho::Tail::Hold).held >
                0);
    }
    // An echo cut by a pause longer than the hold: its start goes on masked, and the rest,
    // when it comes, is recognised over the kept start.
    {
        const auto H = SecretEcho::Tail::Hold;
        const auto D = SecretEcho::Tail::Deliver;
        SecretEcho::Pass cut = p.pass("a1 NO you sent Secr", "<r>", D);
        QCOMPARE(cut.shown, QByteArray("a1 NO you sent <r>"));
        QCOMPARE(cut.parsed, QByteArray("a1 NO you sent ****"));
        QCOMPARE(cut.found, 1);
        QCOMPARE(cut.keep, 4);
        SecretEcho::Pass rest = p.pass("Secret99\r\n", "<r>", H, 4);
        QCOMPARE(rest.shown, QByteArray("<r>\r\n"));
        QCOMPARE(rest.parsed, QByteArray("****\r\n"));
        QCOMPARE(rest.found, 1);
        QCOMPARE(rest.keep, 0);
        // Shorter than a secret may be: shown, and the rest still masked.
        cut = p.pass("a1 NO you sent Sec", "<r>", D);
        QCOMPARE(cut.shown, QByteArray("a1 NO you sent Sec"));
        QCOMPARE(cut.found, 0);
        QCOMPARE(cut.keep, 3);
        QCOMPARE(p.pass("Secret99 ok", "<r>", H, 3).shown, QByteArray("<r> ok"));
        // The rest may itself come in pieces: held again after the kept start.
        rest = p.pass("Secret", "<r>", H, 4);
        QCOMPARE(rest.shown, QByteArray());
        QCOMPARE(rest.held, 2);
        QCOMPARE(rest.keep, 6);
        // What follows the kept start but is no echo goes on as it is.
        QCOMPARE(p.pass("Secretary\r\n", "<r>", H, 4).shown, QByteArray("etary\r\n"));
        // A read that ends with the secret's base64 short of its last group: masked, and the
        // group in the next read too (it encodes the secret's last bytes).
        const QByteArray b64 = QByteArray("Secret99").toBase64(QByteArray::OmitTrailingEquals);
        SecretEcho::Pass head = p.pass("535 " + b64.left(8), "<r>", H);
        QCOMPARE(head.shown, QByteArray("535 <r>"));
        QCOMPARE(head.held, 0);
        QCOMPARE(head.keep, 8);
        QCOMPARE(p.pass(b64.left(8) + b64.mid(8) + "\r\n", "<r>", H, 8).shown,
                 QByteArray("<r>\r\n"));
        // Digits at the end of a read are left alone: they may be a literal's size.
        SecretEcho d;
        d.learn("20250101");
        QCOMPARE(d.pass("* 1 FETCH (BODY[] {2025", "<r>", D).found, 0);
    }
    // A numeric password is masked for people, but never blanked where it is syntax: a
    // literal's size, a message number.
    SecretEcho n;
    n.learn("123456");
    const QByteArray fetch = "* 123456 EXISTS\r\n* 1 FETCH (BODY[] {123456}\r\n";
    QCOMPARE(n.pass(fetch, "<r>", SecretEcho::Tail::Deliver).parsed, fetch);
    QCOMPARE(n.pass("a1 NO bad password 123456\r\n", "<r>", SecretEcho::Tail::Deliver).parsed,
             QByteArray("a1 NO bad password ******\r\n"));
    // Ending a blob, the secret's last base64 group is masked with it ("d1" of "...d1" as "ZDE").
    {
        SecretEcho b;
        b.learn("fuzz-Password1");
        const QByteArray plain = QByteArray("fuzz-Password1").toBase64();
        QCOMPARE(b.masked("NO " + plain, "<r>"), QByteArray("NO <r>="));
    }
    // Every base64 alignment of the secret inside a longer blob.
    for (const char *pre : {"", "x", "xy", "xyz"}) {
        const QByteArray b = QByteArray(QByteArray(pre) + "Secret99" + "tail").toBase64();
        int found = 0;
        p.masked(b, "<r>", &found);
        QVERIFY2(found > 0, b.constData());
    }
    int found = 0;
    p.masked(QByteArray("Secret99").toPercentEncoding() + " " + QByteArray("Secret99").toHex(),
             "<r>", &found);
    QCOMPARE(found, 2);
}

void TestEngine::imapExecute()
{
    QFETCH(int, piece);
    ImapRig rig(piece);
    rig.conn.queueReply(QByteArrayLiteral("* 172 EXISTS\r\n* 1 RECENT\r\n"
                                          "* OK [UIDVALIDITY 3857529045] UIDs valid\r\n"
                                          "a1 OK [READ-WRITE] SELECT completed\r\n"));
    const imap::Result r =
        rig.session.execute(QByteArrayLiteral("SELECT"), {imap::Arg::string("INBOX")});
    QVERIFY2(r.completed, qPrintable(r.error));
    QVERIFY(r.ok());
    QCOMPARE(rig.conn.written(), QByteArrayLiteral("a1 SELECT INBOX\r\n"));
    QCOMPARE(r.tagged.tag, QByteArrayLiteral("a1"));
    QCOMPARE(r.tagged.code, QByteArrayLiteral("READ-WRITE"));
    QCOMPARE(r.untagged.size(), size_t(3));
    QCOMPARE(r.untagged[0].name, QByteArrayLiteral("EXISTS"));
    QCOMPARE(r.untagged[0].number, quint64(172));
    QCOMPARE(r.untagged[1].name, QByteArrayLiteral("RECENT"));
    QCOMPARE(r.untagged[2].code, QByteArrayLiteral("UIDVALIDITY"));
    QVERIFY(r.describe().contains(QLatin1String("READ-WRITE")));
    // The send event is the exact command; the reply event comes after it.
    QVERIFY(r.sendEvent >= 0);
    const Event sent = rig.transcript.at(r.sendEvent);
    QCOMPARE(sent.kind, EventKind::Send);
    QCOMPARE(sent.data, QByteArrayLiteral("a1 SELECT INBOX\r\n"));
    QVERIFY(!sent.secret);
    QVERIFY(r.replyEvent > r.sendEvent);
    QCOMPARE(rig.transcript.at(r.replyEvent).kind, EventKind::Receive);

    // The next command gets the next tag; a stray tagged reply does not complete it, and an
    // untagged CAPABILITY updates the session's view.
    rig.conn.queueReply(QByteArrayLiteral("a9 OK stray\r\n* CAPABILITY IMAP4rev1 IDLE\r\n"
                                          "a2 NO [TRYCREATE] no such mailbox\r\n"));
    const imap::Result r2 =
        rig.session.execute(QByteArrayLiteral("SELECT"), {imap::Arg::string("Sent Items")});
    QVERIFY(r2.completed);
    QVERIFY(!r2.ok());
    QCOMPARE(r2.tagged.tag, QByteArrayLiteral("a2"));
    QCOMPARE(r2.tagged.name, QByteArrayLiteral("NO"));
    QCOMPARE(r2.untagged.size(), size_t(2));
    QCOMPARE(r2.untagged[0].tag, QByteArrayLiteral("a9"));
    QVERIFY(rig.session.hasCapability("IDLE"));
    QCOMPARE(rig.conn.writes().last(), QByteArrayLiteral("a2 SELECT \"Sent Items\"\r\n"));
}

void TestEngine::imapUntaggedDuringLogin()
{
    QFETCH(int, piece);
    ImapRig rig(piece);
    rig.session.setCapabilities({"IMAP4rev1"});
    rig.conn.queueReply(QByteArrayLiteral("* OK Waiting for authentication process to respond..\r\n"
                                          "a1 OK [CAPABILITY IMAP4rev1 IDLE MOVE] Logged in\r\n"));
    const imap::Result r = rig.session.login("joe", "s3cretpw");
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(r.untagged.size(), size_t(1));
    QCOMPARE(r.untagged[0].name, QByteArrayLiteral("OK"));
    QCOMPARE(r.untagged[0].text,
             QByteArrayLiteral("Waiting for authentication process to respond.."));
    QVERIFY(r.untagged[0].parseError.isEmpty());
    QVERIFY(rig.session.hasCapability("MOVE"));
    QVERIFY(rig.session.protocolError().isEmpty());
    QVERIFY(rig.conn.isOpen());
    QVERIFY(leaks(rig.transcript, {"s3cretpw"}).isEmpty());
}

void TestEngine::imapExchangeFetch()
{
    QFETCH(int, piece);
    ImapRig rig(piece);
    rig.conn.queueReply(
        QByteArrayLiteral("* 1045 FETCH (UID 15541)\r\na02 OK FETCH completed.\r\n"));
    const imap::Command cmd = rig.session.builder().buildWithTag(
        "a02", "UID FETCH", {imap::Arg::atom("15541"), imap::Arg::raw("(UID)")});
    const imap::Result r = rig.session.execute(cmd);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(rig.conn.written(), QByteArrayLiteral("a02 UID FETCH 15541 (UID)\r\n"));
    QCOMPARE(r.tagged.text, QByteArrayLiteral("FETCH completed."));
    QCOMPARE(r.untagged.size(), size_t(1));
    QCOMPARE(r.untagged[0].number, quint64(1045));
    const imap::Value *uid = r.untagged[0].fetchItem("UID");
    QVERIFY(uid);
    QCOMPARE(uid->toNumber(), quint64(15541));
}

void TestEngine::imapLoginQuotedPassword()
{
    QFETCH(int, piece);
    ImapRig rig(piece);
    rig.session.setCapabilities({"IMAP4rev1", "AUTH=LOGIN"}); // no AUTH=PLAIN: LOGIN command
    const QByteArray pw = QByteArrayLiteral("pa ss\"w\\rd");
    rig.conn.queueReply(QByteArrayLiteral("a1 OK Logged in\r\n"));
    const imap::Result r = rig.session.login("joe", pw);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    // Exactly one write, quoted and escaped correctly.
    QCOMPARE(rig.conn.writes(), QByteArrayList{"a1 LOGIN joe \"pa ss\\\"w\\\\rd\"\r\n"});
    // Nothing in the transcript shows it, in any form.
    const QStringList found =
        leaks(rig.transcript, {pw, "pa ss\\\"w\\\\rd", "pa ss", plainBlob("joe", pw).toBase64()});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    const Event sent = rig.transcript.at(r.sendEvent);
    QCOMPARE(sent.data, QByteArrayLiteral("a1 LOGIN joe \"<redacted>\"\r\n"));
    QVERIFY(sent.secret && sent.redacted());
    QVERIFY(!r.describe().contains(QString::fromLatin1(pw)));
}

void TestEngine::imapAuthPlainSaslIr()
{
    QFETCH(int, piece);
    ImapRig rig(piece);
    rig.session.setCapabilities({"IMAP4rev1", "SASL-IR", "AUTH=PLAIN"});
    const QByteArray pw = QByteArrayLiteral("c0rrect horse");
    const QByteArray b64 = plainBlob("joe", pw).toBase64();
    rig.conn.queueReply(QByteArrayLiteral("a1 OK [CAPABILITY IMAP4rev1 IDLE] Logged in\r\n"));
    const imap::Result r = rig.session.login("joe", pw);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(rig.conn.writes(), QByteArrayList{"a1 AUTHENTICATE PLAIN " + b64 + "\r\n"});
    const QStringList found = leaks(rig.transcript, {pw, b64, "c0rrect"});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    const QList<Event> sends = eventsOfKind(rig.transcript, EventKind::Send);
    QCOMPARE(sends.size(), 1);
    QCOMPARE(sends[0].data, QByteArrayLiteral("a1 AUTHENTICATE PLAIN <redacted>\r\n"));
    QVERIFY(sends[0].secret && sends[0].redacted());
}

void TestEngine::imapAuthPlainWithoutSaslIr()
{
    QFETCH(int, piece);
    ImapRig rig(piece);
    rig.session.setCapabilities({"IMAP4rev1", "AUTH=PLAIN"});
    const QByteArray pw = QByteArrayLiteral("c0rrect horse");
    const QByteArray b64 = plainBlob("joe", pw).toBase64();
    rig.conn.queueReply(QByteArrayLiteral("+ \r\n"));
    rig.conn.queueReply(QByteArrayLiteral("a1 OK Logged in\r\n"));
    const imap::Result r = rig.session.login("joe", pw);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    // The blob goes only after the continuation, on its own line.
    QCOMPARE(rig.conn.writes(),
             (QByteArrayList{"a1 AUTHENTICATE PLAIN\r\n", QByteArray(b64 + "\r\n")}));
    const QStringList found = leaks(rig.transcript, {pw, b64, "c0rrect"});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    const QList<Event> sends = eventsOfKind(rig.transcript, EventKind::Send);
    QCOMPARE(sends.size(), 2);
    QCOMPARE(sends[1].data, QByteArrayLiteral("<redacted>\r\n"));
    // Only the line with SASL data is a secret; the command line alone is not.
    QVERIFY(!sends[0].secret);
    QVERIFY(sends[1].secret && sends[1].redacted());

    // A server that refuses instead of sending "+" never sees the blob.
    ImapRig no(piece);
    no.session.setCapabilities({"IMAP4rev1", "AUTH=PLAIN"});
    no.conn.queueReply(QByteArrayLiteral("a1 NO [UNAVAILABLE] try later\r\n"));
    const imap::Result n = no.session.login("joe", pw);
    QVERIFY(n.completed);
    QCOMPARE(n.tagged.name, QByteArrayLiteral("NO"));
    QCOMPARE(no.conn.writes(), QByteArrayList{"a1 AUTHENTICATE PLAIN\r\n"});
}

void TestEngine::imapAuthLogin()
{
    QFETCH(int, piece);
    ImapRig rig(piece);
    rig.session.setCapabilities({"IMAP4rev1", "LOGINDISABLED", "AUTH=LOGIN"});
    const QByteArray pw = QByteArrayLiteral("Tr0ub4dor&3");
    rig.conn.queueReply(QByteArrayLiteral("+ VXNlcm5hbWU6\r\n"));
    rig.conn.queueReply(QByteArrayLiteral("+ UGFzc3dvcmQ6\r\n"));
    rig.conn.queueReply(QByteArrayLiteral("a1 OK Logged in\r\n"));
    const imap::Result r = rig.session.login("joe", pw);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(rig.conn.writes(), (QByteArrayList{"a1 AUTHENTICATE LOGIN\r\n", QByteArray("am9l\r\n"),
                                                QByteArray(pw.toBase64() + "\r\n")}));
    const QStringList found = leaks(rig.transcript, {pw, pw.toBase64()});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestEngine::imapSynchronisingLiteral_data()
{
    QTest::addColumn<int>("piece");
    QTest::addColumn<QByteArray>("password");
    for (int piece : {0, 1, 3}) {
        QTest::newRow(qPrintable(QStringLiteral("CR, piece %1").arg(piece)))
            << piece << QByteArrayLiteral("pass\rword");
        QTest::newRow(qPrintable(QStringLiteral("8-bit, piece %1").arg(piece)))
            << piece << QByteArrayLiteral("p\xc3\xa4sswort");
        QTest::newRow(qPrintable(QStringLiteral("CRLF and quote, piece %1").arg(piece)))
            << piece << QByteArrayLiteral("x\"y\r\nz{5}");
    }
}

void TestEngine::imapSynchronisingLiteral()
{
    QFETCH(int, piece);
    QFETCH(QByteArray, password);
    ImapRig rig(piece);
    rig.session.setCapabilities({"IMAP4rev1"}); // no LITERAL+
    rig.conn.queueReply(QByteArrayLiteral("+ Ready for literal data\r\n"));
    rig.conn.queueReply(QByteArrayLiteral("a1 OK Logged in\r\n"));
    const imap::Result r = rig.session.login("joe", password);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    const QByteArray marker = '{' + QByteArray::number(password.size()) + "}\r\n";
    QCOMPARE(rig.conn.writes(),
             (QByteArrayList{QByteArray("a1 LOGIN joe " + marker), QByteArray(password + "\r\n")}));
    // Neither the password nor its length reaches the transcript.
    const QStringList found =
        leaks(rig.transcript, {password, QByteArray('{' + QByteArray::number(password.size()))});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    const QList<Event> sends = eventsOfKind(rig.transcript, EventKind::Send);
    QCOMPARE(sends.size(), 2);
    QCOMPARE(sends[0].data, QByteArrayLiteral("a1 LOGIN joe {*}\r\n"));
    QCOMPARE(sends[1].data, QByteArrayLiteral("<redacted>\r\n"));
    QVERIFY(sends[0].redacted() && sends[1].redacted());
}

void TestEngine::imapLiteralRefusedSendsNoMore()
{
    QFETCH(int, piece);
    ImapRig rig(piece);
    rig.session.setCapabilities({"IMAP4rev1"});
    // The server answers the literal announcement with a refusal, not "+".
    rig.conn.queueReply(QByteArrayLiteral("a1 NO [CANNOT] literal refused\r\n"));
    const imap::Result r = rig.session.login("joe", "pass\rword");
    QVERIFY(r.completed);
    QCOMPARE(r.tagged.name, QByteArrayLiteral("NO"));
    QCOMPARE(rig.conn.writes(), QByteArrayList{"a1 LOGIN joe {9}\r\n"});
    QVERIFY(!rig.conn.written().contains("pass\rword"));

    // An untagged response before the "+" is not taken as permission to go on.
    ImapRig slow(piece);
    slow.session.setCapabilities({"IMAP4rev1"});
    slow.conn.queueReply(QByteArrayLiteral("* OK still thinking\r\n"));
    slow.conn.queueReply(QByteArrayLiteral("a1 OK Logged in\r\n"));
    // The "+" comes only later: the literal must not go out before it.
    QTimer::singleShot(100, &slow.conn, [&slow] { slow.conn.feed("+ go ahead\r\n"); });
    const imap::Result s = slow.session.login("joe", "pass\rword");
    QVERIFY2(s.ok(), qPrintable(s.describe()));
    QCOMPARE(slow.conn.writes().size(), 2);
    QCOMPARE(s.untagged.size(), size_t(1));
    const std::vector<Event> events = slow.transcript.snapshot();
    QByteArray receivedBeforeLiteral;
    int sends = 0;
    for (const Event &e : events) {
        if (e.kind == EventKind::Send && ++sends == 2) break;
        if (e.kind == EventKind::Receive) receivedBeforeLiteral += e.data;
    }
    QCOMPARE(sends, 2);
    QVERIFY2(receivedBeforeLiteral.contains("+ go ahead"), receivedBeforeLiteral.constData());
}

void TestEngine::imapLiteralPlusOneWrite()
{
    QFETCH(int, piece);
    ImapRig rig(piece);
    serverSendsLater(rig.conn, QByteArrayLiteral("* OK [CAPABILITY IMAP4rev1 LITERAL+] hi\r\n"));
    QVERIFY(rig.session.readGreeting().completed);
    rig.conn.queueReply(QByteArrayLiteral("a1 OK Logged in\r\n"));
    const QByteArray pw = QByteArrayLiteral("p\xc3\xa4ss\rword");
    const imap::Result r = rig.session.login("joe", pw);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    const QByteArray size = QByteArray::number(pw.size());
    QCOMPARE(rig.conn.writes(),
             QByteArrayList{QByteArray("a1 LOGIN joe {" + size + "+}\r\n" + pw + "\r\n")});
    const QStringList found = leaks(rig.transcript, {pw, QByteArray('{' + size)});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestEngine::imapPeerClose_data()
{
    QTest::addColumn<int>("piece");
    QTest::addColumn<bool>("reset");
    QTest::addColumn<QByteArray>("partial"); // bytes the server sends before it goes away
    for (int piece : {0, 1, 3}) {
        for (bool reset : {false, true}) {
            const QString kind = reset ? QStringLiteral("reset") : QStringLiteral("close");
            QTest::newRow(qPrintable(QStringLiteral("%1, piece %2").arg(kind).arg(piece)))
                << piece << reset << QByteArray();
            QTest::newRow(
                qPrintable(QStringLiteral("%1 mid-response, piece %2").arg(kind).arg(piece)))
                << piece << reset << QByteArrayLiteral("* 1 EXISTS\r\na1 O");
        }
    }
}

void TestEngine::imapPeerClose()
{
    QFETCH(int, piece);
    QFETCH(bool, reset);
    QFETCH(QByteArray, partial);
    ImapRig rig(piece, 3000);
    rig.conn.queueReply(partial); // empty: no answer at all
    QTimer::singleShot(30, &rig.conn, [&rig, reset] { rig.conn.peerClose(reset); });
    QElapsedTimer timer;
    timer.start();
    const imap::Result r = rig.session.execute(QByteArrayLiteral("NOOP"));
    QVERIFY(timer.elapsed() < kSanityMs);
    QVERIFY(!r.completed);
    QVERIFY(!r.ok());
    const QString expected = reset ? QStringLiteral("connection reset by the server")
                                   : QStringLiteral("connection closed by the server");
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    QVERIFY2(r.error.contains(QLatin1String("a1 NOOP")), qPrintable(r.error));
    QVERIFY(!rig.conn.isOpen());
    QCOMPARE(rig.conn.closeKind(), reset ? CloseKind::ByPeerReset : CloseKind::ByPeerFin);
    QCOMPARE(countKind(rig.transcript, reset ? EventKind::Reset : EventKind::Close), 1);
    QCOMPARE(countKind(rig.transcript, EventKind::Timeout), 0); // not mistaken for silence

    // Nothing more goes out on a closed connection.
    const imap::Result after = rig.session.execute(QByteArrayLiteral("NOOP"));
    QVERIFY(!after.completed);
    QVERIFY2(after.error.contains(QLatin1String("not open")), qPrintable(after.error));
    QCOMPARE(rig.conn.writes().size(), 1);
}

void TestEngine::imapSilence()
{
    QFETCH(int, piece);
    ImapRig rig(piece, 300);
    rig.conn.queueReply(QByteArrayLiteral("* 1 EXISTS\r\n")); // something, but never the tag
    QElapsedTimer timer;
    timer.start();
    const imap::Result r = rig.session.execute(QByteArrayLiteral("NOOP"));
    QVERIFY(timer.elapsed() < kSanityMs); // the wait ended at all
    QVERIFY(!r.completed);
    QVERIFY2(r.error.contains(QLatin1String("no reply to a1 NOOP within 0.3 s")),
             qPrintable(r.error));
    const QList<Event> timeouts = eventsOfKind(rig.transcript, EventKind::Timeout);
    QCOMPARE(timeouts.size(), 1);
    QVERIFY(timeouts[0].text.contains(QLatin1String("a1 NOOP")));
    QCOMPARE(rig.conn.closeKind(), CloseKind::Timeout);
    QVERIFY(!rig.conn.isOpen());
}

void TestEngine::imapProtocolLimit_data()
{
    QTest::addColumn<int>("piece");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("message");
    for (int piece : {0, 1, 3}) {
        QTest::newRow(qPrintable(QStringLiteral("huge literal, piece %1").arg(piece)))
            << piece << QByteArrayLiteral("* 1 FETCH (BODY[] {99999999999}\r\nabc")
            << QStringLiteral("literal");
        QTest::newRow(qPrintable(QStringLiteral("literal over small limit, piece %1").arg(piece)))
            << piece << QByteArrayLiteral("* 1 FETCH (BODY[] {5000}\r\n") << QStringLiteral("4096");
        QTest::newRow(qPrintable(QStringLiteral("deep nesting, piece %1").arg(piece)))
            << piece << QByteArray("* 1 FETCH " + QByteArray(10000, '(') + "\r\na1 OK x\r\n")
            << QStringLiteral("nested");
    }
}

void TestEngine::imapProtocolLimit()
{
    QFETCH(int, piece);
    QFETCH(QByteArray, reply);
    QFETCH(QString, message);
    imap::Limits limits;
    limits.maxLiteralSize = 4096;
    ImapRig rig(piece, kSilenceMs, limits);
    rig.conn.queueReply(reply);
    QElapsedTimer timer;
    timer.start();
    const imap::Result r = rig.session.execute(QByteArrayLiteral("FETCH"),
                                               {imap::Arg::atom("1"), imap::Arg::raw("BODY[]")});
    QVERIFY(timer.elapsed() < kSanityMs);
    QVERIFY(!r.completed);
    QVERIFY2(r.error.startsWith(QLatin1String("protocol error: ")), qPrintable(r.error));
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
    QVERIFY(!rig.session.protocolError().isEmpty());
    QVERIFY(!rig.conn.isOpen());
    const QList<Event> errors = eventsOfKind(rig.transcript, EventKind::Error);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0].text.contains(QLatin1String("protocol error")), qPrintable(errors[0].text));
    QVERIFY(errors[0].text.contains(message));
    QCOMPARE(countKind(rig.transcript, EventKind::Timeout), 0);
}

void TestEngine::imapPipeline()
{
    QFETCH(int, piece);
    ImapRig rig(piece);
    imap::CommandBuilder &b = rig.session.builder();
    const std::vector<imap::Command> cmds = {b.build("NOOP"), b.build("CHECK")};
    // Replies out of order, with untagged data in between.
    rig.conn.queueReply(QByteArrayLiteral("* 3 EXISTS\r\na2 OK check done\r\na1 OK noop done\r\n"));
    const std::vector<imap::Result> rs = rig.session.pipeline(cmds);
    QCOMPARE(rig.conn.writes(), QByteArrayList{"a1 NOOP\r\na2 CHECK\r\n"});
    QCOMPARE(rs.size(), size_t(2));
    QVERIFY(rs[0].ok() && rs[1].ok());
    QCOMPARE(rs[0].tagged.text, QByteArrayLiteral("noop done"));
    QCOMPARE(rs[1].tagged.text, QByteArrayLiteral("check done"));
    QCOMPARE(rs[0].untagged.size(), size_t(1));
    QVERIFY(rs[1].untagged.empty());
}

// ---------------------------------------------------------------------------------------- SMTP

void TestEngine::smtpGreetingAndEhlo()
{
    QFETCH(int, piece);
    SmtpRig rig(piece);
    serverSendsLater(rig.conn, QByteArrayLiteral("220 mx.example.com ESMTP Postfix\r\n"));
    const smtp::Result g = rig.session.readGreeting();
    QVERIFY2(g.ok(), qPrintable(g.describe()));
    QCOMPARE(g.reply.code, 220);

    rig.conn.queueReply(QByteArrayLiteral("250-mx.example.com\r\n250-PIPELINING\r\n"
                                          "250-SIZE 10240000\r\n250-STARTTLS\r\n"
                                          "250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n"));
    bool usedHelo = true;
    const smtp::Result r = rig.session.hello("client.test", &usedHelo);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QVERIFY(!usedHelo);
    QCOMPARE(rig.conn.written(), QByteArrayLiteral("EHLO client.test\r\n"));
    const QByteArrayList ext = {"PIPELINING", "SIZE 10240000", "STARTTLS", "AUTH PLAIN LOGIN",
                                "8BITMIME"};
    QCOMPARE(rig.session.extensions(), ext);
    QVERIFY(rig.session.hasExtension("pipelining"));
    QVERIFY(rig.session.hasExtension("SIZE"));
    QVERIFY(rig.session.hasExtension("AUTH"));
    QVERIFY(!rig.session.hasExtension("SMTPUTF8"));
    QVERIFY(!rig.session.hasExtension("mx.example.com")); // the greeting line is no extension
    QCOMPARE(rig.session.authMechanisms(), (QByteArrayList{"PLAIN", "LOGIN"}));
}

void TestEngine::smtpHeloFallback_data()
{
    QTest::addColumn<int>("piece");
    QTest::addColumn<QByteArray>("ehloReply");
    QTest::addColumn<bool>("fallback");
    for (int piece : {0, 1, 3}) {
        QTest::newRow(qPrintable(QStringLiteral("500, piece %1").arg(piece)))
            << piece << QByteArrayLiteral("500 5.5.1 Command unrecognized\r\n") << true;
        QTest::newRow(qPrintable(QStringLiteral("502, piece %1").arg(piece)))
            << piece << QByteArrayLiteral("502 Not implemented\r\n") << true;
        QTest::newRow(qPrintable(QStringLiteral("421, piece %1").arg(piece)))
            << piece << QByteArrayLiteral("421 4.3.2 Shutting down\r\n") << false;
    }
}

void TestEngine::smtpHeloFallback()
{
    QFETCH(int, piece);
    QFETCH(QByteArray, ehloReply);
    QFETCH(bool, fallback);
    SmtpRig rig(piece);
    rig.conn.queueReply(ehloReply);
    rig.conn.queueReply(QByteArrayLiteral("250 mx.example.com\r\n"));
    bool usedHelo = !fallback;
    const smtp::Result r = rig.session.hello("client.test", &usedHelo);
    QCOMPARE(usedHelo, fallback);
    if (fallback) {
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(r.reply.code, 250);
        QCOMPARE(rig.conn.writes(),
                 (QByteArrayList{"EHLO client.test\r\n", "HELO client.test\r\n"}));
    } else {
        QVERIFY(r.completed);
        QVERIFY(!r.ok());
        QCOMPARE(r.reply.code, 421);
        QCOMPARE(rig.conn.writes(), QByteArrayList{"EHLO client.test\r\n"});
    }
    QVERIFY(rig.session.extensions().isEmpty());
    QVERIFY(rig.session.authMechanisms().isEmpty());
}

void TestEngine::smtpAuthMechanisms_data()
{
    QTest::addColumn<QByteArray>("ehlo");
    QTest::addColumn<QByteArrayList>("mechs");

    QTest::newRow("AUTH PLAIN LOGIN") << QByteArrayLiteral("250-mx\r\n250 AUTH PLAIN LOGIN\r\n")
                                      << QByteArrayList{"PLAIN", "LOGIN"};
    QTest::newRow("old AUTH=LOGIN PLAIN") << QByteArrayLiteral("250-mx\r\n250 AUTH=LOGIN PLAIN\r\n")
                                          << QByteArrayList{"LOGIN", "PLAIN"};
    QTest::newRow("both forms, no duplicates")
        << QByteArrayLiteral("250-mx\r\n250-AUTH PLAIN LOGIN CRAM-MD5\r\n250 AUTH=LOGIN PLAIN\r\n")
        << QByteArrayList{"PLAIN", "LOGIN", "CRAM-MD5"};
    QTest::newRow("lower case") << QByteArrayLiteral("250-mx\r\n250 auth plain xoauth2\r\n")
                                << QByteArrayList{"PLAIN", "XOAUTH2"};
    QTest::newRow("extra spaces") << QByteArrayLiteral("250-mx\r\n250 AUTH  PLAIN   LOGIN \r\n")
                                  << QByteArrayList{"PLAIN", "LOGIN"};
    QTest::newRow("AUTH=PLAIN alone")
        << QByteArrayLiteral("250-mx\r\n250 AUTH=PLAIN\r\n") << QByteArrayList{"PLAIN"};
    QTest::newRow("no AUTH") << QByteArrayLiteral("250-mx\r\n250-PIPELINING\r\n250 8BITMIME\r\n")
                             << QByteArrayList();
    QTest::newRow("AUTHX is not AUTH")
        << QByteArrayLiteral("250-mx\r\n250 AUTHX PLAIN\r\n") << QByteArrayList();
    QTest::newRow("mechanisms on the greeting line are ignored")
        << QByteArrayLiteral("250-AUTH PLAIN\r\n250 8BITMIME\r\n") << QByteArrayList();
}

void TestEngine::smtpAuthMechanisms()
{
    QFETCH(QByteArray, ehlo);
    QFETCH(QByteArrayList, mechs);
    SmtpRig rig(0);
    rig.conn.queueReply(ehlo);
    QVERIFY(rig.session.hello("client.test").ok());
    QCOMPARE(rig.session.authMechanisms(), mechs);
}

void TestEngine::smtpAuthPlain()
{
    QFETCH(int, piece);
    SmtpRig rig(piece);
    rig.conn.queueReply(QByteArrayLiteral("250-mx\r\n250 AUTH PLAIN LOGIN\r\n"));
    QVERIFY(rig.session.hello("client.test").ok());
    const QByteArray pw = QByteArrayLiteral("pa ss\"w\xc3\xb6rd");
    const QByteArray b64 = plainBlob("joe@example.com", pw).toBase64();
    rig.conn.queueReply(QByteArrayLiteral("235 2.7.0 Authentication successful\r\n"));
    const smtp::Result r = rig.session.auth("joe@example.com", pw);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(r.reply.code, 235);
    QCOMPARE(rig.conn.writes().last(), QByteArray("AUTH PLAIN " + b64 + "\r\n"));
    const QStringList found = leaks(rig.transcript, {pw, b64, "pa ss"});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    const Event sent = rig.transcript.at(r.sendEvent);
    QCOMPARE(sent.data, QByteArrayLiteral("AUTH PLAIN <redacted>\r\n"));
    QVERIFY(sent.secret && sent.redacted());

    // With secrets revealed the blob is shown on purpose, and the event still says it is one.
    SmtpRig open(piece);
    open.conn.setRevealSecrets(true);
    open.conn.queueReply(QByteArrayLiteral("235 ok\r\n"));
    const smtp::Result o = open.session.auth("joe@example.com", pw, "PLAIN");
    QVERIFY(o.ok());
    QVERIFY(!leaks(open.transcript, {b64}).isEmpty());
    const Event shown = open.transcript.at(o.sendEvent);
    QVERIFY(shown.secret && shown.revealed && !shown.redacted());
    QCOMPARE(shown.safeData(), QByteArrayLiteral("AUTH PLAIN <redacted>\r\n"));
}

void TestEngine::smtpAuthLogin()
{
    QFETCH(int, piece);
    SmtpRig rig(piece);
    rig.conn.queueReply(QByteArrayLiteral("250-mx\r\n250 AUTH LOGIN\r\n"));
    QVERIFY(rig.session.hello("client.test").ok());
    const QByteArray user = QByteArrayLiteral("joe@example.com");
    const QByteArray pw = QByteArrayLiteral("Tr0ub4dor&3");
    rig.conn.queueReply(QByteArrayLiteral("334 VXNlcm5hbWU6\r\n"));
    rig.conn.queueReply(QByteArrayLiteral("334 UGFzc3dvcmQ6\r\n"));
    rig.conn.queueReply(QByteArrayLiteral("235 2.7.0 Authentication successful\r\n"));
    const smtp::Result r = rig.session.auth(user, pw); // LOGIN: the only one offered
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(rig.conn.writes().mid(1),
             (QByteArrayList{"AUTH LOGIN\r\n", QByteArray(user.toBase64() + "\r\n"),
                             QByteArray(pw.toBase64() + "\r\n")}));
    const QStringList found = leaks(rig.transcript, {pw, pw.toBase64(), user.toBase64()});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    const QList<Event> sends = eventsOfKind(rig.transcript, EventKind::Send);
    QCOMPARE(sends.size(), 4);
    QCOMPARE(sends[2].data, QByteArrayLiteral("<redacted>\r\n"));
    QCOMPARE(sends[3].data, QByteArrayLiteral("<redacted>\r\n"));

    // Refused password: the failure is reported, the secret still hidden.
    SmtpRig bad(piece);
    bad.conn.queueReply(QByteArrayLiteral("334 VXNlcm5hbWU6\r\n"));
    bad.conn.queueReply(QByteArrayLiteral("334 UGFzc3dvcmQ6\r\n"));
    bad.conn.queueReply(QByteArrayLiteral("535 5.7.8 Error: authentication failed\r\n"));
    const smtp::Result b = bad.session.auth(user, pw, "LOGIN");
    QVERIFY(b.completed);
    QVERIFY(!b.ok());
    QCOMPARE(b.reply.enhanced, QByteArrayLiteral("5.7.8"));
    QVERIFY(leaks(bad.transcript, {pw, pw.toBase64()}).isEmpty());
}

void TestEngine::smtpAuthSilenceDoesNotLeak()
{
    SmtpRig rig(0, 300);
    const QByteArray pw = QByteArrayLiteral("Tr0ub4dor&3");
    rig.conn.queueReply(QByteArrayLiteral("334 VXNlcm5hbWU6\r\n"));
    rig.conn.queueReply(QByteArrayLiteral("334 UGFzc3dvcmQ6\r\n"));
    // ...and then nothing: the timeout message must not name the secret line.
    const smtp::Result r = rig.session.auth("joe", pw, "LOGIN");
    QVERIFY(!r.completed);
    QVERIFY2(r.error.contains(QLatin1String("no reply")), qPrintable(r.error));
    QVERIFY(!r.error.contains(QString::fromLatin1(pw.toBase64())));
    QCOMPARE(countKind(rig.transcript, EventKind::Timeout), 1);
    const QStringList found = leaks(rig.transcript, {pw, pw.toBase64()});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestEngine::smtpPipeline()
{
    QFETCH(int, piece);
    SmtpRig rig(piece);
    rig.conn.queueReply(QByteArrayLiteral("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n"
                                          "354 End data with <CR><LF>.<CR><LF>\r\n"));
    const std::vector<smtp::Result> rs =
        rig.session.pipeline({"MAIL FROM:<a@example.org>", "RCPT TO:<b@example.net>", "DATA"});
    QCOMPARE(rig.conn.writes(),
             QByteArrayList{"MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.net>\r\nDATA\r\n"});
    QCOMPARE(rs.size(), size_t(3));
    QCOMPARE(rs[0].reply.code, 250);
    QCOMPARE(rs[0].reply.enhanced, QByteArrayLiteral("2.1.0"));
    QCOMPARE(rs[1].reply.code, 250);
    QCOMPARE(rs[1].reply.enhanced, QByteArrayLiteral("2.1.5"));
    QCOMPARE(rs[2].reply.code, 354);
    for (const auto &r : rs) {
        QVERIFY(r.completed);
        QCOMPARE(r.sendEvent, rs[0].sendEvent);
    }
}

void TestEngine::smtpPipelineMissingReply()
{
    SmtpRig rig(1, 300);
    rig.conn.queueReply(QByteArrayLiteral("250 2.1.0 Ok\r\n550 5.1.1 no such user\r\n"));
    const std::vector<smtp::Result> rs =
        rig.session.pipeline({"MAIL FROM:<a@example.org>", "RCPT TO:<b@example.net>", "DATA"});
    QCOMPARE(rs.size(), size_t(3));
    QVERIFY(rs[0].ok());
    QVERIFY(rs[1].completed);
    QCOMPARE(rs[1].reply.code, 550);
    QVERIFY(!rs[2].completed);
    QVERIFY2(rs[2].error.contains(QLatin1String("no reply")), qPrintable(rs[2].error));
    QCOMPARE(countKind(rig.transcript, EventKind::Timeout), 1);
}

void TestEngine::smtpProtocolError()
{
    QFETCH(int, piece);
    SmtpRig rig(piece);
    rig.conn.queueReply(QByteArrayLiteral("hello\r\n"));
    const smtp::Result r = rig.session.hello("client.test");
    QVERIFY(!r.completed);
    QVERIFY2(r.error.startsWith(QLatin1String("protocol error: ")), qPrintable(r.error));
    QVERIFY(r.error.contains(QLatin1String("not an SMTP reply")));
    QVERIFY(!rig.conn.isOpen());
    QCOMPARE(countKind(rig.transcript, EventKind::Error), 1);
    QCOMPARE(countKind(rig.transcript, EventKind::Timeout), 0);
    // No HELO fallback on a broken reply.
    QCOMPARE(rig.conn.writes().size(), 1);
}

void TestEngine::smtpPeerClose_data()
{
    QTest::addColumn<int>("piece");
    QTest::addColumn<bool>("reset");
    for (int piece : {0, 1, 3}) {
        QTest::newRow(qPrintable(QStringLiteral("close, piece %1").arg(piece))) << piece << false;
        QTest::newRow(qPrintable(QStringLiteral("reset, piece %1").arg(piece))) << piece << true;
    }
}

void TestEngine::smtpPeerClose()
{
    QFETCH(int, piece);
    QFETCH(bool, reset);
    SmtpRig rig(piece, 3000);
    rig.conn.queueReply(QByteArrayLiteral("250-mx\r\n250-PIPE")); // cut off mid-reply
    QTimer::singleShot(30, &rig.conn, [&rig, reset] { rig.conn.peerClose(reset); });
    QElapsedTimer timer;
    timer.start();
    const smtp::Result r = rig.session.hello("client.test");
    QVERIFY(timer.elapsed() < kSanityMs);
    QVERIFY(!r.completed);
    QVERIFY2(r.error.contains(reset ? QLatin1String("reset") : QLatin1String("closed")),
             qPrintable(r.error));
    QVERIFY(r.error.contains(QLatin1String("EHLO client.test")));
    QCOMPARE(countKind(rig.transcript, EventKind::Timeout), 0);
}

void TestEngine::imapUntaggedFloodIsCapped()
{
    imap::Limits limits;
    limits.maxUntaggedPerCommand = 10;
    ImapRig rig(0, kSilenceMs, limits);
    QByteArray flood;
    for (int i = 0; i < 25; ++i)
        flood += "* OK line " + QByteArray::number(i) + "\r\n";
    rig.conn.queueReply(flood + "a1 OK done\r\n");
    const imap::Result r = rig.session.execute("NOOP");
    QVERIFY(!r.completed);
    QCOMPARE(r.failure, Failure::Protocol);
    QVERIFY2(r.error.contains(QLatin1String("more than 10")), qPrintable(r.error));
    QVERIFY(r.untagged.size() <= 10);
    QVERIFY(!rig.conn.isOpen());
    // One error event, typed: reports find it without reading its text.
    int facts = 0;
    for (const Event &e : rig.transcript.snapshot())
        facts += e.fact == EventFact::ProtocolError ? 1 : 0;
    QCOMPARE(facts, 1);
}

// Responses a command asked for and a sink streams away may arrive in one read, more of them
// than the cap on unread responses: the cap is for responses nobody reads, not for these.
void TestEngine::imapStreamedFloodInOneReadIsFine()
{
    imap::Limits limits;
    limits.maxUntaggedPerCommand = 10;
    ImapRig rig(0, kSilenceMs, limits);
    QByteArray flood;
    for (int i = 1; i <= 25; ++i)
        flood += "* " + QByteArray::number(i) + " FETCH (UID " + QByteArray::number(i) + ")\r\n";
    rig.conn.queueReply(flood + "a1 OK done\r\n");
    int streamed = 0;
    rig.session.setUntaggedSink([&streamed](imap::Response &) {
        ++streamed;
        return true;
    });
    const imap::Result r = rig.session.execute("UID FETCH 1:* (UID)");
    QVERIFY2(r.completed, qPrintable(r.error));
    QCOMPARE(streamed, 25);
    QVERIFY(rig.conn.isOpen());
}

void TestEngine::imapEndlessContinuationsEnd()
{
    ImapRig rig(0);
    rig.conn.queueReply(QByteArrayLiteral("+ more\r\n+ more\r\n+ more\r\n+ more\r\n+ more\r\n"));
    const imap::Result r = rig.session.execute("NOOP");
    QVERIFY(!r.completed);
    QCOMPARE(r.failure, Failure::Protocol);
    QCOMPARE(rig.conn.writes().size(), 1); // nothing sent in answer to the prompts

    // AUTHENTICATE: the extra prompt is answered with one cancel, never more.
    ImapRig auth(0);
    auth.session.setCapabilities({"IMAP4rev1", "AUTH=PLAIN"});
    auth.conn.queueReply(QByteArrayLiteral("+ \r\n"));
    auth.conn.queueReply(QByteArrayLiteral("+ again\r\n"));
    auth.conn.queueReply(QByteArrayLiteral("+ and again\r\n"));
    const imap::Result a = auth.session.login("joe", "pw");
    QVERIFY(!a.completed);
    QCOMPARE(a.failure, Failure::Protocol);
    QCOMPARE(auth.conn.writes().size(), 3);
    QCOMPARE(auth.conn.writes().last(), QByteArrayLiteral("*\r\n"));
}

void TestEngine::imapChattyServerMeetsTheDeadline()
{
    ImapRig rig(0, 2000);
    rig.session.setCommandTimeoutMs(400);
    // An untagged line every 50 ms: the silence timeout never fires, the deadline does.
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &rig.conn,
                     [&rig] { rig.conn.feed("* OK still working\r\n"); });
    tick.start(50);
    const imap::Result r = rig.session.execute("NOOP");
    tick.stop();
    QVERIFY(!r.completed);
    QCOMPARE(r.failure, Failure::Deadline);
    QCOMPARE(rig.conn.closeKind(), CloseKind::Deadline);
    QVERIFY(!r.untagged.empty());
    const Event end = rig.transcript.at(rig.conn.closeEventIndex());
    QCOMPARE(end.fact, EventFact::ProtocolError);
    QVERIFY2(end.text.contains(QLatin1String("deadline")), qPrintable(end.text));
}

void TestEngine::imapSlowReplyIsNotSilence()
{
    // One reply whose literal drips in a byte every 40 ms for far longer than the 300 ms
    // silence window: bytes keep coming, so it is not silence.
    ImapRig rig(0, 300);
    const QByteArray reply =
        "* 1 FETCH (BODY[] {30}\r\n" + QByteArray(30, 'x') + ")\r\na1 OK done\r\n";
    int sent = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &rig.conn, [&] {
        if (sent < reply.size()) rig.conn.feed(reply.mid(sent++, 1));
    });
    tick.start(40);
    QElapsedTimer timer;
    timer.start();
    const imap::Result r =
        rig.session.execute("FETCH", {imap::Arg::atom("1"), imap::Arg::atom("BODY[]")});
    tick.stop();
    QVERIFY(timer.elapsed() < kSanityMs);
    QVERIFY2(r.completed, qPrintable(r.error));
    QVERIFY(r.ok());
    QCOMPARE(countKind(rig.transcript, EventKind::Timeout), 0);

    // The same server then goes quiet mid-reply: that is silence.
    sent = 0;
    const QByteArray half = "* 1 FETCH (BODY[] {30}\r\nxxxx";
    QTimer::singleShot(0, &rig.conn, [&] { rig.conn.feed(half); });
    const imap::Result quiet = rig.session.execute("NOOP");
    QVERIFY(!quiet.completed);
    QCOMPARE(quiet.failure, Failure::Silence);
    QVERIFY2(quiet.error.contains(QLatin1String("within 0.3 s")), qPrintable(quiet.error));
}

void TestEngine::imapQueuedRepliesAfterTheDeadline()
{
    // The whole answer arrives in one piece, but only after the command's deadline has passed:
    // the deadline is checked before queued replies are taken, so a flood cannot outlast it.
    ImapRig rig(0, 5000);
    rig.session.setCommandTimeoutMs(150);
    QByteArray late;
    for (int i = 0; i < 50; ++i)
        late += "* OK line " + QByteArray::number(i) + "\r\n";
    late += "a1 OK done\r\n";
    QTimer::singleShot(0, &rig.conn, [&] {
        QThread::msleep(300); // the client is busy; the bytes are all there when it looks
        rig.conn.feed(late);
    });
    const imap::Result r = rig.session.execute("NOOP");
    QVERIFY(!r.completed);
    QCOMPARE(r.failure, Failure::Deadline);
    QCOMPARE(rig.conn.closeKind(), CloseKind::Deadline);
}

void TestEngine::smtpUnaskedRepliesAreCapped()
{
    smtp::Limits limits;
    limits.maxUnansweredReplies = 5;
    Transcript t;
    FakeConnection conn(&t);
    smtp::Session session(&conn, kSilenceMs, limits);
    QByteArray flood;
    for (int i = 0; i < 12; ++i)
        flood += "250 unasked\r\n";
    conn.feed("220 hi\r\n" + flood);
    QVERIFY(!conn.isOpen());
    QVERIFY2(conn.protocolError().contains(QLatin1String("nobody asked for")),
             qPrintable(conn.protocolError()));
}

// Untagged responses kept for one command are capped in bytes, not only in number: 40
// CAPABILITY responses with a 60 MB literal each took 2.8 GB before.
void TestEngine::imapKeptBytesAreCapped()
{
    QFETCH(int, piece);
    imap::Limits limits;
    limits.maxKeptBytesPerCommand = 4096;
    ImapRig rig(piece, kSilenceMs, limits);
    const QByteArray one = "* CAPABILITY {1000}\r\n" + QByteArray(1000, 'B') + "\r\n";
    // Within the cap: everything kept.
    rig.conn.queueReply(one + one + one + "a1 OK done\r\n");
    const imap::Result fine = rig.session.execute("CAPABILITY");
    QVERIFY2(fine.ok(), qPrintable(fine.error));
    QCOMPARE(fine.untagged.size(), size_t(3));

    QByteArray flood;
    for (int i = 0; i < 40; ++i)
        flood += one;
    rig.conn.queueReply(flood + "a2 OK done\r\n");
    const imap::Result r = rig.session.execute("CAPABILITY");
    QVERIFY(!r.completed);
    QCOMPARE(r.failure, Failure::Protocol);
    QVERIFY2(r.error.contains(QLatin1String("more than 4096 bytes in answer to one command")),
             qPrintable(r.error));
    qint64 kept = 0;
    for (const auto &u : r.untagged)
        kept += u.bytes;
    QVERIFY2(kept <= limits.maxKeptBytesPerCommand, qPrintable(QString::number(kept)));
    QVERIFY(!rig.conn.isOpen());
}

// Responses that arrive between commands wait for the next one: capped in bytes too.
void TestEngine::imapUnaskedBytesAreCapped()
{
    QFETCH(int, piece);
    imap::Limits limits;
    limits.maxKeptBytesPerCommand = 4096;
    ImapRig rig(piece, kSilenceMs, limits);
    const QByteArray one = "* 1 FETCH (BODY[] {1000}\r\n" + QByteArray(1000, 'Z') + ")\r\n";
    QByteArray flood = "* OK hello\r\n";
    for (int i = 0; i < 40; ++i)
        flood += one;
    rig.conn.feed(flood);
    QVERIFY(!rig.conn.isOpen());
    QVERIFY2(rig.conn.protocolError().contains(
                 QLatin1String("more than 4096 bytes of responses nobody asked for")),
             qPrintable(rig.conn.protocolError()));
    qint64 queued = 0;
    const std::vector<imap::Response> unasked = rig.session.takeUnsolicited();
    for (const auto &u : unasked)
        queued += u.bytes;
    // The cap, plus the one response that went over it; the rest was never parsed.
    QVERIFY2(queued <= limits.maxKeptBytesPerCommand + one.size(),
             qPrintable(QString::number(queued)));
    QVERIFY(unasked.size() < 41);
}

// A reply that arrived before a command was sent is not its answer: an extra 250 after EHLO
// was read as "STARTTLS refused: 250 …". It is noted and dropped; pipelined groups still get
// their own replies, and a waiting 421 still answers the next command.
void TestEngine::smtpUnsolicitedReplyIsNotAnAnswer()
{
    QFETCH(int, piece);
    SmtpRig rig(piece);
    rig.conn.feed("220 mx ESMTP\r\n");
    QVERIFY(rig.session.readGreeting().completed);
    rig.conn.queueReply("250-mx\r\n250 STARTTLS\r\n250 2.0.0 stale extra reply\r\n");
    QVERIFY(rig.session.hello("client.test").ok());
    rig.conn.queueReply("454 4.7.0 TLS not available now\r\n");
    const smtp::StartTlsOutcome t = rig.session.startTls(1000);
    QVERIFY2(t.reply.completed, qPrintable(t.reply.error));
    QCOMPARE(t.reply.reply.code, 454);
    int notes = 0;
    for (const Event &e : eventsOfKind(rig.transcript, EventKind::Note))
        notes +=
            e.text.contains(QLatin1String("nobody asked for: 250 2.0.0 stale extra reply")) ? 1 : 0;
    QCOMPARE(notes, 1);

    rig.conn.feed("250 another stale one\r\n");
    rig.conn.queueReply("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.0.0 Reset\r\n");
    const std::vector<smtp::Result> piped =
        rig.session.pipeline({"MAIL FROM:<a@b.test>", "RCPT TO:<c@d.test>", "RSET"});
    QCOMPARE(piped.size(), size_t(3));
    QCOMPARE(piped[0].reply.enhanced, QByteArrayLiteral("2.1.0"));
    QCOMPARE(piped[1].reply.enhanced, QByteArrayLiteral("2.1.5"));
    QCOMPARE(piped[2].reply.text(), QByteArrayLiteral("Reset"));

    rig.conn.feed("421 4.4.2 timeout\r\n");
    rig.conn.queueReply(QByteArray());
    const smtp::Result n = rig.session.command("NOOP");
    QVERIFY(n.completed);
    QCOMPARE(n.reply.code, 421);
}

// An echo's start held back, then the rest with a line that breaks the protocol: the parser
// closes the connection while the read is being delivered, and the close flushes what is
// held. Delivering before updating what is held recursed until the stack ran out.
void TestEngine::heldEchoAndAProtocolError()
{
    Transcript t;
    FakeConnection conn(&t);
    smtp::Session session(&conn, kSilenceMs);
    conn.send("a1 LOGIN fred Secret-Pass99\r\n", "a1 LOGIN fred <redacted>\r\n", true);
    conn.feed("535 5.7.8 you sent Secret-P"); // held: it may begin the secret
    conn.feed("ass99\r\nGARBAGE\r\n");
    QVERIFY(!conn.isOpen());
    QVERIFY2(!conn.protocolError().isEmpty(), "the garbage line is a protocol error");
    int replies = 0;
    for (const Event &e : t.snapshot()) {
        if (e.kind != EventKind::Receive) continue;
        QVERIFY2(!e.data.contains("Secret"), e.data.constData());
        replies += int(e.data.count("535 5.7.8"));
    }
    QCOMPARE(replies, 1); // delivered once, in order
    const std::vector<Event> all = t.snapshot();
    QCOMPARE(all.back().fact, EventFact::ProtocolError); // nothing after the close
}

void TestEngine::replyEventIsTheReceiveEvent()
{
    ImapRig rig(0);
    // A sink that writes a progress note for every untagged response, as the ghost scan
    // does: the reply event must still be the bytes that carried the tagged reply.
    rig.session.setUntaggedSink([&rig](imap::Response &) {
        rig.transcript.note(1, QStringLiteral("progress"));
        return true;
    });
    rig.conn.queueReply(
        QByteArrayLiteral("* 1 FETCH (UID 5)\r\n* 2 FETCH (UID 6)\r\na1 OK done\r\n"));
    const imap::Result r = rig.session.execute("UID FETCH", {imap::Arg::raw("1:* (UID)")});
    QVERIFY(r.ok());
    const Event reply = rig.transcript.at(r.replyEvent);
    QCOMPARE(reply.kind, EventKind::Receive);
    QVERIFY(reply.data.contains("a1 OK done"));
}

void TestEngine::transcriptDataLimit()
{
    Transcript t;
    t.setDataLimit(100);
    Event e;
    e.conn = 1;
    e.kind = EventKind::Receive;
    e.data = QByteArray(60, 'a');
    t.append(e);
    t.append(e); // over the limit: counted, not stored
    t.append(e); // merged into the same omitted event
    e.kind = EventKind::Send;
    t.append(e);
    const std::vector<Event> all = t.snapshot();
    QCOMPARE(int(all.size()), 4); // stored, the limit note, one omitted receive, one omitted send
    QCOMPARE(all[0].data.size(), 60);
    QCOMPARE(all[1].kind, EventKind::Note);
    QCOMPARE(all[2].fact, EventFact::Omitted);
    QCOMPARE(all[2].omittedBytes, qint64(120));
    QVERIFY(all[2].data.isEmpty());
    QCOMPARE(all[3].fact, EventFact::Omitted);
    QCOMPARE(t.storedBytes(), qint64(60));
    QCOMPARE(t.omittedBytes(), qint64(180));
    QVERIFY(all[2].displayText().contains(QLatin1String("120 bytes not stored")));
}

namespace {
// A console engine whose connections are fake transports the test answers for.
struct ConsoleRig
{
    explicit ConsoleRig(const QString &url)
    {
        engine.setConnectionFactory([this](Transcript *t, const TlsPolicy &, CancelToken *cancel) {
            auto c = std::make_unique<FakeConnection>(t, 0, cancel);
            conn = c.get();
            return std::unique_ptr<Connection>(std::move(c));
        });
        QVERIFY(Target::parse(url, &opts.target).isEmpty());
        opts.password = "Tr0ub4dor&3";
        opts.havePassword = true;
        opts.silenceSeconds = 3;
    }
    void open(const QByteArray &greeting)
    {
        engine.open(opts);
        QVERIFY(conn);
        conn->feed(greeting);
    }
    // Lines go in one at a time, each after the previous one's reply, as typed.
    void type(const QStringList &lines)
    {
        QSignalSpy idle(&engine, &ConsoleEngine::idle);
        engine.enqueue(lines);
        if (idle.isEmpty()) QVERIFY(idle.wait(10000));
    }
    Transcript transcript;
    ConsoleEngine engine{&transcript};
    DiagnoseOptions opts;
    FakeConnection *conn = nullptr;
};
} // namespace

void TestEngine::consoleSaslContinuationIsUntaggedAndRedacted()
{
    ConsoleRig rig(QStringLiteral("imaps://joe@mail.test"));
    rig.open("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n");
    const QByteArray blob = plainBlob("joe", "Tr0ub4dor&3").toBase64();
    rig.conn->queueReply("+ \r\n");
    rig.conn->queueReply("a1 OK done\r\n");
    rig.type({QStringLiteral("AUTHENTICATE PLAIN"), QString::fromLatin1(blob)});
    QCOMPARE(rig.conn->writes(), (QByteArrayList{"a1 AUTHENTICATE PLAIN\r\n", blob + "\r\n"}));
    const QList<Event> sends = eventsOfKind(rig.transcript, EventKind::Send);
    QCOMPARE(sends.size(), 2);
    QVERIFY(!sends[0].secret);
    QVERIFY(sends[1].secret);
    QCOMPARE(sends[1].data, QByteArrayLiteral("<redacted>\r\n"));
    QVERIFY(leaks(rig.transcript, {blob, "Tr0ub4dor"}).isEmpty());
    // The history keeps the command, never the continuation.
    QCOMPARE(rig.engine.history(), QStringList{QStringLiteral("AUTHENTICATE PLAIN")});
    // LOGIN with its password typed: secret, and not kept either.
    rig.conn->queueReply("a2 OK in\r\n");
    rig.type({QStringLiteral("LOGIN joe \"Tr0ub4dor&3\"")});
    QCOMPARE(rig.engine.history(), QStringList{QStringLiteral("AUTHENTICATE PLAIN")});
    QVERIFY(leaks(rig.transcript, {"Tr0ub4dor"}).isEmpty());
}

void TestEngine::consoleSmtpAuthLoginLinesAreSecrets()
{
    ConsoleRig rig(QStringLiteral("smtps://joe@mail.test"));
    rig.open("220 mx ESMTP\r\n");
    const QByteArray user = QByteArray("joe").toBase64(), pw = QByteArray("Tr0ub4dor&3").toBase64();
    rig.conn->queueReply("334 VXNlcm5hbWU6\r\n");
    rig.conn->queueReply("334 UGFzc3dvcmQ6\r\n");
    rig.conn->queueReply("235 2.7.0 ok\r\n");
    rig.type({QStringLiteral("AUTH LOGIN"), QString::fromLatin1(user), QString::fromLatin1(pw)});
    QCOMPARE(rig.conn->writes(), (QByteArrayList{"AUTH LOGIN\r\n", user + "\r\n", pw + "\r\n"}));
    const QList<Event> sends = eventsOfKind(rig.transcript, EventKind::Send);
    QCOMPARE(sends.size(), 3);
    QVERIFY(sends[1].secret && sends[2].secret);
    QVERIFY(leaks(rig.transcript, {pw, "Tr0ub4dor"}).isEmpty());
    QCOMPARE(rig.engine.history(), QStringList{QStringLiteral("AUTH LOGIN")});
}

void TestEngine::consoleRefusesSecretsInTheClear()
{
    ConsoleRig rig(QStringLiteral("imap://joe@mail.test"));
    rig.open("* OK [CAPABILITY IMAP4rev1] ready\r\n");
    rig.conn->queueReply("a3 OK noop\r\n");
    rig.type(
        {QStringLiteral(".login"), QStringLiteral("LOGIN joe secretword"), QStringLiteral("NOOP")});
    // Only NOOP went out; the refusals are in the transcript in plain words.
    QCOMPARE(rig.conn->writes().size(), 1);
    QVERIFY(rig.conn->writes().first().endsWith("NOOP\r\n"));
    QVERIFY(leaks(rig.transcript, {"secretword", "Tr0ub4dor"}).isEmpty());
    QCOMPARE(countKind(rig.transcript, EventKind::Error), 2);
    QCOMPARE(rig.engine.history(), QStringList{QStringLiteral("NOOP")});

    // Allowed explicitly: .login goes out (redacted in the transcript).
    ConsoleRig allowed(QStringLiteral("imap://joe@mail.test"));
    allowed.opts.allowPlaintextLogin = true;
    allowed.open("* OK [CAPABILITY IMAP4rev1] ready\r\n");
    allowed.conn->queueReply("a1 OK in\r\n");
    allowed.type({QStringLiteral(".login")});
    QCOMPARE(allowed.conn->writes().size(), 1);
    QVERIFY(allowed.conn->writes().first().startsWith("a1 LOGIN joe"));
    QVERIFY(leaks(allowed.transcript, {"Tr0ub4dor"}).isEmpty());
}

void TestEngine::consoleLiteralPasswordIsSecret_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("prompt"); // the server's answer to the command line
    QTest::addColumn<int>("silence");
    QTest::newRow("LITERAL+, no prompt") << QStringLiteral("LOGIN joe {11+}") << QByteArray() << 30;
    QTest::newRow("synchronising, prompt")
        << QStringLiteral("LOGIN joe {11}") << QByteArrayLiteral("+ go ahead\r\n") << 30;
    // The prompt is late: the queue moves on after --silence, and the next line is still the
    // literal, still secret.
    QTest::newRow("synchronising, late prompt")
        << QStringLiteral("LOGIN joe {11}") << QByteArray() << 1;
    QTest::newRow("user name as a literal too")
        << QStringLiteral("LOGIN {3+}") << QByteArray() << 30;
}

void TestEngine::consoleLiteralPasswordIsSecret()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, prompt);
    QFETCH(int, silence);
    ConsoleRig rig(QStringLiteral("imaps://joe@mail.test"));
    rig.opts.silenceSeconds = silence;
    rig.open("* OK [CAPABILITY IMAP4rev1 LITERAL+] ready\r\n");
    QStringList lines{command};
    if (command.contains(QLatin1String("{3+}"))) {
        lines << QStringLiteral("joe {11+}");
        rig.conn->queueReply({});
    }
    lines << QStringLiteral("Tr0ub4dor&3");
    rig.conn->queueReply(prompt);
    rig.conn->queueReply("a1 OK in\r\n");
    rig.type(lines);
    QCOMPARE(rig.conn->writes().size(), lines.size());
    QCOMPARE(rig.conn->writes().last(), QByteArrayLiteral("Tr0ub4dor&3\r\n")); // untagged
    QVERIFY2(leaks(rig.transcript, {"Tr0ub4dor"}).isEmpty(),
             qPrintable(leaks(rig.transcript, {"Tr0ub4dor"}).join(QLatin1Char('\n'))));
    const QList<Event> sends = eventsOfKind(rig.transcript, EventKind::Send);
    QVERIFY(sends.last().secret);
    for (const QString &h : rig.engine.history())
        QVERIFY2(!h.contains(QLatin1String("Tr0ub4dor")), qPrintable(h));
    // The command ended: the next line is a command again, tagged.
    rig.conn->queueReply("a2 OK noop\r\n");
    rig.type({QStringLiteral("NOOP")});
    QCOMPARE(rig.conn->writes().last(), QByteArrayLiteral("a2 NOOP\r\n"));
}

void TestEngine::consoleOwnTagStillRedacts()
{
    // The user typed a tag of their own: the line still carries a password.
    ConsoleRig rig(QStringLiteral("imaps://joe@mail.test"));
    rig.open("* OK [CAPABILITY IMAP4rev1] ready\r\n");
    rig.conn->queueReply("a1 BAD unknown command x1\r\n");
    rig.type({QStringLiteral("x1 LOGIN joe Tr0ub4dor&3")});
    QVERIFY(leaks(rig.transcript, {"Tr0ub4dor"}).isEmpty());
    QVERIFY(rig.engine.history().isEmpty());
    const QList<Event> sends = eventsOfKind(rig.transcript, EventKind::Send);
    QCOMPARE(sends.size(), 1);
    QVERIFY(sends[0].secret);
    QCOMPARE(sends[0].data, QByteArrayLiteral("a1 x1 LOGIN joe <redacted>\r\n"));
}

void TestEngine::consoleCloseDuringAWaitIsDeferred()
{
    // A close (the Disconnect button, a queued call from the window's thread) arrives while
    // the engine waits for a reply in a nested event loop: the connection must survive until
    // that wait has unwound, and the wait ends at once instead of after --silence.
    ConsoleRig rig(QStringLiteral("imaps://joe@mail.test"));
    rig.opts.silenceSeconds = 60;
    rig.open("* OK [CAPABILITY IMAP4rev1] ready\r\n");
    rig.conn->queueReply({}); // NOOP: no answer
    rig.conn->queueReply("* BYE bye\r\na2 OK LOGOUT done\r\n");
    bool openDuringClose = false;
    QTimer::singleShot(200, &rig.engine, [&] {
        rig.engine.close();
        openDuringClose = rig.engine.isOpen(); // deferred: still open inside the wait
    });
    QSignalSpy state(&rig.engine, &ConsoleEngine::stateChanged);
    QElapsedTimer timer;
    timer.start();
    rig.type({QStringLiteral("NOOP"), QStringLiteral("NOOP")});
    QVERIFY(openDuringClose);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.engine.isOpen(), 10000);
    QVERIFY2(timer.elapsed() < 30000, "the wait was not cancelled"); // far below --silence
    // The second NOOP was dropped with the queue; the close still said goodbye.
    QCOMPARE(rig.engine.pendingLines(), 0);
}

namespace {
// Lines the fake server got that log in: IMAP LOGIN or AUTHENTICATE, SMTP AUTH.
int loginWrites(const FakeConnection &c)
{
    int n = 0;
    for (const QByteArray &w : c.writes())
        n += w.contains(" LOGIN ") || w.contains(" AUTHENTICATE ") || w.startsWith("AUTH ") ? 1 : 0;
    return n;
}

QString errorTexts(const Transcript &t)
{
    QStringList out;
    for (const Event &e : eventsOfKind(t, EventKind::Error))
        out << e.text;
    return out.join(QLatin1Char('\n'));
}
} // namespace

void TestEngine::consoleRefusedLoginIsNotRepeated_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<QByteArray>("refusal");
    QTest::addColumn<QString>("raw"); // a login the user types: theirs, never held back
    QTest::newRow("IMAP LOGIN") << QStringLiteral("imaps://joe@mail.test")
                                << QByteArrayLiteral("* OK [CAPABILITY IMAP4rev1] ready\r\n")
                                << QByteArrayLiteral(
                                       "a1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")
                                << QStringLiteral("LOGIN joe Tr0ub4dor&3");
    QTest::newRow("SMTP AUTH")
        << QStringLiteral("smtps://joe@mail.test") << QByteArrayLiteral("220 mx ESMTP\r\n")
        << QByteArrayLiteral("535 5.7.8 Authentication credentials invalid\r\n")
        << QStringLiteral("AUTH PLAIN ") +
               QString::fromLatin1(plainBlob("joe", "Tr0ub4dor&3").toBase64());
}

// A refused .login is never sent again with the same password in the session (lockouts,
// fail2ban): the repeats are held back with a line saying why and what to do instead.
void TestEngine::consoleRefusedLoginIsNotRepeated()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, greeting);
    QFETCH(QByteArray, refusal);
    QFETCH(QString, raw);
    ConsoleRig rig(url);
    rig.open(greeting);
    rig.conn->queueReply(refusal);
    rig.type({QStringLiteral(".login"), QStringLiteral(".login"), QStringLiteral(".login")});
    QCOMPARE(loginWrites(*rig.conn), 1);
    QCOMPARE(rig.conn->writes().size(), 1);
    const QString errors = errorTexts(rig.transcript);
    QCOMPARE(countKind(rig.transcript, EventKind::Error), 2);
    for (const char *words :
         {"not sent: the last .login in this session did not succeed", "the server refused it",
          "never sends the same password", "start a new session"})
        QVERIFY2(errors.contains(QLatin1String(words)), qPrintable(errors));
    QVERIFY2(errors.contains(QString::fromLatin1(refusal.trimmed().mid(refusal.indexOf(' ') + 1))),
             qPrintable(errors));
    QVERIFY(leaks(rig.transcript, {"Tr0ub4dor"}).isEmpty());
    // A login typed in full is the user's own command: it goes out.
    rig.conn->queueReply(refusal);
    rig.type({raw});
    QCOMPARE(loginWrites(*rig.conn), 2);
    QVERIFY(leaks(rig.transcript, {"Tr0ub4dor"}).isEmpty());
}

// No answer to .login (the server hangs up): the same password is not sent again, not after
// connecting anew either; a new password opens the gate.
void TestEngine::consoleUnansweredLoginIsNotRepeated()
{
    ConsoleRig rig(QStringLiteral("imaps://joe@mail.test"));
    rig.open("* OK [CAPABILITY IMAP4rev1] ready\r\n");
    rig.conn->queueReply({}); // LOGIN: no answer; the server closes instead
    FakeConnection *first = rig.conn;
    QTimer::singleShot(100, first, [first] { first->peerClose(false); });
    rig.type({QStringLiteral(".login")});
    QCOMPARE(loginWrites(*first), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.engine.isOpen(), 10000);
    first = nullptr; // replaced by the next connection

    // Connect again with the same password (the desktop console's Connect): held back.
    rig.open("* OK [CAPABILITY IMAP4rev1] ready\r\n");
    rig.type({QStringLiteral(".login")});
    QCOMPARE(loginWrites(*rig.conn), 0);
    const QString errors = errorTexts(rig.transcript);
    QVERIFY2(errors.contains(QLatin1String("the server did not answer it")), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("not sent: the last .login")), qPrintable(errors));

    // Another password given: it may be tried.
    rig.opts.password = "N3w-Passw0rd";
    rig.open("* OK [CAPABILITY IMAP4rev1] ready\r\n");
    rig.conn->queueReply("a1 OK in\r\n");
    rig.type({QStringLiteral(".login")});
    QCOMPARE(loginWrites(*rig.conn), 1);
    QVERIFY(leaks(rig.transcript, {"Tr0ub4dor", "N3w-Passw0rd"}).isEmpty());
}

void TestEngine::consoleIncompleteLoginIsNotSent_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("typed"); // an incomplete LOGIN, then its missing part
    QTest::addColumn<QByteArray>("secret");
    const QString tls = QStringLiteral("imaps://joe@mail.test");
    QTest::newRow("user name, then the password")
        << tls << QStringList{QStringLiteral("LOGIN joe"), QStringLiteral("Pw-after-user-1")}
        << QByteArrayLiteral("Pw-after-user-1");
    QTest::newRow("bare LOGIN, then user and password")
        << tls << QStringList{QStringLiteral("LOGIN"), QStringLiteral("joe Pw-after-user-1")}
        << QByteArrayLiteral("Pw-after-user-1");
    QTest::newRow("own tag") << tls
                             << QStringList{QStringLiteral("x1 login \"joe\""),
                                            QStringLiteral("Pw-after-user-1")}
                             << QByteArrayLiteral("Pw-after-user-1");
    // A password that starts like a command is still the password.
    QTest::newRow("password reads as a command")
        << tls << QStringList{QStringLiteral("LOGIN joe"), QStringLiteral("Select Me-2024")}
        << QByteArrayLiteral("Me-2024");
    QTest::newRow("unencrypted") << QStringLiteral("imap://joe@mail.test")
                                 << QStringList{QStringLiteral("LOGIN joe"),
                                                QStringLiteral("Pw-after-user-1")}
                                 << QByteArrayLiteral("Pw-after-user-1");
}

// IMAP LOGIN has no prompt for its password: typed without it, the LOGIN is not sent, the
// console says how to log in, and the line typed after it (probably the password) is not sent
// as a command, shown, or kept in the history.
void TestEngine::consoleIncompleteLoginIsNotSent()
{
    QFETCH(QString, url);
    QFETCH(QStringList, typed);
    QFETCH(QByteArray, secret);
    ConsoleRig rig(url);
    rig.open("* OK [CAPABILITY IMAP4rev1] ready\r\n");
    rig.conn->queueReply("a1 OK noop\r\n");
    rig.type(typed + QStringList{QStringLiteral("NOOP")});
    QCOMPARE(rig.conn->writes().size(), 1);
    QVERIFY2(rig.conn->writes().first().endsWith(" NOOP\r\n"),
             rig.conn->writes().first().constData());
    const QStringList l = leaks(rig.transcript, {secret});
    QVERIFY2(l.isEmpty(), qPrintable(l.join(QLatin1Char('\n'))));
    QCOMPARE(rig.engine.history(), QStringList{QStringLiteral("NOOP")});
    const QString errors = errorTexts(rig.transcript);
    for (const char *words : {"LOGIN user password", "one line", ".login"})
        QVERIFY2(errors.contains(QLatin1String(words)), qPrintable(errors));
}

void TestEngine::consoleOwedLoginDataIsNeverACommand_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("typed");
    QTest::addColumn<QByteArrayList>("replies");
    QTest::addColumn<int>("sent"); // lines of the login that went out
    const QString tls = QStringLiteral("imaps://joe@mail.test");
    const QString user = QString::fromLatin1(QByteArray("joe").toBase64());
    // The password after a user name the server refused; it reads like a command.
    QTest::newRow("AUTHENTICATE LOGIN refused after the user name")
        << tls
        << QStringList{QStringLiteral("AUTHENTICATE LOGIN"), user, QStringLiteral("Select Me-2024")}
        << QByteArrayList{"+ VXNlcm5hbWU6\r\n", "a1 NO [AUTHENTICATIONFAILED] no\r\n"} << 2;
    QTest::newRow("literal refused")
        << tls << QStringList{QStringLiteral("LOGIN joe {14}"), QStringLiteral("Select Me-2024")}
        << QByteArrayList{"a1 NO no literals here\r\n"} << 1;
    QTest::newRow("literal in the clear")
        << QStringLiteral("imap://joe@mail.test")
        << QStringList{QStringLiteral("LOGIN joe {14}"), QStringLiteral("Select Me-2024")}
        << QByteArrayList{} << 0;
    // The user name's literal refused: the password's literal after it is owed too.
    QTest::newRow("user name literal refused")
        << tls
        << QStringList{QStringLiteral("LOGIN {3}"), QStringLiteral("joe {14}"),
                       QStringLiteral("List Me-2024")}
        << QByteArrayList{"a1 NO no literals here\r\n"} << 1;
}

// Login data owed to a login that ended is not sent, whatever words it is made of; the next
// line is a command again.
void TestEngine::consoleOwedLoginDataIsNeverACommand()
{
    QFETCH(QString, url);
    QFETCH(QStringList, typed);
    QFETCH(QByteArrayList, replies);
    QFETCH(int, sent);
    ConsoleRig rig(url);
    rig.open("* OK [CAPABILITY IMAP4rev1 AUTH=LOGIN] ready\r\n");
    for (const QByteArray &r : replies)
        rig.conn->queueReply(r);
    rig.conn->queueReply("a9 OK noop\r\n");
    rig.type(typed + QStringList{QStringLiteral("NOOP")});
    QCOMPARE(rig.conn->writes().size(), sent + 1);
    QVERIFY2(rig.conn->writes().last().endsWith(" NOOP\r\n"),
             rig.conn->writes().last().constData());
    const QStringList l = leaks(rig.transcript, {"Me-2024"});
    QVERIFY2(l.isEmpty(), qPrintable(l.join(QLatin1Char('\n'))));
    for (const QString &h : rig.engine.history())
        QVERIFY2(!h.contains(QLatin1String("Me-2024")), qPrintable(h));
    QVERIFY2(errorTexts(rig.transcript).contains(QLatin1String("not sent: the login ended")),
             qPrintable(errorTexts(rig.transcript)));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
