// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The manual console, the desktop front end of the engine's ConsoleEngine (the same one
// `mailscope-cli session` uses): connect, STARTTLS, type commands without tags, snippets for
// the seed cases, and its own certificate accept step. The engine lives on a worker thread;
// the GUI only queues lines to it.
#pragma once

#include "probes/Context.h"

#include <QStringList>
#include <QWidget>
#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QThread;

namespace mailscope {
class ConsoleEngine;
class Transcript;
class TranscriptView;

struct Snippet
{
    QString name;
    Protocol protocol;
    QStringList lines;
    bool oneWrite = false;
};

class ConsoleWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConsoleWidget(QWidget *parent = nullptr);
    ~ConsoleWidget() override;

    // Pre-fills the target (from the wizard or the demo server). trusted: certificates the
    // application itself vouches for (the built-in demo's, for its address only); anything
    // else the console asks about itself.
    void setTarget(const QString &url, const QByteArray &password,
                   const QList<CertOverride> &trusted = {});
    // Where remembered certificates live (tests use a file of their own).
    void setTrustStoreFile(const QString &iniFile) { m_trustFile = iniFile; }
    void setPresenter(bool on);

    bool isConnected() const { return m_connected; }
    // The certificate question, when the last connect or STARTTLS stopped at one.
    bool certificateQuestionShown() const;
    QByteArray refusedFingerprint() const { return m_refusedSha; }
    // Answers it: trust for this console session (remember = false) or for good.
    void trustRefusedCertificate(bool remember);
    QStringList history() const { return m_history; }
    Transcript *transcript() const { return m_transcript.get(); }
    TranscriptView *transcriptView() const { return m_view; }
    QLineEdit *commandLine() const { return m_command; }
    static QList<Snippet> snippets();

    void connectToServer();
    void disconnectFromServer();
    void sendLine(const QString &line);
    void runSnippet(int index);
    // The session as a mailscope.report/1 document (no findings, just the transcript).
    QByteArray sessionJson() const;
    bool saveSession(const QString &file);

signals:
    void queueEmpty();

protected:
    bool eventFilter(QObject *o, QEvent *e) override;

private:
    void onState(bool connected, bool secured, const QString &message);
    void onCertificateRefused(const QString &host, quint16 port, const QByteArray &sha,
                              const QString &details, int kinds);
    void updateButtons();
    void updateCommandEcho();

    std::unique_ptr<Transcript> m_transcript;
    QThread *m_thread;
    ConsoleEngine *m_engine;
    TranscriptView *m_view;
    QLineEdit *m_url;
    QLineEdit *m_password;
    QPushButton *m_connect;
    QPushButton *m_starttls;
    QPushButton *m_login;
    QComboBox *m_snippets;
    QPushButton *m_runSnippet;
    QLineEdit *m_command;
    QPushButton *m_send;
    QPushButton *m_save;
    QLabel *m_state;
    QFrame *m_certBar;
    QLabel *m_certText;
    QList<CertOverride> m_trusted;
    QString m_trustFile;
    QString m_refusedHost;
    quint16 m_refusedPort = 0;
    QByteArray m_refusedSha;
    int m_refusedKinds = 0;
    Target m_target;
    QString m_startedAt;
    QStringList m_history;
    int m_historyPos = 0;
    bool m_connected = false;
    bool m_connecting = false;
    bool m_presenter = false;
    // The account (scheme://user@host:port) the password in the field was given for by
    // setTarget(): changing the address to another account clears it.
    QString m_passwordFor;
};

} // namespace mailscope
