// The manual console, like `mailscope-cli session`: connect, STARTTLS, type commands without
// tags (tags and CRLF are added, LOGIN/AUTH data redacted), snippets for the seed cases.
// The connection lives on a worker thread; the GUI only queues lines to it.
#pragma once

#include "probes/Context.h"

#include <QStringList>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QThread;

namespace mailscope {
class Transcript;
class TranscriptView;

// Runs on the console's worker thread; owns the Connection and the protocol session.
class ConsoleWorker : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleWorker(Transcript *transcript) : m_transcript(transcript) {}
    ~ConsoleWorker() override;
    CancelToken *cancelToken() { return &m_cancel; }

public slots:
    void open(const mailscope::DiagnoseOptions &opts);
    // Lines are sent one after another, each once the previous reply is in (or the silence
    // timeout passed). "STARTTLS" upgrades, ".login" logs in with the given password.
    void enqueue(const QStringList &lines);
    // Sends all lines in one write (SMTP PIPELINING, RFC 2920).
    void sendGroup(const QStringList &lines);
    void close();

signals:
    void stateChanged(bool connected, bool secured, const QString &message);
    void idle(); // nothing queued any more

private:
    void pump();
    void handle(const QByteArray &line);
    bool waitReplies(int ms);
    void onBytes();

    Transcript *m_transcript;
    DiagnoseOptions m_opts;
    CancelToken m_cancel;
    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<imap::Session> m_imap;
    std::unique_ptr<smtp::Session> m_smtp;
    QList<QByteArray> m_pending;
    int m_outstanding = 0;
    bool m_busy = false;
    bool m_processing = false;
};

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

    // Pre-fills the target (from the wizard or the demo server).
    void setTarget(const QString &url, const QByteArray &password, const TlsPolicy &tls);
    void setPresenter(bool on);

    bool isConnected() const { return m_connected; }
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
    void updateButtons();

    std::unique_ptr<Transcript> m_transcript;
    QThread *m_thread;
    ConsoleWorker *m_worker;
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
    TlsPolicy m_tls;
    Target m_target;
    QString m_startedAt;
    QStringList m_history;
    int m_historyPos = 0;
    bool m_connected = false;
    bool m_connecting = false;
};

} // namespace mailscope

Q_DECLARE_METATYPE(mailscope::DiagnoseOptions)
