// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "ResultsPanel.h"
#include "SafeText.h"
#include "probes/Check.h"

#include "AppIcons.h"
#include "i18n/Text.h"
#include "probes/GhostScan.h"
#include "report/FindingFields.h"
#include "report/JsonReport.h"
#include "report/MarkdownSummary.h"
#include "report/Summary.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailscope {

QString ResultsPanel::programName(const QString &w)
{
    return adviceProgramName(w);
}

ResultsPanel::ResultsPanel(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel), m_tabs(new QTabWidget), m_findings(new QTreeWidget),
      m_detail(new QTextBrowser),
      m_evidence(new QPushButton(tr("Show the &evidence in the transcript"))),
      m_fields(new QTableWidget), m_rawToggle(new QToolButton), m_raw(new QPlainTextEdit),
      m_provider(new QPlainTextEdit), m_checks(new QTreeWidget)
{
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    QFont hf = m_headline->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.3);
    hf.setBold(true);
    m_headline->setFont(hf);
    m_headline->setAccessibleName(tr("Result summary"));

    m_findings->setHeaderLabels({tr("Severity"), tr("What is wrong")});
    m_findings->setRootIsDecorated(false);
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->setWordWrap(true);
    m_detail->setAccessibleName(tr("What it means"));
    m_detail->setOpenExternalLinks(false);
    m_evidence->setEnabled(false);
    // The finding's data in plain words; the raw data for experts behind a toggle.
    m_fields->setColumnCount(3);
    m_fields->setHorizontalHeaderLabels({tr("Key"), tr("What it is"), tr("Value")});
    m_fields->setAccessibleName(tr("Details of the finding"));
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setWordWrap(true);
    m_fields->verticalHeader()->hide();
    // Everything readable without scrolling sideways: the key as wide as it is, the meaning
    // and the value share the rest and wrap.
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_fields->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_fields->setTextElideMode(Qt::ElideNone);
    m_fields->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rawToggle->setText(tr("Raw data (JSON)"));
    m_rawToggle->setAccessibleName(tr("Show the raw data of the finding"));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rawToggle->setArrowType(Qt::RightArrow);
    m_rawToggle->setAutoRaise(true);
    m_raw->setReadOnly(true);
    m_raw->setAccessibleName(tr("Raw data of the finding"));
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->hide();
    connect(m_rawToggle, &QToolButton::toggled, this, [this](bool on) {
        m_rawToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_raw->setVisible(on);
    });
    auto *detail = new QWidget;
    auto *dbox = new QVBoxLayout(detail);
    dbox->setContentsMargins(0, 0, 0, 0);
    auto *dsplit = new QSplitter(Qt::Vertical);
    dsplit->addWidget(m_detail);
    dsplit->addWidget(m_fields);
    dsplit->setChildrenCollapsible(false);
    dbox->addWidget(dsplit, 1);
    dbox->addWidget(m_rawToggle, 0, Qt::AlignLeft);
    dbox->addWidget(m_raw, 1);
    auto *fpage = new QWidget;
    auto *fsplit = new QSplitter(Qt::Vertical);
    fsplit->addWidget(m_findings);
    fsplit->addWidget(detail);
    fsplit->setStretchFactor(0, 2);
    fsplit->setStretchFactor(1, 3);
    fsplit->setChildrenCollapsible(false);
    m_trust = new QPushButton(tr("&Trust this certificate…"));
    m_trust->setAccessibleName(tr("Decide whether to trust the server's certificate"));
    m_trust->hide();
    auto *fbox = new QVBoxLayout(fpage);
    fbox->addWidget(fsplit, 1);
    m_repair = new QPushButton(tr("&Remove this message…"));
    m_repair->setAccessibleName(
        tr("Remove the message that cannot be downloaded from the server, after confirming"));
    m_repair->setToolTip(tr("Shows exactly what would be removed and how; nothing changes "
                            "until you type the message's UID to confirm."));
    m_repair->hide();
    connect(m_repair, &QPushButton::clicked, this, [this] {
        auto *it = m_findings->currentItem();
        const int i = it ? it->data(0, Qt::UserRole).toInt() : -1;
        if (i >= 0 && i < m_report.findings.size()) emit repairRequested(m_report.findings[i]);
    });
    auto *fbuttons = new QHBoxLayout;
    fbuttons->addWidget(m_evidence);
    fbuttons->addWidget(m_trust);
    fbuttons->addWidget(m_repair);
    fbuttons->addStretch();
    fbox->addLayout(fbuttons);
    connect(m_trust, &QPushButton::clicked, this, [this] {
        if (const Finding *f = m_report.finding(QStringLiteral("tls.certificate")))
            emit trustCertificateRequested(*f);
    });

    // One card per setting: program, setting and value (copyable), and why, word-wrapped.
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *holder = new QWidget;
    m_adviceBox = new QVBoxLayout(holder);
    scroll->setWidget(holder);
    scroll->setAccessibleName(tr("What to change, per program"));
    m_adviceScroll = scroll;

    auto *ppage = new QWidget;
    m_provider->setReadOnly(true);
    m_provider->setAccessibleName(tr("Message for your provider"));
    auto *copyProvider = new QPushButton(tr("Copy the &message"));
    copyProvider->setAccessibleName(tr("Copy the message for your provider"));
    auto *pbox = new QVBoxLayout(ppage);
    auto *pl = new QLabel(tr("Send this to your provider's help desk. It names what was seen and "
                             "what they can change; the saved report (File ▸ Save) is the "
                             "evidence."));
    pl->setWordWrap(true);
    pbox->addWidget(pl);
    pbox->addWidget(m_provider, 1);
    pbox->addWidget(copyProvider, 0, Qt::AlignLeft);
    connect(copyProvider, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_provider->toPlainText()); });

    m_checks->setHeaderLabels({tr("Check"), tr("Result"), tr("Details")});
    m_checks->setRootIsDecorated(false);
    m_checks->setWordWrap(true);
    m_checks->setAccessibleName(tr("Checks that ran"));
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    // "Compare with my Thunderbird": the recommended values next to the profile's own.
    m_thunderbird = new QPushButton(tr("Compare with my &Thunderbird…"));
    m_thunderbird->setAccessibleName(
        tr("Compare these recommendations with the settings of your Thunderbird profile"));
    m_thunderbird->setToolTip(tr("Reads your Thunderbird profile's prefs.js (never changes it) "
                                 "and shows each setting now and as recommended."));
    connect(m_thunderbird, &QPushButton::clicked, this, &ResultsPanel::thunderbirdRequested);
    auto *apage = new QWidget;
    auto *abox = new QVBoxLayout(apage);
    abox->setContentsMargins(0, 0, 0, 0);
    abox->addWidget(m_thunderbird, 0, Qt::AlignLeft);
    abox->addWidget(m_adviceScroll, 1);
    m_tabs->addTab(fpage, tr("What is wrong"));
    m_tabs->addTab(apage, tr("What to change"));
    m_tabs->addTab(ppage, tr("Tell your provider"));
    m_tabs->addTab(m_checks, tr("What passed"));
    m_tabs->setAccessibleName(tr("Results"));
    // A short Markdown summary for tickets and chats (never a transcript line, so never a
    // secret); the saved report is the evidence.
    m_ticket = new QPushButton(tr("Copy for tic&ket"));
    m_ticket->setAccessibleName(tr("Copy a short summary for a ticket"));
    m_ticket->setToolTip(tr("Copies the result as a short Markdown summary: what is wrong, what "
                            "to change, the server. Attach the saved report as evidence."));
    connect(m_ticket, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(ticketText());
        emit ticketCopied();
    });
    auto *headRow = new QHBoxLayout;
    headRow->addWidget(m_headline, 1);
    headRow->addWidget(m_ticket, 0, Qt::AlignTop);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addLayout(headRow);
    box->addWidget(m_tabs, 1);

    connect(m_findings, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *it) {
        showFinding(it ? it->data(0, Qt::UserRole).toInt() : -1);
    });
    connect(m_findings, &QTreeWidget::itemActivated, this, [this] { m_evidence->click(); });
    connect(m_evidence, &QPushButton::clicked, this, [this] {
        auto *it = m_findings->currentItem();
        if (!it) return;
        const int i = it->data(0, Qt::UserRole).toInt();
        if (i >= 0 && i < m_report.findings.size())
            emit evidenceRequested(m_report.findings[i].evidence);
    });
}

