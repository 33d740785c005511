#include "cli/Password.h"

#include <QFile>
#include <cstdio>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace mailscope {

QString passwordFromEnv(const QString &var, QByteArray *out)
{
    if (var.isEmpty() || !qEnvironmentVariableIsSet(var.toLocal8Bit().constData()))
        return QStringLiteral("environment variable %1 is not set").arg(var);
    *out = qgetenv(var.toLocal8Bit().constData());
    return {};
}

QString passwordFromFile(const QString &path, QByteArray *out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read password file %1: %2").arg(path, f.errorString());
    // Bounded: a password file is one short line.
    QByteArray data = f.read(4096);
    const qsizetype nl = data.indexOf('\n');
    if (nl >= 0) data.truncate(nl);
    if (data.endsWith('\r')) data.chop(1);
    *out = data;
    return {};
}

QString passwordFromTerminal(const QString &prompt, QByteArray *out)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
#if defined(Q_OS_UNIX)
    termios old{};
    const bool tty = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#elif defined(Q_OS_WIN)
    HANDLE h = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool tty = GetConsoleMode(h, &mode);
    if (tty) SetConsoleMode(h, mode & ~DWORD(ENABLE_ECHO_INPUT));
#endif
    char buf[1024];
    const bool ok = std::fgets(buf, sizeof buf, stdin) != nullptr;
#if defined(Q_OS_UNIX)
    if (tty) ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
#elif defined(Q_OS_WIN)
    if (tty) SetConsoleMode(h, mode);
#endif
    std::fputs("\n", stderr);
    if (!ok) return QStringLiteral("no password entered");
    QByteArray p(buf);
    while (p.endsWith('\n') || p.endsWith('\r'))
        p.chop(1);
    *out = p;
    std::memset(buf, 0, sizeof buf);
    return {};
}

} // namespace mailscope
