// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Unit tests for the incremental SMTP reply parser (app/smtp/SmtpParser).
#include "smtp/SmtpParser.h"

#include <QTest>

using namespace mailscope::smtp;

namespace {

// "250 enh=2.1.0 lines=[2.1.0 Ok] text=Ok"
QByteArray describe(const Reply &r)
{
    return QByteArray::number(r.code) + " enh=" + r.enhanced + " lines=[" + r.lines.join('|') +
           "] text=" + r.text();
}

struct Outcome
{
    QList<QByteArray> replies; // describe() of each
    QList<qsizetype> bytes;
    qsizetype consumed = 0;
    bool error = false;
    QString errorString;
};

Outcome feedPieces(const QByteArray &input, const QList<qsizetype> &cuts,
                   const Limits &limits = Limits())
{
    Parser p(limits);
    Outcome o;
    qsizetype from = 0;
    QList<qsizetype> all = cuts;
    all.append(input.size());
    for (qsizetype to : all) {
        o.consumed += p.feed(input.constData() + from, to - from);
        from = to;
        Reply r;
        while (p.next(r)) {
            o.replies.append(describe(r));
            o.bytes.append(r.bytes);
        }
    }
    o.error = p.hasError();
    o.errorString = p.errorString();
    return o;
}

Outcome feedChunked(const QByteArray &input, qsizetype piece, const Limits &limits = Limits())
{
    QList<qsizetype> cuts;
    for (qsizetype i = piece; i < input.size(); i += piece)
        cuts.append(i);
    return feedPieces(input, cuts, limits);
}

} // namespace

class TestSmtpParser : public QObject
{
    Q_OBJECT

private slots:
    void replies_data();
    void replies();
    void enhancedCode_data();
    void enhancedCode();
    void isPositive_data();
    void isPositive();
    void stopAfterReply_data();
    void stopAfterReply();
    void hostile_data();
    void hostile();
    void lineOverLimitWithoutNewline();
    void linesAtLimitAccepted();
    void inputIgnoredAfterError();
    void resetClearsError();
    void closingInTheMiddleOfAReply_data();
    void closingInTheMiddleOfAReply();
};

