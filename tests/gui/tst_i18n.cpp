// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The German UI: the wizard, a demo diagnosis's results and the timeline show no English
// text. Every visible widget's texts are collected (labels, buttons, group titles, headers,
// tree items, tab titles, tooltips, menus, the chart's axes and legend) and searched for
// English words that German never uses. Protocol words (IMAP, STARTTLS, UID...) are upper case
// and not on the list. Screenshots: see screenshot() below.
#include "DiagnoseWizard.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "ResultsPanel.h"
#include "TimelineWidget.h"
#include "i18n/Language.h"
#include "i18n/Text.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace mailscope;

namespace {

// English function words and UI words that never occur in correct German UI text.
const QStringList &englishWords()
{
    static const QStringList w = {
        QStringLiteral("the"),        QStringLiteral("and"),         QStringLiteral("of"),
        QStringLiteral("to"),         QStringLiteral("with"),        QStringLiteral("for"),
        QStringLiteral("not"),        QStringLiteral("this"),        QStringLiteral("that"),
        QStringLiteral("your"),       QStringLiteral("you"),         QStringLiteral("which"),
        QStringLiteral("are"),        QStringLiteral("be"),          QStringLiteral("has"),
        QStringLiteral("have"),       QStringLiteral("can"),         QStringLiteral("cannot"),
        QStringLiteral("does"),       QStringLiteral("from"),        QStringLiteral("by"),
        QStringLiteral("or"),         QStringLiteral("it"),          QStringLiteral("its"),
        QStringLiteral("is"),         QStringLiteral("no"),          QStringLiteral("yes"),
        QStringLiteral("after"),      QStringLiteral("before"),      QStringLiteral("when"),
        QStringLiteral("what"),       QStringLiteral("how"),         QStringLiteral("why"),
        QStringLiteral("only"),       QStringLiteral("connection"),  QStringLiteral("connections"),
        QStringLiteral("password"),   QStringLiteral("certificate"), QStringLiteral("encryption"),
        QStringLiteral("login"),      QStringLiteral("check"),       QStringLiteral("checks"),
        QStringLiteral("running"),    QStringLiteral("found"),       QStringLiteral("problem"),
        QStringLiteral("problems"),   QStringLiteral("message"),     QStringLiteral("messages"),
        QStringLiteral("settings"),   QStringLiteral("results"),     QStringLiteral("findings"),
        QStringLiteral("transcript"), QStringLiteral("timeline"),    QStringLiteral("show"),
        QStringLiteral("open"),       QStringLiteral("save"),        QStringLiteral("cancel"),
        QStringLiteral("next"),       QStringLiteral("back"),        QStringLiteral("help"),
        QStringLiteral("view"),       QStringLiteral("file"),        QStringLiteral("quit"),
        QStringLiteral("seconds"),    QStringLiteral("minutes"),     QStringLiteral("idle"),
        QStringLiteral("sent"),       QStringLiteral("reply"),       QStringLiteral("command"),
        QStringLiteral("error"),      QStringLiteral("warning"),     QStringLiteral("passed"),
        QStringLiteral("failed"),     QStringLiteral("skipped"),     QStringLiteral("nothing"),
        QStringLiteral("every"),      QStringLiteral("all"),         QStringLiteral("server's"),
        QStringLiteral("mail"),       QStringLiteral("program"),     QStringLiteral("programs"),
        QStringLiteral("would"),      QStringLiteral("should"),      QStringLiteral("there"),
        QStringLiteral("then"),       QStringLiteral("than"),        QStringLiteral("but"),
        QStringLiteral("were"),       QStringLiteral("been"),        QStringLiteral("send"),
        QStringLiteral("sign"),       QStringLiteral("trust"),       QStringLiteral("change"),
        QStringLiteral("copy"),       QStringLiteral("provider"),    QStringLiteral("pass"),
        QStringLiteral("fail"),       QStringLiteral("slow"),        QStringLiteral("silence"),
        QStringLiteral("user"),       QStringLiteral("name")};
    return w;
}

QString plain(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    s.remove(QLatin1Char('&'));
    return s;
}

// Words of `text` on the list, ignoring host names, addresses and file patterns.
QStringList englishIn(const QString &text)
{
    QStringList hits;
    static const QRegularExpression word(QStringLiteral("[A-Za-z']+"));
    static const QRegularExpression skip(QStringLiteral(
        "\\S*[@:/.*]\\S*[A-Za-z0-9]|--\\S+|\\b[a-z]+(?:-[a-z0-9]+)+\\b|„[^“]*“")); // hosts, URLs,
                                                                                   // files,
                                                                                   // addresses,
                                                                                   // options, ids
                                                                                   // such as
                                                                                   // name-mismatch
    QString t = plain(text);
    t.replace(skip, QStringLiteral(" "));
    for (auto it = word.globalMatch(t); it.hasNext();) {
        const QString w = it.next().captured();
        if (englishWords().contains(w)) hits << w; // case-sensitive: IMAP words stay upper case
    }
    return hits;
}

struct Collector
{
    QStringList texts;
    void add(const QString &where, const QString &t)
    {
        if (!t.trimmed().isEmpty()) texts << where + QStringLiteral(": ") + t;
    }
    void addTree(const QString &where, QTreeWidget *t)
    {
        if (!t->header()->isHidden())
            for (int c = 0; c < t->columnCount(); ++c)
                add(where + QStringLiteral(" header"), t->headerItem()->text(c));
        for (int i = 0; i < t->topLevelItemCount(); ++i) {
            QTreeWidgetItem *it = t->topLevelItem(i);
            if (it->isHidden()) continue;
            for (int c = 0; c < t->columnCount(); ++c) {
                if (t->isColumnHidden(c)) continue;
                add(where + QStringLiteral(" item"), it->text(c));
                add(where + QStringLiteral(" item tooltip"), it->toolTip(c));
            }
        }
    }
    void walk(QWidget *root)
    {
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisible()) continue;
            const QString cls = QString::fromLatin1(w->metaObject()->className());
            add(cls + QStringLiteral(" tooltip"), w->toolTip());
            if (auto *l = qobject_cast<QLabel *>(w)) add(cls, l->text());
            if (auto *b = qobject_cast<QAbstractButton *>(w)) add(cls, b->text());
            if (auto *g = qobject_cast<QGroupBox *>(w)) add(cls, g->title());
            if (auto *e = qobject_cast<QLineEdit *>(w)) add(cls, e->placeholderText());
            if (auto *c = qobject_cast<QComboBox *>(w))
                for (int i = 0; i < c->count(); ++i)
                    add(cls, c->itemText(i));
            if (auto *tb = qobject_cast<QTabBar *>(w))
                for (int i = 0; i < tb->count(); ++i) {
                    add(cls, tb->tabText(i));
                    add(cls + QStringLiteral(" tooltip"), tb->tabToolTip(i));
                }
            if (auto *t = qobject_cast<QTreeWidget *>(w)) addTree(cls, t);
            if (auto *lw = qobject_cast<QListWidget *>(w))
                for (int i = 0; i < lw->count(); ++i) {
                    if (lw->item(i)->isHidden()) continue;
                    // The check list shows "id — description": ids are English on purpose.
                    QString t = lw->item(i)->text();
                    const QString id = lw->item(i)->data(Qt::UserRole).toString();
                    if (!id.isEmpty() && t.startsWith(id)) t = t.mid(id.size());
                    add(cls, t);
                }
            if (auto *tbr = qobject_cast<QTextBrowser *>(w)) {
                // A finding's raw data (<pre>, JSON with English keys) is data, not prose.
                QString html = tbr->toHtml();
                html.remove(QRegularExpression(QStringLiteral("<pre[^>]*>.*</pre>"),
                                               QRegularExpression::DotMatchesEverythingOption |
                                                   QRegularExpression::InvertedGreedinessOption));
                add(cls, plain(html.remove(
                             QRegularExpression(QStringLiteral("<head>.*</head>"),
                                                QRegularExpression::DotMatchesEverythingOption))));
            }
            if (auto *mb = qobject_cast<QMenuBar *>(w))
                for (QAction *a : mb->actions()) {
                    add(QStringLiteral("menu"), a->text());
                    if (a->menu())
                        for (QAction *m : a->menu()->actions())
                            add(QStringLiteral("menu item"), m->text());
                }
        }
    }
    QStringList english() const
    {
        QStringList bad;
        for (const QString &t : texts) {
            const QStringList hits = englishIn(t.mid(t.indexOf(QStringLiteral(": ")) + 2));
            if (!hits.isEmpty())
                bad << t.left(1500) + QStringLiteral("   <- ") + hits.join(QLatin1Char(','));
        }
        bad.removeDuplicates();
        return bad;
    }
};

