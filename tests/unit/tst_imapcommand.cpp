// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Unit tests for the IMAP command builder (app/imap/ImapCommand).
#include "imap/ImapCommand.h"
#include "imap/ImapParser.h"

#include <QTest>

using namespace mailscope::imap;

namespace {

// Rows describe arguments as "a:atom", "s:string", "S:secret string", "r:raw".
QList<Arg> parseArgs(const QByteArrayList &spec)
{
    QList<Arg> out;
    for (const QByteArray &s : spec) {
        const QByteArray v = s.mid(2);
        switch (s.at(0)) {
        case 'a':
            out.append(Arg::atom(v));
            break;
        case 's':
            out.append(Arg::string(v));
            break;
        case 'S':
            out.append(Arg::secretString(v));
            break;
        default:
            out.append(Arg::raw(v));
            break;
        }
    }
    return out;
}

// Reads the arguments back with the response parser: "a1 LOGIN x y" becomes the data
// response "* LOGIN x y". Proves quoting and literal framing on the wire are correct.
Response reparse(const Command &cmd)
{
    QByteArray wire = cmd.wire();
    const QByteArray prefix = cmd.tag + ' ';
    Q_ASSERT(wire.startsWith(prefix));
    wire = "* " + wire.mid(prefix.size());
    Parser p;
    p.feed(wire);
    Response r;
    if (!p.next(r) || p.hasPending() || p.hasError()) return Response();
    return r;
}

QByteArray bigValue(qsizetype n)
{
    QByteArray v(n, 'k');
    v[n / 2] = ' ';
    return v;
}

} // namespace

class TestImapCommand : public QObject
{
    Q_OBJECT

private slots:
    void tagsIncrease();
    void tagPrefixAndExplicitTag();
    void isAtomSafe_data();
    void isAtomSafe();
    void needsLiteral_data();
    void needsLiteral();
    void quote_data();
    void quote();
    void build_data();
    void build();
    void secretsNeverDisplayed_data();
    void secretsNeverDisplayed();
    void nonSecretRoundTrip_data();
    void nonSecretRoundTrip();
};

void TestImapCommand::tagsIncrease()
{
    CommandBuilder b;
    QCOMPARE(b.build(QByteArrayLiteral("NOOP")).tag, QByteArrayLiteral("a1"));
    QCOMPARE(b.build(QByteArrayLiteral("NOOP")).tag, QByteArrayLiteral("a2"));
    QCOMPARE(b.nextTag(), QByteArrayLiteral("a3"));
    const Command c = b.build(QByteArrayLiteral("CAPABILITY"));
    QCOMPARE(c.tag, QByteArrayLiteral("a4"));
    QCOMPARE(c.wire(), QByteArrayLiteral("a4 CAPABILITY\r\n"));
    for (int i = 5; i < 12; ++i)
        QCOMPARE(b.build(QByteArrayLiteral("NOOP")).tag, "a" + QByteArray::number(i));

    // Tags are unique per builder, independent across builders.
    CommandBuilder other;
    QCOMPARE(other.nextTag(), QByteArrayLiteral("a1"));
}

void TestImapCommand::tagPrefixAndExplicitTag()
{
    CommandBuilder b(QByteArrayLiteral("ms"));
    QCOMPARE(b.build(QByteArrayLiteral("noop")).tag, QByteArrayLiteral("ms1"));
    const Command manual = b.buildWithTag(QByteArrayLiteral("X9"), QByteArrayLiteral("select"),
                                          {Arg::string(QByteArrayLiteral("INBOX"))});
    QCOMPARE(manual.tag, QByteArrayLiteral("X9"));
    QCOMPARE(manual.verb, QByteArrayLiteral("SELECT"));
    QCOMPARE(manual.wire(), QByteArrayLiteral("X9 select INBOX\r\n"));
    // An explicit tag does not use up a generated one.
    QCOMPARE(b.build(QByteArrayLiteral("NOOP")).tag, QByteArrayLiteral("ms2"));
}