void TestSmtpParser::replies_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected"); // describe() of each reply, '\n'-joined

    QTest::newRow("greeting") << QByteArrayLiteral("220 mail.example.com ESMTP Postfix\r\n")
                              << QByteArrayLiteral("220 enh= lines=[mail.example.com ESMTP "
                                                   "Postfix] text=mail.example.com ESMTP Postfix");
    QTest::newRow("EHLO multi-line")
        << QByteArrayLiteral("250-mail.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n"
                             "250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n")
        << QByteArrayLiteral("250 enh= lines=[mail.example.com|PIPELINING|SIZE 10240000|AUTH "
                             "PLAIN LOGIN|8BITMIME] text=mail.example.com PIPELINING SIZE "
                             "10240000 AUTH PLAIN LOGIN 8BITMIME");
    QTest::newRow("enhanced 2.1.0") << QByteArrayLiteral("250 2.1.0 Ok\r\n")
                                    << QByteArrayLiteral("250 enh=2.1.0 lines=[2.1.0 Ok] text=Ok");
    QTest::newRow("enhanced 5.7.8")
        << QByteArrayLiteral("535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6\r\n")
        << QByteArrayLiteral("535 enh=5.7.8 lines=[5.7.8 Error: authentication failed: "
                             "UGFzc3dvcmQ6] text=Error: authentication failed: UGFzc3dvcmQ6");
    QTest::newRow("enhanced alone") << QByteArrayLiteral("451 4.3.0\r\n")
                                    << QByteArrayLiteral("451 enh=4.3.0 lines=[4.3.0] text=");
    QTest::newRow("enhanced multi-line")
        << QByteArrayLiteral("550-5.1.1 The email account that you tried to reach\r\n"
                             "550 5.1.1 does not exist.\r\n")
        << QByteArrayLiteral("550 enh=5.1.1 lines=[5.1.1 The email account that you tried to "
                             "reach|5.1.1 does not exist.] text=The email account that you tried "
                             "to reach does not exist.");
    QTest::newRow("no enhanced code")
        << QByteArrayLiteral("250 Ok\r\n") << QByteArrayLiteral("250 enh= lines=[Ok] text=Ok");
    QTest::newRow("2.1 is not a code") << QByteArrayLiteral("250 2.1 Ok\r\n")
                                       << QByteArrayLiteral("250 enh= lines=[2.1 Ok] text=2.1 Ok");
    QTest::newRow("2.1.0Ok is not a code")
        << QByteArrayLiteral("250 2.1.0Ok\r\n")
        << QByteArrayLiteral("250 enh= lines=[2.1.0Ok] text=2.1.0Ok");
    QTest::newRow("class 3 is not a code")
        << QByteArrayLiteral("354 3.0.0 go ahead\r\n")
        << QByteArrayLiteral("354 enh= lines=[3.0.0 go ahead] text=3.0.0 go ahead");
    QTest::newRow("version number is not a code")
        << QByteArrayLiteral("220 mx ESMTP 2.10.3 ready\r\n")
        << QByteArrayLiteral("220 enh= lines=[mx ESMTP 2.10.3 ready] text=mx ESMTP 2.10.3 ready");
    QTest::newRow("four parts is not a code")
        << QByteArrayLiteral("250 2.1.0.1 x\r\n")
        << QByteArrayLiteral("250 enh= lines=[2.1.0.1 x] text=2.1.0.1 x");
    QTest::newRow("bare 250") << QByteArrayLiteral("250\r\n")
                              << QByteArrayLiteral("250 enh= lines=[] text=");
    QTest::newRow("bare 250-, then 250") << QByteArrayLiteral("250-\r\n250 ok\r\n")
                                         << QByteArrayLiteral("250 enh= lines=[|ok] text= ok");
    QTest::newRow("several replies in one chunk")
        << QByteArrayLiteral("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with "
                             "<CR><LF>.<CR><LF>\r\n")
        << QByteArrayLiteral("250 enh=2.1.0 lines=[2.1.0 Ok] text=Ok\n"
                             "250 enh=2.1.5 lines=[2.1.5 Ok] text=Ok\n"
                             "354 enh= lines=[End data with <CR><LF>.<CR><LF>] text=End data with "
                             "<CR><LF>.<CR><LF>");
    QTest::newRow("bare LF") << QByteArrayLiteral("250-a\n250 b\n221 bye\n")
                             << QByteArrayLiteral("250 enh= lines=[a|b] text=a b\n"
                                                  "221 enh= lines=[bye] text=bye");
    QTest::newRow("8-bit text") << QByteArrayLiteral("554 5.7.1 Zur\xc3\xbc"
                                                     "ckgewiesen\r\n")
                                << QByteArrayLiteral("554 enh=5.7.1 lines=[5.7.1 Zur\xc3\xbc"
                                                     "ckgewiesen] text=Zur\xc3\xbc"
                                                     "ckgewiesen");
}

void TestSmtpParser::replies()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);

    const Outcome whole = feedPieces(input, {});
    QVERIFY2(!whole.error, qPrintable(whole.errorString));
    QCOMPARE(whole.consumed, input.size());
    QCOMPARE(whole.replies.join('\n'), expected);
    qsizetype total = 0;
    for (qsizetype b : whole.bytes)
        total += b;
    QCOMPARE(total, input.size());

    // Split once at every byte boundary, and one byte at a time: identical results.
    for (qsizetype i = 1; i < input.size(); ++i) {
        const Outcome split = feedPieces(input, {i});
        QVERIFY2(!split.error, qPrintable(split.errorString));
        if (split.replies != whole.replies || split.bytes != whole.bytes)
            QFAIL(qPrintable(QStringLiteral("split at byte %1: %2")
                                 .arg(i)
                                 .arg(QString::fromLatin1(split.replies.join('\n')))));
        QCOMPARE(split.consumed, input.size());
    }
    const Outcome bytewise = feedChunked(input, 1);
    QCOMPARE(bytewise.replies, whole.replies);
    QCOMPARE(bytewise.bytes, whole.bytes);
    QVERIFY(!bytewise.error);
}

