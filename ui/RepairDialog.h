// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// "Remove this message…": the engine's repair (probes/Repair.h) from the desktop app, for a
// message the server lists but cannot deliver (imap.ghost-message). First the plan, made by
// asking the server (the one UID, the folder, the commands; refused without UIDPLUS, exactly as
// mailscope-cli repair); then the user types the UID to confirm; then the removal, and its
// before/after evidence (what was sent and answered, passwords masked). Both runs happen on a
// worker thread. The sign-in comes from the run's options or is typed here, and is never stored.
#pragma once

#include "probes/Repair.h"

#include <QDialog>
#include <QPointer>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace mailscope {

class Transcript;

// One repair run on a worker thread; the result arrives as a value (queued signal).
class RepairJob : public QObject
{
    Q_OBJECT
public:
    RepairJob(DiagnoseOptions opts, RepairRequest req, std::shared_ptr<Transcript> transcript,
              std::shared_ptr<CancelToken> cancel)
        : m_opts(std::move(opts)), m_req(std::move(req)), m_transcript(std::move(transcript)),
          m_cancel(std::move(cancel))
    {}
    void run(); // worker thread

signals:
    void finished(const mailscope::RepairOutcome &outcome);

private:
    DiagnoseOptions m_opts;
    RepairRequest m_req;
    std::shared_ptr<Transcript> m_transcript;
    std::shared_ptr<CancelToken> m_cancel;
};

class RepairDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stage
    {
        NeedPassword, // nothing to sign in with yet
        Planning,     // asking the server for the plan
        PlanShown,    // waiting for the typed UID
        Refused,      // the engine refused (no UIDPLUS, no such UID, read-only, …)
        Removing,
        Done,   // removed, verified
        Failed, // could not run, or not done (the reason says what)
    };
    // ghost: the imap.ghost-message finding; opts: the run's options (password included, or
    // empty, then the dialog asks for it).
    RepairDialog(const DiagnoseOptions &opts, const Finding &ghost, QWidget *parent = nullptr);
    ~RepairDialog() override;

    Stage stage() const { return m_stage; }
    bool isBusy() const { return m_stage == Stage::Planning || m_stage == Stage::Removing; }
    RepairRequest request() const; // the message chosen (confirmed = false)
    // Asks the server for the plan (also done by itself when a password is at hand).
    void showPlan();
    // The last sign-in of this account did not succeed (why: refused, or no answer): says so
    // in words and asks for a password before anything is sent. token: it was an OAuth2
    // sign-in, which is done again in the guided diagnosis.
    void setLastSignInFailure(const QString &why, bool token = false);
    QString signInNote() const;
    void remove(); // only when the typed UID matches
    QString planText() const;
    QString outcomeText() const;
    QString evidenceText() const;
    const RepairOutcome &outcome() const { return m_outcome; }
    std::shared_ptr<Transcript> transcript() const { return m_transcript; }
    // The evidence as a self-contained web page (plan and outcome first, passwords masked).
    bool saveEvidence(const QString &file, QString *error = nullptr) const;

    QComboBox *messageChoice() const { return m_choice; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *confirmField() const { return m_confirm; }
    QPushButton *planButton() const { return m_plan; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *saveButton() const { return m_save; }

signals:
    void planReady();
    void repairFinished(bool done);
    // The sign-in this dialog sent was refused or got no answer (also when the window was
    // closed while it waited): whoever gave it must not send it again by itself.
    void signInFailed(const QString &why);
    void signedIn(); // the server accepted this dialog's sign-in

protected:
    // While the plan is asked for: cancels that (nothing has changed). Not while the message
    // is being removed: that ends within the server's answer or the command timeout.
    void reject() override;

private:
    void start(bool confirmed);
    void onFinished(int generation, bool confirmed, const RepairOutcome &out);
    void setStage(Stage s);
    void updateButtons();
    DiagnoseOptions effectiveOptions() const;

    // What the running job found about its sign-in, read after its thread ended even when
    // the dialog no longer takes the outcome (closed while the plan was asked for).
    struct SignInWatch
    {
        std::atomic<bool> failed{false};
        bool reported = false; // onFinished has said so already
    };

    DiagnoseOptions m_opts;
    Finding m_ghost;
    RepairOutcome m_outcome;
    std::shared_ptr<Transcript> m_transcript;
    QPointer<QThread> m_thread;
    std::shared_ptr<CancelToken> m_cancel; // the running job's
    std::shared_ptr<SignInWatch> m_watch;  // the running (or last) job's
    Stage m_stage = Stage::NeedPassword;
    int m_generation = 0;
    QLabel *m_intro;
    QComboBox *m_choice;
    QLineEdit *m_password;
    QLabel *m_passwordLabel;
    QLabel *m_signInNote; // why a password is asked for again
    QPushButton *m_plan;
    QPlainTextEdit *m_steps;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QPushButton *m_remove;
    QProgressBar *m_busy;
    QLabel *m_result;
    QPlainTextEdit *m_evidence;
    QPushButton *m_save;
    QPushButton *m_close;
};

} // namespace mailscope

Q_DECLARE_METATYPE(mailscope::RepairOutcome)
