// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Unit tests for the incremental IMAP response parser (app/imap/ImapParser).
#include "imap/ImapParser.h"

#include <QTest>

using namespace mailscope::imap;

namespace {

// "{N}\r\n" followed by the content: builds literals without counting bytes by hand.
QByteArray lit(const QByteArray &content, const QByteArray &suffix = QByteArray())
{
    return '{' + QByteArray::number(content.size()) + suffix + "}\r\n" + content;
}

// Canonical, type-aware text of a value: atoms bare, NIL, "quoted" (re-escaped),
// {N}content for literals, (lists).
QByteArray describeValue(const Value &v)
{
    switch (v.type) {
    case Value::Atom:
        return v.str;
    case Value::Nil:
        return QByteArrayLiteral("NIL");
    case Value::Quoted: {
        QByteArray s = v.str;
        s.replace('\\', QByteArrayLiteral("\\\\")).replace('"', QByteArrayLiteral("\\\""));
        return '"' + s + '"';
    }
    case Value::Literal:
        return '{' + QByteArray::number(v.str.size()) + '}' + v.str;
    case Value::List: {
        QByteArray out = "(";
        for (size_t i = 0; i < v.items.size(); ++i) {
            if (i) out += ' ';
            out += describeValue(v.items[i]);
        }
        return out + ')';
    }
    }
    return QByteArrayLiteral("?");
}

// Compact text of a response, used as the expected value in data rows:
//   "T:a1 OK [CODE args] text=..."   tagged
//   "* #12 FETCH (UID 5)"            untagged, with number
//   "+ text=..."                     continuation
// A trailing " ERR" marks a response delivered with parseError set.
QByteArray describe(const Response &r)
{
    QByteArray s;
    switch (r.kind) {
    case Response::Tagged:
        s = "T:" + r.tag;
        break;
    case Response::Untagged:
        s = "*";
        break;
    case Response::Continuation:
        s = "+";
        break;
    }
    if (r.hasNumber) s += " #" + QByteArray::number(r.number);
    if (!r.name.isEmpty()) s += ' ' + r.name;
    if (!r.code.isEmpty()) {
        s += " [" + r.code;
        for (const auto &a : r.codeArgs)
            s += ' ' + describeValue(a);
        s += ']';
    }
    for (const auto &v : r.data)
        s += ' ' + describeValue(v);
    if (!r.text.isEmpty()) s += " text=" + r.text;
    if (!r.parseError.isEmpty()) s += " ERR";
    return s;
}

// Everything, including sizes and error messages: what must be identical however the
// input is split.
QByteArray fullDump(const Response &r)
{
    return describe(r) + " |bytes=" + QByteArray::number(r.bytes) +
           " |perr=" + r.parseError.toUtf8();
}

struct Outcome
{
    QList<QByteArray> dumps;
    QList<QByteArray> described;
    qsizetype totalBytes = 0;
    bool error = false;
    QString errorString;
    qsizetype buffered = 0;
    qint64 literalRemaining = 0;
    qsizetype consumed = 0;
};

void drain(Parser &p, Outcome &o)
{
    Response r;
    while (p.next(r)) {
        o.dumps.append(fullDump(r));
        o.described.append(describe(r));
        o.totalBytes += r.bytes;
    }
}

Outcome finish(Parser &p, Outcome o)
{
    drain(p, o);
    o.error = p.hasError();
    o.errorString = p.errorString();
    o.buffered = p.bufferedBytes();
    o.literalRemaining = p.literalRemaining();
    return o;
}

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
        drain(p, o); // consume as a session would, between pieces
    }
    return finish(p, o);
}

Outcome feedWhole(const QByteArray &input, const Limits &limits = Limits())
{
    return feedPieces(input, {}, limits);
}

Outcome feedBytewise(const QByteArray &input, const Limits &limits = Limits())
{
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < input.size(); ++i)
        cuts.append(i);
    return feedPieces(input, cuts, limits);
}

QByteArray joinLines(const QList<QByteArray> &l)
{
    return l.join('\n');
}

// Feeds the input whole, split once at every byte boundary and one byte at a time, and
// checks that every way produces exactly the same responses. Returns the whole-feed outcome.
Outcome checkAllSplits(const QByteArray &input)
{
    const Outcome whole = feedWhole(input);
    [&] {
        QCOMPARE(whole.consumed, input.size());
        for (qsizetype i = 1; i < input.size(); ++i) {
            const Outcome split = feedPieces(input, {i});
            if (split.dumps != whole.dumps || split.error != whole.error) {
                QFAIL(qPrintable(QStringLiteral("split at byte %1 differs:\n%2\nvs whole:\n%3")
                                     .arg(i)
                                     .arg(QString::fromLatin1(joinLines(split.dumps)),
                                          QString::fromLatin1(joinLines(whole.dumps)))));
            }
            QCOMPARE(split.consumed, input.size());
            QCOMPARE(split.buffered, whole.buffered);
        }
        const Outcome bytes = feedBytewise(input);
        QCOMPARE(joinLines(bytes.dumps), joinLines(whole.dumps));
        QCOMPARE(bytes.error, whole.error);
        QCOMPARE(bytes.buffered, whole.buffered);
    }();
    return whole;
}

QByteArray repeated(char c, qsizetype n)
{
    return QByteArray(n, c);
}

} // namespace

