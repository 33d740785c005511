// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The transcript panel: filter by connection, search, time base, visible CR/LF, copy as text,
// and a detail pane with every line of the selected event.
#pragma once

#include "TranscriptModel.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QTimer;

namespace mailscope {

class TranscriptView : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptView(QWidget *parent = nullptr);

    void setTranscript(Transcript *t, const QDateTime &start = {});
    TranscriptModel *model() const { return m_model; }
    TranscriptFilter *filter() const { return m_filter; }
    QListView *listView() const { return m_view; }
    QComboBox *connectionBox() const { return m_conn; }
    QComboBox *timeBox() const { return m_time; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *crlfBox() const { return m_crlf; }

    // Selects these events (clearing filters that hide them) and scrolls to the first.
    void selectEvents(const QList<int> &events);
    QList<int> selectedEvents() const;
    int currentEvent() const;
    // Selected rows, or every visible row when nothing is selected, as plain text.
    QString selectedText() const;
    void copySelection() const;
    void setTheme(Theme t);
    void setPresenter(bool on);
    void setFollow(bool on);

signals:
    void currentEventChanged(int event);

private:
    void scanConnections();
    void rebuildConnectionMenu();
    void showDetail(int event);

    TranscriptModel *m_model;
    TranscriptFilter *m_filter;
    QListView *m_view;
    QPlainTextEdit *m_detail;
    QComboBox *m_conn;
    QComboBox *m_time;
    QLineEdit *m_search;
    QCheckBox *m_crlf;
    QCheckBox *m_follow;
    QLabel *m_count;
    QTimer *m_searchDelay;
    QTimer *m_scan;
    QList<int> m_conns;   // every connection seen, in order
    QSet<int> m_connSeen; // the same, to look up
    int m_scanned = 0;
    bool m_selecting = false;
};

} // namespace mailscope
