// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The guided flow: symptom, account (with server discovery), password, plan, running,
// results. A stacked page flow inside the main window, usable with the keyboard alone
// (Alt+N next, Alt+B back, mnemonics on every field).
#pragma once

#include "discovery/Discovery.h"
#include "discovery/DiscoveryRun.h"
#include "probes/Context.h"

#include <QElapsedTimer>
#include <QWidget>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QThread;
class QTimer;
class QTreeWidget;

namespace mailscope {
class CredentialStore;
class ResultsPanel;
class SignInBox;

class DiagnoseWizard : public QWidget
{
    Q_OBJECT
public:
    enum Page
    {
        SymptomPage,
        AccountPage,
        PasswordPage,
        PlanPage,
        RunningPage,
        ResultsPage
    };
    enum Symptom
    {
        Slow,
        Ghost,
        CannotSend,
        Warnings,
        JustCheck
    };
    explicit DiagnoseWizard(QWidget *parent = nullptr);
    ~DiagnoseWizard() override;

    Page page() const;
    void setPage(Page p);
    void next();
    void back();
    static QString pageTitle(Page p);

    void setSymptom(Symptom s);
    Symptom symptom() const;
    static QStringList checksFor(Symptom s, Protocol p);
    // The account fields.
    void setAccount(const QString &email, Protocol p, const QString &host, quint16 port,
                    bool implicitTls, const QString &user);
    void setPassword(const QString &pw);
    SignInBox *signInBox() const { return m_signInBox; }
    // Keep the password in the OS keychain once a login with it worked.
    bool rememberPassword() const;
    void setRememberPassword(bool on);
    // Where kept passwords and sign-ins live (tests hand in a memory store).
    void setCredentialStore(std::shared_ptr<CredentialStore> s);
    std::shared_ptr<CredentialStore> credentialStore();
    void setExtraCaFile(const QString &path);
    // A certificate fingerprint to trust for the server now in the fields, for the next run
    // only: changing the server or starting the run clears it.
    void setAcceptedFingerprint(const QByteArray &sha256);
    QString acceptedFingerprint() const;
    // The answer to a refused certificate (the results page's question): trust it for the
    // next run, or remember it for host:port; then run again. False when it does not belong
    // to the server in the fields. kinds: the kinds of problem the user saw (a remembered
    // certificate is asked about again when it has others).
    bool trustCertificate(const QString &host, quint16 port, const QByteArray &sha256,
                          bool remember, int kinds = CertAnyProblem);
    // Where remembered certificates live (tests use a file of their own).
    void setTrustStoreFile(const QString &iniFile) { m_trustFile = iniFile; }
    void setAllowPlaintext(bool on);
    void setIdleThorough(bool thorough);
    void setMaxConnections(int n);
    void setSelectedChecks(const QStringList &checks);
    QStringList selectedChecks() const;
    // Everything the pages say, as engine options. Returns an error text when incomplete.
    QString options(DiagnoseOptions *out) const;
    // "quick" (600 s) or "thorough" (1860 s) idle search.
    int idleMaxSeconds() const;
    QString planText() const;
    QString passwordAdvice() const;

    // Running page.
    void runStarted(const DiagnoseOptions &opts);
    void checkStarted(const QString &id, const QString &title);
    void checkFinished(const QString &id, const QString &status, const QString &summary);
    void progressText(const QString &text);
    void runCancelled();
    // Results page.
    void showResults(const Report &r, bool live = true);
    ResultsPanel *results() const { return m_results; }
    QListWidget *candidates() const { return m_candidates; }
    // Every source, what it says and whether it works (the same engine as mailscope-cli
    // discover, run on a worker thread).
    QTreeWidget *sourceTable() const { return m_sourceTable; }
    const DiscoveryReport &discovered() const { return m_discovered; }
    // DNS questions go to this server (tests: loopback); MAILSCOPE_DNS_SERVER sets it too.
    void setDiscoveryNameserver(const QHostAddress &a) { m_dnsServer = a; }
    // Ports that do not answer within this time count as filtered (default 3 s).
    void setDiscoveryPortTimeout(int ms) { m_portTimeoutMs = ms; }
    QStackedWidget *stack() const { return m_stack; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *demoButton() const { return m_demo; }
    QTreeWidget *runChecks() const { return m_runChecks; }
    void setPresenter(bool on);
    void setNarrow(bool on);

signals:
    void startRequested(const mailscope::DiagnoseOptions &opts);
    void cancelRequested();
    void demoRequested();
    void openRequested();
    void saveRequested();
    void pageChanged(int page);
    void discoveryFinished();

protected:
    void changeEvent(QEvent *e) override;

private:
    QWidget *buildSymptom();
    QWidget *buildAccount();
    QWidget *buildPassword();
    QWidget *buildPlan();
    QWidget *buildRunning();
    QWidget *buildResults();
    void updateNav();
    void updatePlan();
    void updatePasswordPage();
    void protocolChanged();
    void discover();
    void onDiscovered(const QList<ServerCandidate> &c);
    void onDiscoveryReport(const DiscoveryReport &r, int generation);
    void fillSourceTable(const DiscoveryReport &r);
    QString validatePage(Page p) const;

    QWidget *m_inner;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_error;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_cancel;
    QPushButton *m_demo;
    // symptom
    QButtonGroup *m_symptoms;
    // account
    QLineEdit *m_email;
    QPushButton *m_find;
    QLabel *m_findState;
    QPushButton *m_probePrivate;  // "Check these too": consent to servers off the internet
    QString m_probePrivateDomain; // the domain that consent was given for
    QListWidget *m_candidates;
    QComboBox *m_protocol;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_caFile;
    QLineEdit *m_fingerprint;
    QString m_fingerprintFor; // host:port the fingerprint was given for
    QString m_trustFile;
    QTreeWidget *m_sourceTable;
    QList<ServerCandidate> m_found;
    DiscoveryReport m_discovered;
    QHostAddress m_dnsServer;
    int m_portTimeoutMs = 3000;
    int m_discoverGeneration = 0;
    bool m_discovering = false;
    DiscoveryRun *m_currentRun = nullptr; // lives on its own thread; only cancel() is called
    QThread *m_currentThread = nullptr;
    // password
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_pwNeeded;
    QLabel *m_pwTravel;
    QCheckBox *m_allowPlain;
    QCheckBox *m_rememberPw;
    SignInBox *m_signInBox;
    std::shared_ptr<CredentialStore> m_store;
    QString m_keptFor; // the account whose kept password was looked up
    // The account (accountKey()) the password in the field was typed or filled for: a password
    // goes only to that account, as a sign-in does (one filled from the keychain or by the
    // demo never reaches a server typed afterwards).
    QString m_passwordFor;
    bool m_passwordDropped = false; // the page says so until another is typed
    QString accountKey() const;
    QLabel *m_allowPlainHint;
    // plan
    QListWidget *m_checks;
    QRadioButton *m_quick;
    QRadioButton *m_thorough;
    QWidget *m_idleBox;
    QSpinBox *m_maxConn;
    QLabel *m_plan;
    // running
    QLabel *m_runTitle;
    QTreeWidget *m_runChecks;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_elapsed;
    QTimer *m_clock;
    QElapsedTimer m_runTime;
    int m_total = 0;
    int m_done = 0;
    // results
    ResultsPanel *m_results;
};

} // namespace mailscope
