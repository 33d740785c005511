// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "RepairDialog.h"

#include "i18n/Text.h"
#include "probes/GhostScan.h"
#include "report/HtmlReport.h"
#include "report/TextReport.h"
#include "session/Transcript.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QThread>
#include <QVBoxLayout>

namespace mailscope {

void RepairJob::run()
{
    const RepairOutcome out = runRepair(m_opts, m_req, m_transcript.get(), m_cancel.get());
    emit finished(out);
    thread()->quit();
}

RepairDialog::RepairDialog(const DiagnoseOptions &opts, const Finding &ghost, QWidget *parent)
    : QDialog(parent), m_opts(opts), m_ghost(ghost), m_intro(new QLabel), m_choice(new QComboBox),
      m_password(new QLineEdit), m_passwordLabel(new QLabel), m_signInNote(new QLabel),
      m_plan(new QPushButton(tr("&Show the plan"))), m_steps(new QPlainTextEdit),
      m_confirmLabel(new QLabel), m_confirm(new QLineEdit),
      m_remove(new QPushButton(tr("&Remove this message"))), m_busy(new QProgressBar),
      m_result(new QLabel), m_evidence(new QPlainTextEdit),
      m_save(new QPushButton(tr("&Save the evidence…"))), m_close(new QPushButton(tr("Close")))
{
    qRegisterMetaType<mailscope::RepairOutcome>();
    setWindowTitle(tr("Remove a message that cannot be downloaded"));
    setAccessibleName(windowTitle());
    // What it was recorded with stays in the report; the repair itself never reveals secrets.
    m_opts.revealSecrets = false;
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setText(
        tr("The server lists this message but cannot deliver it, so mail programs keep failing on "
           "it. Removing it deletes exactly this one message on %1 (nobody can read it anyway); "
           "nothing else in the folder is touched. First Mailscope asks the server what it would "
           "do; nothing changes until you type the message's UID.")
            .arg(m_opts.target.host));
    for (const ghosts::GhostRef &g : ghosts::ghostsInFinding(ghost))
        m_choice->addItem(tr("UID %1 in %2").arg(g.uid).arg(g.mailbox),
                          QVariantList{g.mailbox, g.uid, g.uidValidity});
    m_choice->setAccessibleName(tr("Message to remove"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password for %1").arg(m_opts.target.user));
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordLabel->setBuddy(m_password);
    m_signInNote->setWordWrap(true);
    m_signInNote->setTextFormat(Qt::PlainText);
    m_signInNote->setAccessibleName(tr("Why the password is asked for"));
    m_signInNote->hide();
    m_steps->setReadOnly(true);
    m_steps->setAccessibleName(tr("The plan"));
    m_steps->setPlaceholderText(tr("The plan appears here once the server has been asked."));
    m_confirm->setAccessibleName(tr("Type the UID to confirm"));
    m_confirmLabel->setBuddy(m_confirm);
    m_confirmLabel->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->hide();
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setAccessibleName(tr("Outcome"));
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);
    m_evidence->setReadOnly(true);
    m_evidence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_evidence->setAccessibleName(tr("Before and after: what was sent and answered"));
    m_evidence->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_remove->setAccessibleName(tr("Remove the message now"));
    m_save->setAccessibleName(tr("Save the evidence as a web page"));

    auto *form = new QFormLayout;
    form->addRow(tr("Message:"), m_choice);
    auto *server = new QLabel(m_opts.target.url);
    server->setTextFormat(Qt::PlainText);
    form->addRow(tr("Server:"), server);
    form->addRow(m_signInNote);
    form->addRow(m_passwordLabel, m_password);
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_plan);
    planRow->addStretch();
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_confirm, 1);
    confirmRow->addWidget(m_remove);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *box = new QVBoxLayout(this);
    box->addWidget(m_intro);
    box->addLayout(form);
    box->addLayout(planRow);
    box->addWidget(new QLabel(tr("What Mailscope will do:")));
    box->addWidget(m_steps, 2);
    box->addWidget(m_confirmLabel);
    box->addLayout(confirmRow);
    box->addWidget(m_busy);
    box->addWidget(m_result);
    auto *evLabel = new QLabel(tr("Before and after (what was sent and answered):"));
    box->addWidget(evLabel);
    box->addWidget(m_evidence, 3);
    box->addLayout(buttons);
    resize(760, 640);

