#include "ResultsPanel.h"
#include "i18n/Text.h"
#include "probes/Check.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
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
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailscope {

namespace {
QString severityText(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QObject::tr("Error");
    case Severity::Warning:
        return QObject::tr("Warning");
    case Severity::Info:
        return QObject::tr("Info");
    }
    return {};
}

QString statusText(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Pass:
        return QObject::tr("✓ passed");
    case CheckStatus::Warn:
        return QObject::tr("⚠ warning");
    case CheckStatus::Fail:
        return QObject::tr("✗ failed");
    case CheckStatus::Skipped:
        return QObject::tr("– skipped");
    case CheckStatus::Error:
        return QObject::tr("✗ could not run");
    }
    return {};
}
} // namespace

QString ResultsPanel::programName(const QString &w)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("thunderbird"), QStringLiteral("Thunderbird")},
        {QStringLiteral("outlook"), QStringLiteral("Outlook")},
        {QStringLiteral("apple-mail"), QStringLiteral("Apple Mail")},
        {QStringLiteral("offlineimap"), QStringLiteral("OfflineIMAP")},
        {QStringLiteral("mbsync"), QStringLiteral("mbsync (isync)")},
        {QStringLiteral("postfix"), QStringLiteral("Postfix")},
        {QStringLiteral("server-admin"), QStringLiteral("Your provider / server admin")},
        {QStringLiteral("user"), QStringLiteral("You")},
    };
    return names.value(w, w);
}

ResultsPanel::ResultsPanel(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel), m_tabs(new QTabWidget), m_findings(new QTreeWidget),
      m_detail(new QTextBrowser),
      m_evidence(new QPushButton(tr("Show the &evidence in the transcript"))),
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
    auto *fpage = new QWidget;
    auto *fsplit = new QSplitter(Qt::Vertical);
    fsplit->addWidget(m_findings);
    fsplit->addWidget(m_detail);
    fsplit->setStretchFactor(0, 2);
    fsplit->setStretchFactor(1, 3);
    fsplit->setChildrenCollapsible(false);
    m_trust = new QPushButton(tr("&Trust this certificate…"));
    m_trust->setAccessibleName(tr("Decide whether to trust the server's certificate"));
    m_trust->hide();
    auto *fbox = new QVBoxLayout(fpage);
    fbox->addWidget(fsplit, 1);
    auto *fbuttons = new QHBoxLayout;
    fbuttons->addWidget(m_evidence);
    fbuttons->addWidget(m_trust);
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

    m_tabs->addTab(fpage, tr("What is wrong"));
    m_tabs->addTab(m_adviceScroll, tr("What to change"));
    m_tabs->addTab(ppage, tr("Tell your provider"));
    m_tabs->addTab(m_checks, tr("What passed"));
    m_tabs->setAccessibleName(tr("Results"));
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_headline);
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

void ResultsPanel::setReport(const Report &english)
{
    // Shown in the installed language; the caller keeps the English report for saving.
    m_report = localizedReport(english);
    const Report &r = m_report;
    // Offered only when the run stopped at the certificate: a decision the user has to make.
    const Finding *cert = r.finding(QStringLiteral("tls.certificate"));
    m_trust->setVisible(cert && !cert->data.value(QStringLiteral("accepted")).toBool() &&
                        !cert->data.value(QStringLiteral("sha256")).toString().isEmpty());
    int problems = 0;
    for (const Finding &f : r.findings)
        if (f.severity != Severity::Info) ++problems;
    const QString where = r.target.host.isEmpty()
                              ? tr("the server")
                              : r.target.host + QLatin1Char(':') + QString::number(r.target.port);
    QString head;
    if (!r.fatalError.isEmpty())
        head = tr("The check of %1 could not be completed: %2").arg(where, r.fatalError);
    else if (problems == 0)
        head = tr("No problems found on %1.").arg(where);
    else
        head = tr("%n problem(s) found on %1.", nullptr, problems).arg(where);
    if (!r.software.isEmpty() && r.software != QLatin1String("unknown"))
        head += QLatin1Char(' ') + tr("Server software: %1.").arg(r.software);
    m_headline->setText(head);

    m_findings->clear();
    // Errors first, then warnings, then information.
    QList<int> order;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        for (int i = 0; i < r.findings.size(); ++i)
            if (r.findings[i].severity == s) order.append(i);
    for (int i : std::as_const(order)) {
        const Finding &f = r.findings[i];
        auto *it = new QTreeWidgetItem({severityText(f.severity), f.title});
        it->setData(0, Qt::UserRole, i);
        it->setToolTip(1, f.title);
        const QStyle::StandardPixmap icon =
            f.severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
            : f.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                              : QStyle::SP_MessageBoxInformation;
        it->setIcon(0, style()->standardIcon(icon));
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
        auto *title =
            new QLabel(QStringLiteral("<b>%1</b>: %2")
                           .arg(programName(a.forWhom).toHtmlEscaped(), a.setting.toHtmlEscaped()));
        title->setWordWrap(true);
        auto *value = new QLabel(tr("Change to: <b>%1</b>").arg(a.value.toHtmlEscaped()));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *why = new QLabel(a.reason);
        why->setWordWrap(true);
        why->setForegroundRole(QPalette::PlaceholderText);
        auto *copy = new QPushButton(tr("Copy"));
        copy->setAccessibleName(tr("Copy the value for %1: %2").arg(a.setting, a.value));
        copy->setToolTip(tr("Copy “%1” to the clipboard").arg(a.value));
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
        auto *it = new QTreeWidgetItem({name, statusText(c.status), c.summary});
        it->setData(0, Qt::UserRole, c.id);
        m_checks->addTopLevelItem(it);
    }
    m_tabs->setCurrentIndex(0);
}

