// First window: target, password, run, live transcript, findings and advice.
// The guided wizard and timeline come with the desktop-app issue.
#pragma once

#include "probes/Report.h"

#include <QMainWindow>
#include <memory>

class QLineEdit;
class QListView;
class QPushButton;
class QTextBrowser;
class QThread;

namespace mailscope {
class Transcript;
class TranscriptModel;
class Runner;
namespace demo {
class DemoServer;
}

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void startDiagnose(const QString &url, const QByteArray &password);
    void startDemo();
    bool isRunning() const { return m_thread != nullptr; }
    QString findingsHtml() const;

signals:
    void finished(const mailscope::Report &report);

private:
    void onFinished(const Report &report);
    void showReport(const Report &report);

    QLineEdit *m_url;
    QLineEdit *m_password;
    QPushButton *m_run;
    QPushButton *m_demo;
    QListView *m_view;
    QTextBrowser *m_findings;
    TranscriptModel *m_model;
    std::unique_ptr<Transcript> m_transcript;
    std::unique_ptr<demo::DemoServer> m_demoServer;
    QThread *m_thread = nullptr;
    Runner *m_runner = nullptr;
};

} // namespace mailscope

Q_DECLARE_METATYPE(mailscope::Report)
