// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "ConsoleWidget.h"
#include "i18n/Text.h"

#include "TranscriptView.h"
#include "net/TrustStore.h"
#include "report/JsonReport.h"
#include "session/ConsoleEngine.h"
#include "session/Transcript.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSaveFile>
#include <QThread>
#include <QVBoxLayout>

namespace mailscope {

namespace {
// The account an address names (scheme, user, host, port), or the text itself when it does
// not parse: whom a password is for.
QString accountOf(const QString &url)
{
    Target t;
    if (!Target::parse(url.trimmed(), &t).isEmpty()) return QStringLiteral("?") + url.trimmed();
    return QStringLiteral("%1://%2@%3:%4").arg(t.scheme, t.user, t.host.toLower()).arg(t.port);
}
} // namespace

QList<Snippet> ConsoleWidget::snippets()
{
    return {
        {tr("Thunderbird's start-up commands"),
         Protocol::Imap,
         {QStringLiteral("CAPABILITY"), QStringLiteral(".login"), QStringLiteral("LSUB \"\" \"*\""),
          QStringLiteral("LIST \"\" \"INBOX\""), QStringLiteral("SELECT \"INBOX\""),
          QStringLiteral("UID FETCH 1:* (FLAGS)")}},
        {tr("Ghost message: list the UIDs (read-only)"),
         Protocol::Imap,
         {QStringLiteral("EXAMINE INBOX"), QStringLiteral("UID FETCH 1:* (UID)")}},
        {tr("Ghost message: fetch one UID (edit <uid>)"),
         Protocol::Imap,
         {QStringLiteral("UID FETCH <uid> BODY.PEEK[]")}},
        {tr("SMTP pipelined group (MAIL, RCPT, RSET, QUIT in one write)"),
         Protocol::Smtp,
         {QStringLiteral("MAIL FROM:<>"), QStringLiteral("RCPT TO:<postmaster>"),
          QStringLiteral("RSET"), QStringLiteral("QUIT")},
         true},
    };
}

ConsoleWidget::ConsoleWidget(QWidget *parent)
    : QWidget(parent), m_transcript(std::make_unique<Transcript>()), m_thread(new QThread(this)),
      m_engine(new ConsoleEngine(m_transcript.get())), m_view(new TranscriptView),
      m_url(new QLineEdit), m_password(new QLineEdit), m_connect(new QPushButton(tr("Co&nnect"))),
      m_starttls(new QPushButton(tr("&STARTTLS"))), m_login(new QPushButton(tr("&Log in"))),
      m_snippets(new QComboBox), m_runSnippet(new QPushButton(tr("&Run snippet"))),
      m_command(new QLineEdit), m_send(new QPushButton(tr("Sen&d"))),
      m_save(new QPushButton(tr("Sa&ve session…"))), m_state(new QLabel(tr("Not connected."))),
      m_certBar(new QFrame), m_certText(new QLabel)
{
    setAccessibleName(tr("Manual console"));
    // Said when Log in is held back after a failed one: the password field is read on Connect.
    m_engine->setNewPasswordHint(tr("To try another password, type it in the Password field, "
                                    "then Disconnect and Connect again."));
    m_engine->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread->setObjectName(QStringLiteral("console"));
    m_thread->start();
    connect(m_engine, &ConsoleEngine::stateChanged, this, &ConsoleWidget::onState,
            Qt::QueuedConnection);
    connect(m_engine, &ConsoleEngine::idle, this, &ConsoleWidget::queueEmpty, Qt::QueuedConnection);
    connect(m_engine, &ConsoleEngine::certificateRefused, this,
            &ConsoleWidget::onCertificateRefused, Qt::QueuedConnection);
    // The engine decides what is a secret; the history it hands over holds none.
    connect(
        m_engine, &ConsoleEngine::historyChanged, this,
        [this](const QStringList &h) {
            m_history = h;
            m_historyPos = int(m_history.size());
        },
        Qt::QueuedConnection);
    m_view->setTranscript(m_transcript.get());

    m_url->setPlaceholderText(tr("imap://you@mail.example.net:143 or submission://…"));
    m_url->setAccessibleName(tr("Console server address"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("password for Log in (optional)"));
    m_password->setAccessibleName(tr("Console password"));
    m_command->setPlaceholderText(tr("Type a command without a tag, e.g. CAPABILITY, then Enter"));
    m_command->setAccessibleName(tr("Command"));
    m_command->installEventFilter(this);
    m_snippets->setAccessibleName(tr("Snippets"));
    for (const Snippet &s : snippets())
        m_snippets->addItem(QStringLiteral("%1: %2").arg(
            s.protocol == Protocol::Imap ? QStringLiteral("IMAP") : QStringLiteral("SMTP"),
            s.name));
    m_starttls->setToolTip(tr("Upgrade this connection to TLS"));
    m_login->setToolTip(tr("Log in with the password (never shown in the transcript)"));
    m_state->setAccessibleName(tr("Console state"));

    auto *urlLabel = new QLabel(tr("Ser&ver:"));
    urlLabel->setBuddy(m_url);
    auto *pwLabel = new QLabel(tr("Pass&word:"));
    pwLabel->setBuddy(m_password);
    auto *top = new QGridLayout;
    top->addWidget(urlLabel, 0, 0);
    top->addWidget(m_url, 0, 1);
    top->addWidget(m_connect, 0, 2);
    top->addWidget(pwLabel, 1, 0);
    top->addWidget(m_password, 1, 1);
    auto *tlsRow = new QHBoxLayout;
    tlsRow->addWidget(m_starttls);
    tlsRow->addWidget(m_login);
    top->addLayout(tlsRow, 1, 2);
    top->setColumnStretch(1, 1);
    auto *snipLabel = new QLabel(tr("S&nippet:"));
    snipLabel->setBuddy(m_snippets);
    auto *snip = new QHBoxLayout;
    snip->addWidget(snipLabel);
    snip->addWidget(m_snippets, 1);
    snip->addWidget(m_runSnippet);
    snip->addWidget(m_save);
    auto *cmdLabel = new QLabel(tr("Co&mmand:"));
    cmdLabel->setBuddy(m_command);
    auto *cmd = new QHBoxLayout;
    cmd->addWidget(cmdLabel);
    cmd->addWidget(m_command, 1);
    cmd->addWidget(m_send);
    // The console's own certificate accept step.
    m_certBar->setFrameShape(QFrame::StyledPanel);
    m_certBar->setAccessibleName(tr("Certificate question"));
    m_certText->setWordWrap(true);
    m_certText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *trustOnce = new QPushButton(tr("&Trust for this session"));
    auto *trustAlways = new QPushButton(tr("Always trus&t for this server"));
    auto *dontTrust = new QPushButton(tr("Do&n't trust"));
    trustOnce->setObjectName(QStringLiteral("trustOnce"));
    trustAlways->setObjectName(QStringLiteral("trustAlways"));
    auto *certRow = new QHBoxLayout;
    certRow->addStretch();
    certRow->addWidget(trustOnce);
    certRow->addWidget(trustAlways);
    certRow->addWidget(dontTrust);
    auto *certBox = new QVBoxLayout(m_certBar);
    certBox->addWidget(m_certText);
    certBox->addLayout(certRow);
    m_certBar->hide();
    connect(trustOnce, &QPushButton::clicked, this, [this] { trustRefusedCertificate(false); });
    connect(trustAlways, &QPushButton::clicked, this, [this] { trustRefusedCertificate(true); });
    connect(dontTrust, &QPushButton::clicked, this, [this] {
        m_certBar->hide();
        m_refusedSha.clear();
    });

    auto *box = new QVBoxLayout(this);
    box->addLayout(top);
    box->addWidget(m_state);
    box->addWidget(m_certBar);
    box->addWidget(m_view, 1);
    box->addLayout(snip);
    box->addLayout(cmd);

    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_connected || m_connecting)
            disconnectFromServer();
        else
            connectToServer();
    });
    connect(m_starttls, &QPushButton::clicked, this,
            [this] { sendLine(QStringLiteral("STARTTLS")); });
    connect(m_login, &QPushButton::clicked, this, [this] { sendLine(QStringLiteral(".login")); });
    connect(m_send, &QPushButton::clicked, this, [this] {
        sendLine(m_command->text());
        // Not clear(): Ctrl+Z would bring the sent line back, a password with it.
        m_command->setText(QString());
    });
    // While the line holds a password (LOGIN user password, a SASL initial response), a
    // screen share does not show it.
    connect(m_command, &QLineEdit::textChanged, this, &ConsoleWidget::updateCommandEcho);
    // The password the run gave goes only to the account it was given for.
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &url) {
        if (m_passwordFor.isEmpty() || accountOf(url) == m_passwordFor) return;
        m_passwordFor.clear();
        m_password->setText(QString()); // not clear(): undo would bring it back
        m_password->setPlaceholderText(
            tr("the password was for another server: enter the one for this address"));
    });
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString &pw) {
        if (pw.isEmpty()) m_passwordFor.clear(); // one typed afresh is the user's own
    });
    connect(m_command, &QLineEdit::returnPressed, m_send, &QPushButton::click);
    connect(m_runSnippet, &QPushButton::clicked, this,
            [this] { runSnippet(m_snippets->currentIndex()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Save console session"),
                                                       QStringLiteral("mailscope-session.json"),
                                                       tr("Mailscope report (*.json)"));
        if (!f.isEmpty()) saveSession(f);
    });
    updateButtons();
}

