// Mailscope desktop application entry point. The window is a thin shell over the engine.
//   mailscope                 the guided diagnosis
//   mailscope --demo          diagnose the built-in demo server right away
//   mailscope REPORT.json     open a report saved by the app or by mailscope-cli --json
#include "MainWindow.h"
#include "i18n/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mailscope"));
    QApplication::setApplicationVersion(QStringLiteral(MAILSCOPE_VERSION));
    // Before the parser, so that --help is in the chosen language too. The View menu saves
    // "ui/language" ("" follows the system).
    mailscope::installLanguage(
        mailscope::chooseLanguage(mailscope::languageFromArguments(argc, argv),
                                  QSettings().value(QStringLiteral("ui/language")).toString()));
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("main", "Find out why a mail server misbehaves."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption(
        {QStringLiteral("demo"),
         QCoreApplication::translate("main", "Start by diagnosing the built-in demo server.")});
    p.addOption({QStringLiteral("presenter"),
                 QCoreApplication::translate("main", "Start in presenter mode (large text, high "
                                                     "contrast, secrets locked away) for screen "
                                                     "sharing.")});
    p.addOption({QStringLiteral("lang"),
                 QCoreApplication::translate("main", "Language of the window: en or de (default: "
                                                     "the saved choice, else the system's)."),
                 QStringLiteral("LANG")});
    p.addPositionalArgument(
        QStringLiteral("report"),
        QCoreApplication::translate("main", "A mailscope.report/1 JSON file to open."),
        QStringLiteral("[REPORT.json]"));
    p.process(app);
    mailscope::MainWindow w;
    if (p.isSet(QStringLiteral("presenter"))) w.setPresenter(true);
    w.show();
    const QStringList files = p.positionalArguments();
    if (!files.isEmpty()) {
        QString err;
        if (!w.openReport(files.first(), &err))
            QMessageBox::warning(&w, QStringLiteral("Mailscope"),
                                 QCoreApplication::translate("main", "Could not open %1: %2")
                                     .arg(files.first(), err));
    } else if (p.isSet(QStringLiteral("demo"))) {
        w.runDemo();
    }
    return app.exec();
}
