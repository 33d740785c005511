// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "DiagnoseWizard.h"
#include "SafeText.h"
#include "i18n/Text.h"

#include "CertificateDialog.h"
#include "ResultsPanel.h"
#include "SignInBox.h"
#include "auth/Credentials.h"
#include "keychain/KeychainStore.h"
#include "net/TrustStore.h"
#include "probes/Check.h"
#include "probes/IdleLadder.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSslCertificate>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <cmath>

namespace mailscope {

namespace {
struct CheckInfo
{
    const char *id;
    const char *text;
    bool needsPassword;
    int seconds; // rough upper estimate
};

const CheckInfo kImapChecks[] = {
    {"tls", QT_TRANSLATE_NOOP("DiagnoseWizard", "Encryption: certificate, TLS version"), false, 5},
    {"capabilities", QT_TRANSLATE_NOOP("DiagnoseWizard", "What the server says it can do"), false,
     3},
    {"starttls", QT_TRANSLATE_NOOP("DiagnoseWizard", "STARTTLS: upgrade of the plain port"), false,
     5},
    {"login", QT_TRANSLATE_NOOP("DiagnoseWizard", "Login (tried once, never repeated)"), true, 5},
    {"untagged",
     QT_TRANSLATE_NOOP("DiagnoseWizard", "Unexpected server lines during login (proxies)"), true,
     5},
    {"pipelining", QT_TRANSLATE_NOOP("DiagnoseWizard", "Several commands at once (replies lost?)"),
     false, 15},
    {"ghosts",
     QT_TRANSLATE_NOOP("DiagnoseWizard", "Messages listed but impossible to download (read-only)"),
     true, 60},
    {"idle", QT_TRANSLATE_NOOP("DiagnoseWizard", "How long an unused connection stays open"), true,
     -1},
};
const CheckInfo kSmtpChecks[] = {
    {"tls", QT_TRANSLATE_NOOP("DiagnoseWizard", "Encryption: certificate, TLS version"), false, 5},
    {"ehlo", QT_TRANSLATE_NOOP("DiagnoseWizard", "What the server says it can do (EHLO)"), false,
     3},
    {"starttls", QT_TRANSLATE_NOOP("DiagnoseWizard", "STARTTLS: upgrade of the plain port"), false,
     5},
    {"auth", QT_TRANSLATE_NOOP("DiagnoseWizard", "Login (AUTH, tried once)"), true, 5},
    {"pipelining", QT_TRANSLATE_NOOP("DiagnoseWizard", "Several commands at once (PIPELINING)"),
     false, 15},
    {"idle", QT_TRANSLATE_NOOP("DiagnoseWizard", "How long an unused connection stays open"), false,
     -1},
};

const CheckInfo *infoFor(Protocol p, const QString &id)
{
    if (p == Protocol::Imap) {
        for (const auto &c : kImapChecks)
            if (id == QLatin1String(c.id)) return &c;
    } else {
        for (const auto &c : kSmtpChecks)
            if (id == QLatin1String(c.id)) return &c;
    }
    return nullptr;
}

QLabel *wrapLabel(const QString &text)
{
    auto *l = new QLabel(text);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    return l;
}
} // namespace

DiagnoseWizard::DiagnoseWizard(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget), m_title(new QLabel), m_error(new QLabel),
      m_back(new QPushButton(tr("< &Back"))), m_next(new QPushButton(tr("&Next >"))),
      m_cancel(new QPushButton(tr("&Cancel the run"))),
      m_demo(new QPushButton(tr("Try the &demo server"))), m_clock(new QTimer(this))
{
    setAccessibleName(tr("Diagnosis"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.4);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_error->setAccessibleName(tr("Problem with this page"));
    m_error->hide();
    m_stack->addWidget(buildSymptom());
    m_stack->addWidget(buildAccount());
    m_stack->addWidget(buildPassword());
    m_stack->addWidget(buildPlan());
    m_stack->addWidget(buildRunning());
    m_stack->addWidget(buildResults());
    m_next->setDefault(true);
    m_back->setAccessibleName(tr("Back"));
    m_next->setAccessibleName(tr("Next"));
    m_cancel->setAccessibleName(tr("Cancel the run"));

    auto *nav = new QHBoxLayout;
    nav->addWidget(m_back);
    nav->addStretch();
    nav->addWidget(m_cancel);
    nav->addWidget(m_next);
    m_inner = new QWidget;
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addStretch(0);
    outer->addWidget(m_inner, 1);
    outer->addStretch(0);
    auto *box = new QVBoxLayout(m_inner);
    box->addWidget(m_title);
    box->addWidget(m_stack, 1);
    box->addWidget(m_error);
    box->addLayout(nav);

    connect(m_next, &QPushButton::clicked, this, &DiagnoseWizard::next);
    connect(m_back, &QPushButton::clicked, this, &DiagnoseWizard::back);
    connect(m_cancel, &QPushButton::clicked, this, &DiagnoseWizard::cancelRequested);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        const qint64 s = m_runTime.elapsed() / 1000;
        m_elapsed->setText(
            tr("Running for %1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')));
    });
    setSymptom(JustCheck);
    setPage(SymptomPage);
}

DiagnoseWizard::~DiagnoseWizard()
{
    // A discovery still probing is told to stop; its thread is waited for (every step of it
    // is bounded).
    if (m_currentThread && m_currentRun) m_currentRun->cancel();
    for (QThread *t : findChildren<QThread *>()) {
        t->quit();
        t->wait();
    }
}

QString DiagnoseWizard::pageTitle(Page p)
{
    switch (p) {
    case SymptomPage:
        return tr("1. What is wrong?");
    case AccountPage:
        return tr("2. Which account?");
    case PasswordPage:
        return tr("3. Password or sign-in (optional)");
    case PlanPage:
        return tr("4. What will run");
    case RunningPage:
        return tr("5. Checking…");
    case ResultsPage:
        return tr("6. Results");
    }
    return {};
}

QWidget *DiagnoseWizard::buildSymptom()
{
    auto *w = new QWidget;
    auto *box = new QVBoxLayout(w);
    box->addWidget(wrapLabel(tr("Pick what you see. Mailscope chooses the checks; you can change "
                                "them later.")));
    m_symptoms = new QButtonGroup(this);
    const QString texts[] = {
        tr("My mail program &hangs or is slow"),
        tr("A &message will not download"),
        tr("I cannot &send mail"),
        tr("&Login or certificate warnings"),
        tr("Just check my &server"),
    };
    const QString hints[] = {
        tr("Checks encryption, login, how long idle connections survive, several commands at "
           "once, and proxy quirks during login."),
        tr("Looks for messages the server lists but cannot deliver (read-only: nothing is "
           "deleted)."),
        tr("Checks the sending server (SMTP): greeting, encryption, login and PIPELINING."),
        tr("Checks the certificate, the STARTTLS upgrade and whether the password travels "
           "encrypted."),
        tr("Everything that changes nothing on the server and takes about a minute."),
    };
    for (int i = 0; i < 5; ++i) {
        auto *r = new QRadioButton(texts[i]);
        r->setAccessibleDescription(hints[i]);
        m_symptoms->addButton(r, i);
        box->addWidget(r);
        auto *hint = new QLabel(hints[i]);
        hint->setWordWrap(true);
        hint->setIndent(26);
        hint->setForegroundRole(QPalette::PlaceholderText);
        box->addWidget(hint);
    }
    connect(m_symptoms, &QButtonGroup::idClicked, this, [this] {
        protocolChanged();
        setSelectedChecks(checksFor(symptom(), Protocol(m_protocol->currentData().toInt())));
    });
    box->addSpacing(12);
    auto *demoBox = new QGroupBox(tr("No server at hand?"));
    auto *db = new QVBoxLayout(demoBox);
    db->addWidget(wrapLabel(tr("The built-in demo server misbehaves on purpose, like the proxies "
                               "Mailscope was made for. Nothing leaves this computer.")));
    auto *open = new QPushButton(tr("&Open a saved report…"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_demo);
    row->addWidget(open);
    row->addStretch();
    db->addLayout(row);
    box->addWidget(demoBox);
    box->addStretch();
    connect(m_demo, &QPushButton::clicked, this, &DiagnoseWizard::demoRequested);
    connect(open, &QPushButton::clicked, this, &DiagnoseWizard::openRequested);
    return w;
}

QWidget *DiagnoseWizard::buildAccount()
{
    auto *w = new QWidget;
    m_email = new QLineEdit;
    m_email->setPlaceholderText(tr("you@example.net"));
    m_email->setAccessibleName(tr("E-mail address"));
    m_find = new QPushButton(tr("&Find servers"));
    m_findState = new QLabel;
    m_findState->setWordWrap(true);
    m_findState->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_probePrivate = new QPushButton(tr("Check &these too"));
    m_probePrivate->setToolTip(
        tr("Connect to the servers that lead off the public internet as well (this computer, "
           "a private network). Only do this for your own organisation's servers."));
    m_probePrivate->setVisible(false);
    m_candidates = new QListWidget;
    m_candidates->setAccessibleName(tr("Servers found"));
    m_candidates->setMaximumHeight(110);
    m_sourceTable = new QTreeWidget;
    m_sourceTable->setAccessibleName(tr("Where mail programs look, and what works"));
    m_sourceTable->setHeaderLabels(
        {tr("Source, in the order mail programs ask, and what it says"), tr("Does it work?")});
    m_sourceTable->setRootIsDecorated(true);
    m_sourceTable->setMinimumHeight(220);
    m_sourceTable->header()->setStretchLastSection(true);
    m_protocol = new QComboBox;
    m_protocol->addItem(tr("IMAP (reading mail)"), int(Protocol::Imap));
    m_protocol->addItem(tr("SMTP (sending mail)"), int(Protocol::Smtp));
    m_protocol->setAccessibleName(tr("Protocol"));
    m_host = new QLineEdit;
    m_host->setPlaceholderText(tr("imap.example.net"));
    m_host->setAccessibleName(tr("Server name"));
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(993);
    m_port->setAccessibleName(tr("Port"));
    m_security = new QComboBox;
    m_security->addItem(tr("TLS from the start (993 / 465)"), true);
    m_security->addItem(tr("STARTTLS on the plain port (143 / 587 / 25)"), false);
    m_security->setAccessibleName(tr("Security"));
    m_caFile = new QLineEdit;
    m_caFile->setPlaceholderText(tr("optional: your company's CA certificate (PEM)"));
    m_caFile->setAccessibleName(tr("Extra CA certificate file"));
    auto *browse = new QPushButton(tr("B&rowse…"));
    m_fingerprint = new QLineEdit;
    m_fingerprint->setPlaceholderText(
        tr("optional, for this server and the next run only: SHA-256 of its certificate"));
    m_fingerprint->setAccessibleName(tr("Accepted certificate fingerprint"));

    auto *emailRow = new QHBoxLayout;
    emailRow->addWidget(m_email, 1);
    emailRow->addWidget(m_find);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *emailLabel = new QLabel(tr("&E-mail address:"));
    emailLabel->setBuddy(m_email);
    form->addRow(emailLabel, emailRow);
    auto *findRow = new QVBoxLayout;
    findRow->addWidget(m_findState);
    findRow->addWidget(m_probePrivate, 0, Qt::AlignLeft);
    form->addRow(QString(), findRow);
    form->addRow(tr("Ser&vers found:"), m_candidates);
    auto *tableLabel = new QLabel(tr("Sources and &verdicts:"));
    tableLabel->setBuddy(m_sourceTable);
    form->addRow(tableLabel, m_sourceTable);
    form->addRow(tr("&Protocol:"), m_protocol);
    form->addRow(tr("Server &name:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("Sec&urity:"), m_security);
    auto *caLabel = new QLabel(tr("Company C&A:"));
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("Trusted certi&ficate:"), m_fingerprint);
    auto *box = new QVBoxLayout(w);
    box->addWidget(wrapLabel(tr("An e-mail address is enough: Mailscope asks every source a mail "
                                "program asks (the provider's autoconfig, Thunderbird's ISP "
                                "database, Microsoft Autodiscover, DNS SRV and MX, the usual "
                                "names), then checks what a program would pick: ports, TLS "
                                "versions, certificates. Everything stays editable.")));
    box->addLayout(form);
    box->addStretch();

    // An accepted fingerprint belongs to the server it was given for, never to the next one.
    connect(m_host, &QLineEdit::textChanged, this, [this] {
        if (m_fingerprintFor !=
            m_host->text() + QLatin1Char(':') + QString::number(m_port->value()))
            m_fingerprint->clear();
    });
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        if (m_fingerprintFor !=
            m_host->text() + QLatin1Char(':') + QString::number(m_port->value()))
            m_fingerprint->clear();
    });
    connect(m_fingerprint, &QLineEdit::textChanged, this, [this] {
        m_fingerprintFor = m_host->text() + QLatin1Char(':') + QString::number(m_port->value());
    });
    connect(m_find, &QPushButton::clicked, this, &DiagnoseWizard::discover);
    connect(m_probePrivate, &QPushButton::clicked, this, [this] {
        // The user's consent, for this domain only: asked again for another address.
        m_probePrivateDomain = Discovery::domainOf(m_email->text());
        discover();
    });
    connect(m_email, &QLineEdit::returnPressed, this, &DiagnoseWizard::discover);
    connect(m_candidates, &QListWidget::currentRowChanged, this, [this](int row) {
        const QList<ServerCandidate> shown = [this] {
            QList<ServerCandidate> s;
            const Protocol p = Protocol(m_protocol->currentData().toInt());
            for (const auto &c : std::as_const(m_found))
                if (c.protocol == p) s.append(c);
            return s;
        }();
        if (row < 0 || row >= shown.size()) return;
        const ServerCandidate &c = shown[row];
        m_host->setText(c.host);
        m_port->setValue(c.port);
        m_security->setCurrentIndex(c.implicitTls ? 0 : 1);
    });
    connect(m_protocol, &QComboBox::currentIndexChanged, this, [this] {
        onDiscovered(m_found);
        setSelectedChecks(checksFor(symptom(), Protocol(m_protocol->currentData().toInt())));
    });
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        // Follow the usual port unless the user typed another one.
        const bool tls = m_security->currentData().toBool();
        const bool imap = m_protocol->currentData().toInt() == int(Protocol::Imap);
        const int p = m_port->value();
        if (p == 993 || p == 143 || p == 465 || p == 587 || p == 25)
            m_port->setValue(imap ? (tls ? 993 : 143) : (tls ? 465 : 587));
        updatePasswordPage();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("CA certificate"), QString(),
                                                       tr("Certificates (*.pem *.crt);;All (*)"));
        if (!f.isEmpty()) m_caFile->setText(f);
    });
    return w;
}