ConsoleWidget::~ConsoleWidget()
{
    m_engine->cancelToken()->cancelled = true;
    QMetaObject::invokeMethod(m_engine, &ConsoleEngine::close, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait(20000);
}

void ConsoleWidget::setTarget(const QString &url, const QByteArray &password,
                              const QList<CertOverride> &trusted)
{
    m_passwordFor.clear();
    m_url->setText(url);
    m_password->setText(QString::fromUtf8(password));
    m_password->setPlaceholderText(tr("password for Log in (optional)"));
    if (!password.isEmpty()) m_passwordFor = accountOf(url);
    m_trusted = trusted;
}

bool ConsoleWidget::certificateQuestionShown() const
{
    return !m_certBar->isHidden();
}

void ConsoleWidget::onCertificateRefused(const QString &host, quint16 port, const QByteArray &sha,
                                         const QString &details, int kinds)
{
    m_refusedKinds = kinds ? kinds : int(CertUntrusted);
    m_refusedHost = host;
    m_refusedPort = port;
    m_refusedSha = sha;
    QString grouped;
    for (int i = 0; i < sha.size(); i += 2)
        grouped += (i ? QStringLiteral(":") : QString()) + QString::fromLatin1(sha.mid(i, 2));
    m_certText->setText(
        tr("<b>The certificate of %1:%2 is not trusted</b> (%3).<br>Trust it only if your "
           "provider confirms this SHA-256 fingerprint:<br><tt>%4</tt>")
            .arg(host.toHtmlEscaped())
            .arg(port)
            .arg(details.toHtmlEscaped(), grouped.toUpper()));
    m_certBar->show();
}

void ConsoleWidget::trustRefusedCertificate(bool remember)
{
    if (m_refusedSha.isEmpty()) return;
    if (remember)
        TrustStore(m_trustFile)
            .remember(m_refusedHost, m_refusedPort, m_refusedSha, m_refusedKinds);
    m_certBar->hide();
    m_connecting = true;
    updateButtons();
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, sha = m_refusedSha] { e->acceptCertificate(sha); },
        Qt::QueuedConnection);
    m_refusedSha.clear();
}