class TestImapParser : public QObject
{
    Q_OBJECT

private slots:
    void validResponses_data();
    void validResponses();
    void malformedResponses_data();
    void malformedResponses();
    void literalAnnouncedTooLarge_data();
    void literalAnnouncedTooLarge();
    void literalAtLimitAccepted();
    void longLineWithoutNewline();
    void longLineWithNewlineAfterLiteralIsNotCounted();
    void responseLargerThanLimitViaLiterals();
    void nestingTooDeep_data();
    void nestingTooDeep();
    void nestingAtLimitAccepted();
    void deepBodyStructureAccepted();
    void inputIgnoredAfterError();
    void resetClearsError();
    void stopAfterResponse_data();
    void stopAfterResponse();
    void toNumber_data();
    void toNumber();
    void fetchItem();
    void capabilities_data();
    void capabilities();
    void parseCompleteMatchesFeed();
};

void TestImapParser::validResponses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected"); // describe() of each response, '\n'-joined

    QTest::newRow("tagged OK") << QByteArrayLiteral("a1 OK LOGIN completed\r\n")
                               << QByteArrayLiteral("T:a1 OK text=LOGIN completed");
    QTest::newRow("tagged NO with code")
        << QByteArrayLiteral("a2 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")
        << QByteArrayLiteral("T:a2 NO [AUTHENTICATIONFAILED] text=Authentication failed.");
    QTest::newRow("tagged BAD") << QByteArrayLiteral("a3 BAD Error in IMAP command: Unknown\r\n")
                                << QByteArrayLiteral(
                                       "T:a3 BAD text=Error in IMAP command: Unknown");
    QTest::newRow("tagged lower-case status")
        << QByteArrayLiteral("A0001 ok done\r\n") << QByteArrayLiteral("T:A0001 OK text=done");
    // "{N}" ending status text is text, not a literal: the next response must survive.
    QTest::newRow("tagged text ending like a literal")
        << QByteArrayLiteral("a1 OK done {5}\r\n* 1 EXISTS\r\n")
        << QByteArrayLiteral("T:a1 OK text=done {5}\n* #1 EXISTS");
    QTest::newRow("untagged status text ending like a literal")
        << QByteArrayLiteral("* OK [ALERT] quota {3}\r\n* BYE bye\r\n")
        << QByteArrayLiteral("* OK [ALERT] text=quota {3}\n* BYE text=bye");
    QTest::newRow("tagged OK without text")
        << QByteArrayLiteral("a4 OK\r\n") << QByteArrayLiteral("T:a4 OK");
    QTest::newRow("greeting CAPABILITY code")
        << QByteArrayLiteral("* OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ AUTH=PLAIN] Dovecot "
                             "ready.\r\n")
        << QByteArrayLiteral(
               "* OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ AUTH=PLAIN] text=Dovecot ready.");
    QTest::newRow("UIDNEXT") << QByteArrayLiteral("* OK [UIDNEXT 4392] Predicted next UID\r\n")
                             << QByteArrayLiteral("* OK [UIDNEXT 4392] text=Predicted next UID");
    QTest::newRow("PERMANENTFLAGS")
        << QByteArrayLiteral("* OK [PERMANENTFLAGS (\\Answered \\Seen \\*)] Flags permitted.\r\n")
        << QByteArrayLiteral("* OK [PERMANENTFLAGS (\\Answered \\Seen \\*)] text=Flags permitted.");
    QTest::newRow("READ-WRITE tagged")
        << QByteArrayLiteral("a5 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).\r\n")
        << QByteArrayLiteral("T:a5 OK [READ-WRITE] text=Select completed (0.001 + 0.000 secs).");
    QTest::newRow("READ-ONLY without text")
        << QByteArrayLiteral("a6 OK [READ-ONLY]\r\n") << QByteArrayLiteral("T:a6 OK [READ-ONLY]");
    QTest::newRow("unknown code with odd args")
        << QByteArrayLiteral("* OK [X-WEIRD 1 \"two words\" (3 (4 NIL)) nil \\Flag] hi\r\n")
        << QByteArrayLiteral("* OK [X-WEIRD 1 \"two words\" (3 (4 NIL)) NIL \\Flag] text=hi");
    QTest::newRow("unknown code, unparseable args kept raw")
        << QByteArrayLiteral("* NO [X-ODD a)b {x] strange\r\n")
        << QByteArrayLiteral("* NO [X-ODD \"a)b {x\"] text=strange");
    QTest::newRow("code name upper-cased")
        << QByteArrayLiteral("* OK [uidvalidity 3857529045] UIDs valid\r\n")
        << QByteArrayLiteral("* OK [UIDVALIDITY 3857529045] text=UIDs valid");
    QTest::newRow("EXISTS") << QByteArrayLiteral("* 23 EXISTS\r\n")
                            << QByteArrayLiteral("* #23 EXISTS");
    QTest::newRow("EXPUNGE") << QByteArrayLiteral("* 3 EXPUNGE\r\n")
                             << QByteArrayLiteral("* #3 EXPUNGE");
    QTest::newRow("FETCH UID FLAGS SIZE")
        << QByteArrayLiteral(
               "* 12 FETCH (UID 4827 FLAGS (\\Seen \\Answered) RFC822.SIZE 44827)\r\n")
        << QByteArrayLiteral("* #12 FETCH (UID 4827 FLAGS (\\Seen \\Answered) RFC822.SIZE 44827)");
    {
        const QByteArray hdr = QByteArrayLiteral("From: a@b.example\r\nSubject: hi there\r\n\r\n");
        QTest::newRow("FETCH HEADER.FIELDS literal")
            << QByteArray("* 12 FETCH (UID 7 BODY[HEADER.FIELDS (FROM SUBJECT)] " + lit(hdr) +
                          ")\r\n")
            << QByteArray("* #12 FETCH (UID 7 BODY[HEADER.FIELDS (FROM SUBJECT)] {" +
                          QByteArray::number(hdr.size()) + '}' + hdr + ')');
    }
    QTest::newRow("FETCH BODY[]<0>") << QByteArray("* 1 FETCH (BODY[]<0> " + lit("Hello") + ")\r\n")
                                     << QByteArrayLiteral("* #1 FETCH (BODY[]<0> {5}Hello)");
    QTest::newRow("FETCH INTERNALDATE")
        << QByteArrayLiteral("* 2 FETCH (INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" UID 9)\r\n")
        << QByteArrayLiteral("* #2 FETCH (INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" UID 9)");
    {
        const QByteArray bs = QByteArrayLiteral(
            "(BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 1152 "
            "23)(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\" \"NAME\" \"cc.diff\") "
            "\"<960723163407.20117h@cac.washington.edu>\" \"Compiled diff\" \"BASE64\" 4554 73) "
            "\"MIXED\"))");
        QTest::newRow("FETCH nested BODYSTRUCTURE")
            << QByteArray("* 3 FETCH " + bs + "\r\n")
            << QByteArrayLiteral(
                   "* #3 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL "
                   "NIL \"7BIT\" 1152 23) (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\" \"NAME\" "
                   "\"cc.diff\") \"<960723163407.20117h@cac.washington.edu>\" \"Compiled diff\" "
                   "\"BASE64\" 4554 73) \"MIXED\"))");
    }
    QTest::newRow("FETCH NIL and empty list")
        << QByteArrayLiteral("* 4 FETCH (ENVELOPE NIL FLAGS ())\r\n")
        << QByteArrayLiteral("* #4 FETCH (ENVELOPE NIL FLAGS ())");
    QTest::newRow("literal non-synchronising {N+}")
        << QByteArray("* 5 FETCH (BODY[TEXT] " + lit("abc", "+") + ")\r\n")
        << QByteArrayLiteral("* #5 FETCH (BODY[TEXT] {3}abc)");
    QTest::newRow("literal {0}") << QByteArrayLiteral("* 6 FETCH (BODY[TEXT] {0}\r\n)\r\n")
                                 << QByteArrayLiteral("* #6 FETCH (BODY[TEXT] {0})");
    {
        const QByteArray bin("\x00\x01\r\n\xff", 5);
        QTest::newRow("literal8 ~{N} with NUL and 8-bit")
            << QByteArray("* 7 FETCH (BINARY[1] ~" + lit(bin) + ")\r\n")
            << QByteArray("* #7 FETCH (BINARY[1] {5}" + bin + ')');
    }
    {
        const QByteArray tricky = QByteArrayLiteral("a) \"b\r\n{5}\r\nc) tail {5}\r\n");
        QTest::newRow("literal containing CRLF, ) and {5}")
            << QByteArray("* 8 FETCH (BODY[] " + lit(tricky) + " UID 3)\r\n")
            << QByteArray("* #8 FETCH (BODY[] {" + QByteArray::number(tricky.size()) + '}' +
                          tricky + " UID 3)");
    }
    QTest::newRow("two literals in one response")
        << QByteArray("* 9 FETCH (BODY[1] " + lit("one") + " BODY[2] " + lit("two\r\n") + ")\r\n")
        << QByteArray("* #9 FETCH (BODY[1] {3}one BODY[2] {5}two\r\n)");
    QTest::newRow("several responses in one chunk")
        << QByteArrayLiteral(
               "* 1 EXISTS\r\n* 0 RECENT\r\n* OK [UIDVALIDITY 7] ok\r\na7 OK done\r\n")
        << QByteArrayLiteral("* #1 EXISTS\n* #0 RECENT\n* OK [UIDVALIDITY 7] text=ok\n"
                             "T:a7 OK text=done");
    QTest::newRow("continuation empty") << QByteArrayLiteral("+ \r\n") << QByteArrayLiteral("+");
    QTest::newRow("continuation bare +") << QByteArrayLiteral("+\r\n") << QByteArrayLiteral("+");
    QTest::newRow("continuation base64")
        << QByteArrayLiteral("+ VXNlcm5hbWU6\r\n") << QByteArrayLiteral("+ text=VXNlcm5hbWU6");
    QTest::newRow("continuation text") << QByteArrayLiteral("+ Ready for literal data\r\n")
                                       << QByteArrayLiteral("+ text=Ready for literal data");
    QTest::newRow("ID list") << QByteArrayLiteral("* ID (\"name\" \"Dovecot\" \"version\" NIL)\r\n")
                             << QByteArrayLiteral("* ID (\"name\" \"Dovecot\" \"version\" NIL)");
    QTest::newRow("ID NIL") << QByteArrayLiteral("* ID NIL\r\n") << QByteArrayLiteral("* ID NIL");
    QTest::newRow("LIST INBOX") << QByteArrayLiteral("* LIST (\\HasNoChildren) \"/\" INBOX\r\n")
                                << QByteArrayLiteral("* LIST (\\HasNoChildren) \"/\" INBOX");
    // RFC 3501 ASTRING-CHAR includes "]": a mailbox name may hold it (only a response code
    // ends at "]"). Flag keywords are atoms, and "[" is an atom-char.
    QTest::newRow("LIST mailbox with ]") << QByteArrayLiteral("* LIST () \"/\" foo]bar\r\n")
                                         << QByteArrayLiteral("* LIST () \"/\" foo]bar");
    QTest::newRow("LIST mailbox with [ and ]")
        << QByteArrayLiteral("* LIST (\\HasNoChildren) \".\" [Gmail]/Sent]x\r\n")
        << QByteArrayLiteral("* LIST (\\HasNoChildren) \".\" [Gmail]/Sent]x");
    QTest::newRow("flag keyword with [")
        << QByteArrayLiteral("* 1 FETCH (FLAGS (\\Seen $Label[1 x[y]) UID 4)\r\n")
        << QByteArrayLiteral("* #1 FETCH (FLAGS (\\Seen $Label[1 x[y]) UID 4)");
    QTest::newRow("section spec still one atom")
        << QByteArray("* 2 FETCH (BODY[HEADER.FIELDS (FROM TO)] " + lit("x") + " UID 9)\r\n")
        << QByteArrayLiteral("* #2 FETCH (BODY[HEADER.FIELDS (FROM TO)] {1}x UID 9)");
    QTest::newRow("code still ends at ]")
        << QByteArrayLiteral("* OK [PERMANENTFLAGS (\\Seen foo)] ok\r\n")
        << QByteArrayLiteral("* OK [PERMANENTFLAGS (\\Seen foo)] text=ok");
    QTest::newRow("LIST literal mailbox")
        << QByteArray("* LIST (\\HasNoChildren \\Sent) \".\" " + lit("Sent Items") + "\r\n")
        << QByteArrayLiteral("* LIST (\\HasNoChildren \\Sent) \".\" {10}Sent Items");
    QTest::newRow("SEARCH") << QByteArrayLiteral("* SEARCH 1 2 3\r\n")
                            << QByteArrayLiteral("* SEARCH 1 2 3");
    QTest::newRow("SEARCH empty") << QByteArrayLiteral("* SEARCH\r\n")
                                  << QByteArrayLiteral("* SEARCH");
    QTest::newRow("CAPABILITY data")
        << QByteArrayLiteral("* CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN LOGINDISABLED\r\n")
        << QByteArrayLiteral("* CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN LOGINDISABLED");
    QTest::newRow("untagged during login (seed)")
        << QByteArrayLiteral("* OK Waiting for authentication process to respond..\r\n")
        << QByteArrayLiteral("* OK text=Waiting for authentication process to respond..");
    QTest::newRow("untagged during login, then tagged")
        << QByteArrayLiteral("* OK Waiting for authentication process to respond..\r\n"
                             "a1 OK [CAPABILITY IMAP4rev1 IDLE] Logged in\r\n")
        << QByteArrayLiteral("* OK text=Waiting for authentication process to respond..\n"
                             "T:a1 OK [CAPABILITY IMAP4rev1 IDLE] text=Logged in");
    QTest::newRow("Exchange-like FETCH")
        << QByteArrayLiteral("* 1045 FETCH (UID 15541)\r\na02 OK FETCH completed.\r\n")
        << QByteArrayLiteral("* #1045 FETCH (UID 15541)\nT:a02 OK text=FETCH completed.");
    QTest::newRow("bare LF line endings")
        << QByteArrayLiteral("* 1 EXISTS\n* 2 FETCH (BODY[] {2}\nhi)\na1 OK done\n")
        << QByteArrayLiteral("* #1 EXISTS\n* #2 FETCH (BODY[] {2}hi)\nT:a1 OK text=done");
    QTest::newRow("quoted escapes")
        << QByteArrayLiteral("* LIST () \"\\\\\" \"a \\\"b\\\" \\\\c\"\r\n")
        << QByteArrayLiteral("* LIST () \"\\\\\" \"a \\\"b\\\" \\\\c\"");
    QTest::newRow("BYE") << QByteArrayLiteral("* BYE Logging out\r\n")
                         << QByteArrayLiteral("* BYE text=Logging out");
    QTest::newRow("PREAUTH")
        << QByteArrayLiteral("* PREAUTH [CAPABILITY IMAP4rev1] Logged in as joe\r\n")
        << QByteArrayLiteral("* PREAUTH [CAPABILITY IMAP4rev1] text=Logged in as joe");
    QTest::newRow("STATUS") << QByteArrayLiteral(
                                   "* STATUS \"INBOX\" (MESSAGES 231 UIDNEXT 44292)\r\n")
                            << QByteArrayLiteral("* STATUS \"INBOX\" (MESSAGES 231 UIDNEXT 44292)");
}

