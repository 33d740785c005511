// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Helpers shared by the GUI suites: screenshots for review by eye (artifacts/ under the
// working directory) and hand-made transcript events.
#pragma once

#include "session/Event.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

namespace mailscope::test {

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
