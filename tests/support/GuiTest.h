// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Helpers shared by the GUI suites: screenshots for review by eye (artifacts/ under the
// working directory) and hand-made transcript events.
#pragma once

#include "session/Event.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

namespace mailscope::test {

// Keeps a GUI suite away from the machine it runs on: settings (remembered certificates) in a
// test location, kept passwords and sign-ins in memory rather than the keychain, no
// organisation-wide sign-in configuration, and discovery asking loopback only (DNS to
// 127.0.0.1, HTTP lookups to a loopback port where nothing listens: refused at once).
inline void isolateGuiTest(const char *applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mailscope-tests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(applicationName));
    qputenv("MAILSCOPE_CREDENTIALS", "memory");
    qputenv("MAILSCOPE_DNS_SERVER", "127.0.0.1");
    qputenv("MAILSCOPE_OAUTH2_CONFIG", "/nonexistent/mailscope-oauth2.json");
    qputenv("MAILSCOPE_LOOKUP_BASE", "http://127.0.0.1:9");
}

inline QString artifacts()
{
    const QString dir = QDir::currentPath() + QStringLiteral("/artifacts");
    QDir().mkpath(dir);
    return dir;
}

inline void shot(QWidget *w, const char *name)
{
    QCoreApplication::processEvents();
    const QString path =
        artifacts() + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png");
    QVERIFY2(w->grab().save(path), qPrintable(path));
}

inline Event ev(int conn, EventKind k, const QByteArray &data, qint64 tUs)
{
    Event e;
    e.conn = conn;
    e.kind = k;
    e.data = data;
    e.tUs = tUs;
    return e;
}

} // namespace mailscope::test
