// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The engine behind three desktop features, without a GUI: a finding's data in plain words,
// the ghosts a finding names and the repair's sentences, and "Compare with my Thunderbird"
// (prefs.js parsing with quoting, escapes, comments and bounds; profiles.ini; finding the
// diagnosed server's account among several; current next to recommended values).
#include "advice/Advice.h"
#include "advice/Thunderbird.h"
#include "probes/GhostScan.h"
#include "probes/IdleProbe.h"
#include "probes/Repair.h"
#include "report/FindingFields.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace mailscope;
namespace tb = mailscope::thunderbird;

namespace {

QMap<QString, FindingField> byKey(const QList<FindingField> &fields)
{
    QMap<QString, FindingField> out;
    for (const FindingField &f : fields)
        out.insert(f.key, f);
    return out;
}

bool write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// Sample profiles written for these tests (tests/data/thunderbird/).
QByteArray sample(const char *name)
{
    QFile f(QStringLiteral(MAILSCOPE_SOURCE_DIR "/tests/data/thunderbird/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Report imapReport(const QString &url)
{
    Report r;
    Target::parse(url, &r.target);
    r.checks.append({QStringLiteral("login"), CheckStatus::Pass, QStringLiteral("ok")});
    Finding hidden;
    hidden.id = QStringLiteral("starttls.unadvertised");
    Finding idle;
    idle.id = QStringLiteral("idle.timeout");
    idle.data.insert(QStringLiteral("seconds"), 301.0);
    idle.data.insert(QStringLiteral("lower_seconds"), 299.0);
    idle.data.insert(QStringLiteral("upper_seconds"), 303.0);
    idle.data.insert(QStringLiteral("close"), QStringLiteral("rst"));
    idle.data.insert(QStringLiteral("keepalive_helps"), false);
    Finding silent;
    silent.id = QStringLiteral("idle.silent-drop");
    silent.data.insert(QStringLiteral("after_seconds"), 305.0);
    silent.data.insert(QStringLiteral("state"), QStringLiteral("fetched"));
    r.findings << hidden << idle << silent;
    addAdvice(r);
    return r;
}

const tb::Row *rowFor(const tb::Comparison &c, const QString &pref)
{
    for (const tb::Row &r : c.rows)
        if (r.pref == pref) return &r;
    return nullptr;
}

} // namespace

class TestAdvice : public QObject
{
    Q_OBJECT

private slots:
    // --- Finding details in plain words -----------------------------------------------------

    void findingFieldsSpeakPlainly()
    {
        Finding f;
        f.id = QStringLiteral("idle.timeout");
        f.data.insert(QStringLiteral("seconds"), 301.4);
        f.data.insert(QStringLiteral("lower_seconds"), 299);
        f.data.insert(QStringLiteral("upper_seconds"), 303.8);
        f.data.insert(QStringLiteral("close"), QStringLiteral("rst"));
        f.data.insert(QStringLiteral("keepalive_helps"), false);
        f.data.insert(QStringLiteral("method"), QStringLiteral("probed"));
        QJsonObject states;
        states.insert(QStringLiteral("authenticated"), QStringLiteral("rst"));
        states.insert(QStringLiteral("fetched"), QStringLiteral("silent"));
        f.data.insert(QStringLiteral("states"), states);
        f.data.insert(QStringLiteral("weird_new_key"), QStringLiteral("kept as it is"));
        const QList<FindingField> fields = findingFields(f);
        // Known fields first, in the reader's order; unknown ones last, named from their key.
        QCOMPARE(fields.first().key, QStringLiteral("seconds"));
        QCOMPARE(fields.last().key, QStringLiteral("weird_new_key"));
        const auto k = byKey(fields);
        QCOMPARE(k.size(), 8);
        QCOMPARE(k[QStringLiteral("seconds")].label,
                 QStringLiteral("Idle time after which a connection stops working"));
        QCOMPARE(k[QStringLiteral("seconds")].value, QStringLiteral("301.4 s"));
        QCOMPARE(k[QStringLiteral("lower_seconds")].value, QStringLiteral("299 s"));
        QCOMPARE(k[QStringLiteral("close")].value, idleEndingWords(QStringLiteral("rst")));
        QVERIFY(k[QStringLiteral("close")].value.contains(QStringLiteral("TCP RST")));
        QCOMPARE(k[QStringLiteral("keepalive_helps")].value,
                 QStringLiteral("no: it is the server's own timer"));
        QCOMPARE(k[QStringLiteral("states")].value,
                 QStringLiteral("right after login: %1; after listing a folder's messages (UID "
                                "FETCH): %2")
                     .arg(idleEndingWords(QStringLiteral("rst")),
                          idleEndingWords(QStringLiteral("silent"))));
        QCOMPARE(k[QStringLiteral("weird_new_key")].label, QStringLiteral("Weird new key"));
        QCOMPARE(k[QStringLiteral("weird_new_key")].value, QStringLiteral("kept as it is"));

        // idle.state-dependent: one key per state.
        Finding d;
        d.id = QStringLiteral("idle.state-dependent");
        d.data = states;
        const auto dk = byKey(findingFields(d));
        QCOMPARE(dk[QStringLiteral("fetched")].label,
                 QStringLiteral("Idle after listing a folder's messages (UID FETCH)"));
        QCOMPARE(dk[QStringLiteral("fetched")].value, idleEndingWords(QStringLiteral("silent")));

        // Long lists and texts are bounded; booleans and nulls are words.
        Finding g;
        g.id = QStringLiteral("imap.ghost-message");
        QJsonArray uids;
        for (int i = 1; i <= 30; ++i)
            uids.append(i);
        g.data.insert(QStringLiteral("uids"), uids);
        g.data.insert(QStringLiteral("mailbox"), QString(1000, QLatin1Char('x')));
        g.data.insert(QStringLiteral("flag"), true);
        g.data.insert(QStringLiteral("nothing"), QJsonValue());
        const auto gk = byKey(findingFields(g));
        QVERIFY(gk[QStringLiteral("uids")].value.startsWith(QStringLiteral("1, 2, 3")));
        QVERIFY(gk[QStringLiteral("uids")].value.endsWith(QStringLiteral("20 … and 10 more")));
        QCOMPARE(gk[QStringLiteral("mailbox")].value.size(), 300);
        QCOMPARE(gk[QStringLiteral("flag")].value, QStringLiteral("yes"));
        QCOMPARE(gk[QStringLiteral("nothing")].value, QStringLiteral("not known"));
        QVERIFY(findingFields(Finding()).isEmpty());
    }

    // --- Login advice ------------------------------------------------------------------------

    // "Check the password" only where the server judged it: not for a server that could not
    // check the login (auth.unavailable: try later, and the admins hear the response code),
    // not for a BAD, and not for a refusal on an extra connection after the same password got
    // in (auth.failed, accepted_earlier).
    void loginAdviceOnlyDoubtsAJudgedPassword()
    {
        const auto adviceOf = [](const Finding &f, const QString &url) {
            Report r;
            Target::parse(url, &r.target);
            r.findings << f;
            addAdvice(r);
            return r.advice;
        };
        const auto has = [](const QList<Advice> &l, const QString &who, const QString &setting,
                            const QString &reasonPart) {
            for (const Advice &a : l)
                if (a.forWhom == who && (setting.isEmpty() || a.setting == setting) &&
                    a.reason.contains(reasonPart))
                    return true;
            return false;
        };
        const QString password = QStringLiteral("password");

        Finding imap;
        imap.id = QStringLiteral("auth.unavailable");
        imap.data.insert(QStringLiteral("method"), QStringLiteral("LOGIN"));
        imap.data.insert(QStringLiteral("reply"),
                         QStringLiteral("NO [UNAVAILABLE] Authentication backend down"));
        imap.data.insert(QStringLiteral("response_code"), QStringLiteral("UNAVAILABLE"));
        const QList<Advice> a = adviceOf(imap, QStringLiteral("imaps://fred@mail.example.net"));
        QVERIFY(!has(a, QStringLiteral("user"), password, QString()));
        QVERIFY(
            has(a, QStringLiteral("user"), QString(), QStringLiteral("Authentication backend")));
        QVERIFY(has(a, QStringLiteral("server-admin"), QString(),
                    QStringLiteral("mail.example.net answered a login with [UNAVAILABLE]")));

        Finding smtp;
        smtp.id = QStringLiteral("auth.unavailable");
        smtp.data.insert(QStringLiteral("reply"),
                         QStringLiteral("454 4.7.0 Temporary authentication failure"));
        smtp.data.insert(QStringLiteral("response_code"), QStringLiteral("454"));
        smtp.data.insert(QStringLiteral("enhanced_status"), QStringLiteral("4.7.0"));
        const QList<Advice> s = adviceOf(smtp, QStringLiteral("smtps://fred@mail.example.net"));
        QVERIFY(!has(s, QStringLiteral("user"), password, QString()));
        QVERIFY(has(s, QStringLiteral("server-admin"), QString(), QStringLiteral("454 4.7.0")));

        Finding bad;
        bad.id = QStringLiteral("auth.bad-command");
        bad.data.insert(QStringLiteral("method"), QStringLiteral("LOGIN"));
        bad.data.insert(QStringLiteral("reply"), QStringLiteral("BAD Error in IMAP command"));
        const QList<Advice> b = adviceOf(bad, QStringLiteral("imaps://fred@mail.example.net"));
        QVERIFY(!has(b, QStringLiteral("user"), password, QString()));
        QVERIFY(has(b, QStringLiteral("server-admin"), QStringLiteral("LOGIN"),
                    QStringLiteral("BAD Error in IMAP command")));

        Finding extra;
        extra.id = QStringLiteral("auth.failed");
        extra.data.insert(QStringLiteral("reply"), QStringLiteral("NO Login failed"));
        extra.data.insert(QStringLiteral("extra_connection"), true);
        extra.data.insert(QStringLiteral("accepted_earlier"), true);
        const QList<Advice> e = adviceOf(extra, QStringLiteral("imaps://fred@mail.example.net"));
        QVERIFY(!has(e, QStringLiteral("user"), password, QString()));
        QVERIFY(
            has(e, QStringLiteral("server-admin"), QString(), QStringLiteral("NO Login failed")));

        // A refusal of the password itself keeps its advice.
        Finding refused;
        refused.id = QStringLiteral("auth.failed");
        refused.data.insert(QStringLiteral("reply"),
                            QStringLiteral("NO [AUTHENTICATIONFAILED] Authentication failed."));
        QVERIFY(has(adviceOf(refused, QStringLiteral("imaps://fred@mail.example.net")),
                    QStringLiteral("user"), password, QStringLiteral("AUTHENTICATIONFAILED")));
    }

    // --- Ghosts and the repair's words ----------------------------------------------------

    void ghostsInAFinding()
    {
        Finding f;
        f.id = QStringLiteral("imap.ghost-message");
        f.data.insert(QStringLiteral("mailbox"), QStringLiteral("INBOX"));
        f.data.insert(QStringLiteral("uids"), QJsonArray{15541});
        QCOMPARE(ghosts::ghostsInFinding(f).size(), 1);
        QCOMPARE(ghosts::ghostsInFinding(f).first().uid, quint32(15541));
        QCOMPARE(ghosts::ghostsInFinding(f).first().uidValidity, 0u); // an older report
        // Per mailbox when present; nonsense UIDs and repeats are left out; bounded.
        QJsonObject a, b;
        a.insert(QStringLiteral("mailbox"), QStringLiteral("INBOX"));
        a.insert(QStringLiteral("uids"), QJsonArray{15541, 15541, 0, -1, 1.5, 4294967296.0,
                                                    QStringLiteral("7"), 4294967295.0});
        a.insert(QStringLiteral("uidvalidity"), 14);
        b.insert(QStringLiteral("mailbox"), QStringLiteral("Archive"));
        b.insert(QStringLiteral("uids"), QJsonArray{7});
        b.insert(QStringLiteral("uidvalidity"), -3); // nonsense: unknown, so a plan asks again
        f.data.insert(QStringLiteral("mailboxes"), QJsonArray{a, b});
        const auto g = ghosts::ghostsInFinding(f);
        QCOMPARE(g.size(), 3);
        QCOMPARE(g[0].mailbox, QStringLiteral("INBOX"));
        QCOMPARE(g[1].uid, 4294967295u);
        QCOMPARE(g[2].mailbox, QStringLiteral("Archive"));
        // The UIDVALIDITY goes with each mailbox's UIDs: the repair holds to it.
        QCOMPARE(g[0].uidValidity, 14u);
        QCOMPARE(g[1].uidValidity, 14u);
        QCOMPARE(g[2].uidValidity, 0u);
        QCOMPARE(ghosts::ghostsInFinding(f, 1).size(), 1);
        f.id = QStringLiteral("idle.timeout");
        QVERIFY(ghosts::ghostsInFinding(f).isEmpty());
    }

    void repairSentences()
    {
        RepairRequest req;
        req.mailbox = QStringLiteral("INBOX");
        req.uid = 15541;
        QCOMPARE(repairTitle(req), QStringLiteral("Plan for removing UID 15541 from INBOX"));
        RepairOutcome out;
        out.done = true;
        QCOMPARE(repairOutcomeText(out, req),
                 QStringLiteral("Done: UID 15541 was removed; nothing else was changed."));
        out.done = false;
        out.refused = true;
        out.reason = QStringLiteral("no UIDPLUS");
        QCOMPARE(repairOutcomeText(out, req), QStringLiteral("Refused: no UIDPLUS"));
        out.refused = false;
        out.reason = QStringLiteral("it failed");
        QCOMPARE(repairOutcomeText(out, req), QStringLiteral("Not done: it failed"));
    }

    // --- prefs.js ---------------------------------------------------------------------------

    void prefsParserReadsQuotingEscapesAndComments()
    {
        const QByteArray text = sample("quoting.prefs.js");
        QVERIFY(!text.isEmpty());
        const tb::Prefs p = tb::parsePrefs(text);
        QCOMPARE(p.value(QStringLiteral("s.quote")).toString(),
                 QStringLiteral("the last one wins"));
        QCOMPARE(p.value(QStringLiteral("s.backslash")).toString(),
                 QStringLiteral("C:\\Users\\fred\\AppData"));
        QCOMPARE(p.value(QStringLiteral("s.escapes")).toString(),
                 QStringLiteral("tab\there\nnew line A caf\u00e9 ") + QChar(0xd83d) +
                     QChar(0xde00));
        QCOMPARE(p.value(QStringLiteral("s.single")).toString(), QStringLiteral("it's"));
        QCOMPARE(p.value(QStringLiteral("s.comment.inside")).toString(),
                 QStringLiteral("not // a comment /* either */"));
        QCOMPARE(p.value(QStringLiteral("n.negative")).toLongLong(), -5);
        QCOMPARE(p.value(QStringLiteral("n.big")).toLongLong(), 4294967296LL);
        QCOMPARE(p.value(QStringLiteral("b.true")), QVariant(true));
        QCOMPARE(p.value(QStringLiteral("b.false")), QVariant(false));
        QCOMPARE(p.value(QStringLiteral("spaced")).toLongLong(), 42);
        QCOMPARE(p.value(QStringLiteral("after.problems")).toLongLong(), 7);
        QCOMPARE(p.value(QStringLiteral("default.style")).toString(), QStringLiteral("kept"));
        QVERIFY(!p.has(QStringLiteral("comment.line")));
        QVERIFY(!p.has(QStringLiteral("comment.block")));
        QVERIFY(!p.has(QStringLiteral("broken")));
        QCOMPARE(p.problemCount, 4);
        QCOMPARE(p.problems.size(), 4);
        QVERIFY2(p.problems[0].startsWith(QStringLiteral("line 14: ")), qPrintable(p.problems[0]));
        QVERIFY(p.problems[1].contains(QStringLiteral("not closed")));
        QVERIFY(!p.truncated);
        QCOMPARE(p.values.size(), 12);
    }

    void prefsParserIsBounded()
    {
        // More preferences than kept: the first kMaxPrefs, and it says so.
        QByteArray many;
        many.reserve(6 << 20);
        for (int i = 0; i < tb::kMaxPrefs + 1000; ++i)
            many += "user_pref(\"p." + QByteArray::number(i) + "\", 1);\n";
        QVERIFY(many.size() < tb::kMaxBytes);
        tb::Prefs p = tb::parsePrefs(many);
        QVERIFY(p.truncated);
        QCOMPARE(p.values.size(), tb::kMaxPrefs);
        // A file larger than read: the rest is not parsed, and it says so.
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("prefs.js"));
        QByteArray huge = "user_pref(\"first\", 1);\n";
        huge += QByteArray(int(tb::kMaxBytes), '\n');
        huge += "user_pref(\"beyond\", 2);\n";
        QVERIFY(write(big, huge));
        QString err;
        QVERIFY(tb::readPrefsFile(big, &p, &err));
        QVERIFY(p.truncated);
        QVERIFY(p.has(QStringLiteral("first")));
        QVERIFY(!p.has(QStringLiteral("beyond")));
        // A string over the cap is a problem, not a giant value; garbage ends.
        const QByteArray longString = "user_pref(\"long\", \"" +
                                      QByteArray(tb::kMaxStringChars + 10, 'y') +
                                      "\");\nuser_pref(\"ok\", 1);\n";
        p = tb::parsePrefs(longString);
        QVERIFY(!p.has(QStringLiteral("long")));
        QVERIFY(p.has(QStringLiteral("ok")));
        QCOMPARE(p.problemCount, 1);
        p = tb::parsePrefs(QByteArray(100000, '(') + "/* never closed");
        QVERIFY(p.values.isEmpty());
        QVERIFY(p.problemCount >= 1);
        QVERIFY(p.problems.size() <= tb::kMaxProblems);
        QVERIFY(!tb::readPrefsFile(dir.filePath(QStringLiteral("missing.js")), &p, &err));
        QVERIFY(!err.isEmpty());
    }

    void userPrefLinesQuote()
    {
        QCOMPARE(tb::userPrefLine(QStringLiteral("mail.server.server2.check_time"), qint64(4)),
                 QStringLiteral("user_pref(\"mail.server.server2.check_time\", 4);"));
        QCOMPARE(tb::userPrefLine(QStringLiteral("a.b"), true),
                 QStringLiteral("user_pref(\"a.b\", true);"));
        QCOMPARE(tb::userPrefLine(QStringLiteral("a.s"), QStringLiteral("say \"hi\" \\ bye")),
                 QStringLiteral("user_pref(\"a.s\", \"say \\\"hi\\\" \\\\ bye\");"));
        // What it writes reads back the same.
        const tb::Prefs p = tb::parsePrefs(
            tb::userPrefLine(QStringLiteral("a.s"), QStringLiteral("say \"hi\" \\ bye")).toUtf8());
        QCOMPARE(p.value(QStringLiteral("a.s")).toString(), QStringLiteral("say \"hi\" \\ bye"));
        // Control characters are escaped, so a pasted line never carries them; they read back.
        const QString ctl = QStringLiteral("a\x1b[2Jb");
        const QString line = tb::userPrefLine(QStringLiteral("a.c"), ctl);
        QVERIFY2(!line.contains(QChar(0x1b)), qPrintable(line));
        QCOMPARE(tb::parsePrefs(line.toUtf8()).value(QStringLiteral("a.c")).toString(), ctl);
        // Half a surrogate pair (prefs.js can spell one: "\ude00") has no UTF-8 form: escaped
        // too, so the copied line reads back the same (found by fuzz_config). A whole pair
        // stays as it is.
        const tb::Prefs half = tb::parsePrefs("user_pref(\"a.h\", \"x\\ude00y\\ud83d\");\n");
        const QString lone = half.value(QStringLiteral("a.h")).toString();
        QCOMPARE(lone.size(), 4);
        const QString halfLine = tb::userPrefLine(QStringLiteral("a.h"), lone);
        QCOMPARE(tb::parsePrefs(halfLine.toUtf8()).value(QStringLiteral("a.h")).toString(), lone);
        const QString pair = QStringLiteral("smile \U0001F600");
        QCOMPARE(tb::userPrefLine(QStringLiteral("a.p"), pair),
                 QStringLiteral("user_pref(\"a.p\", \"smile \U0001F600\");"));
        // Server keys are Thunderbird's own words: one with a control character is no server.
        const tb::Prefs odd =
            tb::parsePrefs("user_pref(\"mail.server.s\\u001b.hostname\", \"imap.example.net\");\n"
                           "user_pref(\"mail.server.server3.hostname\", \"imap.example.net\");\n");
        const QList<tb::Server> servers = tb::incomingServers(odd);
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.first().key, QStringLiteral("server3"));
    }

    void prefsFileMustBeARegularFile()
    {
#ifdef Q_OS_UNIX
        // A FIFO (named by profiles.ini or picked by hand) would block the reader for ever.
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("prefs.js"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        tb::Prefs p;
        QString err;
        QVERIFY(!tb::readPrefsFile(fifo, &p, &err));
        QVERIFY(err.contains(QStringLiteral("not a regular file")));
#else
        QSKIP("FIFOs are a Unix matter");
#endif
    }

    // --- Profiles -----------------------------------------------------------------------

    void profilesIniNamesTheDefault()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("profiles.ini"));
        QVERIFY(write(ini, "[Install4F96D1932A9F858E]\n"
                           "Default=Profiles/b2c3.default-release\n"
                           "Locked=1\n\n"
                           "[Profile1]\n"
                           "Name=default-release\n"
                           "IsRelative=1\n"
                           "Path=Profiles/b2c3.default-release\n\n"
                           "[Profile0]\n"
                           "Name=default\n"
                           "IsRelative=1\n"
                           "Path=Profiles/a1b2.default\n"
                           "Default=1\n\n"
                           "[General]\n"
                           "StartWithLastProfile=1\n"
                           "Version=2\n"));
        const QList<tb::Profile> ps = tb::profilesFromIni(ini);
        QCOMPARE(ps.size(), 2);
        // The install's default wins over Default=1 (Thunderbird 68 and later).
        QCOMPARE(ps[0].name, QStringLiteral("default-release"));
        QVERIFY(ps[0].isDefault);
        QCOMPARE(ps[0].dir,
                 QDir(dir.path()).filePath(QStringLiteral("Profiles/b2c3.default-release")));
        QVERIFY(!ps[1].isDefault);
        // Older files: Default=1; absolute paths; Windows separators.
        QVERIFY(write(ini, "[Profile0]\nName=a\nIsRelative=1\nPath=Profiles/x.a\n\n"
                           "[Profile1]\nName=b\nIsRelative=0\nPath=/srv/tb/b\nDefault=1\n"));
        const QList<tb::Profile> old = tb::profilesFromIni(ini);
        QCOMPARE(old.size(), 2);
        QCOMPARE(old[0].name, QStringLiteral("b"));
        QCOMPARE(old[0].dir, QStringLiteral("/srv/tb/b"));
        QVERIFY(tb::profilesFromIni(dir.filePath(QStringLiteral("none.ini"))).isEmpty());

        // Where to look, per system.
        const QStringList c = tb::profileIniCandidates(
            QStringLiteral("/home/fred"), QStringLiteral("C:/Users/fred/AppData/Roaming"));
#if defined(Q_OS_WIN)
        QCOMPARE(c, QStringList{
                        QStringLiteral("C:/Users/fred/AppData/Roaming/Thunderbird/profiles.ini")});
#elif defined(Q_OS_MACOS)
        QCOMPARE(c, QStringList{QStringLiteral("/home/fred/Library/Thunderbird/profiles.ini")});
#else
        QCOMPARE(c.first(), QStringLiteral("/home/fred/.thunderbird/profiles.ini"));
        QVERIFY(c.contains(
            QStringLiteral("/home/fred/snap/thunderbird/common/.thunderbird/profiles.ini")));
        // The default profile's prefs.js, found from a home of our own.
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", dir.path().toUtf8());
        QVERIFY(write(dir.filePath(QStringLiteral(".thunderbird/profiles.ini")),
                      "[Profile0]\nName=default\nIsRelative=1\nPath=abcd.default\nDefault=1\n"));
        QCOMPARE(tb::defaultPrefsFile(), QString()); // no prefs.js in it yet
        QVERIFY(write(dir.filePath(QStringLiteral(".thunderbird/abcd.default/prefs.js")),
                      sample("several-accounts.prefs.js")));
        QCOMPARE(tb::defaultPrefsFile(),
                 dir.filePath(QStringLiteral(".thunderbird/abcd.default/prefs.js")));
        qputenv("HOME", oldHome);
#endif
    }

