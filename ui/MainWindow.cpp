#include "MainWindow.h"

#include "TranscriptModel.h"
#include "demo/DemoServer.h"
#include "probes/Runner.h"
#include "session/Transcript.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

namespace mailscope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_url(new QLineEdit), m_password(new QLineEdit),
      m_run(new QPushButton(tr("&Diagnose"))), m_demo(new QPushButton(tr("Try the &demo server"))),
      m_view(new QListView), m_findings(new QTextBrowser), m_model(new TranscriptModel(this))
{
    qRegisterMetaType<mailscope::Report>();
    setWindowTitle(tr("Mailscope"));
    m_url->setPlaceholderText(tr("imaps://you@mail.example.net"));
    m_url->setAccessibleName(tr("Server address"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("optional: needed for the login check"));
    m_password->setAccessibleName(tr("Password"));
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true); // keeps a million rows smooth
    m_view->setAccessibleName(tr("Transcript"));
    m_findings->setAccessibleName(tr("Findings and advice"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_demo);
    buttons->addStretch();
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_findings);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *box = new QVBoxLayout;
    box->addLayout(form);
    box->addLayout(buttons);
    box->addWidget(split);
    auto *central = new QWidget;
    central->setLayout(box);
    setCentralWidget(central);
    resize(1000, 700);

    connect(m_run, &QPushButton::clicked, this,
            [this] { startDiagnose(m_url->text().trimmed(), m_password->text().toUtf8()); });
    connect(m_demo, &QPushButton::clicked, this, &MainWindow::startDemo);
    m_findings->setHtml(tr("<h2>Find out why a mail server misbehaves</h2>"
                           "<p>Enter the server's address, or try the demo server.</p>"));
}

MainWindow::~MainWindow()
{
    if (m_runner) m_runner->cancel();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait(15000);
    }
}

void MainWindow::startDemo()
{
    if (isRunning()) return;
    if (!m_demoServer) {
        m_demoServer = std::make_unique<demo::DemoServer>();
        if (!m_demoServer->start()) {
            QMessageBox::warning(this, tr("Mailscope"), tr("Could not start the demo server."));
            return;
        }
    }
    const QString url = QStringLiteral("imap://demo@127.0.0.1:%1").arg(m_demoServer->port());
    m_url->setText(url);
    startDiagnose(url, demo::DemoServer::password());
}

void MainWindow::startDiagnose(const QString &url, const QByteArray &password)
{
    if (isRunning()) return;
    DiagnoseOptions opts;
    const QString err = Target::parse(url, &opts.target);
    if (!err.isEmpty()) {
        m_findings->setHtml(QStringLiteral("<p><b>%1</b></p>").arg(err.toHtmlEscaped()));
        return;
    }
    opts.password = password;
    opts.havePassword = !password.isEmpty();
    if (m_demoServer && opts.target.port == m_demoServer->port())
        opts.tls.acceptSha256 = m_demoServer->certificateSha256();
    m_transcript = std::make_unique<Transcript>();
    m_model->setTranscript(m_transcript.get());
    m_run->setEnabled(false);
    m_demo->setEnabled(false);
    m_findings->setHtml(tr("<p>Running…</p>"));

    m_thread = new QThread(this);
    m_runner = new Runner(opts, m_transcript.get());
    m_runner->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_runner, [this] {
        const Report r = m_runner->run();
        QMetaObject::invokeMethod(
            this, [this, r] { onFinished(r); }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    m_thread->start();
}

void MainWindow::onFinished(const Report &report)
{
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_runner = nullptr;
    m_run->setEnabled(true);
    m_demo->setEnabled(true);
    showReport(report);
    emit finished(report);
}

void MainWindow::showReport(const Report &r)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(r.target.url.toHtmlEscaped());
    html += QStringLiteral("<p>Server: %1</p>").arg(r.software.toHtmlEscaped());
    if (!r.fatalError.isEmpty())
        html += QStringLiteral("<p><b>Could not complete:</b> %1</p>")
                    .arg(r.fatalError.toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("What is wrong"));
    for (const auto &f : r.findings)
        html += QStringLiteral("<li><b>[%1] %2</b><br>%3</li>")
                    .arg(severityName(f.severity), f.title.toHtmlEscaped(),
                         f.explanation.toHtmlEscaped());
    html += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("What to do"));
    for (const auto &a : r.advice)
        html += QStringLiteral("<li><b>%1</b>: %2 = <code>%3</code> (%4)</li>")
                    .arg(a.forWhom.toHtmlEscaped(), a.setting.toHtmlEscaped(),
                         a.value.toHtmlEscaped(), a.reason.toHtmlEscaped());
    html += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("Checks"));
    for (const auto &c : r.checks)
        html += QStringLiteral("<li>%1 %2: %3</li>")
                    .arg(checkStatusName(c.status).toUpper(), c.id, c.summary.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_findings->setHtml(html);
}

QString MainWindow::findingsHtml() const
{
    return m_findings->toPlainText();
}

} // namespace mailscope