void TestSmtpParser::enhancedCode_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("code");

    QTest::newRow("2.1.0") << QByteArrayLiteral("2.1.0 Ok") << QByteArrayLiteral("2.1.0");
    QTest::newRow("5.7.8") << QByteArrayLiteral("5.7.8 Error") << QByteArrayLiteral("5.7.8");
    QTest::newRow("4.7.0 alone") << QByteArrayLiteral("4.7.0") << QByteArrayLiteral("4.7.0");
    QTest::newRow("3-digit parts")
        << QByteArrayLiteral("5.123.456 x") << QByteArrayLiteral("5.123.456");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("plain text") << QByteArrayLiteral("Ok") << QByteArray();
    QTest::newRow("class 1") << QByteArrayLiteral("1.0.0 x") << QByteArray();
    QTest::newRow("class 3") << QByteArrayLiteral("3.0.0 x") << QByteArray();
    QTest::newRow("two parts") << QByteArrayLiteral("2.1 x") << QByteArray();
    QTest::newRow("empty subject") << QByteArrayLiteral("2..0 x") << QByteArray();
    QTest::newRow("empty detail") << QByteArrayLiteral("2.1. x") << QByteArray();
    QTest::newRow("4-digit subject") << QByteArrayLiteral("2.1234.0 x") << QByteArray();
    QTest::newRow("4-digit detail") << QByteArrayLiteral("2.1.1234 x") << QByteArray();
    QTest::newRow("two-digit class") << QByteArrayLiteral("25.1.0 x") << QByteArray();
    QTest::newRow("glued text") << QByteArrayLiteral("2.1.0Ok") << QByteArray();
    QTest::newRow("four parts") << QByteArrayLiteral("2.1.0.1 x") << QByteArray();
    QTest::newRow("leading space") << QByteArrayLiteral(" 2.1.0 x") << QByteArray();
    QTest::newRow("letters") << QByteArrayLiteral("2.a.0 x") << QByteArray();
}

void TestSmtpParser::enhancedCode()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, code);
    QCOMPARE(Parser::enhancedCode(text), code);
}

void TestSmtpParser::isPositive_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("positive");
    QTest::newRow("220") << 220 << true;
    QTest::newRow("250") << 250 << true;
    QTest::newRow("334") << 334 << true;
    QTest::newRow("354") << 354 << true;
    QTest::newRow("421") << 421 << false;
    QTest::newRow("535") << 535 << false;
}

void TestSmtpParser::isPositive()
{
    QFETCH(int, code);
    QFETCH(bool, positive);
    Parser p;
    p.feed(QByteArray::number(code) + " x\r\n");
    Reply r;
    QVERIFY(p.next(r));
    QCOMPARE(r.code, code);
    QCOMPARE(r.isPositive(), positive);
}

void TestSmtpParser::stopAfterReply_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("consumed");
    QTest::addColumn<QByteArray>("first");

    QTest::newRow("STARTTLS injection")
        << QByteArrayLiteral("220 2.0.0 Ready to start TLS\r\n250 injected\r\n") << qsizetype(30)
        << QByteArrayLiteral("220 enh=2.0.0 lines=[2.0.0 Ready to start TLS] text=Ready to "
                             "start TLS");
    QTest::newRow("multi-line first reply")
        << QByteArrayLiteral("250-a\r\n250 b\r\n220 x\r\n") << qsizetype(14)
        << QByteArrayLiteral("250 enh= lines=[a|b] text=a b");
    QTest::newRow("garbage after the reply is not parsed")
        << QByteArrayLiteral("220 go\r\nnot smtp at all\r\n") << qsizetype(8)
        << QByteArrayLiteral("220 enh= lines=[go] text=go");
    QTest::newRow("only one reply") << QByteArrayLiteral("220 go\r\n") << qsizetype(8)
                                    << QByteArrayLiteral("220 enh= lines=[go] text=go");
}

void TestSmtpParser::stopAfterReply()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, consumed);
    QFETCH(QByteArray, first);

    for (qsizetype cut = 1; cut <= input.size(); ++cut) {
        Parser p;
        qsizetype total = p.feed(input.constData(), cut, true);
        if (total == cut && !p.hasPending() && cut < input.size())
            total += p.feed(input.constData() + cut, input.size() - cut, true);
        QCOMPARE(total, consumed);
        QVERIFY(!p.hasError()); // the bytes after the reply were never looked at
        Reply r;
        QVERIFY(p.next(r));
        QCOMPARE(describe(r), first);
        QVERIFY(!p.next(r));
    }
}