    connect(m_plan, &QPushButton::clicked, this, &RepairDialog::showPlan);
    connect(m_remove, &QPushButton::clicked, this, &RepairDialog::remove);
    connect(m_close, &QPushButton::clicked, this, &RepairDialog::reject);
    connect(m_confirm, &QLineEdit::textChanged, this, &RepairDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &RepairDialog::updateButtons);
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        if (isBusy()) return;
        m_steps->clear();
        m_evidence->clear();
        m_result->clear();
        m_confirm->clear();
        setStage(effectiveOptions().havePassword ? Stage::Planning : Stage::NeedPassword);
        if (m_stage == Stage::Planning) start(false);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Save the evidence"), tr("mailscope-repair.html"),
                                         tr("Web page, passwords masked (*.html)"));
        if (file.isEmpty()) return;
        QString err;
        if (!saveEvidence(file, &err))
            QMessageBox::warning(this, windowTitle(), tr("Could not save: %1").arg(err));
    });

    const bool havePassword = m_opts.havePassword && !m_opts.password.isEmpty();
    m_password->setVisible(!havePassword);
    m_passwordLabel->setVisible(!havePassword);
    if (havePassword) {
        // The run's sign-in: ask the server for the plan right away.
        setStage(Stage::Planning);
        start(false);
    } else {
        setStage(Stage::NeedPassword);
    }
}

RepairDialog::~RepairDialog()
{
    // The window goes while the server is talked to: asking for the plan is cancelled at
    // once; a removal (the main window waits for it before closing) is let end. The result is
    // dropped.
    if (m_thread) {
        ++m_generation;
        if (m_stage == Stage::Planning && m_cancel) m_cancel->cancelled = true;
        m_thread->wait();
    }
    // A sign-in sent and not answered before the window went counts as failed all the same:
    // the server may still count it (lockouts), so it is not sent again by itself.
    if (m_watch && m_watch->failed && !m_watch->reported)
        emit signInFailed(tr("the window was closed before the sign-in succeeded"));
}

RepairRequest RepairDialog::request() const
{
    RepairRequest r;
    const QVariantList v = m_choice->currentData().toList();
    if (v.size() == 3) {
        r.mailbox = v[0].toString();
        r.uid = v[1].toUInt();
        r.uidValidity = v[2].toUInt(); // 0 when the report does not say
    }
    return r;
}

DiagnoseOptions RepairDialog::effectiveOptions() const
{
    DiagnoseOptions o = m_opts;
    if (!o.havePassword || o.password.isEmpty()) {
        o.password = m_password->text().toUtf8();
        o.havePassword = !o.password.isEmpty();
    }
    o.mailbox = request().mailbox;
    return o;
}

void RepairDialog::setLastSignInFailure(const QString &why, bool token)
{
    m_signInNote->setText(
        tr("The last sign-in to %1 as %2 was refused or not answered (%3). Mailscope does not "
           "send it again by itself (lockouts, fail2ban). %4")
            .arg(m_opts.target.host, m_opts.target.user, why,
                 token ? tr("Sign in again in the guided diagnosis, or type the password here.")
                       : tr("Type the password to try again.")));
    m_signInNote->show();
    m_password->setVisible(true);
    m_passwordLabel->setVisible(true);
}

QString RepairDialog::signInNote() const
{
    return m_signInNote->isHidden() ? QString() : m_signInNote->text();
}

void RepairDialog::showPlan()
{
    if (isBusy() || request().uid == 0 || !effectiveOptions().havePassword) return;
    m_steps->clear();
    m_evidence->clear();
    m_result->clear();
    start(false);
}

void RepairDialog::remove()
{
    if (m_stage != Stage::PlanShown ||
        m_confirm->text().trimmed() != QString::number(request().uid))
        return;
    start(true);
}

