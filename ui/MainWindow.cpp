// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "MainWindow.h"

#include "i18n/Language.h"
#include "i18n/Text.h"

#include "ConsoleWidget.h"
#include "DiagnoseWizard.h"
#include "RepairDialog.h"
#include "ResultsPanel.h"
#include "ThunderbirdDialog.h"
#include "TimelineWidget.h"
#include "TranscriptView.h"
#include "auth/Credentials.h"
#include "demo/DemoServer.h"
#include "documents/PdfReport.h"
#include "net/TrustStore.h"
#include "probes/Runner.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownSummary.h"
#include "report/Pcapng.h"
#include "session/Transcript.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QThread>
#include <QToolBar>
#include <QTranslator>

namespace mailscope {

namespace {
// English plurals for tr("%n thing(s)", nullptr, n) until real translations exist: "1 check",
// "2 checks" instead of "2 check(s)".
class PluralTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        // Only for English: the German catalogue has its own plural forms.
        if (n < 0 || !source || currentLanguage() != QLatin1String("en")) return {};
        QString s = QString::fromUtf8(source);
        if (!s.contains(QLatin1String("(s)"))) return {};
        s.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
        return s;
    }
};
} // namespace

void installPluralTranslator()
{
    static PluralTranslator *t = nullptr;
    if (t || !QCoreApplication::instance()) return;
    t = new PluralTranslator(QCoreApplication::instance());
    QCoreApplication::installTranslator(t);
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_wizard(new DiagnoseWizard), m_transcriptView(new TranscriptView),
      m_timeline(new TimelineWidget), m_console(new ConsoleWidget), m_tabs(new QTabWidget),
      m_split(new QSplitter(Qt::Horizontal))
{
    qRegisterMetaType<mailscope::Report>();
    installPluralTranslator();
    setWindowTitle(tr("Mailscope"));
    setAcceptDrops(true);
    m_normalFont = font();
    m_tabs->addTab(m_transcriptView, tr("&Transcript"));
    m_tabs->addTab(m_timeline, tr("T&imeline"));
    m_tabs->addTab(m_console, tr("&Console"));
    m_tabs->setAccessibleName(tr("Transcript, timeline and console"));
    m_split->addWidget(m_wizard);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setChildrenCollapsible(false);
    setCentralWidget(m_split);
    buildMenus();
    showSide(false);
    resize(1280, 800);
    m_transcript = std::make_shared<Transcript>();
    setTranscript(m_transcript, QDateTime::currentDateTime());

    connect(m_wizard, &DiagnoseWizard::startRequested, this, &MainWindow::startRun);
    connect(m_wizard, &DiagnoseWizard::cancelRequested, this, &MainWindow::cancelRun);
    connect(m_wizard, &DiagnoseWizard::demoRequested, this, &MainWindow::startDemo);
    connect(m_wizard, &DiagnoseWizard::openRequested, this, &MainWindow::chooseReport);
    connect(m_wizard, &DiagnoseWizard::saveRequested, m_saveAct, &QAction::trigger);
    connect(m_wizard, &DiagnoseWizard::pageChanged, this, [this](int p) {
        if (p <= DiagnoseWizard::PlanPage && !m_haveReport && !m_running &&
            m_tabs->currentWidget() != m_console)
            showSide(false);
    });
    connect(m_wizard->results(), &ResultsPanel::evidenceRequested, this,
            [this](const QList<int> &events) {
                m_tabs->setCurrentWidget(m_transcriptView);
                m_transcriptView->selectEvents(events);
                if (!events.isEmpty()) m_timeline->setSelectedEvent(events.first());
            });
    connect(m_transcriptView, &TranscriptView::currentEventChanged, m_timeline,
            &TimelineWidget::setSelectedEvent);
    connect(m_wizard->results(), &ResultsPanel::repairRequested, this,
            [this](const Finding &f) { openRepair(f); });
    connect(m_wizard->results(), &ResultsPanel::thunderbirdRequested, this,
            [this] { openThunderbirdCompare(); });
    connect(m_timeline, &TimelineWidget::eventActivated, this,
            [this](int ev) { m_transcriptView->selectEvents({ev}); });
    applyTheme();
    statusBar()->showMessage(tr("Pick a symptom, or try the demo server."));
}

MainWindow::~MainWindow()
{
    // A repair window still open says how its sign-in ended as it goes; nobody listens now.
    if (m_repair) m_repair->disconnect(this);
    for (Run &r : m_runs) {
        r.runner->cancel();
        r.thread->quit();
    }
    for (Run &r : m_runs)
        r.thread->wait(30000);
    m_runs.clear();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open report…"), this, &MainWindow::chooseReport);
    open->setShortcut(QKeySequence::Open);
    m_saveAct = file->addAction(tr("&Save report as…"), this, &MainWindow::saveReportAs);
    m_saveAct->setShortcuts({QKeySequence::Save, QKeySequence::SaveAs});
    m_saveAct->setToolTip(tr("Save the report as JSON (to open again), HTML or PDF (to send), "
                             "a pcapng capture (for Wireshark) or a Markdown summary"));
    m_ticketAct = file->addAction(tr("Copy for tic&ket"), this,
                                  [this] { m_wizard->results()->ticketButton()->click(); });
    m_ticketAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_ticketAct->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_presenterAct = view->addAction(tr("&Presenter mode"));
    m_presenterAct->setCheckable(true);
    m_presenterAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_presenterAct->setToolTip(tr("Large text, high contrast, secrets always hidden: for "
                                  "screen sharing"));
    connect(m_presenterAct, &QAction::toggled, this, &MainWindow::setPresenter);
    m_reveal = view->addAction(tr("&Record secrets in the next run"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Passwords and SASL data are replaced by <redacted> unless this is "
                            "on (like --show-secrets). Locked off in presenter mode."));
    QMenu *theme = view->addMenu(tr("&Colours"));
    m_themes = new QActionGroup(this);
    const QPair<QString, ThemeChoice> themes[] = {{tr("Follow the &system"), ThemeChoice::System},
                                                  {tr("&Light"), ThemeChoice::Light},
                                                  {tr("&Dark"), ThemeChoice::Dark}};
    for (const auto &t : themes) {
        QAction *a = theme->addAction(t.first);
        a->setCheckable(true);
        a->setChecked(t.second == ThemeChoice::System);
        m_themes->addAction(a);
        const ThemeChoice c = t.second;
        connect(a, &QAction::triggered, this, [this, c] { setThemeChoice(c); });
    }
    QMenu *lang = view->addMenu(tr("&Language"));
    auto *langs = new QActionGroup(this);
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    const QPair<QString, QString> choices[] = {{tr("Follow the s&ystem"), QString()},
                                               {QStringLiteral("&English"), QStringLiteral("en")},
                                               {QStringLiteral("&Deutsch"), QStringLiteral("de")}};
    for (const auto &c : choices) {
        QAction *a = lang->addAction(c.first);
        a->setCheckable(true);
        a->setChecked(c.second == saved);
        a->setData(c.second);
        langs->addAction(a);
        const QString code = c.second;
        connect(a, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            // The texts are made once when the window is built; a restart applies the choice.
            QMessageBox::information(this, tr("Language"),
                                     tr("Mailscope will use the new language when you start it "
                                        "again."));
        });
    }
    view->addSeparator();
    QAction *tr1 = view->addAction(tr("Show the &transcript"), this, [this] {
        showSide(true);
        m_tabs->setCurrentWidget(m_transcriptView);
        m_transcriptView->listView()->setFocus();
    });
    tr1->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *tl = view->addAction(tr("Show the t&imeline"), this, [this] {
        showSide(true);
        m_tabs->setCurrentWidget(m_timeline);
        m_timeline->view()->setFocus();
    });
    tl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *con = view->addAction(tr("Manual &console"), this, &MainWindow::showConsole);
    con->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *wiz =
        view->addAction(tr("Back to the &diagnosis"), this, [this] { m_wizard->setFocus(); });
    wiz->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Try the &demo server"), this, &MainWindow::startDemo);
    help->addAction(tr("&About Mailscope"), this, [this] {
        QMessageBox::about(this, tr("About Mailscope"),
                           tr("<p><b>Mailscope %1</b> finds out why a mail server misbehaves.</p>"
                              "<p>The same engine runs as <code>mailscope-cli</code>.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(open);
    bar->addAction(m_saveAct);
    bar->addSeparator();
    bar->addAction(m_presenterAct);
    bar->addAction(m_reveal);
    bar->addAction(con);
}

void MainWindow::showSide(bool on)
{
    m_tabs->setVisible(on);
    m_wizard->setNarrow(!on);
    if (on && m_split->sizes().value(1) < 100) {
        const int w = qMax(800, m_split->width());
        m_split->setSizes({w * 2 / 5, w * 3 / 5});
    }
}

void MainWindow::showConsole()
{
    showSide(true);
    m_tabs->setCurrentWidget(m_console);
    m_console->commandLine()->setFocus();
}

void MainWindow::setTranscript(std::shared_ptr<Transcript> t, const QDateTime &start)
{
    m_transcript = std::move(t);
    m_transcriptView->setTranscript(m_transcript.get(), start);
    m_timeline->setTranscript(m_transcript);
}

ThunderbirdDialog *MainWindow::openThunderbirdCompare(bool autoFind)
{
    auto *dlg = new ThunderbirdDialog(m_wizard->results()->report(), autoFind, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->show();
    return dlg;
}

RepairDialog *MainWindow::repairDialog() const
{
    return m_repair;
}

RepairDialog *MainWindow::openRepair(const Finding &ghost)
{
    if (m_running) return nullptr;
    if (m_repair) {
        if (m_repair->isBusy()) {
            m_repair->raise();
            return m_repair;
        }
        m_repair->deleteLater();
    }
    DiagnoseOptions opts;
    const bool fromRun = m_runOptions.target.url == m_report.target.url;
    if (fromRun) {
        opts = m_runOptions; // the run that found it: same sign-in, same trusted certificate
        // Unless the server refused that sign-in: it is not sent again.
        if (!m_report.credentialsAccepted) {
            opts.password.clear();
            opts.havePassword = false;
            opts.token.reset();
        }
    } else {
        // A report opened from a file: the sign-in is asked for, certificates remembered for
        // exactly this host and port apply (and the demo's own, for the demo).
        opts.target = m_report.target;
        TrustStore().applyTo(&opts.tls, opts.target.host, opts.target.port);
        for (const CertOverride &o :
             isDemoTarget(opts.target) ? demoTrust() : QList<CertOverride>())
            opts.tls.accept(o.host, o.port, o.sha256);
    }
    m_repair = new RepairDialog(opts, ghost, this);
    m_repair->setAttribute(Qt::WA_DeleteOnClose);
    m_repair->setModal(false);
    if (!m_signInFailed.isEmpty() && m_signInFailedUrl == opts.target.url)
        m_repair->setLastSignInFailure(m_signInFailed, m_signInFailedToken);
    // A sign-in the repair sent and the server refused (or left unanswered) is not sent again
    // by another "Remove this message…": the run's password goes, the next dialog asks.
    const QString url = opts.target.url;
    const int gen = m_generation;
    connect(m_repair, &RepairDialog::signInFailed, this,
            [this, url, gen, fromRun](const QString &why) {
                if (fromRun && gen == m_generation) {
                    m_signInFailedToken = m_runOptions.token != nullptr;
                    forgetRunSignIn();
                } else {
                    m_signInFailedToken = false;
                }
                m_signInFailed = why;
                m_signInFailedUrl = url;
            });
    connect(m_repair, &RepairDialog::signedIn, this, [this, url] {
        if (m_signInFailedUrl == url) m_signInFailed.clear(); // a password typed there works
    });
    m_repair->show();
    return m_repair;
}

void MainWindow::forgetRunSignIn()
{
    m_runOptions.password.fill('\0');
    m_runOptions.password.clear();
    m_runOptions.havePassword = false;
    m_runOptions.token.reset();
}

bool MainWindow::isDemoTarget(const Target &t) const
{
    return m_demoServer && t.host == QLatin1String("127.0.0.1") && t.port == m_demoServer->port();
}

QList<CertOverride> MainWindow::demoTrust() const
{
    if (!m_demoServer) return {};
    return {CertOverride{QStringLiteral("127.0.0.1"), m_demoServer->port(),
                         m_demoServer->certificateSha256()}};
}

bool MainWindow::startDemo()
{
    if (m_running) return false;
    if (!m_demoServer) {
        m_demoServer = std::make_unique<demo::DemoServer>();
        if (!m_demoServer->start()) {
            m_demoServer.reset();
            QMessageBox::warning(this, tr("Mailscope"), tr("Could not start the demo server."));
            return false;
        }
    }
    m_wizard->setAccount(QStringLiteral("demo@127.0.0.1"), Protocol::Imap,
                         QStringLiteral("127.0.0.1"), m_demoServer->port(), false,
                         QString::fromLatin1(demo::DemoServer::user()));
    m_wizard->setPassword(QString::fromLatin1(demo::DemoServer::password()));
    if (m_wizard->symptom() != DiagnoseWizard::JustCheck &&
        m_wizard->symptom() != DiagnoseWizard::Slow &&
        m_wizard->symptom() != DiagnoseWizard::Warnings)
        m_wizard->setSymptom(DiagnoseWizard::JustCheck);
    else
        m_wizard->setSelectedChecks(DiagnoseWizard::checksFor(m_wizard->symptom(), Protocol::Imap));
    m_console->setTarget(QStringLiteral("imap://demo@127.0.0.1:%1").arg(m_demoServer->port()),
                         demo::DemoServer::password(), demoTrust());
    m_wizard->setPage(DiagnoseWizard::PlanPage);
    statusBar()->showMessage(tr("Demo server on 127.0.0.1:%1; its self-signed certificate is "
                                "accepted for the demo.")
                                 .arg(m_demoServer->port()));
    return true;
}

void MainWindow::runDemo()
{
    if (startDemo()) m_wizard->next();
}

void MainWindow::startRun(const DiagnoseOptions &optsIn)
{
    if (m_running) return;
    DiagnoseOptions opts = optsIn;
    opts.revealSecrets = revealSecrets();
    m_lastRun = opts;
    const int gen = ++m_generation;
    auto transcript = std::make_shared<Transcript>();
    // The demo's certificate is made in this process for the demo alone: the application
    // vouches for it at the demo's own address, for each run, and nowhere else.
    const QList<CertOverride> demo =
        isDemoTarget(opts.target) ? demoTrust() : QList<CertOverride>();
    for (const CertOverride &o : demo)
        opts.tls.accept(o.host, o.port, o.sha256);
    if (!demo.isEmpty())
        transcript->note(0, tr("demo: built-in demo server on 127.0.0.1:%1; its self-signed "
                               "certificate %2 is accepted for the demo")
                                .arg(m_demoServer->port())
                                .arg(QString::fromLatin1(m_demoServer->certificateSha256())));
    setTranscript(transcript, QDateTime::currentDateTime());
    m_transcriptView->model()->setMaskSecrets(m_presenter);
    m_transcriptView->setFollow(true);
    m_timeline->setIdleCutoff(IdleCutoff()); // measured anew by this run, if at all
    m_timeline->setLive(true);
    m_haveReport = false;
    m_ticketAct->setEnabled(false);
    m_running = true;
    m_saveAct->setEnabled(false);
    showSide(true);
    m_tabs->setCurrentWidget(m_transcriptView);
    m_wizard->runStarted(opts);
    m_console->setTarget(opts.target.url, opts.password, demo);

    m_runOptions = opts;
    m_signInFailed.clear(); // a run started anew by the user, with the sign-in given for it
    Run run;
    run.transcript = transcript;
    run.thread = new QThread(this);
    run.thread->setObjectName(QStringLiteral("diagnose-%1").arg(gen));
    run.runner = new Runner(opts, transcript.get());
    run.runner->moveToThread(run.thread);
    // Signals from the worker thread arrive queued; results of an older (cancelled) run are
    // dropped by the generation check.
    connect(run.runner, &Runner::checkStarted, this,
            [this, gen](const QString &id, const QString &title) {
                if (gen == m_generation && m_running) m_wizard->checkStarted(id, title);
            });
    connect(run.runner, &Runner::checkFinished, this,
            [this, gen](const QString &id, const QString &status, const QString &summary) {
                if (gen == m_generation && m_running) m_wizard->checkFinished(id, status, summary);
            });
    connect(run.runner, &Runner::progress, this, [this, gen](const QString &text) {
        if (gen == m_generation && m_running) m_wizard->progressText(text);
    });
    Runner *runner = run.runner;
    connect(run.thread, &QThread::started, runner, [this, runner, gen] {
        const Report r = runner->run();
        QMetaObject::invokeMethod(
            this, [this, gen, r] { onRunDone(gen, r); }, Qt::QueuedConnection);
    });
    connect(run.thread, &QThread::finished, runner, &QObject::deleteLater);
    m_runs.insert(gen, run);
    run.thread->start();
    updateTitle();
}

void MainWindow::cancelRun()
{
    if (!m_running) return;
    auto it = m_runs.find(m_generation);
    if (it != m_runs.end()) it->runner->cancel();
    // The worker finishes on its own; whatever it reports is dropped.
    ++m_generation;
    m_running = false;
    m_timeline->setLive(false);
    m_saveAct->setEnabled(true);
    m_wizard->runCancelled();
    statusBar()->showMessage(tr("Cancelled."));
    emit cancelled();
}

void MainWindow::onRunDone(int gen, const Report &report)
{
    auto it = m_runs.find(gen);
    if (it != m_runs.end()) {
        it->thread->quit();
        it->thread->wait();
        it->thread->deleteLater();
        m_runs.erase(it); // the transcript stays alive while the views show it
    }
    if (gen != m_generation || !m_running) return;
    m_running = false;
    m_report = report;
    m_haveReport = true;
    m_saveAct->setEnabled(true);
    m_ticketAct->setEnabled(true);
    m_transcriptView->model()->catchUp();
    m_timeline->setIdleCutoff(IdleCutoff::fromReport(report));
    m_timeline->setLive(false);
    m_wizard->showResults(report);
    updateTitle();
    statusBar()->showMessage(tr("Done. Select a finding to see its evidence in the transcript."));
    // "Keep the password": only once it was shown to work, and only in the keychain.
    if (report.credentialsAccepted && m_wizard->rememberPassword() && m_lastRun.havePassword) {
        QString err;
        if (!m_wizard->credentialStore()->write(credentials::passwordKey(m_lastRun.target),
                                                m_lastRun.password, &err))
            statusBar()->showMessage(tr("The password could not be kept: %1").arg(err));
    }
    m_lastRun.password.fill('\0');
    m_lastRun = DiagnoseOptions();
    // A login of the run was refused or not answered (the first, or one on an extra
    // connection after the first worked): a repair does not send it again, and says why when
    // it asks for the password.
    for (const char *id : {"auth.failed", "auth.modern-required", "auth.unavailable",
                           "auth.bad-command", "auth.incomplete"}) {
        const Finding *f = report.finding(QLatin1String(id));
        if (!f) continue;
        m_signInFailedToken = m_runOptions.token != nullptr;
        m_signInFailed = localized(f->title);
        m_signInFailedUrl = m_runOptions.target.url;
        forgetRunSignIn();
        break;
    }
    emit finished(report);
}

void MainWindow::chooseReport()
{
    const QString f = QFileDialog::getOpenFileName(this, tr("Open a Mailscope report"), QString(),
                                                   tr("Mailscope report (*.json)"));
    QString err;
    if (!f.isEmpty() && !openReport(f, &err))
        QMessageBox::warning(this, tr("Mailscope"),
                             tr("Could not open %1: %2").arg(f, localized(err)));
}

bool MainWindow::openReport(const QString &file, QString *error)
{
    Report r;
    std::vector<Event> events;
    const QString err = reportFromFile(file, &r, &events);
    if (!err.isEmpty()) {
        if (error) *error = err;
        return false;
    }
    if (m_running) cancelRun();
    auto t = std::make_shared<Transcript>();
    t->restore(std::move(events));
    setTranscript(t, QDateTime::fromString(r.startedAt, Qt::ISODateWithMs));
    m_timeline->setIdleCutoff(IdleCutoff::fromReport(r));
    m_transcriptView->model()->setMaskSecrets(m_presenter);
    m_transcriptView->setFollow(false);
    m_report = r;
    m_haveReport = true;
    m_ticketAct->setEnabled(true);
    showSide(true);
    m_wizard->showResults(r, false);
    m_tabs->setCurrentWidget(m_transcriptView);
    updateTitle();
    statusBar()->showMessage(tr("Opened %1.").arg(file));
    return true;
}

bool MainWindow::saveReport(const QString &file)
{
    return exportReport(file, ExportFormat::Json);
}

namespace {

// Each format's file name extension (the one written first), for reading a name and making one.
struct FormatExtensions
{
    MainWindow::ExportFormat format;
    const char *written;
    const char *alsoRead; // or nullptr
};
constexpr FormatExtensions kExtensions[] = {
    {MainWindow::ExportFormat::Json, "json", nullptr},
    {MainWindow::ExportFormat::Html, "html", "htm"},
    {MainWindow::ExportFormat::Pdf, "pdf", nullptr},
    {MainWindow::ExportFormat::Pcapng, "pcapng", nullptr},
    {MainWindow::ExportFormat::Markdown, "md", "markdown"},
};

QString extensionOf(MainWindow::ExportFormat f)
{
    for (const auto &e : kExtensions)
        if (e.format == f) return QString::fromLatin1(e.written);
    return QStringLiteral("json");
}

} // namespace

MainWindow::ExportFormat MainWindow::formatForFile(const QString &file)
{
    const QString ext = QFileInfo(file).suffix().toLower();
    for (const auto &e : kExtensions)
        if (ext == QLatin1String(e.written) || (e.alsoRead && ext == QLatin1String(e.alsoRead)))
            return e.format;
    return ExportFormat::Json;
}

bool MainWindow::exportReport(const QString &file, ExportFormat format, QString *error)
{
    const std::vector<Event> events = m_transcript->snapshot();
    QByteArray bytes;
    switch (format) {
    case ExportFormat::Json:
        bytes = jsonFileBytes(reportToJson(m_report, events));
        break;
    case ExportFormat::Html:
        bytes = reportToHtml(m_report, events).toUtf8();
        break;
    case ExportFormat::Pdf: {
        QString err;
        bytes = reportToPdf(m_report, events, &err);
        if (bytes.isEmpty()) {
            if (error) *error = err;
            return false;
        }
        break;
    }
    case ExportFormat::Pcapng:
        bytes = transcriptToPcapng(m_report, events);
        break;
    case ExportFormat::Markdown:
        bytes = reportToMarkdown(m_report).toUtf8();
        break;
    }
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error) *error = f.errorString();
        return false;
    }
    return true;
}

MainWindow::ExportFormat MainWindow::formatForSave(QString *file, ExportFormat chosen)
{
    const QString suffix = QFileInfo(*file).suffix().toLower();
    if (chosen != ExportFormat::Json && suffix == QLatin1String("json")) {
        file->chop(suffix.size());
        *file += extensionOf(chosen);
        return chosen;
    }
    if (formatForFile(*file) != ExportFormat::Json || suffix == QLatin1String("json"))
        return formatForFile(*file);
    *file += QLatin1Char('.') + extensionOf(chosen);
    return chosen;
}

void MainWindow::saveReportAs()
{
    struct Choice
    {
        QString filter;
        ExportFormat format;
    };
    const QList<Choice> choices{
        {tr("Mailscope report, opens again in Mailscope (*.json)"), ExportFormat::Json},
        {tr("Web page to send, passwords masked (*.html)"), ExportFormat::Html},
        {tr("PDF document to send, passwords masked (*.pdf)"), ExportFormat::Pdf},
        {tr("Capture for Wireshark, passwords masked (*.pcapng)"), ExportFormat::Pcapng},
        {tr("Markdown summary for a ticket (*.md)"), ExportFormat::Markdown},
    };
    QStringList filters;
    for (const Choice &c : choices)
        filters << c.filter;
    QString selected = filters.first();
    QString f = QFileDialog::getSaveFileName(this, tr("Save the report"),
                                             QStringLiteral("mailscope-report.json"),
                                             filters.join(QStringLiteral(";;")), &selected);
    if (f.isEmpty()) return;
    ExportFormat format = ExportFormat::Json;
    for (const Choice &c : choices)
        if (c.filter == selected) format = c.format;
    format = formatForSave(&f, format);
    QString err;
    if (!exportReport(f, format, &err))
        QMessageBox::warning(this, tr("Mailscope"),
                             tr("Could not save %1: %2").arg(f, localized(err)));
    else
        statusBar()->showMessage(tr("Saved %1.").arg(f));
}

void MainWindow::updateTitle()
{
    const Target &t = m_haveReport ? m_report.target : Target();
    if (!m_haveReport && !m_running) {
        setWindowTitle(tr("Mailscope"));
        return;
    }
    QString title = tr("Mailscope");
    if (m_haveReport && !t.host.isEmpty())
        title += QStringLiteral(" — %1:%2 (%3)")
                     .arg(t.host)
                     .arg(t.port)
                     .arg(t.implicitTls ? tr("TLS") : tr("STARTTLS"));
    if (m_haveReport && m_report.software != QLatin1String("unknown"))
        title += QStringLiteral(" — ") + m_report.software;
    if (m_running) title += tr(" — running");
    setWindowTitle(title);
}

bool MainWindow::revealSecrets() const
{
    return !m_presenter && m_reveal->isChecked();
}

void MainWindow::setPresenter(bool on)
{
    m_presenter = on;
    if (m_presenterAct->isChecked() != on) m_presenterAct->setChecked(on);
    // Redaction is locked on: the toggle is off and disabled, and client lines a run recorded
    // with secrets shown are masked.
    if (on) m_reveal->setChecked(false);
    m_reveal->setEnabled(!on);
    m_transcriptView->model()->setMaskSecrets(on);
    m_console->setPresenter(on);
    m_timeline->setMaskSecrets(on);
    QFont f = m_normalFont;
    if (on) f.setPointSizeF(m_normalFont.pointSizeF() * 1.5);
    setFont(f);
    m_transcriptView->setPresenter(on);
    m_transcriptView->listView()->doItemsLayout();
    m_wizard->setPresenter(on);
    applyTheme();
}

void MainWindow::setThemeChoice(ThemeChoice t)
{
    m_theme = t;
    const auto acts = m_themes->actions();
    if (int(t) < acts.size()) acts[int(t)]->setChecked(true);
    applyTheme();
}

Theme MainWindow::currentTheme() const
{
    if (m_presenter) return Theme::HighContrast;
    if (m_theme == ThemeChoice::Dark) return Theme::Dark;
    if (m_theme == ThemeChoice::Light) return Theme::Light;
    return QApplication::palette().color(QPalette::Window).lightness() < 128 ? Theme::Dark
                                                                             : Theme::Light;
}

void MainWindow::applyTheme()
{
    const Theme theme = currentTheme();
    QPalette pal = QApplication::palette();
    if (m_presenter) {
        pal = QPalette();
        pal.setColor(QPalette::Window, Qt::black);
        pal.setColor(QPalette::WindowText, Qt::white);
        // Base a shade off black: check boxes and fields stay visible against the window.
        pal.setColor(QPalette::Base, QColor(0x1c, 0x1c, 0x1c));
        pal.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
        pal.setColor(QPalette::Light, Qt::white);
        pal.setColor(QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
        pal.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
        pal.setColor(QPalette::Dark, QColor(0xc0, 0xc0, 0xc0));
        pal.setColor(QPalette::Shadow, QColor(0xc0, 0xc0, 0xc0));
        pal.setColor(QPalette::Text, Qt::white);
        pal.setColor(QPalette::Button, QColor(0x10, 0x10, 0x10));
        pal.setColor(QPalette::ButtonText, Qt::white);
        pal.setColor(QPalette::Highlight, QColor(0xff, 0xd0, 0x00));
        pal.setColor(QPalette::HighlightedText, Qt::black);
        pal.setColor(QPalette::ToolTipBase, Qt::black);
        pal.setColor(QPalette::ToolTipText, Qt::white);
        pal.setColor(QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0));
        pal.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
        pal.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa0, 0xa0));
        pal.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
        pal.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa0, 0xa0));
    } else if (m_theme == ThemeChoice::Dark) {
        pal = QPalette();
        pal.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
        pal.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        pal.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
        pal.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
        pal.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        pal.setColor(QPalette::Button, QColor(0x38, 0x38, 0x3c));
        pal.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        pal.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        pal.setColor(QPalette::HighlightedText, Qt::white);
        pal.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        pal.setColor(QPalette::Link, QColor(0x8c, 0xc8, 0xff));
    } else if (m_theme == ThemeChoice::Light) {
        pal = QApplication::style()->standardPalette();
    }
    setPalette(pal);
    m_transcriptView->setTheme(theme);
    m_timeline->setTheme(theme);
    m_console->transcriptView()->setTheme(theme);
}

