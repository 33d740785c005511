// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "cli/Password.h"
#include <QCoreApplication>

#include <QFile>
#include <csignal>
#include <cstdio>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace mailscope {

namespace {

// Longer than any password or bearer token; longer input is refused, never cut silently.
constexpr qsizetype kMaxSecret = 16 * 1024;

QString tooLong()
{
    return QCoreApplication::translate(
               "cli", "the password is longer than %1 bytes; Mailscope does not cut it "
                      "short")
        .arg(kMaxSecret);
}

#if defined(Q_OS_UNIX)
// The terminal's state before the prompt, restored by the signal handler when the user
// presses Ctrl-C at the prompt (otherwise the shell is left without echo).
termios g_saved;
volatile sig_atomic_t g_restore = 0;

extern "C" void restoreAndRaise(int sig)
{
    if (g_restore) ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved); // async-signal-safe
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}
#endif

} // namespace

QString passwordFromEnv(const QString &var, QByteArray *out)
{
    if (var.isEmpty() || !qEnvironmentVariableIsSet(var.toLocal8Bit().constData()))
        return QCoreApplication::translate("cli", "environment variable %1 is not set").arg(var);
    *out = qgetenv(var.toLocal8Bit().constData());
    if (out->size() > kMaxSecret) return tooLong();
    return {};
}

QString passwordFromFile(const QString &path, QByteArray *out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("cli", "cannot read password file %1: %2")
            .arg(path, f.errorString());
    // Bounded: a password file is one line.
    QByteArray data = f.read(kMaxSecret + 2);
    const qsizetype nl = data.indexOf('\n');
    if (nl >= 0)
        data.truncate(nl);
    else if (data.size() > kMaxSecret)
        return tooLong();
    if (data.endsWith('\r')) data.chop(1);
    if (data.size() > kMaxSecret) return tooLong();
    *out = data;
    return {};
}

QString passwordFromTerminal(const QString &prompt, QByteArray *out)
{
#if defined(Q_OS_UNIX)
    const bool tty = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &g_saved) == 0;
    using Handler = void (*)(int);
    Handler oldInt = SIG_DFL, oldTerm = SIG_DFL, oldHup = SIG_DFL;
    if (tty) {
        g_restore = 1;
        oldInt = std::signal(SIGINT, restoreAndRaise);
        oldTerm = std::signal(SIGTERM, restoreAndRaise);
        oldHup = std::signal(SIGHUP, restoreAndRaise);
        termios quiet = g_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#elif defined(Q_OS_WIN)
    HANDLE h = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool tty = GetConsoleMode(h, &mode);
    if (tty) SetConsoleMode(h, mode & ~DWORD(ENABLE_ECHO_INPUT));
#endif
    // Only now: whatever is typed after the prompt appears is never echoed.
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    QByteArray p;
    bool ended = false, overflow = false;
    for (;;) {
        const int c = std::fgetc(stdin);
        if (c == EOF) break;
        if (c == '\n') {
            ended = true;
            break;
        }
        if (p.size() >= kMaxSecret + 1) {
            overflow = true;
            continue; // read the rest of the line away, keep nothing of it
        }
        p += char(c);
    }
#if defined(Q_OS_UNIX)
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
        g_restore = 0;
        std::signal(SIGINT, oldInt);
        std::signal(SIGTERM, oldTerm);
        std::signal(SIGHUP, oldHup);
    }
#elif defined(Q_OS_WIN)
    if (tty) SetConsoleMode(h, mode);
#endif
    std::fputs("\n", stderr);
    if (p.endsWith('\r')) p.chop(1);
    if (overflow || p.size() > kMaxSecret) {
        p.fill('\0');
        return tooLong();
    }
    if (!ended && p.isEmpty()) return QCoreApplication::translate("cli", "no password entered");
    *out = p;
    p.fill('\0');
    return {};
}

} // namespace mailscope
