// Mailscope desktop application entry point. The window is a thin shell over the engine.
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mailscope"));
    QApplication::setApplicationVersion(QStringLiteral(MAILSCOPE_VERSION));
    QCommandLineParser p;
    p.addHelpOption();
    p.addVersionOption();
    p.addOption(
        {QStringLiteral("demo"), QStringLiteral("Start by diagnosing the built-in demo server.")});
    p.process(app);
    mailscope::MainWindow w;
    w.show();
    if (p.isSet(QStringLiteral("demo"))) w.startDemo();
    return app.exec();
}