void TestImapParser::validResponses()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);

    const Outcome whole = checkAllSplits(input);
    if (QTest::currentTestFailed()) return;
    QVERIFY2(!whole.error, qPrintable(whole.errorString));
    QCOMPARE(joinLines(whole.described), expected);
    // Every byte belongs to exactly one response, and nothing is left over.
    QCOMPARE(whole.totalBytes, input.size());
    QCOMPARE(whole.buffered, qsizetype(0));
    QCOMPARE(whole.literalRemaining, qint64(0));
}

void TestImapParser::malformedResponses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    // Each row: a malformed but framed response, then a good one that must still parse.
    QTest::newRow("tagged unknown status")
        << QByteArrayLiteral("a1 FOO bar\r\na2 OK fine\r\n")
        << QByteArrayLiteral("T:a1 FOO text=bar ERR\nT:a2 OK text=fine");
    QTest::newRow("list not closed")
        << QByteArrayLiteral("* 1 FETCH (UID 5\r\n* 2 EXISTS\r\n")
        << QByteArrayLiteral("* #1 FETCH text=(UID 5 ERR\n* #2 EXISTS");
    QTest::newRow("unexpected )") << QByteArrayLiteral("* 1 FETCH )\r\n* 2 EXISTS\r\n")
                                  << QByteArrayLiteral("* #1 FETCH text=) ERR\n* #2 EXISTS");
    QTest::newRow("quoted not closed")
        << QByteArrayLiteral("* LIST () \"/\" \"unterminated\r\na1 OK x\r\n")
        << QByteArrayLiteral("* LIST () \"/\" text=\"unterminated ERR\nT:a1 OK text=x");
    QTest::newRow("response code not closed")
        << QByteArrayLiteral("* OK [ALERT never closed\r\n* 3 EXISTS\r\n")
        << QByteArrayLiteral("* OK [ALERT \"never closed\"] ERR\n* #3 EXISTS");
    QTest::newRow("empty line") << QByteArrayLiteral("\r\n* 4 EXISTS\r\n")
                                << QByteArrayLiteral("T: ERR\n* #4 EXISTS");
    QTest::newRow("malformed with literal, framing intact")
        << QByteArray("* 1 FETCH (BODY[] x" + lit("a)\r\nb") + ")\r\na1 OK y\r\n")
        << QByteArray("* #1 FETCH text=(BODY[] x{5}\r\na)\r\nb) ERR\nT:a1 OK text=y");
}