void MainWindow::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::ApplicationPaletteChange && m_theme == ThemeChoice::System &&
        !m_presenter)
        applyTheme();
    QMainWindow::changeEvent(e);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *e)
{
    for (const QUrl &u : e->mimeData()->urls())
        if (u.isLocalFile() && u.toLocalFile().endsWith(QLatin1String(".json"))) {
            e->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent *e)
{
    for (const QUrl &u : e->mimeData()->urls()) {
        if (!u.isLocalFile()) continue;
        QString err;
        if (openReport(u.toLocalFile(), &err)) {
            e->acceptProposedAction();
            return;
        }
        QMessageBox::warning(this, tr("Mailscope"),
                             tr("Could not open %1: %2").arg(u.toLocalFile(), localized(err)));
    }
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    // A message is being removed: leaving now would leave the user not knowing whether it
    // was. The server's answer (or the command timeout) ends it; the window stays until then.
    if (m_repair && m_repair->stage() == RepairDialog::Stage::Removing) {
        m_repair->raise();
        if (!m_removingBox) {
            m_removingBox = new QMessageBox(
                QMessageBox::Information, tr("A message is being removed"),
                tr("Mailscope is waiting for the server to confirm the removal. Close the window "
                   "once the repair window shows the result."),
                QMessageBox::Ok, this);
            m_removingBox->setAttribute(Qt::WA_DeleteOnClose);
            // Not modal: the repair window (and the removal's answer) must stay usable.
            m_removingBox->setWindowModality(Qt::NonModal);
        }
        m_removingBox->show();
        m_removingBox->raise();
        e->ignore();
        return;
    }
    if (m_running) cancelRun();
    e->accept();
}

} // namespace mailscope
