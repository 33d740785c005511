// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The results: what is wrong (one sentence each), what it means, what to change in which
// program (with copy buttons), what to tell the provider, and what passed.
#pragma once

#include "probes/Report.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QVBoxLayout;

namespace mailscope {

class ResultsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsPanel(QWidget *parent = nullptr);

    // live: the report of a run just made here (not one opened from a file).
    void setReport(const Report &r, bool live = true);
    const Report &report() const { return m_report; }
    QTreeWidget *findingsTree() const { return m_findings; }
    // The programs advice was given for, in order (not the server admin).
    QStringList advicePrograms() const { return m_programs; }
    QTreeWidget *checksTree() const { return m_checks; }
    QTabWidget *tabs() const { return m_tabs; }
    QString headline() const;
    // Plain-language summary for the provider's help desk (report/Summary.h).
    static QString providerMessage(const Report &r);
    static QString programName(const QString &forWhom);
    // The whole result as plain text (for the accessibility tree and tests).
    QString plainText() const;
    // The short Markdown summary "Copy for ticket" puts on the clipboard.
    QString ticketText() const;

    QPushButton *trustButton() const { return m_trust; }
    QPushButton *ticketButton() const { return m_ticket; }
    // "Remove this message…": shown for a message the server cannot deliver (a ghost).
    QPushButton *repairButton() const { return m_repair; }
    // "Compare with my Thunderbird…" on the "What to change" tab.
    QPushButton *thunderbirdButton() const { return m_thunderbird; }
    // The selected finding's details: key, what it means, value; the raw data behind a toggle.
    QTableWidget *fieldsTable() const { return m_fields; }
    QToolButton *rawToggle() const { return m_rawToggle; }
    QPlainTextEdit *rawData() const { return m_raw; }
    // Selects the finding with this id (first of them); false when there is none.
    bool selectFinding(const QString &id);

signals:
    void evidenceRequested(const QList<int> &events);
    // The run stopped at an untrusted certificate and the user wants to decide about it.
    void trustCertificateRequested(const mailscope::Finding &certificate);
    // "Copy for ticket" put the summary on the clipboard.
    void ticketCopied();
    // The user wants to remove a message the server cannot deliver (imap.ghost-message).
    void repairRequested(const mailscope::Finding &ghost);
    // The user wants to see the recommendations next to their Thunderbird settings.
    void thunderbirdRequested();

protected:
    void changeEvent(QEvent *e) override;

private:
    void showFinding(int index);

    Report m_report;
    QLabel *m_headline;
    QTabWidget *m_tabs;
    QTreeWidget *m_findings;
    QTextBrowser *m_detail;
    QPushButton *m_evidence;
    QPushButton *m_trust;
    QPushButton *m_ticket;
    QPushButton *m_repair;
    QPushButton *m_thunderbird;
    QTableWidget *m_fields;
    QToolButton *m_rawToggle;
    QPlainTextEdit *m_raw;
    QVBoxLayout *m_adviceBox;
    QWidget *m_adviceScroll;
    QStringList m_programs;
    QPlainTextEdit *m_provider;
    QTreeWidget *m_checks;
};

} // namespace mailscope