void TestImapParser::malformedResponses()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);

    const Outcome whole = checkAllSplits(input);
    if (QTest::currentTestFailed()) return;
    QVERIFY2(!whole.error, qPrintable(whole.errorString));
    QCOMPARE(joinLines(whole.described), expected);
    QCOMPARE(whole.totalBytes, input.size());

    // The error message is meaningful, not just a flag.
    Parser p;
    p.feed(input);
    Response r;
    QVERIFY(p.next(r));
    QVERIFY(!r.parseError.isEmpty());
    QVERIFY(p.next(r));
    QVERIFY(r.parseError.isEmpty());
}

void TestImapParser::literalAnnouncedTooLarge_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("maxLiteral");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("{99999999999}") << QByteArrayLiteral("* 1 FETCH (BODY[] {99999999999}\r\n")
                                   << Limits().maxLiteralSize << QStringLiteral("99999999999");
    QTest::newRow("{99999999999+}") << QByteArrayLiteral("* 1 FETCH (BODY[] {99999999999+}\r\n")
                                    << Limits().maxLiteralSize << QStringLiteral("literal");
    QTest::newRow("30 digits") << QByteArray("* 1 FETCH (BODY[] {" + repeated('9', 30) + "}\r\n")
                               << Limits().maxLiteralSize << QStringLiteral("literal");
    QTest::newRow("literal8 huge") << QByteArrayLiteral("* 1 FETCH (BINARY[] ~{99999999999}\r\n")
                                   << Limits().maxLiteralSize << QStringLiteral("literal");
    QTest::newRow("above small custom limit")
        << QByteArrayLiteral("* 1 FETCH (BODY[] {101}\r\n") << qint64(100) << QStringLiteral("101");
    QTest::newRow("mailbox name") << QByteArrayLiteral("* LIST () \"/\" {5000}\r\n") << qint64(100)
                                  << QStringLiteral("5000");
}