QWidget *DiagnoseWizard::buildPassword()
{
    auto *w = new QWidget;
    m_user = new QLineEdit;
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("leave empty to skip the checks that need it"));
    m_password->setAccessibleName(tr("Password"));
    m_pwNeeded = wrapLabel(QString());
    m_pwTravel = wrapLabel(QString());
    m_signInBox = new SignInBox;
    m_rememberPw = new QCheckBox(tr("&Keep the password in the system keychain once it worked"));
    m_rememberPw->setAccessibleName(tr("Keep the password in the system keychain"));
    m_allowPlain = new QCheckBox(tr("Send my password &even without encryption"));
    m_allowPlain->setToolTip(tr("Anyone on the network path can then read it."));
    m_allowPlain->setAccessibleName(tr("Allow the password to travel unencrypted"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *box = new QVBoxLayout(w);
    box->addWidget(m_signInBox);
    box->addLayout(form);
    box->addWidget(m_rememberPw);
    box->addWidget(m_pwNeeded);
    box->addWidget(m_pwTravel);
    box->addWidget(m_allowPlain);
    m_allowPlainHint = wrapLabel(tr("Only tick this if you accept that anyone on the network "
                                    "path (the Wi-Fi, the provider's network) can read the "
                                    "password."));
    m_allowPlainHint->setIndent(26);
    box->addWidget(m_allowPlainHint);
    box->addWidget(wrapLabel(tr("The password is used for one login attempt per check that needs "
                                "it, never retried, and never written to the transcript or a "
                                "saved report.")));
    box->addStretch();
    // Before updatePasswordPage (connections run in order): whom the password is for.
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString &pw) {
        m_passwordFor = pw.isEmpty() ? QString() : accountKey();
        if (!pw.isEmpty()) m_passwordDropped = false;
    });
    connect(m_password, &QLineEdit::textChanged, this, &DiagnoseWizard::updatePasswordPage);
    connect(m_signInBox, &SignInBox::signedIn, this, &DiagnoseWizard::updatePasswordPage);
    connect(m_allowPlain, &QCheckBox::toggled, this, &DiagnoseWizard::updatePasswordPage);
    return w;
}