void ConsoleWidget::setPresenter(bool on)
{
    m_presenter = on;
    m_view->setPresenter(on);
    updateCommandEcho();
}

void ConsoleWidget::updateCommandEcho()
{
    const bool mask = m_presenter && ConsoleEngine::carriesSecret(m_command->text());
    const auto mode = mask ? QLineEdit::Password : QLineEdit::Normal;
    if (m_command->echoMode() != mode) m_command->setEchoMode(mode);
}

void ConsoleWidget::connectToServer()
{
    if (m_connected || m_connecting) return;
    DiagnoseOptions opts;
    const QString err = Target::parse(m_url->text().trimmed(), &opts.target);
    if (!err.isEmpty()) {
        m_state->setText(tr("Cannot connect: %1").arg(localized(err)));
        return;
    }
    // What this console trusts: the application's own (the demo's address), what the user
    // remembered for exactly this server, and what they accept in the certificate question.
    opts.tls.accepted = m_trusted;
    TrustStore(m_trustFile).applyTo(&opts.tls, opts.target.host, opts.target.port);
    opts.password = m_password->text().toUtf8();
    opts.havePassword = !opts.password.isEmpty();
    opts.connectTimeoutSeconds = 10;
    opts.silenceSeconds = 5;
    m_target = opts.target;
    if (m_startedAt.isEmpty())
        m_startedAt = QDateTime::currentDateTime().toString(Qt::ISODateWithMs);
    m_engine->cancelToken()->cancelled = false;
    m_connecting = true;
    m_certBar->hide();
    m_state->setText(tr("Connecting to %1…").arg(opts.target.host));
    updateButtons();
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, opts] { e->open(opts); }, Qt::QueuedConnection);
}