void RepairDialog::start(bool confirmed)
{
    RepairRequest req = request();
    req.confirmed = confirmed;
    // The removal holds to the mailbox the plan was shown for (an older report may not say).
    if (confirmed && !req.uidValidity) req.uidValidity = m_outcome.uidValidity;
    m_transcript = std::make_shared<Transcript>();
    const int gen = ++m_generation;
    auto *thread = new QThread; // ends by itself; deleted when it has
    thread->setObjectName(QStringLiteral("repair-%1").arg(gen));
    m_cancel = std::make_shared<CancelToken>();
    m_watch = std::make_shared<SignInWatch>();
    auto *job = new RepairJob(effectiveOptions(), req, m_transcript, m_cancel);
    job->moveToThread(thread);
    connect(thread, &QThread::started, job, &RepairJob::run);
    // On the worker thread, before it ends: the destructor reads it after waiting for it.
    connect(
        job, &RepairJob::finished, job,
        [watch = m_watch](const RepairOutcome &out) { watch->failed = out.signInFailed; },
        Qt::DirectConnection);
    connect(job, &RepairJob::finished, this,
            [this, gen, confirmed](const RepairOutcome &out) { onFinished(gen, confirmed, out); });
    connect(thread, &QThread::finished, job, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    setStage(confirmed ? Stage::Removing : Stage::Planning);
    thread->start();
}

void RepairDialog::onFinished(int generation, bool confirmed, const RepairOutcome &out)
{
    if (generation != m_generation) return; // another message was chosen meanwhile
    m_outcome = out;
    QStringList steps;
    for (const QString &s : out.plan)
        steps << QStringLiteral("• ") + localized(s); // the engine's English, as the user reads it
    m_steps->setPlainText(steps.join(QLatin1Char('\n')));
    m_result->setText(localized(repairOutcomeText(out, request())));
    m_evidence->setPlainText(evidenceText());
    // A sign-in the server refused is never sent again by itself (lockouts, fail2ban): not on
    // another click, not for another message. The user types one to try again.
    if (out.signInFailed) {
        const bool token = m_opts.token != nullptr;
        m_opts.password.clear();
        m_opts.havePassword = false;
        m_opts.token.reset();
        m_password->setText(QString()); // not clear(): undo would bring the refused one back
        setLastSignInFailure(localized(out.reason), token);
        // The main window forgets it too: another "Remove this message…" must not send it.
        if (m_watch) m_watch->reported = true;
        emit signInFailed(localized(out.reason));
    } else if (out.report.credentialsAccepted) {
        m_signInNote->hide();
        emit signedIn();
    }
    if (!out.report.fatalError.isEmpty())
        setStage(Stage::Failed);
    else if (out.refused)
        setStage(Stage::Refused);
    else if (!confirmed)
        setStage(Stage::PlanShown);
    else
        setStage(out.done ? Stage::Done : Stage::Failed);
    if (!confirmed) {
        // The plan-only run always ends "not done"; say what happens next instead.
        if (m_stage == Stage::PlanShown) m_result->setText(tr("Nothing was changed yet."));
        emit planReady();
    } else {
        emit repairFinished(out.done);
    }
}

void RepairDialog::setStage(Stage s)
{
    m_stage = s;
    const quint32 uid = request().uid;
    m_confirmLabel->setText(
        s == Stage::PlanShown
            ? tr("&Type its UID, %1, to remove it (the server is checked again first):").arg(uid)
            : tr("&Type the message's UID here to confirm, once the plan is shown:"));
    m_busy->setVisible(isBusy());
    m_busy->setFormat(s == Stage::Removing ? tr("Removing…") : tr("Asking the server…"));
    updateButtons();
}

void RepairDialog::updateButtons()
{
    const bool busy = isBusy();
    const bool done = m_stage == Stage::Done;
    m_choice->setEnabled(!busy && !done && m_choice->count() > 1);
    m_password->setEnabled(!busy && !done);
    m_plan->setEnabled(!busy && !done && request().uid != 0 && effectiveOptions().havePassword);
    m_confirm->setEnabled(m_stage == Stage::PlanShown);
    m_remove->setEnabled(m_stage == Stage::PlanShown &&
                         m_confirm->text().trimmed() == QString::number(request().uid));
    m_save->setEnabled(!busy && m_transcript && m_transcript->size() > 0);
    m_close->setEnabled(m_stage != Stage::Removing);
}

void RepairDialog::reject()
{
    if (m_stage == Stage::Removing) return;
    if (m_stage == Stage::Planning && m_cancel) m_cancel->cancelled = true;
    QDialog::reject();
}

QString RepairDialog::planText() const
{
    return m_steps->toPlainText();
}

QString RepairDialog::outcomeText() const
{
    return m_result->text();
}

QString RepairDialog::evidenceText() const
{
    if (!m_transcript) return {};
    QStringList lines;
    const TextStyle plain;
    for (Event e : m_transcript->snapshot()) {
        // Passwords stay masked whatever the run recorded.
        if (e.secret && e.revealed) {
            e.data = e.masked;
            e.revealed = false;
        }
        lines << formatEvent(e, plain);
    }
    return lines.join(QLatin1Char('\n'));
}

bool RepairDialog::saveEvidence(const QString &file, QString *error) const
{
    if (!m_transcript) {
        if (error) *error = tr("nothing was recorded yet");
        return false;
    }
    HtmlOptions o;
    o.prefaceTitle = repairTitle(request());
    o.preface = m_outcome.plan + QStringList{repairOutcomeText(m_outcome, request())};
    const QByteArray html = reportToHtml(m_outcome.report, m_transcript->snapshot(), o).toUtf8();
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(html) != html.size() || !f.commit()) {
        if (error) *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace mailscope