QWidget *DiagnoseWizard::buildPlan()
{
    auto *w = new QWidget;
    m_checks = new QListWidget;
    m_checks->setAccessibleName(tr("Checks to run"));
    m_idleBox = new QGroupBox(tr("Idle connections"));
    m_quick = new QRadioButton(tr("&Quick: up to 10 minutes"));
    m_thorough = new QRadioButton(tr("&Thorough: up to 31 minutes (RFC 3501's 30-minute minimum)"));
    m_quick->setChecked(true);
    auto *ib = new QVBoxLayout(m_idleBox);
    ib->addWidget(m_quick);
    ib->addWidget(m_thorough);
    m_maxConn = new QSpinBox;
    m_maxConn->setRange(1, 10);
    m_maxConn->setValue(idle::kMaxConnections); // what the idle search plans for
    m_maxConn->setAccessibleName(tr("Connections at most"));
    m_maxConn->setMaximumWidth(m_maxConn->sizeHint().width() * 2);
    m_plan = wrapLabel(QString());
    m_plan->setAccessibleName(tr("Plan summary"));
    auto *form = new QFormLayout;
    form->addRow(tr("Connections at &most:"), m_maxConn);
    auto *box = new QVBoxLayout(w);
    auto *cl = new QLabel(tr("C&hecks:"));
    cl->setBuddy(m_checks);
    box->addWidget(cl);
    box->addWidget(m_checks, 1);
    box->addWidget(m_idleBox);
    box->addLayout(form);
    box->addWidget(m_plan);
    connect(m_checks, &QListWidget::itemChanged, this, &DiagnoseWizard::updatePlan);
    connect(m_quick, &QRadioButton::toggled, this, &DiagnoseWizard::updatePlan);
    connect(m_maxConn, &QSpinBox::valueChanged, this, &DiagnoseWizard::updatePlan);
    return w;
}

