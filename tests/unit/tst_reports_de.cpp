// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The documents people read follow the chosen language; the JSON report and finding ids stay
// English and byte-for-byte the same, whatever language is installed.
#include "i18n/Language.h"
#include "i18n/Text.h"
#include "probes/Repair.h"
#include "report/FindingFields.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownSummary.h"
#include "report/Summary.h"

#include <QCoreApplication>
#include <QTest>

using namespace mailscope;

class TestReportsDe : public QObject
{
    Q_OBJECT

    static Report sample()
    {
        Report r;
        Target::parse(QStringLiteral("imaps://fred@mail.example.test:993"), &r.target);
        r.startedAt = QStringLiteral("2024-05-01T10:00:00Z");
        r.software = QStringLiteral("dovecot");
        Finding f;
        f.id = QStringLiteral("imap.ghost-message");
        f.severity = Severity::Warning;
        // An engine text made the way the engine makes them: English, translatable on display.
        RepairRequest req;
        req.mailbox = QStringLiteral("INBOX");
        req.uid = 7;
        f.title = repairTitle(req);
        f.explanation = QStringLiteral("plain text nobody translated");
        f.data.insert(QStringLiteral("mailbox"), QStringLiteral("INBOX"));
        r.findings.append(f);
        Advice a;
        a.forWhom = QStringLiteral("server-admin");
        a.setting = QStringLiteral("imap_idle_notify_interval");
        a.value = QStringLiteral("2 mins");
        a.reason = QStringLiteral("keeps idle clients awake");
        r.advice.append(a);
        return r;
    }

private slots:
    void cleanup() { QVERIFY(installLanguage(QStringLiteral("en"))); }

    void germanDocumentsEnglishJson()
    {
        const Report r = sample();
        const QByteArray jsonEnglish = reportToJson(r, {}).toJson();
        const QString htmlEnglish = reportToHtml(r, {});
        QVERIFY(htmlEnglish.contains(QStringLiteral("<html lang=\"en\">")));
        QVERIFY(htmlEnglish.contains(QStringLiteral("What is wrong")));
        QCOMPARE(reportHeadline(r),
                 QStringLiteral("1 problem found on mail.example.test:993. Server software: "
                                "dovecot."));

        QVERIFY(installLanguage(QStringLiteral("de")));
        QCOMPARE(currentLanguage(), QStringLiteral("de"));

        // The headline (GUI, HTML, PDF, Markdown share it).
        QCOMPARE(reportHeadline(r),
                 QStringLiteral("1 Problem auf mail.example.test:993 gefunden. Serversoftware: "
                                "dovecot."));
        const QString html = reportToHtml(r, {});
        QVERIFY(html.contains(QStringLiteral("<html lang=\"de\">")));
        QVERIFY(html.contains(QStringLiteral("<h2 id=\"wrong\">Was nicht stimmt</h2>")));
        QVERIFY(html.contains(QStringLiteral("Mailscope-Bericht")));
        QVERIFY(!html.contains(QStringLiteral("What is wrong")));
        // The engine's English title is shown in German; ids and server data are not touched.
        QVERIFY(html.contains(QStringLiteral("Plan zum Entfernen von UID 7 aus INBOX")));
        QVERIFY(html.contains(QStringLiteral("[imap.ghost-message]")));
        const QString md = reportToMarkdown(r);
        QVERIFY(md.contains(QStringLiteral("Plan zum Entfernen von UID 7 aus INBOX")));
        QVERIFY(md.contains(QStringLiteral("Geprüft: 2024-05-01T10:00:00Z")));
        QVERIFY(providerMessage(r).startsWith(QStringLiteral("Guten Tag,")));
        QCOMPARE(findingFields(r.findings.first()).first().label, QStringLiteral("Ordner"));

        // JSON: the same bytes as in English, English title, stable id.
        const QByteArray json = reportToJson(r, {}).toJson();
        QCOMPARE(json, jsonEnglish);
        QVERIFY(json.contains("Plan for removing UID 7 from INBOX"));
        QVERIFY(json.contains("\"imap.ghost-message\""));
    }

    // --lang picks the language before any parser runs (so that --help is translated too).
    void langArgument()
    {
        QByteArray a0("mailscope"), a1("--lang"), a2("de"), a3("--lang=en");
        char *argv[] = {a0.data(), a1.data(), a2.data(), nullptr};
        QCOMPARE(languageFromArguments(3, argv), QStringLiteral("de"));
        QCOMPARE(chooseLanguage(languageFromArguments(3, argv)), QStringLiteral("de"));
        char *argv2[] = {a0.data(), a3.data(), nullptr};
        QCOMPARE(languageFromArguments(2, argv2), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestReportsDe)
#include "tst_reports_de.moc"
