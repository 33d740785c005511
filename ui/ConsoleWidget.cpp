#include "ConsoleWidget.h"

#include "TranscriptView.h"
#include "cli/Console.h"
#include "report/JsonReport.h"
#include "session/Transcript.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
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

ConsoleWorker::~ConsoleWorker() = default;

void ConsoleWorker::open(const DiagnoseOptions &opts)
{
    close();
    m_cancel.cancelled = false;
    m_opts = opts;
    m_conn = std::make_unique<Connection>(m_transcript, opts.tls, &m_cancel);
    const Target &t = opts.target;
    if (!m_conn->open(t.host, t.port, t.implicitTls, opts.connectTimeoutSeconds * 1000)) {
        const QString why = m_conn->lastError();
        m_conn.reset();
        emit stateChanged(false, false, why.isEmpty() ? tr("could not connect") : why);
        return;
    }
    const int silence = opts.silenceSeconds * 1000;
    if (t.protocol == Protocol::Imap)
        m_imap = std::make_unique<imap::Session>(m_conn.get(), silence);
    else
        m_smtp = std::make_unique<smtp::Session>(m_conn.get(), silence);
    connect(m_conn.get(), &Connection::bytesReceived, this, &ConsoleWorker::onBytes,
            Qt::QueuedConnection);
    connect(
        m_conn.get(), &Connection::closed, this,
        [this] { emit stateChanged(false, false, tr("the connection was closed")); },
        Qt::QueuedConnection);
    m_transcript->note(m_conn->id(),
                       tr("manual console: type commands without a tag; STARTTLS upgrades, the "
                          "Log in button sends the password (redacted in the transcript)"));
    emit stateChanged(true, t.implicitTls, t.host + QLatin1Char(':') + QString::number(t.port));
}

void ConsoleWorker::onBytes()
{
    if (m_busy) return;
    if (m_imap) {
        for (const auto &r : m_imap->takeUnsolicited())
            if (r.kind == imap::Response::Tagged && m_outstanding > 0) --m_outstanding;
    } else if (m_smtp) {
        m_outstanding = qMax(0, m_outstanding - m_smtp->clearPending());
    }
}

bool ConsoleWorker::waitReplies(int ms)
{
    if (!m_conn) return false;
    return m_conn->waitFor(
        [this] {
            onBytes();
            return m_outstanding == 0;
        },
        ms);
}

void ConsoleWorker::enqueue(const QStringList &lines)
{
    for (const QString &l : lines) {
        const QByteArray b = l.trimmed().toUtf8();
        if (!b.isEmpty()) m_pending.append(b);
    }
    pump();
}

void ConsoleWorker::pump()
{
    // STARTTLS, .login and the waits between lines run nested event loops: lines queued
    // meanwhile wait their turn here instead of running inside them.
    if (m_processing) return;
    m_processing = true;
    while (!m_pending.isEmpty() && m_conn && m_conn->isOpen() && !m_cancel.cancelled) {
        if (m_outstanding > 0) waitReplies(m_opts.silenceSeconds * 1000);
        m_outstanding = 0; // unanswered lines stay visible in the transcript; move on
        if (!m_conn || !m_conn->isOpen()) break;
        handle(m_pending.takeFirst());
    }
    m_processing = false;
    if (!m_conn || !m_conn->isOpen()) m_pending.clear();
    if (m_pending.isEmpty()) emit idle();
}

void ConsoleWorker::handle(const QByteArray &l)
{
    const bool isImap = m_imap != nullptr;
    const int timeout = m_opts.connectTimeoutSeconds * 1000;
    if (l.toUpper() == "STARTTLS") {
        m_busy = true;
        bool ok = false;
        if (isImap)
            ok = m_imap->startTls(timeout).handshakeDone;
        else
            ok = m_smtp->startTls(timeout).handshakeDone;
        m_busy = false;
        if (m_conn && m_conn->isOpen())
            emit stateChanged(true, ok, ok ? tr("encrypted (STARTTLS)") : tr("STARTTLS failed"));
        return;
    }
    if (l == ".login") {
        if (!m_opts.havePassword) {
            m_transcript->error(m_conn->id(), tr("no password given: enter one first"));
            return;
        }
        if (!m_conn->tls().established && !m_opts.allowPlaintextLogin) {
            m_transcript->error(m_conn->id(),
                                tr("not logging in: the connection is not encrypted and the "
                                   "password would travel in clear text. Use STARTTLS first."));
            return;
        }
        m_busy = true;
        const QByteArray user = m_opts.target.user.toUtf8();
        if (isImap)
            m_imap->login(user, m_opts.password, m_opts.revealSecrets, m_opts.authMech);
        else
            m_smtp->auth(user, m_opts.password, m_opts.revealSecrets, m_opts.authMech);
        m_busy = false;
        return;
    }
    if (isImap) {
        const imap::Command cmd = consoleImapCommand(m_imap->builder(), l, m_opts.revealSecrets);
        m_conn->send(cmd.chunks.first(), cmd.display.first(), cmd.hasSecret);
    } else {
        const QByteArray shown = consoleSmtpDisplay(l, m_opts.revealSecrets);
        m_conn->send(l + "\r\n", shown + "\r\n", shown != l);
    }
    ++m_outstanding;
}