// Every word the timeline draws: the sentence above the lanes, lane labels, endings, the
// cutoff and the legend (widgets of its own it has none: it paints them).
QStringList chartTexts(TimelineWidget *tl)
{
    return tl->visibleTexts();
}

// Into artifacts/ of the working directory; MAILSCOPE_SCREENSHOTS=DIR (for example
// docs/screenshots of the source tree) refreshes the committed ones.
void screenshot(QWidget *w, const char *name)
{
    QCoreApplication::processEvents();
    QString dir = qEnvironmentVariable("MAILSCOPE_SCREENSHOTS");
    if (dir.isEmpty()) dir = test::artifacts();
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + QLatin1String(name);
    QVERIFY2(w->grab().save(path), qPrintable(path));
}

// Every English text seen in one screen is reported at once, not just the first.
#define NO_ENGLISH(collector)                                                                      \
    do {                                                                                           \
        const QStringList bad = (collector).english();                                             \
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));                          \
    } while (false)

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateGuiTest("tst_i18n");
        qRegisterMetaType<mailscope::Report>();
        QVERIFY(installLanguage(QStringLiteral("de")));
        QCOMPARE(currentLanguage(), QStringLiteral("de"));
    }

    // The detector itself: it must catch English and let German and protocol words pass.
    void detectorFindsEnglish()
    {
        QVERIFY(!englishIn(QStringLiteral("The server cannot encrypt")).isEmpty());
        QVERIFY(!englishIn(QStringLiteral("<b>Show the evidence</b>")).isEmpty());
        QVERIFY(englishIn(QStringLiteral("Der Server kann über STARTTLS verschlüsseln")).isEmpty());
        QVERIFY(englishIn(QStringLiteral("IMAP UID FETCH, NOOP, demo@127.0.0.1")).isEmpty());
    }

    // Engine texts are English in the report (and so in JSON) and German on screen.
    void engineTextsTranslateAtDisplay()
    {
        const QString english = translate("Checks", "The server refused the login");
        QCOMPARE(english, QStringLiteral("The server refused the login"));
        QCOMPARE(localized(english), QStringLiteral("Der Server hat die Anmeldung abgelehnt"));
        const QString withArg = translate("Checks", "login refused: %1").arg(english);
        QCOMPARE(withArg, QStringLiteral("login refused: The server refused the login"));
        QCOMPARE(localized(withArg),
                 QStringLiteral("Anmeldung abgelehnt: Der Server hat die Anmeldung abgelehnt"));
        QCOMPARE(localized(QStringLiteral("mail.example.net")), QStringLiteral("mail.example.net"));
        // Plurals: English from the source text, German from the catalogue's numerus forms.
        const QString many = translate("GhostScan", "%n message(s)", nullptr, 1050);
        QCOMPARE(many, QStringLiteral("1,050 messages"));
        QCOMPARE(localized(many), QStringLiteral("1050 Nachrichten"));
        QCOMPARE(localized(translate("GhostScan", "%n message(s)", nullptr, 1)),
                 QStringLiteral("1 Nachricht"));
        // Texts joined from translated pieces are translated piece by piece.
        const QString joined =
            joinTexts({english, QStringLiteral("mail.example.net")}, QStringLiteral("; "));
        QCOMPARE(localized(joined),
                 QStringLiteral("Der Server hat die Anmeldung abgelehnt; mail.example.net"));
    }

    // A report read back from JSON (another process wrote it) carries how its texts were made;
    // only recipes that make exactly their text are taken.
    void recipesFromADocument()
    {
        const QString scope = QStringLiteral("a private network (like a company or home network)");
        const QString text = QStringLiteral("not checked: 10.0.0.1 is ") + scope;
        const QJsonArray recipes{
            QJsonObject{{QStringLiteral("text"), text},
                        {QStringLiteral("context"), QStringLiteral("DiscoveryRun")},
                        {QStringLiteral("source"), QStringLiteral("not checked: %1 is %2")},
                        {QStringLiteral("args"),
                         QJsonArray{QJsonArray{QStringLiteral("10.0.0.1"), scope}}}},
            QJsonObject{{QStringLiteral("text"), scope},
                        {QStringLiteral("context"), QStringLiteral("AddressScope")},
                        {QStringLiteral("source"), scope},
                        {QStringLiteral("args"), QJsonArray{}}},
            // Tampered: the sentence on screen would not be the one in the file.
            QJsonObject{{QStringLiteral("text"), QStringLiteral("Everything is fine")},
                        {QStringLiteral("context"), QStringLiteral("DiscoveryRun")},
                        {QStringLiteral("source"), QStringLiteral("not checked: %1 is %2")},
                        {QStringLiteral("args"),
                         QJsonArray{QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}}},
            QJsonObject{
                {QStringLiteral("text"), QStringLiteral("x; y")},
                {QStringLiteral("parts"), QJsonArray{QStringLiteral("x"), QStringLiteral("z")}},
                {QStringLiteral("separator"), QStringLiteral("; ")}}};
        QCOMPARE(localized(text), text); // unknown in this process so far
        QCOMPARE(rememberTextRecipes(recipes), 2);
        QCOMPARE(localized(text), QStringLiteral("nicht geprüft: 10.0.0.1 ist ein privates Netz "
                                                 "(etwa ein Firmen- oder Heimnetz)"));
        QCOMPARE(localized(QStringLiteral("Everything is fine")),
                 QStringLiteral("Everything is fine"));
        // Hostile recipes are refused, and none makes localized() loop, cut or blow up: one
        // that is its own argument (also as a part of a join), a NUL that would cut the
        // catalogue's source short, an argument that fills no marker, one that multiplies.
        const QString many = QString(QStringLiteral("%1")).repeated(5000);
        const QString big(20000, QLatin1Char('x'));
        const QString cut = QStringLiteral("Ax") + QChar(0) + QStringLiteral("B");
        const QString cutSource = QStringLiteral("A%1") + QChar(0) + QStringLiteral("B");
        const QJsonArray hostile{
            QJsonObject{{QStringLiteral("text"), QStringLiteral("loop")},
                        {QStringLiteral("context"), QStringLiteral("Checks")},
                        {QStringLiteral("source"), QStringLiteral("%1")},
                        {QStringLiteral("args"), QJsonArray{QJsonArray{QStringLiteral("loop")}}}},
            QJsonObject{{QStringLiteral("text"), QStringLiteral("ab")},
                        {QStringLiteral("parts"), QJsonArray{QStringLiteral("ab"), QString()}},
                        {QStringLiteral("separator"), QString()}},
            QJsonObject{{QStringLiteral("text"), cut},
                        {QStringLiteral("context"), QStringLiteral("Checks")},
                        {QStringLiteral("source"), cutSource},
                        {QStringLiteral("args"), QJsonArray{QJsonArray{QStringLiteral("x")}}}},
            QJsonObject{{QStringLiteral("text"), QStringLiteral("only one")},
                        {QStringLiteral("context"), QStringLiteral("Checks")},
                        {QStringLiteral("source"), QStringLiteral("only %1")},
                        {QStringLiteral("args"),
                         QJsonArray{QJsonArray{QStringLiteral("one"), QStringLiteral("unused")}}}},
            QJsonObject{{QStringLiteral("text"), QStringLiteral("short")},
                        {QStringLiteral("context"), QStringLiteral("Checks")},
                        {QStringLiteral("source"), many},
                        {QStringLiteral("args"), QJsonArray{QJsonArray{big}}}}};
        QCOMPARE(rememberTextRecipes(hostile), 0);
        QCOMPARE(localized(QStringLiteral("loop")), QStringLiteral("loop"));
        QCOMPARE(localized(QStringLiteral("ab")), QStringLiteral("ab"));
        QCOMPARE(localized(cut), cut);
        // Written out again, the same recipes come back.
        const QJsonArray again = textRecipes({text});
        QCOMPARE(again.size(), 2);
        QCOMPARE(again.at(0).toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("not checked: %1 is %2"));
    }

    // A report another run wrote (the CLI, in English) opened in the German app: the findings
    // and their details are German, as after a run made here.
    void germanReportFromAFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("demo.json"));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MAILSCOPE_LANG"), QStringLiteral("en"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(MAILSCOPE_CLI),
                  {QStringLiteral("diagnose"), QStringLiteral("--demo"), QStringLiteral("--quiet"),
                   QStringLiteral("--json"), file});
        QVERIFY(cli.waitForFinished(120000));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY(json.contains("\"texts\""));
        QVERIFY(json.contains("The server can encrypt, but does not say so")); // English JSON
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        // A file that is no report: the reason comes in German too.
        const QString other = dir.filePath(QStringLiteral("other.json"));
        QFile o(other);
        QVERIFY(o.open(QIODevice::WriteOnly) && o.write("{\"schema\": \"x\"}") > 0);
        o.close();
        QString err;
        QVERIFY(!w.openReport(other, &err));
        QCOMPARE(
            localized(err),
            QStringLiteral("kein Mailscope-Bericht (das Schema ist nicht mailscope.report/1)"));
        QVERIFY(w.openReport(file));
        ResultsPanel *res = w.wizard()->results();
        QVERIFY(res->findingsTree()->topLevelItemCount() > 0);
        for (int i = 0; i < res->findingsTree()->topLevelItemCount(); ++i) {
            res->findingsTree()->setCurrentItem(res->findingsTree()->topLevelItem(i));
            Collector c;
            c.walk(res);
            NO_ENGLISH(c);
        }
    }

    void germanWizardResultsTimeline()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Collector first;
        first.walk(&w);
        QVERIFY(first.texts.size() > 10);
        NO_ENGLISH(first);
        screenshot(&w, "de-wizard.png");

        QSignalSpy done(&w, &MainWindow::finished);
        w.wizard()->demoButton()->click();
        QCOMPARE(w.wizard()->page(), DiagnoseWizard::PlanPage);
        Collector plan;
        plan.walk(&w);
        NO_ENGLISH(plan);
        w.wizard()->nextButton()->click(); // Start
        QVERIFY(done.wait(60000));
        QCOMPARE(w.wizard()->page(), DiagnoseWizard::ResultsPage);
        ResultsPanel *res = w.wizard()->results();
        QVERIFY(res->findingsTree()->topLevelItemCount() > 0);
        for (int tab = 0; tab < res->tabs()->count(); ++tab) {
            res->tabs()->setCurrentIndex(tab);
            Collector c;
            c.walk(&w);
            NO_ENGLISH(c);
        }
        // Every finding's details.
        res->tabs()->setCurrentIndex(0);
        for (int i = 0; i < res->findingsTree()->topLevelItemCount(); ++i) {
            res->findingsTree()->setCurrentItem(res->findingsTree()->topLevelItem(i));
            Collector c;
            c.walk(res);
            NO_ENGLISH(c);
        }
        res->findingsTree()->setCurrentItem(res->findingsTree()->topLevelItem(0));
        screenshot(&w, "de-results.png");

        w.sideTabs()->setCurrentWidget(w.timeline());
        QTRY_VERIFY_WITH_TIMEOUT(!w.timeline()->isBuilding(), 20000);
        Collector tl;
        tl.walk(&w);
        for (const QString &t : chartTexts(w.timeline()))
            tl.add(QStringLiteral("chart"), t);
        NO_ENGLISH(tl);
        screenshot(&w, "de-timeline.png");

        // The report itself stays English (it is what File > Save writes as JSON).
        const Report r = done.first().first().value<Report>();
        QVERIFY(r.hasFinding(QStringLiteral("starttls.unadvertised")));
        QCOMPARE(r.finding(QStringLiteral("starttls.unadvertised"))->title,
                 QStringLiteral("The server can encrypt, but does not say so"));
    }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
