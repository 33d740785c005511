// The first window in a real (offscreen) QApplication, diagnosing the built-in demo server.
// Screenshots land in the build tree (tests/artifacts/) for review by eye.
#include "MainWindow.h"
#include "TranscriptModel.h"
#include "session/Transcript.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace mailscope;

class TestGui : public QObject
{
    Q_OBJECT

    static QString artifacts()
    {
        const QString dir = QDir::currentPath() + QStringLiteral("/artifacts");
        QDir().mkpath(dir);
        return dir;
    }

private slots:
    void transcriptModelIsConsistent()
    {
        Transcript t;
        TranscriptModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTranscript(&t);
        for (int i = 0; i < 200; ++i) {
            Event e;
            e.conn = 1 + i % 3;
            e.kind = i % 2 ? EventKind::Send : EventKind::Receive;
            e.data = QByteArray("a") + QByteArray::number(i) + " NOOP\r\n";
            t.append(e);
        }
        QTRY_COMPARE(model.rowCount(), 200);
        QCOMPARE(model.data(model.index(1, 0), TranscriptModel::KindRole).toInt(),
                 int(EventKind::Send));
        QVERIFY(model.data(model.index(1, 0), Qt::DisplayRole)
                    .toString()
                    .contains(QStringLiteral("C a1 NOOP")));
        QVERIFY(model.data(model.index(0, 0), Qt::ForegroundRole).isValid());
    }

    void demoRunShowsFindings()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy done(&w, &MainWindow::finished);
        auto *demo = w.findChild<QPushButton *>();
        QVERIFY(demo);
        w.startDemo();
        QVERIFY(w.isRunning());
        QVERIFY(done.wait(60000));
        const Report r = done.first().first().value<Report>();
        QVERIFY(r.hasFinding(QStringLiteral("starttls.unadvertised")));
        auto *view = w.findChild<QListView *>();
        QVERIFY(view);
        QTRY_VERIFY(view->model()->rowCount() > 10);
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString text = w.findingsHtml();
        QVERIFY2(text.contains(QStringLiteral("can encrypt, but does not say so")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("thunderbird")));
        QVERIFY(!text.contains(QStringLiteral("demo-password")));
        for (int i = 0; i < view->model()->rowCount(); ++i)
            QVERIFY(!view->model()->index(i, 0).data().toString().contains(
                QStringLiteral("demo-password")));
        QVERIFY(w.grab().save(artifacts() + QStringLiteral("/main-window-demo.png")));
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