QWidget *DiagnoseWizard::buildRunning()
{
    auto *w = new QWidget;
    m_runTitle = wrapLabel(QString());
    m_runChecks = new QTreeWidget;
    m_runChecks->setHeaderLabels({tr("Check"), tr("State"), tr("Result")});
    m_runChecks->setRootIsDecorated(false);
    m_runChecks->setWordWrap(true);
    m_runChecks->setAccessibleName(tr("Progress per check"));
    m_runChecks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_runChecks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_progress = new QProgressBar;
    m_progress->setAccessibleName(tr("Overall progress"));
    m_progressText = wrapLabel(QString());
    m_progressText->setTextFormat(Qt::PlainText);
    m_progressText->setAccessibleName(tr("Current step"));
    m_elapsed = new QLabel;
    auto *box = new QVBoxLayout(w);
    box->addWidget(m_runTitle);
    box->addWidget(m_runChecks, 1);
    box->addWidget(m_progress);
    box->addWidget(m_progressText);
    box->addWidget(m_elapsed);
    return w;
}

QWidget *DiagnoseWizard::buildResults()
{
    auto *w = new QWidget;
    m_results = new ResultsPanel;
    connect(m_results, &ResultsPanel::trustCertificateRequested, this, [this](const Finding &f) {
        auto *dlg = new CertificateDialog(f, this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        connect(dlg, &QDialog::accepted, this, [this, dlg] {
            trustCertificate(dlg->host(), dlg->port(), dlg->sha256(), dlg->remember(),
                             dlg->problemKinds());
        });
        dlg->open();
    });
    auto *save = new QPushButton(tr("&Save report…"));
    auto *again = new QPushButton(tr("Run &again"));
    auto *fresh = new QPushButton(tr("New &diagnosis"));
    auto *row = new QHBoxLayout;
    row->addWidget(save);
    row->addWidget(again);
    row->addWidget(fresh);
    row->addStretch();
    auto *box = new QVBoxLayout(w);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_results, 1);
    box->addLayout(row);
    connect(save, &QPushButton::clicked, this, &DiagnoseWizard::saveRequested);
    connect(again, &QPushButton::clicked, this, [this] {
        if (m_host->text().isEmpty()) return;
        setPage(PlanPage);
    });
    connect(fresh, &QPushButton::clicked, this, [this] { setPage(SymptomPage); });
    return w;
}

DiagnoseWizard::Page DiagnoseWizard::page() const
{
    return Page(m_stack->currentIndex());
}

void DiagnoseWizard::setPage(Page p)
{
    m_error->hide();
    if (p == PasswordPage) {
        updatePasswordPage();
        if (m_passwordDropped) {
            m_error->setText(tr("The password was for another account: enter the one for %1.")
                                 .arg(m_user->text().trimmed()));
            m_error->show();
        }
    }
    if (p == PlanPage) updatePlan();
    m_stack->setCurrentIndex(int(p));
    m_title->setText(pageTitle(p));
    updateNav();
    // Keyboard users land on the page's first field.
    QWidget *pw = m_stack->currentWidget();
    QWidget *first = pw->nextInFocusChain();
    while (first && first != pw &&
           (!pw->isAncestorOf(first) || first->focusPolicy() == Qt::NoFocus))
        first = first->nextInFocusChain();
    if (p == SymptomPage && m_symptoms->checkedButton())
        m_symptoms->checkedButton()->setFocus();
    else if (p == AccountPage)
        m_email->setFocus();
    else if (p == PasswordPage)
        m_password->setFocus();
    else if (p == PlanPage)
        m_checks->setFocus();
    else if (first && first != pw)
        first->setFocus();
    emit pageChanged(int(p));
}

void DiagnoseWizard::updateNav()
{
    const Page p = page();
    m_back->setVisible(p > SymptomPage && p <= PlanPage);
    m_next->setVisible(p <= PlanPage);
    m_next->setText(p == PlanPage ? tr("&Start") : tr("&Next >"));
    m_next->setAccessibleName(p == PlanPage ? tr("Start the checks") : tr("Next"));
    m_cancel->setVisible(p == RunningPage);
}

QString DiagnoseWizard::validatePage(Page p) const
{
    if (p == AccountPage) {
        if (m_host->text().trimmed().isEmpty())
            return tr("Enter the server's name, or an e-mail address and press Find servers.");
        if (!m_caFile->text().trimmed().isEmpty() && !QFile::exists(m_caFile->text().trimmed()))
            return tr("The CA file %1 does not exist.").arg(m_caFile->text().trimmed());
    }
    if (p == PasswordPage && !m_signInBox->provider().isEmpty() && !m_signInBox->isSignedIn())
        return tr("Sign in first (the Sign in… button), or choose \"No: use the password\".");
    if (p == PlanPage && selectedChecks().isEmpty()) return tr("Pick at least one check.");
    return {};
}

void DiagnoseWizard::next()
{
    const Page p = page();
    if (p > PlanPage) return;
    const QString err = validatePage(p);
    if (!err.isEmpty()) {
        m_error->setText(localized(err));
        m_error->show();
        return;
    }
    if (p == AccountPage && m_user->text().isEmpty()) m_user->setText(m_email->text().trimmed());
    if (p == PlanPage) {
        DiagnoseOptions opts;
        const QString e = options(&opts);
        if (!e.isEmpty()) {
            m_error->setText(e);
            m_error->show();
            return;
        }
        emit startRequested(opts);
        return;
    }
    setPage(Page(int(p) + 1));
}

void DiagnoseWizard::back()
{
    if (page() > SymptomPage && page() <= PlanPage) setPage(Page(int(page()) - 1));
}

void DiagnoseWizard::setSymptom(Symptom s)
{
    m_symptoms->button(int(s))->setChecked(true);
    protocolChanged();
    setSelectedChecks(checksFor(s, Protocol(m_protocol->currentData().toInt())));
}

DiagnoseWizard::Symptom DiagnoseWizard::symptom() const
{
    const int id = m_symptoms->checkedId();
    return id < 0 ? JustCheck : Symptom(id);
}

void DiagnoseWizard::protocolChanged()
{
    const Protocol want = symptom() == CannotSend ? Protocol::Smtp : Protocol::Imap;
    if (m_protocol->currentData().toInt() == int(want)) return;
    m_protocol->setCurrentIndex(want == Protocol::Imap ? 0 : 1);
    const bool tls = m_security->currentData().toBool();
    m_port->setValue(want == Protocol::Imap ? (tls ? 993 : 143) : (tls ? 465 : 587));
}