    // --- The comparison -----------------------------------------------------------------

    void compareFindsTheAccountAndTheChanges()
    {
        const tb::Prefs prefs = tb::parsePrefs(sample("several-accounts.prefs.js"));
        QCOMPARE(prefs.problemCount, 0);
        // Deleted accounts' servers (server5) are not offered.
        QStringList keys;
        for (const tb::Server &s : tb::incomingServers(prefs))
            keys << s.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("server1"), QStringLiteral("server2"),
                                    QStringLiteral("server3"), QStringLiteral("server4")}));

        const Report r = imapReport(QStringLiteral("imap://fred@imap.example.net:143"));
        const tb::Comparison c = tb::compare(r, prefs);
        QVERIFY(c.found);
        QCOMPARE(c.server.key, QStringLiteral("server2"));
        QVERIFY2(c.summary.contains(QStringLiteral("mail.server.server2")), qPrintable(c.summary));
        // Connection security: STARTTLS, since the server supports it without saying so.
        const tb::Row *sock = rowFor(c, QStringLiteral("mail.server.server2.socketType"));
        QVERIFY(sock);
        QCOMPARE(sock->current, QStringLiteral("0 (no encryption)"));
        QCOMPARE(sock->recommended, QStringLiteral("2 (STARTTLS)"));
        QVERIFY(sock->differs);
        QCOMPARE(sock->copyLine,
                 QStringLiteral("user_pref(\"mail.server.server2.socketType\", 2);"));
        QVERIFY(sock->why.contains(QStringLiteral("without announcing it")));
        const tb::Row *port = rowFor(c, QStringLiteral("mail.server.server2.port"));
        QVERIFY(port && !port->differs && port->copyLine.isEmpty());
        const tb::Row *auth = rowFor(c, QStringLiteral("mail.server.server2.authMethod"));
        QCOMPARE(auth->current, QStringLiteral("4 (encrypted password)"));
        QCOMPARE(auth->recommended, QStringLiteral("3 (normal password)"));
        QVERIFY(auth->differs);
        // From the idle findings' advice, per server and global.
        const tb::Row *cached =
            rowFor(c, QStringLiteral("mail.server.server2.max_cached_connections"));
        QVERIFY(cached);
        QCOMPARE(cached->current, QStringLiteral("5 (not set; Thunderbird's default)"));
        QCOMPARE(cached->recommended, QStringLiteral("1"));
        QVERIFY(cached->differs);
        const tb::Row *check = rowFor(c, QStringLiteral("mail.server.server2.check_time"));
        QCOMPARE(check->current, QStringLiteral("10"));
        QCOMPARE(check->recommended, QStringLiteral("4"));
        QCOMPARE(check->copyLine,
                 QStringLiteral("user_pref(\"mail.server.server2.check_time\", 4);"));
        const tb::Row *timeout = rowFor(c, QStringLiteral("mail.server.server2.timeout"));
        QCOMPARE(timeout->current, QStringLiteral("29 (not set; Thunderbird's default)"));
        QCOMPARE(timeout->recommended, QStringLiteral("4"));
        const tb::Row *tcp = rowFor(c, QStringLiteral("mailnews.tcptimeout"));
        QCOMPARE(tcp->current, QStringLiteral("100"));
        QCOMPARE(tcp->recommended, QStringLiteral("30"));
        // Wildcards and places in the settings dialogs are not prefs to compare.
        for (const tb::Row &row : c.rows)
            QVERIFY2(!row.pref.contains(QLatin1Char('*')) && !row.pref.contains(QLatin1Char('>')),
                     qPrintable(row.pref));
        // Every row is labelled; nothing is a change where nothing is recommended.
        for (const tb::Row &row : c.rows) {
            QVERIFY(!row.label.isEmpty());
            QVERIFY(row.differs == !row.copyLine.isEmpty());
            if (row.recommended.isEmpty()) QVERIFY(!row.differs);
        }
    }

    void compareChoosesAmongAccountsOnOneHost()
    {
        const tb::Prefs prefs = tb::parsePrefs(sample("several-accounts.prefs.js"));
        // SSL/TLS on 993 as "other": server3 (port by its connection security, and the user).
        const tb::Comparison c =
            tb::compare(imapReport(QStringLiteral("imaps://other@imap.example.net:993")), prefs);
        QVERIFY(c.found);
        QCOMPARE(c.server.key, QStringLiteral("server3"));
        const tb::Row *port = rowFor(c, QStringLiteral("mail.server.server3.port"));
        QCOMPARE(port->current, QStringLiteral("993 (not set; the default for its connection "
                                               "security)"));
        QVERIFY(!port->differs);
        QVERIFY(!rowFor(c, QStringLiteral("mail.server.server3.socketType"))->differs);
        // Outgoing: the SMTP account.
        Report smtp;
        Target::parse(QStringLiteral("submission://fred@smtp.example.net:587"), &smtp.target);
        smtp.checks.append({QStringLiteral("auth"), CheckStatus::Pass, QStringLiteral("ok")});
        const tb::Comparison o = tb::compare(smtp, prefs);
        QVERIFY(o.found);
        QCOMPARE(o.server.key, QStringLiteral("smtp1"));
        const tb::Row *ssl = rowFor(o, QStringLiteral("mail.smtpserver.smtp1.try_ssl"));
        QVERIFY(ssl);
        QCOMPARE(ssl->current, QStringLiteral("2 (STARTTLS)"));
        QVERIFY(!ssl->differs);
        QCOMPARE(rowFor(o, QStringLiteral("mail.smtpserver.smtp1.authMethod"))->current,
                 QStringLiteral("3 (normal password) (not set; Thunderbird's default)"));
    }

    void compareSaysWhenTheServerIsMissing()
    {
        const tb::Prefs prefs = tb::parsePrefs(sample("several-accounts.prefs.js"));
        const tb::Comparison c =
            tb::compare(imapReport(QStringLiteral("imap://fred@imap.absent.example:143")), prefs);
        QVERIFY(!c.found);
        QVERIFY(c.rows.isEmpty());
        QVERIFY2(c.summary.startsWith(
                     QStringLiteral("This profile has no IMAP account for imap.absent.example")),
                 qPrintable(c.summary));
        QVERIFY(c.summary.contains(QStringLiteral("mail.other.org")));
        QVERIFY(!c.summary.contains(QStringLiteral("pop.example.net"))); // not IMAP
        const tb::Comparison empty =
            tb::compare(imapReport(QStringLiteral("imap://fred@imap.example.net:143")),
                        tb::parsePrefs("// nothing\n"));
        QVERIFY(!empty.found);
        QCOMPARE(empty.summary, QStringLiteral("This profile has no IMAP account."));
    }
};

QTEST_GUILESS_MAIN(TestAdvice)
#include "tst_advice.moc"