void ResultsPanel::showFinding(int i)
{
    if (i < 0 || i >= m_report.findings.size()) {
        m_detail->setHtml(m_report.findings.isEmpty()
                              ? tr("<p>Nothing wrong was found. The <b>What passed</b> tab "
                                   "lists every check.</p>")
                              : QString());
        m_evidence->setEnabled(false);
        return;
    }
    const Finding &f = m_report.findings[i];
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(f.title.toHtmlEscaped(), f.explanation.toHtmlEscaped());
    if (!f.data.isEmpty()) {
        html += tr("<p><b>Details</b> <small>(%1)</small></p>").arg(f.id.toHtmlEscaped());
        html += QStringLiteral("<pre>%1</pre>")
                    .arg(QString::fromUtf8(QJsonDocument(f.data).toJson(QJsonDocument::Indented))
                             .toHtmlEscaped());
    }
    m_detail->setHtml(html);
    m_evidence->setEnabled(!f.evidence.isEmpty());
    m_evidence->setText(f.evidence.isEmpty()
                            ? tr("No transcript lines recorded for this finding")
                            : tr("Show the &evidence in the transcript (%n line(s))", nullptr,
                                 int(f.evidence.size())));
}

QString ResultsPanel::providerMessage(const Report &r)
{
    QStringList out;
    out << tr("Hello,") << QString();
    out << tr("I checked the mail server %1 (port %2, %3) with Mailscope on %4 and found:")
               .arg(r.target.host)
               .arg(r.target.port)
               .arg(r.target.implicitTls ? tr("TLS") : tr("STARTTLS"),
                    r.startedAt.isEmpty() ? tr("today") : r.startedAt.left(16));
    out << QString();
    bool any = false;
    for (const Finding &f : r.findings) {
        if (f.severity == Severity::Info) continue;
        out << QStringLiteral("- %1 [%2]").arg(f.title, f.id);
        any = true;
    }
    if (!any) out << tr("- no problems on the server side.");
    QStringList admin;
    for (const Advice &a : r.advice)
        if (a.forWhom == QLatin1String("server-admin"))
            admin << QStringLiteral("- %1: %2 (%3)").arg(a.setting, a.value, a.reason);
    if (!admin.isEmpty()) {
        out << QString() << tr("What could be changed on the server:") << admin;
    }
    out << QString()
        << (r.secretsShown
                ? tr("Note: this run recorded passwords in the transcript; remove them before "
                     "attaching the report.")
                : tr("The full report with the protocol transcript is attached (passwords "
                     "removed)."))
        << QString() << tr("Thank you.");
    return out.join(QLatin1Char('\n'));
}

QString ResultsPanel::plainText() const
{
    QStringList out{m_headline->text()};
    for (const Finding &f : m_report.findings)
        out << severityText(f.severity) + QLatin1Char(' ') + f.title << f.explanation;
    for (const Advice &a : m_report.advice)
        out << programName(a.forWhom) + QStringLiteral(": ") + a.setting + QStringLiteral(" = ") +
                   a.value;
    for (const CheckResult &c : m_report.checks)
        out << c.id + QLatin1Char(' ') + statusText(c.status) + QStringLiteral(": ") + c.summary;
    return out.join(QLatin1Char('\n'));
}

} // namespace mailscope