QStringList DiagnoseWizard::checksFor(Symptom s, Protocol p)
{
    auto L = [](std::initializer_list<const char *> ids) {
        QStringList out;
        for (const char *i : ids)
            out << QLatin1String(i);
        return out;
    };
    if (p == Protocol::Smtp) {
        switch (s) {
        case CannotSend:
            return L({"ehlo", "starttls", "auth", "pipelining"});
        case Warnings:
            return L({"tls", "starttls", "auth"});
        case Slow:
            return L({"tls", "auth", "idle", "pipelining"});
        default:
            return defaultChecks(p);
        }
    }
    switch (s) {
    case Slow:
        return L({"tls", "login", "idle", "pipelining", "untagged"});
    case Ghost:
        return L({"ghosts"});
    case CannotSend:
        return L({"tls", "starttls", "login"});
    case Warnings:
        return L({"tls", "starttls", "login"});
    case JustCheck:
        break;
    }
    return defaultChecks(p);
}

void DiagnoseWizard::setAccount(const QString &email, Protocol p, const QString &host, quint16 port,
                                bool implicitTls, const QString &user)
{
    m_email->setText(email);
    m_protocol->setCurrentIndex(p == Protocol::Imap ? 0 : 1);
    m_security->setCurrentIndex(implicitTls ? 0 : 1);
    m_host->setText(host);
    m_port->setValue(port);
    m_user->setText(user);
}

QString DiagnoseWizard::accountKey() const
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(m_protocol->currentData().toInt())
        .arg(m_security->currentIndex())
        .arg(m_host->text().trimmed().toLower(), QString::number(m_port->value()),
             m_user->text().trimmed());
}

void DiagnoseWizard::setPassword(const QString &pw)
{
    m_password->setText(pw);
}

bool DiagnoseWizard::rememberPassword() const
{
    return m_rememberPw->isChecked();
}

void DiagnoseWizard::setRememberPassword(bool on)
{
    m_rememberPw->setChecked(on);
}

void DiagnoseWizard::setCredentialStore(std::shared_ptr<CredentialStore> s)
{
    m_store = s;
    m_signInBox->setCredentialStore(std::move(s));
}

std::shared_ptr<CredentialStore> DiagnoseWizard::credentialStore()
{
    if (!m_store) m_store = defaultCredentialStore();
    return m_store;
}

void DiagnoseWizard::setExtraCaFile(const QString &path)
{
    m_caFile->setText(path);
}

void DiagnoseWizard::setAcceptedFingerprint(const QByteArray &sha256)
{
    m_fingerprint->setText(QString::fromLatin1(sha256));
}

QString DiagnoseWizard::acceptedFingerprint() const
{
    return m_fingerprint->text();
}

bool DiagnoseWizard::trustCertificate(const QString &host, quint16 port, const QByteArray &sha256,
                                      bool remember, int kinds)
{
    if (host.compare(m_host->text().trimmed(), Qt::CaseInsensitive) != 0 ||
        port != m_port->value() || TlsPolicy::normaliseSha256(sha256).isEmpty())
        return false;
    if (remember)
        TrustStore(m_trustFile).remember(host, port, sha256, kinds);
    else
        setAcceptedFingerprint(sha256);
    setPage(PlanPage);
    next();
    return true;
}

void DiagnoseWizard::setAllowPlaintext(bool on)
{
    m_allowPlain->setChecked(on);
}

void DiagnoseWizard::setIdleThorough(bool thorough)
{
    (thorough ? m_thorough : m_quick)->setChecked(true);
}

void DiagnoseWizard::setMaxConnections(int n)
{
    m_maxConn->setValue(n);
}

int DiagnoseWizard::idleMaxSeconds() const
{
    return m_thorough->isChecked() ? 1860 : 600;
}

void DiagnoseWizard::setSelectedChecks(const QStringList &checks)
{
    const Protocol p = Protocol(m_protocol->currentData().toInt());
    m_checks->blockSignals(true);
    m_checks->clear();
    auto add = [&](const CheckInfo &c) {
        const QString id = QLatin1String(c.id);
        QString text = QCoreApplication::translate("DiagnoseWizard", c.text);
        if (c.needsPassword) text += tr("  (needs the password)");
        auto *it = new QListWidgetItem(QStringLiteral("%1 — %2").arg(id, text));
        it->setData(Qt::UserRole, id);
        it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        it->setCheckState(checks.contains(id) ? Qt::Checked : Qt::Unchecked);
        m_checks->addItem(it);
    };
    if (p == Protocol::Imap)
        for (const auto &c : kImapChecks)
            add(c);
    else
        for (const auto &c : kSmtpChecks)
            add(c);
    m_checks->blockSignals(false);
    updatePlan();
}

QStringList DiagnoseWizard::selectedChecks() const
{
    QStringList out;
    for (int i = 0; i < m_checks->count(); ++i)
        if (m_checks->item(i)->checkState() == Qt::Checked)
            out << m_checks->item(i)->data(Qt::UserRole).toString();
    return out;
}

QString DiagnoseWizard::passwordAdvice() const
{
    return m_pwNeeded->text() + QLatin1Char('\n') + m_pwTravel->text();
}