void ConsoleWidget::disconnectFromServer()
{
    m_engine->cancelToken()->cancelled = true;
    QMetaObject::invokeMethod(
        m_engine,
        [e = m_engine] {
            e->cancelToken()->cancelled = false;
            e->close();
        },
        Qt::QueuedConnection);
    m_connected = false;
    m_connecting = false;
    m_state->setText(tr("Disconnected."));
    updateButtons();
}

void ConsoleWidget::sendLine(const QString &line)
{
    const QString l = line.trimmed();
    if (l.isEmpty() || !m_connected) return;
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, l] { e->enqueue({l}); }, Qt::QueuedConnection);
}

void ConsoleWidget::runSnippet(int index)
{
    const QList<Snippet> all = snippets();
    if (index < 0 || index >= all.size()) return;
    const Snippet s = all[index];
    if (s.lines.size() == 1 && s.lines.first().contains(QLatin1String("<uid>"))) {
        // A template: put it on the command line with the placeholder selected.
        m_command->setText(s.lines.first());
        const int at = int(s.lines.first().indexOf(QLatin1String("<uid>")));
        m_command->setSelection(at, 5);
        m_command->setFocus();
        return;
    }
    if (!m_connected) return;
    if (s.oneWrite)
        QMetaObject::invokeMethod(
            m_engine, [e = m_engine, lines = s.lines] { e->sendGroup(lines); },
            Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(
            m_engine, [e = m_engine, lines = s.lines] { e->enqueue(lines); }, Qt::QueuedConnection);
}

void ConsoleWidget::onState(bool connected, bool secured, const QString &message)
{
    m_connecting = false;
    m_connected = connected;
    if (connected)
        m_state->setText(secured ? tr("Connected, encrypted: %1").arg(message)
                                 : tr("Connected, NOT encrypted: %1").arg(message));
    else
        m_state->setText(tr("Not connected: %1").arg(message));
    updateButtons();
    if (connected) m_command->setFocus();
}

void ConsoleWidget::updateButtons()
{
    m_connect->setText(m_connected || m_connecting ? tr("Dis&connect") : tr("Co&nnect"));
    m_starttls->setEnabled(m_connected);
    m_login->setEnabled(m_connected);
    m_send->setEnabled(m_connected);
    m_runSnippet->setEnabled(true);
}

bool ConsoleWidget::eventFilter(QObject *o, QEvent *e)
{
    if (o == m_command && e->type() == QEvent::KeyPress && !m_history.isEmpty()) {
        auto *k = static_cast<QKeyEvent *>(e);
        if (k->key() == Qt::Key_Up || k->key() == Qt::Key_Down) {
            m_historyPos += k->key() == Qt::Key_Up ? -1 : 1;
            m_historyPos = qBound(0, m_historyPos, int(m_history.size()));
            m_command->setText(m_historyPos < m_history.size() ? m_history[m_historyPos]
                                                               : QString());
            return true;
        }
    }
    return QWidget::eventFilter(o, e);
}

QByteArray ConsoleWidget::sessionJson() const
{
    Report r;
    r.target = m_target;
    r.startedAt = m_startedAt;
    r.checks.append({QStringLiteral("session"), CheckStatus::Skipped,
                     tr("manual console session, no checks run")});
    return jsonFileBytes(reportToJson(r, m_transcript->snapshot()));
}

bool ConsoleWidget::saveSession(const QString &file)
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly)) return false;
    f.write(sessionJson());
    return f.commit();
}

} // namespace mailscope