void TestSmtpParser::hostile_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("validBefore"); // replies delivered before the error
    QTest::addColumn<QString>("message");

    QTest::newRow("hello") << QByteArrayLiteral("hello\r\n") << 0
                           << QStringLiteral("not an SMTP reply: \"hello\"");
    QTest::newRow("HTTP") << QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\n") << 0
                          << QStringLiteral("not an SMTP reply");
    QTest::newRow("IMAP greeting") << QByteArrayLiteral("* OK IMAP4rev1 ready\r\n") << 0
                                   << QStringLiteral("not an SMTP reply");
    QTest::newRow("four digits") << QByteArrayLiteral("2500 x\r\n") << 0
                                 << QStringLiteral("not an SMTP reply");
    QTest::newRow("1xx") << QByteArrayLiteral("199 x\r\n") << 0
                         << QStringLiteral("not an SMTP reply");
    QTest::newRow("6xx") << QByteArrayLiteral("600 x\r\n") << 0
                         << QStringLiteral("not an SMTP reply");
    QTest::newRow("two digits") << QByteArrayLiteral("25\r\n") << 0
                                << QStringLiteral("not an SMTP reply");
    QTest::newRow("empty line") << QByteArrayLiteral("\r\n") << 0
                                << QStringLiteral("not an SMTP reply");
    QTest::newRow("good reply then junk")
        << QByteArrayLiteral("250 ok\r\nhello\r\n") << 1 << QStringLiteral("not an SMTP reply");
    QTest::newRow("code changes mid-way")
        << QByteArrayLiteral("250-a\r\n251 b\r\n") << 0
        << QStringLiteral("multi-line reply changed its code from 250 to 251");
    QTest::newRow("code changes after several lines")
        << QByteArrayLiteral("220 hi\r\n250-a\r\n250-b\r\n550 c\r\n") << 1
        << QStringLiteral("changed its code from 250 to 550");
    {
        QByteArray many;
        for (int i = 0; i < 1001; ++i)
            many += "250-line " + QByteArray::number(i) + "\r\n";
        many += "250 end\r\n";
        QTest::newRow("more than maxLines lines")
            << many << 0 << QStringLiteral("multi-line reply longer than 1000 lines");
    }
    {
        // Within the line and line-count limits, but too much for one reply.
        QByteArray fat;
        for (int i = 0; i < 10; ++i)
            fat += "250-" + QByteArray(30000, 'E') + "\r\n";
        fat += "250 end\r\n";
        QTest::newRow("a reply over maxReplyBytes")
            << fat << 0 << QStringLiteral("reply longer than the limit of 262144 bytes");
    }
    QTest::newRow("line over the limit, newline at the end")
        << QByteArray("250 " + QByteArray(70000, 'x') + "\r\n") << 0
        << QStringLiteral("reply line longer than the limit of 65536 bytes");
}

void TestSmtpParser::hostile()
{
    QFETCH(QByteArray, input);
    QFETCH(int, validBefore);
    QFETCH(QString, message);

    for (const qsizetype piece : {qsizetype(input.size()), qsizetype(1), qsizetype(5)}) {
        const Outcome o = feedChunked(input, piece);
        QVERIFY(o.error);
        QVERIFY2(o.errorString.contains(message), qPrintable(o.errorString));
        QCOMPARE(o.replies.size(), validBefore);
        QCOMPARE(o.consumed, input.size());
    }
}

void TestSmtpParser::lineOverLimitWithoutNewline()
{
    Limits limits;
    limits.maxLineLength = 100;
    Parser p(limits);
    p.feed(QByteArrayLiteral("250 "));
    const QByteArray chunk(64, 'y');
    int feeds = 0;
    while (!p.hasError() && feeds < 1000) {
        QCOMPARE(p.feed(chunk), chunk.size());
        ++feeds;
    }
    QVERIFY(p.hasError());
    QVERIFY2(p.errorString().contains(QLatin1String("longer than the limit of 100")),
             qPrintable(p.errorString()));
    QVERIFY(feeds <= 2); // noticed as soon as the limit was passed
    QVERIFY(!p.hasPending());

    // Default limit, 64 KiB pieces, never a newline.
    Parser q;
    const QByteArray big(64 * 1024, 'z');
    feeds = 0;
    while (!q.hasError() && feeds < 100) {
        q.feed(big);
        ++feeds;
    }
    QVERIFY(q.hasError());
    QVERIFY(feeds <= 2);
}