void DiagnoseWizard::updatePasswordPage()
{
    const Protocol p = Protocol(m_protocol->currentData().toInt());
    QStringList hosts{m_host->text().trimmed()};
    for (const auto &c : std::as_const(m_found))
        hosts << c.host;
    m_signInBox->setAccount(m_email->text().trimmed(), m_user->text().trimmed(), hosts);
    const QString ca = m_caFile->text().trimmed();
    m_signInBox->setExtraCa(ca.isEmpty() ? QList<QSslCertificate>()
                                         : QSslCertificate::fromPath(ca));
    // A password typed or filled for another account is not this one's.
    if (!m_password->text().isEmpty() && m_passwordFor != accountKey()) {
        const QSignalBlocker block(m_password);
        m_password->setText(QString()); // not clear(): undo would bring it back
        m_passwordFor.clear();
        m_rememberPw->setChecked(false);
        m_passwordDropped = true;
    }
    // A password kept in the keychain for exactly this account fills the field (masked).
    DiagnoseOptions probe;
    if (options(&probe).isEmpty() && !probe.target.user.isEmpty() &&
        m_keptFor != probe.target.url && m_password->text().isEmpty()) {
        m_keptFor = probe.target.url;
        QByteArray kept;
        QString err;
        if (credentialStore()->read(credentials::passwordKey(probe.target), &kept, &err)) {
            const QSignalBlocker block(m_password);
            m_password->setText(QString::fromUtf8(kept));
            m_passwordFor = accountKey();
            m_rememberPw->setChecked(true);
        }
    }
    QStringList need;
    for (const QString &id : selectedChecks()) {
        const CheckInfo *c = infoFor(p, id);
        if (c && c->needsPassword) need << id;
    }
    const bool signedIn = !m_signInBox->provider().isEmpty() && m_signInBox->isSignedIn();
    if (signedIn) m_error->hide();
    if (need.isEmpty())
        m_pwNeeded->setText(tr("None of the chosen checks needs your password."));
    else if (signedIn)
        m_pwNeeded->setText(tr("<b>Signed in:</b> %1 log in with your sign-in; no password is "
                               "needed.")
                                .arg(need.join(QStringLiteral(", "))));
    else if (m_password->text().isEmpty())
        m_pwNeeded->setText(tr("<b>These checks need the password and will be skipped without "
                               "it:</b> %1.")
                                .arg(need.join(QStringLiteral(", "))));
    else
        m_pwNeeded->setText(
            tr("The password is used by: %1.").arg(need.join(QStringLiteral(", "))));
    const bool tls = m_security->currentData().toBool();
    if (tls) {
        m_pwTravel->setText(tr("The connection is encrypted from the start: the password "
                               "travels encrypted."));
        m_allowPlain->setVisible(false);
        m_allowPlainHint->setVisible(false);
    } else {
        m_pwTravel->setText(
            tr("With STARTTLS the password is sent only after encryption is in place. <b>If "
               "the server cannot encrypt, the password would travel unencrypted</b>: Mailscope "
               "then does not send it, unless you allow it below."));
        m_allowPlain->setVisible(true);
        m_allowPlainHint->setVisible(true);
    }
    if (m_allowPlain->isChecked() && !tls)
        m_pwTravel->setText(m_pwTravel->text() +
                            tr(" <span style='color:#b00020'><b>You allowed an unencrypted "
                               "login.</b></span>"));
}

void DiagnoseWizard::updatePlan()
{
    const Protocol p = Protocol(m_protocol->currentData().toInt());
    const QStringList checks = selectedChecks();
    const bool idle = checks.contains(QLatin1String("idle"));
    m_idleBox->setVisible(idle);
    int secs = 0;
    bool ghosts = false;
    QStringList skipped;
    for (const QString &id : checks) {
        const CheckInfo *c = infoFor(p, id);
        if (!c) continue;
        if (c->seconds > 0) secs += c->seconds;
        if (id == QLatin1String("ghosts")) ghosts = true;
        if (c->needsPassword && m_password->text().isEmpty()) skipped << id;
    }
    QString text;
    const QString where = m_host->text().isEmpty() ? tr("(no server yet)")
                                                   : m_host->text() + QLatin1Char(':') +
                                                         QString::number(m_port->value());
    text += tr("<p><b>%n check(s)</b> against <b>%1</b>, ", nullptr, int(checks.size())).arg(where);
    text += tr("using at most <b>%n connection(s)</b> at a time.</p>", nullptr, m_maxConn->value());
    if (idle) {
        // The idle search's own figures (probes/IdleLadder.h), for the connections allowed.
        const int n = std::min(m_maxConn->value(), idle::kMaxConnections);
        const double most =
            idle::searchSecondsAtMost(n, idleMaxSeconds(), DiagnoseOptions().silenceSeconds);
        text += tr("<p>This can take <b>up to %1 minutes</b>: the idle check measures how long "
                   "the server keeps an unused connection open (up to %2 minutes, %3), which "
                   "takes up to %4 times that time with %n connection(s). Everything else "
                   "takes about %5 seconds.</p>",
                   nullptr, n)
                    .arg(int(std::ceil(most / 60)))
                    .arg(idleMaxSeconds() / 60)
                    .arg(m_thorough->isChecked() ? tr("thorough") : tr("quick"))
                    // The same bound as the minutes: the search's own time limit caps it.
                    .arg(QLocale().toString(most / idleMaxSeconds(), 'f', 1))
                    .arg(secs);
    } else
        text += tr("<p>This takes about <b>%1 seconds</b>%2.</p>")
                    .arg(qMax(5, secs))
                    .arg(ghosts ? tr(" plus a moment per thousand messages") : QString());
    if (!skipped.isEmpty())
        text += tr("<p>Without a password these will be skipped: %1.</p>")
                    .arg(skipped.join(QStringLiteral(", ")));
    text += tr("<p>Nothing is changed on the server. You can cancel at any time.</p>");
    m_plan->setText(text);
}

QString DiagnoseWizard::planText() const
{
    return m_plan->text();
}

QString DiagnoseWizard::options(DiagnoseOptions *out) const
{
    DiagnoseOptions o;
    ServerCandidate c;
    c.protocol = Protocol(m_protocol->currentData().toInt());
    c.host = m_host->text().trimmed();
    c.port = quint16(m_port->value());
    c.implicitTls = m_security->currentData().toBool();
    if (c.host.isEmpty()) return tr("No server given.");
    const QString err = Target::parse(c.url(), &o.target);
    if (!err.isEmpty()) return err;
    o.target.user = m_user->text().trimmed();
    if (!o.target.user.isEmpty()) o.target.url = c.url(o.target.user);
    // Only to the account it was typed or filled for (see m_passwordFor).
    if (m_passwordFor == accountKey()) o.password = m_password->text().toUtf8();
    o.havePassword = !o.password.isEmpty();
    if (!m_signInBox->provider().isEmpty() && m_signInBox->isSignedIn()) {
        // Signed in: the token logs in, the password stays out of it.
        o.token = m_signInBox->token();
        o.password.clear();
        o.havePassword = false;
    }
    o.checks = selectedChecks();
    o.idleMaxSeconds = idleMaxSeconds();
    o.maxConnections = m_maxConn->value();
    o.allowPlaintextLogin = !c.implicitTls && m_allowPlain->isChecked();
    const QString ca = m_caFile->text().trimmed();
    if (!ca.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(ca);
        if (certs.isEmpty()) return tr("No certificate could be read from %1.").arg(ca);
        o.tls.extraCa = certs;
    }
    const QString typed = m_fingerprint->text().trimmed();
    if (!typed.isEmpty()) {
        const QByteArray fp = TlsPolicy::normaliseSha256(typed.toLatin1());
        if (fp.isEmpty())
            return tr("The trusted certificate must be a SHA-256 fingerprint: 64 hex digits.");
        o.tls.accept(o.target.host, o.target.port, fp);
    }
    TrustStore(m_trustFile).applyTo(&o.tls, o.target.host, o.target.port);
    *out = o;
    return {};
}

