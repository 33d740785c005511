// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Mailscope desktop application entry point. The window is a thin shell over the engine.
//   mailscope                 the guided diagnosis
//   mailscope --demo          diagnose the built-in demo server right away
//   mailscope REPORT.json     open a report saved by the app or by mailscope-cli --json
//   --quit-when-done, --screenshot FILE: for scripts (and the package check in CI): the real
//   window runs the diagnosis, and the process ends with mailscope-cli's exit status.
#include "AppIcons.h"
#include "MainWindow.h"
#include "discovery/Discovery.h"
#include "i18n/Language.h"
#include "i18n/Text.h"
#include "report/TextReport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPixmap>
#include <QSettings>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <utility>

namespace {

// Both are done once the window has shown the result: the results page or the opened report.
struct WhenDone
{
    QString screenshot;
    bool quit = false;
};

void finish(mailscope::MainWindow &w, const WhenDone &when, int status)
{
    // Let the window lay out and paint the results before the picture is taken.
    QTimer::singleShot(0, &w, [&w, when, status] {
        int rc = status;
        if (!when.screenshot.isEmpty() && !w.grab().save(when.screenshot, "PNG")) {
            std::fputs(QCoreApplication::translate("main", "mailscope: cannot write %1\n")
                           .arg(when.screenshot)
                           .toLocal8Bit()
                           .constData(),
                       stderr);
            rc = 2;
        }
        if (when.quit) {
            std::fputs(mailscope::formatSummary(w.report(), {}).toLocal8Bit().constData(), stdout);
            std::fputc('\n', stdout);
            std::fflush(stdout);
            QCoreApplication::exit(rc);
        }
    });
}

void setUpParser(QCommandLineParser &p)
{
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
    p.addOption({QStringLiteral("quit-when-done"),
                 QCoreApplication::translate(
                     "main", "Quit once the first diagnosis has finished (or the report is "
                             "open), print its summary and exit with mailscope-cli's status: "
                             "0 no warnings or errors, 1 warnings or errors, 2 could not run.")});
    p.addOption({QStringLiteral("screenshot"),
                 QCoreApplication::translate("main", "Save a picture of the window as FILE (PNG) "
                                                     "once the first diagnosis has finished (or "
                                                     "the report is open)."),
                 QStringLiteral("FILE")});
    p.addPositionalArgument(
        QStringLiteral("report"),
        QCoreApplication::translate("main", "A mailscope.report/1 JSON file to open."),
        QStringLiteral("[REPORT.json]"));
}

void setNames()
{
    // Settings (trusted certificates, sign-in client ids) in ~/.config/Mailscope/ and its
    // equivalents, not under "Unknown Organization".
    QCoreApplication::setOrganizationName(QStringLiteral("Mailscope"));
    QCoreApplication::setApplicationName(QStringLiteral("Mailscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILSCOPE_VERSION));
}

// Before any parser, so that --help is in the chosen language too. The View menu saves
// "ui/language" ("" follows the system); the names must be set first for QSettings.
void setLanguage(int argc, char **argv)
{
    mailscope::installLanguage(
        mailscope::chooseLanguage(mailscope::languageFromArguments(argc, argv),
                                  QSettings().value(QStringLiteral("ui/language")).toString()));
}

// --help and --version must work without a display (over SSH, in package checks), and a
// QApplication cannot start without one.
bool onlyText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--") break;
        if (a == "-h" || a == "-?" || a == "--help" || a == "--help-all" || a == "-v" ||
            a == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (onlyText(argc, argv)) {
        QCoreApplication core(argc, argv);
        setNames();
        setLanguage(argc, argv);
        QCommandLineParser p;
        setUpParser(p);
        p.process(core); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    setNames();
    setLanguage(argc, argv);
    // The installed desktop entry (packaging/linux), so that Wayland and X11 docks match the
    // window to its launcher and icon; ignored where there are no desktop entries.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.mailscope.Mailscope"));
    QApplication::setWindowIcon(mailscope::icons::application());
    QCommandLineParser p;
    setUpParser(p);
    p.process(app);
    WhenDone when;
    when.quit = p.isSet(QStringLiteral("quit-when-done"));
    when.screenshot = p.value(QStringLiteral("screenshot"));
    // The window goes (its runs cancelled and joined) before the check below.
    const int rc = [&] {
        mailscope::MainWindow w;
        if (p.isSet(QStringLiteral("presenter"))) w.setPresenter(true);
        w.show();
        if (when.quit || !when.screenshot.isEmpty()) {
            // Only the first run: what the user does afterwards is theirs.
            auto once = std::make_shared<bool>(false);
            QObject::connect(&w, &mailscope::MainWindow::finished, &w,
                             [&w, when, once](const mailscope::Report &r) {
                                 if (std::exchange(*once, true)) return;
                                 finish(w, when, r.exitCode());
                             });
            QObject::connect(&w, &mailscope::MainWindow::cancelled, &w, [&w, when, once] {
                if (std::exchange(*once, true)) return;
                finish(w, when, 2);
            });
        }
        const QStringList files = p.positionalArguments();
        if (!files.isEmpty()) {
            QString err;
            if (!w.openReport(files.first(), &err)) {
                if (when.quit) {
                    std::fputs(
                        QCoreApplication::translate("main", "mailscope: could not open %1: %2\n")
                            .arg(files.first(), mailscope::localized(err))
                            .toLocal8Bit()
                            .constData(),
                        stderr);
                    return 2;
                }
                QMessageBox::warning(&w, QStringLiteral("Mailscope"),
                                     QCoreApplication::translate("main", "Could not open %1: %2")
                                         .arg(files.first(), mailscope::localized(err)));
            } else if (when.quit || !when.screenshot.isEmpty()) {
                finish(w, when, w.report().exitCode());
            }
        } else if (p.isSet(QStringLiteral("demo"))) {
            w.runDemo();
        }
        return app.exec();
    }();
    // A DNS lookup stuck in the system resolver would keep the closed app waiting for its
    // thread (see lookupAbandoned()); leaving now skips only QApplication's own teardown.
    if (mailscope::lookupAbandoned()) {
        std::fflush(nullptr);
        std::_Exit(rc);
    }
    return rc;
}