void TestImapCommand::isAtomSafe_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("safe");

    QTest::newRow("INBOX") << QByteArrayLiteral("INBOX") << true;
    QTest::newRow("email") << QByteArrayLiteral("joe@example.com") << true;
    QTest::newRow("plus, dot, dash") << QByteArrayLiteral("a+b.c-d_e") << true;
    QTest::newRow("[ allowed") << QByteArrayLiteral("a[b") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("NIL") << QByteArrayLiteral("NIL") << false;
    QTest::newRow("nil") << QByteArrayLiteral("nil") << false;
    QTest::newRow("NILS") << QByteArrayLiteral("NILS") << true;
    QTest::newRow("space") << QByteArrayLiteral("a b") << false;
    QTest::newRow("(") << QByteArrayLiteral("a(b") << false;
    QTest::newRow(")") << QByteArrayLiteral("a)b") << false;
    QTest::newRow("{") << QByteArrayLiteral("a{b") << false;
    QTest::newRow("%") << QByteArrayLiteral("a%b") << false;
    QTest::newRow("*") << QByteArrayLiteral("a*b") << false;
    QTest::newRow("quote") << QByteArrayLiteral("a\"b") << false;
    QTest::newRow("backslash") << QByteArrayLiteral("a\\b") << false;
    QTest::newRow("]") << QByteArrayLiteral("a]b") << false;
    QTest::newRow("tab") << QByteArrayLiteral("a\tb") << false;
    QTest::newRow("CR") << QByteArrayLiteral("a\rb") << false;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
    QTest::newRow("DEL") << QByteArrayLiteral("a\x7f") << false;
    QTest::newRow("8-bit") << QByteArrayLiteral("p\xc3\xa4ss") << false;
}

void TestImapCommand::isAtomSafe()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, safe);
    QCOMPARE(CommandBuilder::isAtomSafe(value), safe);
}

void TestImapCommand::needsLiteral_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("literal");

    QTest::newRow("plain") << QByteArrayLiteral("plain") << false;
    QTest::newRow("space and quote") << QByteArrayLiteral("a \"b\" \\c") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("CR") << QByteArrayLiteral("a\rb") << true;
    QTest::newRow("LF") << QByteArrayLiteral("a\nb") << true;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << true;
    QTest::newRow("8-bit") << QByteArrayLiteral("p\xc3\xa4ss") << true;
    QTest::newRow("0x80") << QByteArrayLiteral("\x80") << true;
    QTest::newRow("1000 bytes") << QByteArray(1000, 'x') << false;
    QTest::newRow("1001 bytes") << QByteArray(1001, 'x') << true;
}

void TestImapCommand::needsLiteral()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, literal);
    QCOMPARE(CommandBuilder::needsLiteral(value), literal);
}

void TestImapCommand::quote_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("quoted");

    QTest::newRow("simple") << QByteArrayLiteral("abc") << QByteArrayLiteral("\"abc\"");
    QTest::newRow("empty") << QByteArray() << QByteArrayLiteral("\"\"");
    QTest::newRow("space") << QByteArrayLiteral("a b") << QByteArrayLiteral("\"a b\"");
    QTest::newRow("quote") << QByteArrayLiteral("a\"b") << QByteArrayLiteral("\"a\\\"b\"");
    QTest::newRow("backslash") << QByteArrayLiteral("a\\b") << QByteArrayLiteral("\"a\\\\b\"");
    QTest::newRow("backslash quote")
        << QByteArrayLiteral("\\\"") << QByteArrayLiteral("\"\\\\\\\"\"");
    QTest::newRow("only quotes") << QByteArrayLiteral("\"\"") << QByteArrayLiteral("\"\\\"\\\"\"");
}

void TestImapCommand::quote()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, quoted);
    QCOMPARE(CommandBuilder::quote(value), quoted);

    // The parser reads it back to the original.
    Parser p;
    p.feed("* X " + quoted + "\r\n");
    Response r;
    QVERIFY(p.next(r));
    QVERIFY(r.parseError.isEmpty());
    QCOMPARE(r.data.size(), size_t(1));
    QCOMPARE(r.data[0].type, Value::Quoted);
    QCOMPARE(r.data[0].str, value);
}