void DiagnoseWizard::discover()
{
    const QString domain = Discovery::domainOf(m_email->text());
    if (domain.isEmpty() || !domain.contains(QLatin1Char('.'))) {
        m_findState->setText(tr("Enter an address like you@example.net."));
        return;
    }
    if (m_user->text().isEmpty()) m_user->setText(m_email->text().trimmed());
    m_findState->setText(tr("Asking every source for %1…").arg(domain));
    m_find->setEnabled(false);
    m_probePrivate->setVisible(false);
    m_discovering = true;
    DiscoverOptions o;
    o.address = m_email->text().trimmed();
    o.nameserver = m_dnsServer;
    if (o.nameserver.isNull() && qEnvironmentVariableIsSet("MAILSCOPE_DNS_SERVER"))
        o.nameserver = QHostAddress(qEnvironmentVariable("MAILSCOPE_DNS_SERVER"));
    if (qEnvironmentVariableIsSet("MAILSCOPE_LOOKUP_BASE"))
        o.lookupBase = QUrl(qEnvironmentVariable("MAILSCOPE_LOOKUP_BASE"));
    // Servers off the public internet only on the user's consent, given for this domain.
    o.probePrivate = !m_probePrivateDomain.isEmpty() && m_probePrivateDomain == domain;
    o.portTimeoutMs = m_portTimeoutMs;
    o.usingOAuth2 = m_signInBox->isSignedIn();
    const QString ca = m_caFile->text().trimmed();
    if (!ca.isEmpty()) o.extraCa = QSslCertificate::fromPath(ca);
    // The engine blocks while it probes: it runs on a thread of its own, and only the newest
    // request's answer is shown.
    const int gen = ++m_discoverGeneration;
    auto *thread = new QThread(this);
    auto *run = new DiscoveryRun(o);
    run->moveToThread(thread);
    connect(run, &DiscoveryRun::progress, this, [this, gen](const QString &text) {
        if (gen == m_discoverGeneration)
            m_findState->setText(localized(text) + QStringLiteral("…"));
    });
    connect(thread, &QThread::started, run, [this, run, thread, gen] {
        const DiscoveryReport r = run->run();
        QMetaObject::invokeMethod(
            this, [this, r, gen] { onDiscoveryReport(r, gen); }, Qt::QueuedConnection);
        thread->quit();
    });
    connect(thread, &QThread::finished, run, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_currentThread == thread) {
            m_currentThread = nullptr;
            m_currentRun = nullptr;
        }
        thread->deleteLater();
    });
    if (m_currentRun) m_currentRun->cancel(); // an older request: its answer is dropped anyway
    m_currentThread = thread;
    m_currentRun = run;
    thread->start();
}

void DiagnoseWizard::onDiscoveryReport(const DiscoveryReport &r, int generation)
{
    if (generation != m_discoverGeneration) return;
    m_discovered = r;
    QList<ServerCandidate> all;
    for (const auto &s : r.sources) {
        if (s.status != SourceAnswer::Found) continue;
        for (const auto &c : s.servers) {
            ServerCandidate x = c;
            x.source = s.name;
            bool dup = false;
            for (const auto &y : std::as_const(all))
                dup = dup || (y.host == x.host && y.port == x.port && y.protocol == x.protocol);
            if (!dup) all << x;
        }
    }
    fillSourceTable(r);
    onDiscovered(all);
    m_discovering = false;
    bool skipped = false;
    for (const auto &ps : r.ports)
        skipped = skipped || ps.state == PortState::Skipped;
    m_probePrivate->setVisible(skipped);
    int worst = 0;
    QStringList titles;
    for (const auto &f : r.findings)
        if (f.severity != Severity::Info) {
            worst = qMax(worst, f.severity == Severity::Error ? 2 : 1);
            if (titles.size() < 3) titles << localized(f.title).toHtmlEscaped();
        }
    if (!titles.isEmpty())
        m_findState->setText(m_findState->text() + QStringLiteral("<br><b>") +
                             tr("%n problem(s) found:", nullptr, int(titles.size())) +
                             QStringLiteral("</b> ") + titles.join(QStringLiteral("; ")));
    emit discoveryFinished();
}

void DiagnoseWizard::fillSourceTable(const DiscoveryReport &r)
{
    m_sourceTable->clear();
    auto mark = [](bool ok) { return ok ? QStringLiteral("✓ ") : QStringLiteral("✗ "); };
    // Not checked (off the public internet, no consent yet) is neither: a warning sign.
    auto markFor = [&r, &mark](const ServerCandidate &c) {
        const PortState *ps = r.port(c.host, c.port);
        return ps && ps->state == PortState::Skipped ? QStringLiteral("⚠ ") : mark(r.worksFor(c));
    };
    for (const auto &p : r.picks) {
        if (!p.found) continue;
        auto *it = new QTreeWidgetItem(
            {tr("➜ A mail program picks %1 (from %2)")
                 .arg(localized(describeServer(p.server)), localized(p.sourceName)),
             markFor(p.server) + localized(p.verdict)});
        QFont f = it->font(0);
        f.setBold(true);
        it->setFont(0, f);
        it->setFont(1, f);
        // What sources said (names from an autoconfig file): plain text, never HTML.
        it->setToolTip(0, ui::plainToolTip(it->text(0)));
        it->setToolTip(1, ui::plainToolTip(localized(p.verdict)));
        m_sourceTable->addTopLevelItem(it);
    }
    int n = 0;
    for (const auto &s : r.sources) {
        ++n;
        QString says;
        switch (s.status) {
        case SourceAnswer::Found:
            says = tr("found %n server(s)", nullptr, int(s.servers.size()));
            break;
        case SourceAnswer::Problem:
            says = tr("⚠ unusable: %1").arg(localized(s.note));
            break;
        case SourceAnswer::Skipped:
            says = tr("not asked: %1").arg(localized(s.note));
            break;
        default:
            says = s.note.isEmpty() ? tr("nothing") : localized(s.note);
            break;
        }
        auto *it =
            new QTreeWidgetItem({QStringLiteral("%1. %2").arg(n).arg(localized(s.name)), says});
        it->setToolTip(1, ui::plainToolTip(says));
        it->setToolTip(0, ui::plainToolTip(s.queried.join(QLatin1Char('\n'))));
        for (const auto &c : s.servers) {
            const QString v = localized(r.verdictFor(c));
            auto *child = new QTreeWidgetItem(
                {localized(describeServer(c)), v.isEmpty() ? QString() : markFor(c) + v});
            child->setToolTip(0, ui::plainToolTip(localized(describeServer(c))));
            child->setToolTip(1, ui::plainToolTip(v));
            it->addChild(child);
        }
        m_sourceTable->addTopLevelItem(it);
        it->setExpanded(s.status == SourceAnswer::Found && s.id != QLatin1String("common"));
    }
    m_sourceTable->setColumnWidth(0, m_sourceTable->width() * 3 / 5);
}