void ConsoleWorker::sendGroup(const QStringList &lines)
{
    if (!m_conn || !m_conn->isOpen()) return;
    if (m_outstanding > 0) waitReplies(m_opts.silenceSeconds * 1000);
    QByteArray wire, shown;
    bool secret = false;
    int n = 0;
    for (const QString &s : lines) {
        const QByteArray l = s.trimmed().toUtf8();
        if (l.isEmpty()) continue;
        if (m_imap) {
            const imap::Command cmd =
                consoleImapCommand(m_imap->builder(), l, m_opts.revealSecrets);
            wire += cmd.chunks.first();
            shown += cmd.display.first();
            secret = secret || cmd.hasSecret;
        } else {
            const QByteArray d = consoleSmtpDisplay(l, m_opts.revealSecrets);
            wire += l + "\r\n";
            shown += d + "\r\n";
            secret = secret || d != l;
        }
        ++n;
    }
    if (n == 0) return;
    m_conn->send(wire, shown, secret);
    m_outstanding += n;
    waitReplies(m_opts.silenceSeconds * 1000);
    emit idle();
}

void ConsoleWorker::close()
{
    m_pending.clear();
    if (m_conn && m_conn->isOpen()) {
        m_busy = true;
        if (m_imap)
            m_imap->execute("LOGOUT");
        else if (m_smtp)
            m_smtp->command("QUIT");
        m_busy = false;
        if (m_conn && m_conn->isOpen()) m_conn->close();
    }
    m_imap.reset();
    m_smtp.reset();
    m_conn.reset();
    m_outstanding = 0;
}

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
      m_worker(new ConsoleWorker(m_transcript.get())), m_view(new TranscriptView),
      m_url(new QLineEdit), m_password(new QLineEdit), m_connect(new QPushButton(tr("Co&nnect"))),
      m_starttls(new QPushButton(tr("&STARTTLS"))), m_login(new QPushButton(tr("&Log in"))),
      m_snippets(new QComboBox), m_runSnippet(new QPushButton(tr("&Run snippet"))),
      m_command(new QLineEdit), m_send(new QPushButton(tr("Sen&d"))),
      m_save(new QPushButton(tr("Sa&ve session…"))), m_state(new QLabel(tr("Not connected.")))
{
    setAccessibleName(tr("Manual console"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->setObjectName(QStringLiteral("console"));
    m_thread->start();
    connect(m_worker, &ConsoleWorker::stateChanged, this, &ConsoleWidget::onState,
            Qt::QueuedConnection);
    connect(m_worker, &ConsoleWorker::idle, this, &ConsoleWidget::queueEmpty, Qt::QueuedConnection);
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
    auto *box = new QVBoxLayout(this);
    box->addLayout(top);
    box->addWidget(m_state);
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
        m_command->clear();
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
    m_worker->cancelToken()->cancelled = true;
    QMetaObject::invokeMethod(m_worker, &ConsoleWorker::close, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait(20000);
}

void ConsoleWidget::setTarget(const QString &url, const QByteArray &password, const TlsPolicy &tls)
{
    m_url->setText(url);
    m_password->setText(QString::fromUtf8(password));
    m_tls = tls;
}

void ConsoleWidget::setPresenter(bool on)
{
    m_view->setPresenter(on);
}

void ConsoleWidget::connectToServer()
{
    if (m_connected || m_connecting) return;
    DiagnoseOptions opts;
    const QString err = Target::parse(m_url->text().trimmed(), &opts.target);
    if (!err.isEmpty()) {
        m_state->setText(tr("Cannot connect: %1").arg(err));
        return;
    }
    opts.tls = m_tls;
    opts.password = m_password->text().toUtf8();
    opts.havePassword = !opts.password.isEmpty();
    opts.connectTimeoutSeconds = 10;
    opts.silenceSeconds = 5;
    m_target = opts.target;
    if (m_startedAt.isEmpty())
        m_startedAt = QDateTime::currentDateTime().toString(Qt::ISODateWithMs);
    m_worker->cancelToken()->cancelled = false;
    m_connecting = true;
    m_state->setText(tr("Connecting to %1…").arg(opts.target.host));
    updateButtons();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, opts] { w->open(opts); }, Qt::QueuedConnection);
}

void ConsoleWidget::disconnectFromServer()
{
    m_worker->cancelToken()->cancelled = true;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker] {
            w->cancelToken()->cancelled = false;
            w->close();
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
    // The history is shown again with the Up key, maybe while screen sharing: never keep a line
    // the engine would redact (LOGIN's password, AUTH data).
    imap::CommandBuilder scratch;
    const QByteArray typed = l.toUtf8();
    const bool secret = consoleImapCommand(scratch, typed, false).hasSecret ||
                        consoleSmtpDisplay(typed, false) != typed;
    if (!secret && (m_history.isEmpty() || m_history.last() != l)) m_history.append(l);
    m_historyPos = int(m_history.size());
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, l] { w->enqueue({l}); }, Qt::QueuedConnection);
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
            m_worker, [w = m_worker, lines = s.lines] { w->sendGroup(lines); },
            Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, lines = s.lines] { w->enqueue(lines); }, Qt::QueuedConnection);
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
    return reportToJson(r, m_transcript->snapshot()).toJson(QJsonDocument::Indented);
}

bool ConsoleWidget::saveSession(const QString &file)
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly)) return false;
    f.write(sessionJson());
    return f.commit();
}

} // namespace mailscope