void TestImapCommand::build_data()
{
    QTest::addColumn<bool>("literalPlus");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QByteArrayList>("args");
    QTest::addColumn<QByteArrayList>("chunks");
    QTest::addColumn<QByteArrayList>("display");
    QTest::addColumn<bool>("hasSecret");

    QTest::newRow("no args") << false << QByteArrayLiteral("NOOP") << QByteArrayList()
                             << QByteArrayList{"a1 NOOP\r\n"} << QByteArrayList{"a1 NOOP\r\n"}
                             << false;
    QTest::newRow("atom-safe string goes as atom")
        << false << QByteArrayLiteral("SELECT") << QByteArrayList{"s:INBOX"}
        << QByteArrayList{"a1 SELECT INBOX\r\n"} << QByteArrayList{"a1 SELECT INBOX\r\n"} << false;
    QTest::newRow("string with space is quoted")
        << false << QByteArrayLiteral("SELECT") << QByteArrayList{"s:Sent Items"}
        << QByteArrayList{"a1 SELECT \"Sent Items\"\r\n"}
        << QByteArrayList{"a1 SELECT \"Sent Items\"\r\n"} << false;
    QTest::newRow("NIL string is quoted")
        << false << QByteArrayLiteral("SELECT") << QByteArrayList{"s:NIL"}
        << QByteArrayList{"a1 SELECT \"NIL\"\r\n"} << QByteArrayList{"a1 SELECT \"NIL\"\r\n"}
        << false;
    QTest::newRow("empty string is quoted")
        << false << QByteArrayLiteral("LOGIN") << QByteArrayList{"s:joe", "s:"}
        << QByteArrayList{"a1 LOGIN joe \"\"\r\n"} << QByteArrayList{"a1 LOGIN joe \"\"\r\n"}
        << false;
    QTest::newRow("atom and raw verbatim")
        << false << QByteArrayLiteral("FETCH") << QByteArrayList{"a:1:*", "r:(UID FLAGS)"}
        << QByteArrayList{"a1 FETCH 1:* (UID FLAGS)\r\n"}
        << QByteArrayList{"a1 FETCH 1:* (UID FLAGS)\r\n"} << false;
    QTest::newRow("8-bit string, synchronising literal")
        << false << QByteArrayLiteral("SELECT") << QByteArrayList{"s:Entw\xc3\xbcrfe"}
        << QByteArrayList{"a1 SELECT {9}\r\n", "Entw\xc3\xbcrfe\r\n"}
        << QByteArrayList{"a1 SELECT {9}\r\n", "Entw\xc3\xbcrfe\r\n"} << false;
    QTest::newRow("8-bit string, LITERAL+")
        << true << QByteArrayLiteral("SELECT") << QByteArrayList{"s:Entw\xc3\xbcrfe"}
        << QByteArrayList{"a1 SELECT {9+}\r\nEntw\xc3\xbcrfe\r\n"}
        << QByteArrayList{"a1 SELECT {9+}\r\nEntw\xc3\xbcrfe\r\n"} << false;
    QTest::newRow("two literals, synchronising")
        << false << QByteArrayLiteral("RENAME") << QByteArrayList{"s:a\nb", "s:c\rd"}
        << QByteArrayList{"a1 RENAME {3}\r\n", "a\nb {3}\r\n", "c\rd\r\n"}
        << QByteArrayList{"a1 RENAME {3}\r\n", "a\nb {3}\r\n", "c\rd\r\n"} << false;
    QTest::newRow("two literals, LITERAL+")
        << true << QByteArrayLiteral("RENAME") << QByteArrayList{"s:a\nb", "s:c\rd"}
        << QByteArrayList{"a1 RENAME {3+}\r\na\nb {3+}\r\nc\rd\r\n"}
        << QByteArrayList{"a1 RENAME {3+}\r\na\nb {3+}\r\nc\rd\r\n"} << false;
    QTest::newRow("secret quoted")
        << false << QByteArrayLiteral("LOGIN") << QByteArrayList{"s:joe", "S:pa ss\"word"}
        << QByteArrayList{"a1 LOGIN joe \"pa ss\\\"word\"\r\n"}
        << QByteArrayList{"a1 LOGIN joe \"<redacted>\"\r\n"} << true;
    QTest::newRow("atom-safe secret still quoted")
        << false << QByteArrayLiteral("LOGIN") << QByteArrayList{"s:joe", "S:hunter2"}
        << QByteArrayList{"a1 LOGIN joe \"hunter2\"\r\n"}
        << QByteArrayList{"a1 LOGIN joe \"<redacted>\"\r\n"} << true;
    QTest::newRow("secret literal, synchronising")
        << false << QByteArrayLiteral("LOGIN") << QByteArrayList{"s:joe", "S:pa\r\nss"}
        << QByteArrayList{"a1 LOGIN joe {6}\r\n", "pa\r\nss\r\n"}
        << QByteArrayList{"a1 LOGIN joe {*}\r\n", "<redacted>\r\n"} << true;
    QTest::newRow("secret literal, LITERAL+")
        << true << QByteArrayLiteral("LOGIN") << QByteArrayList{"s:joe", "S:pa\r\nss"}
        << QByteArrayList{"a1 LOGIN joe {6+}\r\npa\r\nss\r\n"}
        << QByteArrayList{"a1 LOGIN joe {*}\r\n<redacted>\r\n"} << true;
    QTest::newRow("literal user then quoted secret")
        << false << QByteArrayLiteral("LOGIN") << QByteArrayList{"s:j\xc3\xb6", "S:x y"}
        << QByteArrayList{"a1 LOGIN {3}\r\n", "j\xc3\xb6 \"x y\"\r\n"}
        << QByteArrayList{"a1 LOGIN {3}\r\n", "j\xc3\xb6 \"<redacted>\"\r\n"} << true;
}