void DiagnoseWizard::onDiscovered(const QList<ServerCandidate> &found)
{
    const bool fresh = m_discovering;
    m_find->setEnabled(true);
    m_found = found;
    const Protocol p = Protocol(m_protocol->currentData().toInt());
    m_candidates->blockSignals(true);
    m_candidates->clear();
    int dns = 0;
    for (const auto &c : found) {
        if (c.protocol != p) continue;
        if (c.source != QLatin1String("The usual names")) ++dns;
        m_candidates->addItem(tr("%1:%2  %3  (from %4)")
                                  .arg(c.host)
                                  .arg(c.port)
                                  .arg(c.plaintext     ? tr("no encryption")
                                       : c.implicitTls ? tr("TLS")
                                                       : tr("STARTTLS"),
                                       c.source));
    }
    m_candidates->blockSignals(false);
    if (fresh)
        m_findState->setText(
            dns > 0 ? tr("Found %n server(s) published by the provider; the first is what a mail "
                         "program would pick. Pick one or edit below.",
                         nullptr, dns)
                    : tr("Nothing published anywhere; these are the usual names. "
                         "Your provider's help pages name the right one."));
    if (m_candidates->count() > 0 && (fresh || m_host->text().isEmpty()))
        m_candidates->setCurrentRow(0);
}

void DiagnoseWizard::runStarted(const DiagnoseOptions &opts)
{
    // A fingerprint accepted for one run does not outlive it.
    m_fingerprint->clear();
    m_runChecks->clear();
    const QStringList ids =
        opts.checks.isEmpty() ? defaultChecks(opts.target.protocol) : opts.checks;
    for (const QString &id : ids) {
        auto *it = new QTreeWidgetItem({id, tr("waiting"), QString()});
        m_runChecks->addTopLevelItem(it);
    }
    m_total = int(ids.size());
    m_done = 0;
    m_progress->setRange(0, qMax(1, m_total));
    m_progress->setValue(0);
    m_progressText->setText(tr("Connecting…"));
    m_runTitle->setText(
        tr("Checking <b>%1:%2</b> (%3). The transcript and timeline on the "
           "right fill as it runs.")
            .arg(opts.target.host.toHtmlEscaped())
            .arg(opts.target.port)
            .arg(opts.target.implicitTls ? tr("TLS") : tr("STARTTLS")) +
        (opts.token ? QStringLiteral("<br>") + localized(opts.token->describe()).toHtmlEscaped()
                    : QString()));
    m_runTime.start();
    m_elapsed->setText(tr("Running for 0:00"));
    m_clock->start();
    setPage(RunningPage);
}

void DiagnoseWizard::checkStarted(const QString &id, const QString &title)
{
    const auto items = m_runChecks->findItems(id, Qt::MatchExactly, 0);
    QTreeWidgetItem *it = items.isEmpty() ? nullptr : items.first();
    if (!it) {
        it = new QTreeWidgetItem({id, QString(), QString()});
        m_runChecks->addTopLevelItem(it);
    }
    it->setText(1, tr("▶ running"));
    m_runChecks->scrollToItem(it);
    m_progressText->setText(tr("Running: %1").arg(localized(title)));
}

void DiagnoseWizard::checkFinished(const QString &id, const QString &status, const QString &summary)
{
    const auto items = m_runChecks->findItems(id, Qt::MatchExactly, 0);
    if (items.isEmpty()) return;
    QTreeWidgetItem *it = items.first();
    const QString mark = status == QLatin1String("pass")      ? tr("✓ pass")
                         : status == QLatin1String("warn")    ? tr("⚠ warn")
                         : status == QLatin1String("fail")    ? tr("✗ fail")
                         : status == QLatin1String("skipped") ? tr("– skipped")
                                                              : tr("✗ error");
    it->setText(1, mark);
    it->setText(2, summary);
    it->setToolTip(2, summary);
    m_progress->setValue(++m_done);
}

void DiagnoseWizard::progressText(const QString &text)
{
    m_progressText->setText(localized(text));
}

void DiagnoseWizard::runCancelled()
{
    m_clock->stop();
    setPage(PlanPage);
    m_error->setText(tr("The run was cancelled. Its transcript stays on the right."));
    m_error->show();
}

void DiagnoseWizard::showResults(const Report &r, bool live)
{
    m_clock->stop();
    m_results->setReport(r, live);
    setPage(ResultsPage);
}

void DiagnoseWizard::setNarrow(bool on)
{
    // Alone in the window, the pages read better as a column than as a 1280-pixel line.
    m_inner->setMaximumWidth(on ? qMax(760, fontMetrics().averageCharWidth() * 110)
                                : QWIDGETSIZE_MAX);
}

void DiagnoseWizard::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::FontChange) {
        QFont tf = font();
        tf.setPointSizeF(font().pointSizeF() * 1.4);
        tf.setBold(true);
        m_title->setFont(tf);
    }
    QWidget::changeEvent(e);
}

void DiagnoseWizard::setPresenter(bool on)
{
    m_error->setStyleSheet(on ? QStringLiteral("QLabel { color: #ff6060; font-weight: bold; }")
                              : QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
}

} // namespace mailscope
