// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The transcript as a list model: one row per event, coloured by kind from the palette.
// Rows arrive from the engine's worker thread one event at a time; they are coalesced and
// inserted in batches, so a million events stay smooth.
#pragma once

#include <QAbstractListModel>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <atomic>

#include "session/Transcript.h"

class QTimer;

namespace mailscope {
class Transcript;
struct Event;

enum class Theme
{
    Light,
    Dark,
    HighContrast
};

class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        KindRole = Qt::UserRole + 1,
        ConnRole,
        TimeRole,     // microseconds since the run started
        FullTextRole, // every line of the event, CR/LF made visible when asked
        RedactedRole
    };
    enum class TimeMode
    {
        SinceStart,
        SincePrevious,
        Absolute
    };
    explicit TranscriptModel(QObject *parent = nullptr);

    void setTranscript(Transcript *t);
    Transcript *transcript() const { return m_transcript; }
    // Wall-clock time of t = 0, for absolute timestamps.
    void setStartTime(const QDateTime &t);
    void setTimeMode(TimeMode m);
    TimeMode timeMode() const { return m_timeMode; }
    void setShowCrLf(bool on);
    bool showCrLf() const { return m_showCrLf; }
    void setTheme(Theme t);
    Theme theme() const { return m_theme; }
    void setFontPointSize(qreal pt);
    // Hides passwords and SASL data in client lines that a run recorded with secrets shown
    // (presenter mode: redaction locked on whatever the run recorded).
    void setMaskSecrets(bool on);
    bool maskSecrets() const { return m_mask; }
    // Pulls in events that arrived since the last batch (normally done by a 50 ms timer).
    void catchUp();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // "C", "S", "~", "T", "x", "X", "!", "*": meaning without colour.
    static QString prefix(int kind);
    static QColor colour(int kind, Theme theme);
    // safe: secrets masked whatever the mode (copies, tickets).
    QString lineFor(int row, bool full, bool safe = false) const;

private:
    void schedule();

    const Event &eventAt(int row) const;
    QPointer<Transcript> m_transcript;
    mutable int m_cachedRow = -1;
    mutable Event m_cached;
    int m_rows = 0;
    QTimer *m_batch;
    TimeMode m_timeMode = TimeMode::SinceStart;
    bool m_showCrLf = false;
    bool m_mask = false;
    std::atomic<bool> m_wakePosted{false};
    Theme m_theme = Theme::Light;
    QDateTime m_start;
    QFont m_font;
};

// Connection filter and text search over the transcript.
class TranscriptFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setConnection(int conn); // -1: all
    int connection() const { return m_conn; }
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    bool isFiltering() const { return m_conn >= 0 || !m_search.isEmpty(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    int m_conn = -1;
    QString m_search;
};

} // namespace mailscope