void TestImapCommand::build()
{
    QFETCH(bool, literalPlus);
    QFETCH(QByteArray, verb);
    QFETCH(QByteArrayList, args);
    QFETCH(QByteArrayList, chunks);
    QFETCH(QByteArrayList, display);
    QFETCH(bool, hasSecret);

    CommandBuilder b;
    b.setLiteralPlus(literalPlus);
    QCOMPARE(b.literalPlus(), literalPlus);
    const Command c = b.build(verb, parseArgs(args));
    QCOMPARE(c.tag, QByteArrayLiteral("a1"));
    QCOMPARE(c.verb, verb.toUpper());
    QCOMPARE(c.chunks, chunks);
    QCOMPARE(c.display, display);
    QCOMPARE(c.hasSecret, hasSecret);
    QCOMPARE(c.wire(), chunks.join());
    QCOMPARE(c.displayText(), display.join());

    // Structure: every chunk but the last ends with a synchronising "{N}\r\n"; the last
    // ends the command. LITERAL+ never needs more than one chunk.
    QCOMPARE(c.chunks.size(), c.display.size());
    if (literalPlus) QCOMPARE(c.chunks.size(), 1);
    for (int i = 0; i + 1 < c.chunks.size(); ++i) {
        QVERIFY(c.chunks[i].endsWith("}\r\n"));
        QVERIFY(!c.chunks[i].endsWith("+}\r\n"));
    }
    QVERIFY(c.chunks.last().endsWith("\r\n"));

    // The wire form reads back to the very arguments given.
    const Response r = reparse(c);
    QVERIFY2(r.parseError.isEmpty(), qPrintable(r.parseError));
    QCOMPARE(r.name, verb.toUpper());
    const QList<Arg> parsed = parseArgs(args);
    if (parsed.isEmpty() || parsed.first().kind != Arg::Raw) {
        QCOMPARE(r.data.size(), size_t(parsed.size()));
        for (int i = 0; i < parsed.size(); ++i)
            if (parsed[i].kind != Arg::Raw) QCOMPARE(r.data[size_t(i)].str, parsed[i].value);
    }
}

void TestImapCommand::secretsNeverDisplayed_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<bool>("literalPlus");

    const QList<QPair<const char *, QByteArray>> secrets = {
        {"atom-safe", QByteArrayLiteral("hunter2xyz")},
        {"space", QByteArrayLiteral("correct horse battery")},
        {"quote and backslash", QByteArrayLiteral("p\"q\\rst\"uvw")},
        {"8-bit", QByteArrayLiteral("p\xc3\xa4ssw\xc3\xb6rt")},
        {"CRLF", QByteArrayLiteral("line1\r\nline2")},
        {"NUL", QByteArray("nul\0byte!", 9)},
        {"long 1234 bytes", bigValue(1234)},
        {"looks like marker", QByteArrayLiteral("{*}<redacted>{42}")},
    };
    for (const auto &s : secrets) {
        QTest::newRow(qPrintable(QStringLiteral("%1, sync").arg(QLatin1String(s.first))))
            << s.second << false;
        QTest::newRow(qPrintable(QStringLiteral("%1, LITERAL+").arg(QLatin1String(s.first))))
            << s.second << true;
    }
}