void TestSmtpParser::linesAtLimitAccepted()
{
    Limits limits;
    limits.maxLines = 10;
    QByteArray ten;
    for (int i = 0; i < 9; ++i)
        ten += "250-l" + QByteArray::number(i) + "\r\n";
    ten += "250 last\r\n";
    Outcome o = feedPieces(ten, {}, limits);
    QVERIFY2(!o.error, qPrintable(o.errorString));
    QCOMPARE(o.replies.size(), 1);

    const QByteArray eleven = "250-extra\r\n" + ten;
    o = feedPieces(eleven, {}, limits);
    QVERIFY(o.error);
    QVERIFY(o.errorString.contains(QLatin1String("longer than 10 lines")));
    QVERIFY(o.replies.isEmpty());

    // A line of exactly maxLineLength is fine.
    Limits l2;
    l2.maxLineLength = 20;
    const QByteArray exact = "250 " + QByteArray(16, 'e') + "\r\n";
    o = feedChunked(exact, 3, l2);
    QVERIFY2(!o.error, qPrintable(o.errorString));
    QCOMPARE(o.replies.size(), 1);
}

void TestSmtpParser::inputIgnoredAfterError()
{
    Parser p;
    p.feed(QByteArrayLiteral("hello\r\n"));
    QVERIFY(p.hasError());
    const QString err = p.errorString();
    const QByteArray more = QByteArrayLiteral("250 ok\r\n220 fine\r\n");
    QCOMPARE(p.feed(more), more.size());
    QCOMPARE(p.feed(more.constData(), more.size(), true), more.size());
    QVERIFY(!p.hasPending());
    Reply r;
    QVERIFY(!p.next(r));
    QCOMPARE(p.errorString(), err);
}

void TestSmtpParser::resetClearsError()
{
    Parser p;
    p.feed(QByteArrayLiteral("250-a\r\n"));
    p.feed(QByteArrayLiteral("hello\r\n"));
    QVERIFY(p.hasError());
    p.reset();
    QVERIFY(!p.hasError());
    p.feed(QByteArrayLiteral("221 bye\r\n")); // no leftover multi-line state
    Reply r;
    QVERIFY(p.next(r));
    QCOMPARE(describe(r), QByteArrayLiteral("221 enh= lines=[bye] text=bye"));
}

// A 421 is the server closing, whenever it must (RFC 5321 §3.8): in the middle of a reply it
// is delivered as the reply, not a protocol error about a changed code; the broken-off reply's
// lines are dropped and its code kept for the note.
void TestSmtpParser::closingInTheMiddleOfAReply_data()
{
    QTest::addColumn<int>("piece");
    QTest::newRow("whole") << 0;
    QTest::newRow("1-byte pieces") << 1;
    QTest::newRow("5-byte pieces") << 5;
}

void TestSmtpParser::closingInTheMiddleOfAReply()
{
    QFETCH(int, piece);
    const QByteArray input = "250-mx.test\r\n250-PIPELINING\r\n421-4.3.2 shutting down\r\n"
                             "421 4.3.2 bye\r\n";
    const Outcome o = piece ? feedChunked(input, piece) : feedPieces(input, {});
    QVERIFY2(!o.error, qPrintable(o.errorString));
    QCOMPARE(o.replies.size(), 1);
    QCOMPARE(o.replies.first(), QByteArrayLiteral("421 enh=4.3.2 lines=[4.3.2 shutting down|4.3.2 "
                                                  "bye] text=shutting down bye"));
    Parser p;
    p.feed(input);
    Reply r;
    QVERIFY(p.next(r));
    QCOMPARE(r.brokeOff, 250);
    // Any other code change is still a protocol error.
    const Outcome other = feedPieces("250-mx.test\r\n451 4.3.2 no\r\n", {});
    QVERIFY(other.error);
    QVERIFY(other.errorString.contains(QLatin1String("changed its code from 250 to 451")));
}

QTEST_GUILESS_MAIN(TestSmtpParser)
#include "tst_smtpparser.moc"