void TestImapParser::literalAnnouncedTooLarge()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, maxLiteral);
    QFETCH(QString, messagePart);

    Limits limits;
    limits.maxLiteralSize = maxLiteral;
    for (int mode = 0; mode < 2; ++mode) {
        const Outcome o = mode == 0 ? feedWhole(input, limits) : feedBytewise(input, limits);
        QVERIFY(o.error);
        QVERIFY2(o.errorString.contains(QLatin1String("literal")), qPrintable(o.errorString));
        QVERIFY2(o.errorString.contains(messagePart), qPrintable(o.errorString));
        QVERIFY(o.dumps.isEmpty());
        QCOMPARE(o.buffered, qsizetype(0)); // nothing held, nothing reserved
        QCOMPARE(o.literalRemaining, qint64(0));
    }
}

void TestImapParser::literalAtLimitAccepted()
{
    Limits limits;
    limits.maxLiteralSize = 100;
    const QByteArray body = repeated('x', 100);
    const QByteArray input = "* 1 FETCH (BODY[] " + lit(body) + ")\r\n";
    const Outcome o = feedBytewise(input, limits);
    QVERIFY2(!o.error, qPrintable(o.errorString));
    QCOMPARE(o.described.size(), 1);
    QCOMPARE(o.described.first(), QByteArray("* #1 FETCH (BODY[] {100}" + body + ')'));
}

void TestImapParser::longLineWithoutNewline()
{
    Limits limits; // default maxLineLength: 1 MiB
    Parser p(limits);
    const QByteArray chunk = repeated('A', 64 * 1024);
    const qsizetype slack = 2;
    qsizetype fed = 0;
    p.feed(QByteArrayLiteral("* OK "));
    while (!p.hasError() && fed < 8 * limits.maxLineLength) {
        QCOMPARE(p.feed(chunk), chunk.size());
        fed += chunk.size();
        QVERIFY2(p.bufferedBytes() <= limits.maxLineLength + slack,
                 qPrintable(QString::number(p.bufferedBytes())));
    }
    QVERIFY(p.hasError());
    QVERIFY2(p.errorString().contains(QLatin1String("line longer")), qPrintable(p.errorString()));
    QVERIFY2(p.errorString().contains(QString::number(limits.maxLineLength)),
             qPrintable(p.errorString()));
    QVERIFY(fed <= limits.maxLineLength + chunk.size());
    QCOMPARE(p.bufferedBytes(), qsizetype(0));
    QVERIFY(!p.hasPending());

    // Small custom limit, bytewise.
    Limits small;
    small.maxLineLength = 50;
    Parser q(small);
    for (int i = 0; i < 200 && !q.hasError(); ++i) {
        q.feed("x", 1);
        QVERIFY(q.bufferedBytes() <= small.maxLineLength + slack);
    }
    QVERIFY(q.hasError());
}

