// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The Mailscope window: the guided diagnosis on the left; transcript, timeline and manual
// console on the right. Runs happen on a worker thread; results arrive as values.
#pragma once

#include "TranscriptModel.h"
#include "probes/Context.h"
#include "probes/Report.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <memory>

class QAction;
class QActionGroup;
class QMessageBox;
class QSplitter;
class QTabWidget;
class QThread;

namespace mailscope {
class ConsoleWidget;
class DiagnoseWizard;
class RepairDialog;
class Runner;
class ThunderbirdDialog;
class TimelineWidget;
class Transcript;
class TranscriptView;
namespace demo {
class DemoServer;
}

// English plural forms for tr("%n …(s)") (idempotent; the window installs it).
void installPluralTranslator();

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class ThemeChoice
    {
        System,
        Light,
        Dark
    };
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Fills the wizard with the built-in demo server (started on first use) and shows the
    // plan; runDemo() also starts it.
    bool startDemo();
    void runDemo();
    void startRun(const DiagnoseOptions &opts);
    void cancelRun();
    bool isRunning() const { return m_running; }
    int generation() const { return m_generation; }

    bool openReport(const QString &file, QString *error = nullptr);
    // The report as JSON (secrets kept if the run recorded them), or as a document for other
    // people: HTML, PDF, pcapng capture, Markdown summary (secrets always masked).
    enum class ExportFormat
    {
        Json,
        Html,
        Pdf,
        Pcapng,
        Markdown
    };
    bool saveReport(const QString &file);
    bool exportReport(const QString &file, ExportFormat format, QString *error = nullptr);
    // The format a file name asks for by its extension (JSON when it names none we write).
    static ExportFormat formatForFile(const QString &file);
    // The format and file name a save uses, given the name typed and the type chosen: a known
    // extension typed by hand wins, except that a masked type chosen never ends up as a JSON
    // (which keeps what the run revealed) because the proposed name still ends in .json.
    static ExportFormat formatForSave(QString *file, ExportFormat chosen);
    // File ▸ Save report…: asks for a file and a format.
    void saveReportAs();
    const Report &report() const { return m_report; }
    Transcript *transcript() const { return m_transcript.get(); }

    void setPresenter(bool on);
    bool isPresenter() const { return m_presenter; }
    void setThemeChoice(ThemeChoice t);
    bool revealSecrets() const;
    // The built-in demo server's address, and the one certificate override it needs.
    bool isDemoTarget(const Target &t) const;
    QList<CertOverride> demoTrust() const;
    QAction *revealAction() const { return m_reveal; }
    QAction *presenterAction() const { return m_presenterAct; }
    void showConsole();

    DiagnoseWizard *wizard() const { return m_wizard; }
    TranscriptView *transcriptView() const { return m_transcriptView; }
    TimelineWidget *timeline() const { return m_timeline; }
    ConsoleWidget *console() const { return m_console; }
    QTabWidget *sideTabs() const { return m_tabs; }
    demo::DemoServer *demoServer() const { return m_demoServer.get(); }
    // "Remove this message…" on a ghost finding: the dialog, with the run's sign-in when the
    // report is from this session's last run (otherwise it asks). Null when none is open.
    RepairDialog *openRepair(const Finding &ghost);
    RepairDialog *repairDialog() const;
    // "Compare with my Thunderbird…" for the report shown; autoFind looks for the default
    // profile at once.
    ThunderbirdDialog *openThunderbirdCompare(bool autoFind = true);

signals:
    void finished(const mailscope::Report &report);
    void cancelled();

protected:
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dropEvent(QDropEvent *e) override;
    void closeEvent(QCloseEvent *e) override;
    void changeEvent(QEvent *e) override;

private:
    DiagnoseOptions m_lastRun; // until the run is done: a password to keep if it worked
    struct Run
    {
        QThread *thread = nullptr;
        Runner *runner = nullptr;
        std::shared_ptr<Transcript> transcript;
    };
    void buildMenus();
    void chooseReport(); // asks for a file and opens it (File ▸ Open, the wizard)
    void setTranscript(std::shared_ptr<Transcript> t, const QDateTime &start);
    void onRunDone(int generation, const Report &report);
    void showSide(bool on);
    void applyTheme();
    void updateTitle();
    Theme currentTheme() const;
    void forgetRunSignIn(); // m_runOptions' password and token, wiped

    DiagnoseWizard *m_wizard;
    TranscriptView *m_transcriptView;
    TimelineWidget *m_timeline;
    ConsoleWidget *m_console;
    QTabWidget *m_tabs;
    QSplitter *m_split;
    QAction *m_reveal;
    QAction *m_presenterAct;
    QAction *m_saveAct;
    QAction *m_ticketAct;
    QActionGroup *m_themes;
    std::shared_ptr<Transcript> m_transcript;
    std::unique_ptr<demo::DemoServer> m_demoServer;
    // The last run's options, the password among them: kept in memory for a repair of what it
    // found, never written anywhere.
    DiagnoseOptions m_runOptions;
    // A sign-in of this account (m_signInFailedUrl) was refused or got no answer, in the run or
    // in a repair: the run's password or token is dropped, and a repair asks for one, saying
    // why. Never sent again by itself (lockouts, fail2ban); cleared by the next run.
    QString m_signInFailed;
    QString m_signInFailedUrl;
    bool m_signInFailedToken = false;
    QPointer<RepairDialog> m_repair;
    QPointer<QMessageBox> m_removingBox; // "a message is being removed", at most one
    QMap<int, Run> m_runs;
    Report m_report;
    bool m_haveReport = false;
    int m_generation = 0;
    bool m_running = false;
    bool m_presenter = false;
    ThemeChoice m_theme = ThemeChoice::System;
    QFont m_normalFont;
};

} // namespace mailscope

Q_DECLARE_METATYPE(mailscope::Report)