void TestImapCommand::secretsNeverDisplayed()
{
    QFETCH(QByteArray, secret);
    QFETCH(bool, literalPlus);

    CommandBuilder b;
    b.setLiteralPlus(literalPlus);
    const Command c = b.build(QByteArrayLiteral("LOGIN"),
                              {Arg::string(QByteArrayLiteral("joe")), Arg::secretString(secret)});
    QVERIFY(c.hasSecret);

    const QByteArray quoted = CommandBuilder::quote(secret);
    const QByteArray escapedInner = quoted.mid(1, quoted.size() - 2);
    const QByteArray length = QByteArray::number(secret.size());
    const QList<QByteArray> shownForms = c.display + QList<QByteArray>{c.displayText()};
    for (const QByteArray &shown : shownForms) {
        QVERIFY2(!shown.contains(secret), shown.constData());
        QVERIFY2(!shown.contains(escapedInner), shown.constData());
        QVERIFY(!shown.contains(secret.toBase64()));
        // A literal's length is a hint too.
        QVERIFY2(!shown.contains(QByteArray('{' + length + '}')), shown.constData());
        QVERIFY2(!shown.contains(QByteArray('{' + length + "+}")), shown.constData());
    }
    QVERIFY(c.displayText().contains(CommandBuilder::redactedMarker()));
    QVERIFY(c.displayText().startsWith("a1 LOGIN joe "));
    QCOMPARE(c.display.size(), c.chunks.size()); // same shape, so a UI can align them

    // The wire carries it exactly: the server reads back the same bytes.
    const QByteArray wire = c.wire();
    if (CommandBuilder::needsLiteral(secret)) {
        QVERIFY(wire.contains(secret));
        QVERIFY(
            wire.contains(QByteArray('{' + length + (literalPlus ? "+}\r\n" : "}\r\n") + secret)));
        QCOMPARE(c.chunks.size(), literalPlus ? 1 : 2);
    } else {
        QVERIFY(wire.contains(quoted));
        QCOMPARE(c.chunks.size(), 1);
    }
    const Response r = reparse(c);
    QVERIFY2(r.parseError.isEmpty(), qPrintable(r.parseError));
    QCOMPARE(r.data.size(), size_t(2));
    QCOMPARE(r.data[0].str, QByteArrayLiteral("joe"));
    QCOMPARE(r.data[1].str, secret);
}

void TestImapCommand::nonSecretRoundTrip_data()
{
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("atom") << QByteArrayLiteral("INBOX");
    QTest::newRow("spaces") << QByteArrayLiteral("My Folder");
    QTest::newRow("specials") << QByteArrayLiteral("a(b)c{d}%*]");
    QTest::newRow("escapes") << QByteArrayLiteral("\\\"\\\\");
    QTest::newRow("utf-8") << QByteArrayLiteral("\xe2\x9c\x93 done");
    QTest::newRow("CRLF") << QByteArrayLiteral("a\r\nb");
    QTest::newRow("1001 bytes") << QByteArray(1001, 'q');
}

void TestImapCommand::nonSecretRoundTrip()
{
    QFETCH(QByteArray, value);
    for (const bool literalPlus : {false, true}) {
        CommandBuilder b;
        b.setLiteralPlus(literalPlus);
        const Command c = b.build(QByteArrayLiteral("SELECT"), {Arg::string(value)});
        QVERIFY(!c.hasSecret);
        QCOMPARE(c.display, c.chunks); // nothing hidden
        const Response r = reparse(c);
        QVERIFY2(r.parseError.isEmpty(), qPrintable(r.parseError));
        QCOMPARE(r.data.size(), size_t(1));
        QCOMPARE(r.data[0].str, value);
    }
}

QTEST_GUILESS_MAIN(TestImapCommand)
#include "tst_imapcommand.moc"