void TestImapParser::longLineWithNewlineAfterLiteralIsNotCounted()
{
    // Literal bytes do not count towards the line limit; the text around them does.
    Limits limits;
    limits.maxLineLength = 40;
    const QByteArray body = repeated('b', 500);
    const QByteArray ok = "* 1 FETCH (BODY[] " + lit(body) + " UID 1)\r\n";
    Outcome o = feedWhole(ok, limits);
    QVERIFY2(!o.error, qPrintable(o.errorString));
    QCOMPARE(o.described.size(), 1);

    const QByteArray bad = "* 1 FETCH (BODY[] " + lit(body) + ' ' + repeated('c', 60) + ")\r\n";
    o = feedWhole(bad, limits);
    QVERIFY(o.error);
    QVERIFY(o.errorString.contains(QLatin1String("line longer")));
}

void TestImapParser::responseLargerThanLimitViaLiterals()
{
    Limits limits;
    limits.maxLiteralSize = 1000;
    limits.maxResponseSize = 10000;
    QByteArray input = "* 1 FETCH (";
    for (int i = 0; i < 30; ++i)
        input += "BODY[" + QByteArray::number(i) + "] " + lit(repeated('z', 900)) + ' ';
    input += ")\r\n";

    for (const qsizetype piece : {qsizetype(input.size()), qsizetype(1), qsizetype(7)}) {
        Parser p(limits);
        for (qsizetype i = 0; i < input.size() && !p.hasError(); i += piece) {
            p.feed(input.mid(i, piece));
            QVERIFY2(p.bufferedBytes() <= limits.maxResponseSize,
                     qPrintable(QString::number(p.bufferedBytes())));
        }
        QVERIFY(p.hasError());
        QVERIFY2(p.errorString().contains(QLatin1String("response larger")),
                 qPrintable(p.errorString()));
        QVERIFY(p.errorString().contains(QLatin1String("10000")));
        QVERIFY(!p.hasPending());
        QCOMPARE(p.bufferedBytes(), qsizetype(0));
    }
}

void TestImapParser::nestingTooDeep_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("10000 ( closed")
        << QByteArray("* 1 FETCH " + repeated('(', 10000) + repeated(')', 10000) + "\r\n");
    QTest::newRow("10000 ( unclosed") << QByteArray("* 1 FETCH " + repeated('(', 10000) + "\r\n");
    QTest::newRow("in response code")
        << QByteArray("* OK [X-DEEP " + repeated('(', 10000) + "] hi\r\n");
    QTest::newRow("in tagged code")
        << QByteArray("a1 NO [X-DEEP " + repeated('(', 10000) + "] hi\r\n");
    QTest::newRow("one level more than the limit")
        << QByteArray("* LIST " + repeated('(', Limits().maxNesting + 1) + "\r\n");
}

void TestImapParser::nestingTooDeep()
{
    QFETCH(QByteArray, input);
    for (int mode = 0; mode < 2; ++mode) {
        const Outcome o = mode == 0 ? feedWhole(input) : feedPieces(input, {input.size() / 2});
        QVERIFY(o.error);
        QVERIFY2(o.errorString.contains(QLatin1String("nested")), qPrintable(o.errorString));
        QVERIFY2(o.errorString.contains(QString::number(Limits().maxNesting)),
                 qPrintable(o.errorString));
        QVERIFY(o.dumps.isEmpty());
        QCOMPARE(o.buffered, qsizetype(0));
    }
}

void TestImapParser::deepBodyStructureAccepted()
{
    // A message forwarded as an attachment 60 times: every level nests a message/rfc822 part
    // inside a multipart. Legal, and far deeper than 32 levels.
    QByteArray body = "(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 5 1)";
    for (int i = 0; i < 60; ++i)
        body = "((\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 100 (NIL NIL NIL NIL NIL NIL NIL NIL "
               "NIL NIL) " +
               body + " 3) \"MIXED\")";
    const QByteArray input = "* 7 FETCH (UID 70 BODYSTRUCTURE " + body + ")\r\n";
    for (int mode = 0; mode < 2; ++mode) {
        const Outcome o = mode == 0 ? feedWhole(input) : feedPieces(input, {input.size() / 3});
        QVERIFY2(!o.error, qPrintable(o.errorString));
        QCOMPARE(o.dumps.size(), 1);
        QVERIFY2(!o.dumps[0].contains("perr=E") && o.dumps[0].endsWith("|perr="),
                 o.dumps[0].right(200).constData());
    }
    Response r;
    Parser p;
    p.feed(input);
    QVERIFY(p.next(r));
    const Value *uid = r.fetchItem("UID");
    QVERIFY(uid);
    QCOMPARE(uid->toNumber(), quint64(70));
    QVERIFY(r.fetchItem("BODYSTRUCTURE"));
}

void TestImapParser::nestingAtLimitAccepted()
{
    Limits limits;
    limits.maxNesting = 5;
    // FETCH's own list is level 1.
    Outcome o = feedWhole(QByteArrayLiteral("* 1 FETCH (A (B (C (D (E)))))\r\n"), limits);
    QVERIFY2(!o.error, qPrintable(o.errorString));
    QCOMPARE(o.described.value(0), QByteArrayLiteral("* #1 FETCH (A (B (C (D (E)))))"));
    o = feedWhole(QByteArrayLiteral("* 1 FETCH (A (B (C (D (E (F))))))\r\n"), limits);
    QVERIFY(o.error);
    QVERIFY(o.errorString.contains(QLatin1String("5")));
}