void ResultsPanel::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::FontChange) {
        QFont hf = font();
        hf.setPointSizeF(font().pointSizeF() * 1.3);
        hf.setBold(true);
        m_headline->setFont(hf);
    }
    QWidget::changeEvent(e);
}

QString ResultsPanel::headline() const
{
    return m_headline->text();
}

void ResultsPanel::setReport(const Report &english, bool live)
{
    // Shown in the installed language; the caller keeps the English report for saving.
    m_report = localizedReport(english);
    const Report &r = m_report;
    // Offered only when a run here stopped at the certificate: a decision the user has to
    // make. A fingerprint read from a file is not one this machine was shown by the server.
    const Finding *cert = r.finding(QStringLiteral("tls.certificate"));
    // A certificate that was verified (one merely expiring soon) needs no trust of the user's.
    m_trust->setVisible(live && cert && !cert->data.value(QStringLiteral("accepted")).toBool() &&
                        !cert->data.value(QStringLiteral("sha256")).toString().isEmpty() &&
                        !cert->data.value(QStringLiteral("errors")).toArray().isEmpty());
    m_headline->setText(reportHeadline(r));

    m_findings->clear();
    // Errors first, then warnings, then information.
    for (int i : findingsBySeverity(r)) {
        const Finding &f = r.findings[i];
        // Engine texts stay English in the Report (for saving); people read them localized.
        auto *it =
            new QTreeWidgetItem({severityWord(f.severity), ui::shownText(localized(f.title))});
        it->setData(0, Qt::UserRole, i);
        it->setToolTip(1, ui::plainToolTip(localized(f.title)));
        it->setIcon(0, icons::severity(f.severity));
        m_findings->addTopLevelItem(it);
    }
    if (m_findings->topLevelItemCount() > 0)
        m_findings->setCurrentItem(m_findings->topLevelItem(0));
    else
        showFinding(-1);

    while (QLayoutItem *item = m_adviceBox->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_programs.clear();
    for (const Advice &a : r.advice) {
        if (a.forWhom == QLatin1String("server-admin")) continue;
        m_programs << programName(a.forWhom);
        auto *card = new QFrame;
        card->setFrameShape(QFrame::StyledPanel);
        auto *grid = new QGridLayout(card);
        auto *title = new QLabel(QStringLiteral("<b>%1</b>: %2")
                                     .arg(programName(a.forWhom).toHtmlEscaped(),
                                          ui::shownText(a.setting).toHtmlEscaped()));
        title->setWordWrap(true);
        auto *value =
            new QLabel(tr("Change to: <b>%1</b>").arg(ui::shownText(a.value).toHtmlEscaped()));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Plain text: a report read from a file may put anything here.
        auto *why = new QLabel(ui::shownText(a.reason));
        why->setTextFormat(Qt::PlainText);
        why->setWordWrap(true);
        why->setForegroundRole(QPalette::PlaceholderText);
        auto *copy = new QPushButton(tr("Copy"));
        copy->setAccessibleName(tr("Copy the value for %1: %2").arg(a.setting, a.value));
        copy->setToolTip(ui::plainToolTip(tr("Copy “%1” to the clipboard").arg(a.value)));
        const QString text = a.value;
        connect(copy, &QPushButton::clicked, this,
                [text] { QApplication::clipboard()->setText(text); });
        grid->addWidget(title, 0, 0);
        grid->addWidget(value, 1, 0);
        grid->addWidget(why, 2, 0);
        grid->addWidget(copy, 0, 1, 2, 1, Qt::AlignTop);
        grid->setColumnStretch(0, 1);
        m_adviceBox->addWidget(card);
    }
    if (m_programs.isEmpty())
        m_adviceBox->addWidget(new QLabel(tr("Nothing to change in your mail program.")));
    m_adviceBox->addStretch(1);
    m_provider->setPlainText(providerMessage(r));

    m_checks->clear();
    for (const CheckResult &c : r.checks) {
        // The check's name in the user's language (the JSON keeps its id).
        std::vector<std::unique_ptr<Check>> made;
        const QString name = makeChecks(r.target.protocol, {c.id}, &made).isEmpty() && !made.empty()
                                 ? localized(made.front()->title())
                                 : c.id;
        auto *it = new QTreeWidgetItem({name, checkStatusWord(c.status), c.summary});
        it->setData(0, Qt::UserRole, c.id);
        m_checks->addTopLevelItem(it);
    }
    m_tabs->setCurrentIndex(0);
}

bool ResultsPanel::selectFinding(const QString &id)
{
    for (int r = 0; r < m_findings->topLevelItemCount(); ++r) {
        QTreeWidgetItem *it = m_findings->topLevelItem(r);
        const int i = it->data(0, Qt::UserRole).toInt();
        if (i >= 0 && i < m_report.findings.size() && m_report.findings[i].id == id) {
            m_findings->setCurrentItem(it);
            return true;
        }
    }
    return false;
}

void ResultsPanel::showFinding(int i)
{
    m_fields->setRowCount(0);
    m_raw->clear();
    if (i < 0 || i >= m_report.findings.size()) {
        m_detail->setHtml(m_report.findings.isEmpty()
                              ? tr("<p>Nothing wrong was found. The <b>What passed</b> tab "
                                   "lists every check.</p>")
                              : QString());
        m_evidence->setEnabled(false);
        m_repair->hide();
        m_fields->hide();
        m_rawToggle->hide();
        m_raw->hide();
        return;
    }
    const Finding &f = m_report.findings[i];
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(ui::shownText(f.title).toHtmlEscaped(),
                            ui::shownText(f.explanation).toHtmlEscaped());
    if (!f.data.isEmpty())
        html += tr("<p><b>Details</b> <small>(%1)</small></p>").arg(f.id.toHtmlEscaped());
    m_detail->setHtml(html);
    const QList<FindingField> fields = findingFields(f);
    m_fields->setRowCount(int(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        const FindingField &field = fields[r];
        const QString cells[] = {field.key, field.label, field.value};
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(ui::shownText(cells[c]));
            item->setToolTip(ui::plainToolTip(cells[c]));
            m_fields->setItem(r, c, item);
        }
    }
    m_fields->setVisible(!fields.isEmpty());
    m_rawToggle->setVisible(!f.data.isEmpty());
    m_raw->setVisible(!f.data.isEmpty() && m_rawToggle->isChecked());
    m_raw->setPlainText(QString::fromUtf8(jsonFileBytes(QJsonDocument(f.data))));
    m_repair->setVisible(f.id == QLatin1String("imap.ghost-message") &&
                         m_report.target.protocol == Protocol::Imap &&
                         !ghosts::ghostsInFinding(f).isEmpty());
    m_evidence->setEnabled(!f.evidence.isEmpty());
    m_evidence->setText(f.evidence.isEmpty()
                            ? tr("No transcript lines recorded for this finding")
                            : tr("Show the &evidence in the transcript (%n line(s))", nullptr,
                                 int(f.evidence.size())));
}

QString ResultsPanel::providerMessage(const Report &r)
{
    return mailscope::providerMessage(r);
}

QString ResultsPanel::ticketText() const
{
    return reportToMarkdown(m_report);
}

QString ResultsPanel::plainText() const
{
    QStringList out{m_headline->text()};
    for (const Finding &f : m_report.findings) {
        out << severityWord(f.severity) + QLatin1Char(' ') + localized(f.title)
            << localized(f.explanation);
        for (const FindingField &field : findingFields(f))
            out << QStringLiteral("  %1: %2").arg(field.label, field.value);
    }
    for (const Advice &a : m_report.advice)
        out << programName(a.forWhom) + QStringLiteral(": ") + a.setting + QStringLiteral(" = ") +
                   a.value;
    for (const CheckResult &c : m_report.checks)
        out << c.id + QLatin1Char(' ') + checkStatusWord(c.status) + QStringLiteral(": ") +
                   localized(c.summary);
    return out.join(QLatin1Char('\n'));
}

} // namespace mailscope
