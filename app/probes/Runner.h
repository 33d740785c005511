// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Runs the chosen checks against one target and fills a Report.
#pragma once

#include "probes/Context.h"

#include <QObject>

namespace mailscope {

class Transcript;

class Runner : public QObject
{
    Q_OBJECT
public:
    Runner(DiagnoseOptions opts, Transcript *transcript, QObject *parent = nullptr);

    // Validates options (check names); returns an error text or empty.
    QString validate() const;
    // Blocking: runs every check in turn. Safe to call on a worker thread.
    Report run();
    void cancel() { m_cancel.cancelled = true; }
    // Tests and fuzzers: connections over something other than sockets.
    void setConnectionFactory(ConnectionFactory f) { m_factory = std::move(f); }

signals:
    void checkStarted(const QString &id, const QString &title);
    void checkFinished(const QString &id, const QString &status, const QString &summary);
    void progress(const QString &text);

private:
    DiagnoseOptions m_opts;
    Transcript *m_transcript;
    CancelToken m_cancel;
    ConnectionFactory m_factory;
};

// Adds server.identified from the texts the run collected.
void identify(Context &ctx);

} // namespace mailscope