void TestImapParser::inputIgnoredAfterError()
{
    Parser p;
    p.feed(QByteArrayLiteral("* 1 EXISTS\r\n* 2 FETCH (BODY[] {99999999999}\r\n"));
    QVERIFY(p.hasError());
    const QString err = p.errorString();
    // The response completed before the error is still delivered.
    Response r;
    QVERIFY(p.next(r));
    QCOMPARE(describe(r), QByteArrayLiteral("* #1 EXISTS"));
    QVERIFY(!p.next(r));

    const QByteArray more = QByteArrayLiteral("a1 OK done\r\n* 3 EXISTS\r\n");
    QCOMPARE(p.feed(more), more.size()); // swallowed, not parsed
    QCOMPARE(p.feed(more.constData(), more.size(), true), more.size());
    QVERIFY(!p.hasPending());
    QVERIFY(!p.next(r));
    QCOMPARE(p.errorString(), err); // the first error stays
    QCOMPARE(p.bufferedBytes(), qsizetype(0));
}

void TestImapParser::resetClearsError()
{
    Parser p;
    p.feed(QByteArray("* 1 FETCH " + repeated('(', Limits().maxNesting + 1) + "\r\n"));
    QVERIFY(p.hasError());
    p.reset();
    QVERIFY(!p.hasError());
    p.feed(QByteArrayLiteral("a1 OK again\r\n"));
    Response r;
    QVERIFY(p.next(r));
    QCOMPARE(describe(r), QByteArrayLiteral("T:a1 OK text=again"));
}

void TestImapParser::stopAfterResponse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("consumed");
    QTest::addColumn<QByteArray>("first");

    QTest::newRow("STARTTLS injection")
        << QByteArrayLiteral("a1 OK Begin TLS negotiation now\r\n* BYE injected\r\n")
        << qsizetype(33) << QByteArrayLiteral("T:a1 OK text=Begin TLS negotiation now");
    QTest::newRow("injection with literal")
        << QByteArrayLiteral("a1 OK go\r\n* 1 FETCH (BODY[] {3}\r\nabc)\r\n") << qsizetype(10)
        << QByteArrayLiteral("T:a1 OK text=go");
    QTest::newRow("first response has a literal")
        << QByteArrayLiteral("* 1 FETCH (BODY[] {3}\r\nabc)\r\na1 OK x\r\n") << qsizetype(29)
        << QByteArrayLiteral("* #1 FETCH (BODY[] {3}abc)");
    QTest::newRow("bare LF") << QByteArrayLiteral("a1 OK go\nJUNK\n") << qsizetype(9)
                             << QByteArrayLiteral("T:a1 OK text=go");
    QTest::newRow("only one response") << QByteArrayLiteral("a1 OK go\r\n") << qsizetype(10)
                                       << QByteArrayLiteral("T:a1 OK text=go");
}

void TestImapParser::stopAfterResponse()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, consumed);
    QFETCH(QByteArray, first);

    {
        Parser p;
        QCOMPARE(p.feed(input.constData(), input.size(), true), consumed);
        Response r;
        QVERIFY(p.next(r));
        QCOMPARE(describe(r), first);
        QVERIFY(!p.next(r));
        QCOMPARE(p.bufferedBytes(), qsizetype(0));
        QVERIFY(!p.hasError());
    }
    // Fed in two pieces split anywhere: the stop point is the same absolute offset.
    for (qsizetype cut = 1; cut < input.size(); ++cut) {
        Parser p;
        const qsizetype a = p.feed(input.constData(), cut, true);
        qsizetype total = a;
        if (a == cut && !p.hasPending())
            total += p.feed(input.constData() + cut, input.size() - cut, true);
        QCOMPARE(total, consumed);
        Response r;
        QVERIFY(p.next(r));
        QCOMPARE(describe(r), first);
        QVERIFY(!p.next(r));
    }
    // Without the flag everything is consumed and parsed.
    Parser all;
    QCOMPARE(all.feed(input), input.size());
}

void TestImapParser::toNumber_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("str");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<quint64>("value");

    const int atom = Value::Atom;
    QTest::newRow("0") << atom << QByteArrayLiteral("0") << true << quint64(0);
    QTest::newRow("4294967296") << atom << QByteArrayLiteral("4294967296") << true
                                << quint64(4294967296ULL);
    QTest::newRow("max") << atom << QByteArrayLiteral("18446744073709551615") << true
                         << quint64(18446744073709551615ULL);
    QTest::newRow("max+1") << atom << QByteArrayLiteral("18446744073709551616") << false
                           << quint64(0);
    QTest::newRow("3e19 (wraps past the next<n check)")
        << atom << QByteArrayLiteral("30000000000000000000") << false << quint64(0);
    QTest::newRow("19999999999999999999")
        << atom << QByteArrayLiteral("19999999999999999999") << false << quint64(0);
    QTest::newRow("99999999999999999999")
        << atom << QByteArrayLiteral("99999999999999999999") << false << quint64(0);
    QTest::newRow("21 digits") << atom << QByteArrayLiteral("100000000000000000000") << false
                               << quint64(0);
    QTest::newRow("empty") << atom << QByteArray() << false << quint64(0);
    QTest::newRow("12a") << atom << QByteArrayLiteral("12a") << false << quint64(0);
    QTest::newRow("-1") << atom << QByteArrayLiteral("-1") << false << quint64(0);
    QTest::newRow("+1") << atom << QByteArrayLiteral("+1") << false << quint64(0);
    QTest::newRow("quoted 42") << int(Value::Quoted) << QByteArrayLiteral("42") << true
                               << quint64(42);
    QTest::newRow("literal 42") << int(Value::Literal) << QByteArrayLiteral("42") << false
                                << quint64(0);
    QTest::newRow("NIL") << int(Value::Nil) << QByteArrayLiteral("NIL") << false << quint64(0);
}

void TestImapParser::toNumber()
{
    QFETCH(int, type);
    QFETCH(QByteArray, str);
    QFETCH(bool, ok);
    QFETCH(quint64, value);

    Value v;
    v.type = Value::Type(type);
    v.str = str;
    bool good = !ok;
    QCOMPARE(v.toNumber(&good), value);
    QCOMPARE(good, ok);
    QCOMPARE(v.toNumber(), value); // null ok pointer is fine
}

void TestImapParser::fetchItem()
{
    Parser p;
    p.feed("* 7 FETCH (UID 15541 FLAGS (\\Seen) BODY[HEADER.FIELDS (FROM)] " +
           lit("From: x\r\n\r\n") + " RFC822.SIZE 99 X-ODD)\r\n* 1 EXISTS\r\n");
    Response r;
    QVERIFY(p.next(r));
    QCOMPARE(r.name, QByteArrayLiteral("FETCH"));
    QCOMPARE(r.number, quint64(7));

    const Value *uid = r.fetchItem("UID");
    QVERIFY(uid);
    QCOMPARE(uid->toNumber(), quint64(15541));
    QVERIFY(r.fetchItem("uid")); // case-insensitive
    QCOMPARE(r.fetchItem("uid"), uid);

    const Value *flags = r.fetchItem("FLAGS");
    QVERIFY(flags && flags->isList());
    QCOMPARE(flags->items.size(), size_t(1));
    QVERIFY(flags->items[0].isAtom("\\seen"));

    const Value *hdr = r.fetchItem("BODY[HEADER.FIELDS (FROM)]");
    QVERIFY(hdr);
    QCOMPARE(hdr->type, Value::Literal);
    QCOMPARE(hdr->str, QByteArrayLiteral("From: x\r\n\r\n"));

    const Value *size = r.fetchItem("RFC822.SIZE");
    QVERIFY(size);
    QCOMPARE(size->toNumber(), quint64(99));

    QVERIFY(!r.fetchItem("INTERNALDATE")); // absent
    QVERIFY(!r.fetchItem("X-ODD"));        // trailing name without a value
    QVERIFY(!r.fetchItem("15541"));        // values are not item names

    Response other;
    QVERIFY(p.next(other));
    QVERIFY(!other.fetchItem("UID")); // not a FETCH

    Parser q;
    q.feed(QByteArrayLiteral("* 1 FETCH UID 5\r\n")); // FETCH without a list
    QVERIFY(q.next(r));
    QVERIFY(!r.fetchItem("UID"));
}

void TestImapParser::capabilities_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArrayList>("caps");

    const QByteArrayList full = {"IMAP4rev1", "SASL-IR", "AUTH=PLAIN", "LITERAL+"};
    QTest::newRow("CAPABILITY data")
        << QByteArrayLiteral("* CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN LITERAL+\r\n") << full;
    QTest::newRow("greeting code")
        << QByteArrayLiteral("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN LITERAL+] Hi\r\n")
        << full;
    QTest::newRow("tagged code")
        << QByteArrayLiteral("a1 OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN LITERAL+] Logged\r\n")
        << full;
    QTest::newRow("code, unparseable args: raw words")
        << QByteArrayLiteral("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN)] Hi\r\n")
        << QByteArrayList{"IMAP4rev1", "AUTH=PLAIN)"};
    QTest::newRow("CAPABILITY empty") << QByteArrayLiteral("* CAPABILITY\r\n") << QByteArrayList();
    QTest::newRow("other code") << QByteArrayLiteral("* OK [UIDNEXT 5] x\r\n") << QByteArrayList();
    QTest::newRow("plain OK") << QByteArrayLiteral("* OK IMAP4rev1 ready\r\n") << QByteArrayList();
    QTest::newRow("LIST") << QByteArrayLiteral("* LIST () \"/\" CAPABILITY\r\n")
                          << QByteArrayList();
}

void TestImapParser::capabilities()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArrayList, caps);
    Parser p;
    p.feed(input);
    Response r;
    QVERIFY(p.next(r));
    QCOMPARE(r.capabilities(), caps);
}

void TestImapParser::parseCompleteMatchesFeed()
{
    const QByteArray raw = "* 3 FETCH (UID 9 BODY[] " + lit("x)\r\ny") + ")\r\n";
    QString fatal;
    const Response direct = Parser::parseComplete(raw, Limits(), &fatal);
    QVERIFY(fatal.isEmpty());
    const Outcome fed = feedWhole(raw);
    QCOMPARE(fullDump(direct), fed.dumps.value(0));

    const Response deep = Parser::parseComplete(
        "* X " + repeated('(', Limits().maxNesting + 1) + "\r\n", Limits(), &fatal);
    QVERIFY(fatal.contains(QLatin1String("nested")));
    Q_UNUSED(deep);
}

QTEST_GUILESS_MAIN(TestImapParser)
#include "tst_imapparser.moc"
