// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// mailscope-cli: the engine's command-line twin. Its options and JSON are a stable contract
// (README "mailscope-cli"): add to them, never change their meaning.
#include "cli/Console.h"
#include "cli/Password.h"
#include "cli/SignIn.h"
#include "demo/DemoCert.h"
#include "demo/DemoServer.h"
#include "demo/SmtpDemoServer.h"
#include "discovery/DiscoveryRun.h"
#include "documents/PdfReport.h"
#include "fake/ScriptedServer.h"
#include "i18n/Language.h"
#include "i18n/Text.h"
#include "probes/Check.h"
#include "probes/Repair.h"
#include "probes/Runner.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownSummary.h"
#include "report/Pcapng.h"
#include "report/ScriptExport.h"
#include "report/TextReport.h"
#include "report/TextSafety.h"
#include "session/Transcript.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QHostAddress>
#include <QSaveFile>
#include <QSslSocket>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using namespace mailscope;

namespace {

Runner *g_runner = nullptr;
std::atomic<bool> g_stop{false};

extern "C" void onStopSignal(int)
{
    g_stop = true;
}

extern "C" void onInterrupt(int)
{
    if (g_runner) g_runner->cancel(); // an atomic store: safe in a signal handler
}

bool isTerminal(FILE *f)
{
#if defined(Q_OS_UNIX)
    return ::isatty(fileno(f)) && qgetenv("TERM") != "dumb" &&
           !qEnvironmentVariableIsSet("NO_COLOR");
#else
    Q_UNUSED(f);
    return false;
#endif
}

// Human text only (JSON is written elsewhere): an engine text is shown in the chosen language,
// and what servers, autoconfig files and certificates put in it cannot act on the terminal.
void print(FILE *f, const QString &s)
{
    std::fputs(terminalSafe(localized(s)).toLocal8Bit().constData(), f);
    std::fputc('\n', f);
    std::fflush(f);
}

// formatEvent()/formatSummary() output: made terminal-safe where it was put together, so that
// its own colours stay colours.
void printFormatted(FILE *f, const QString &s)
{
    std::fputs(s.toLocal8Bit().constData(), f);
    std::fputc('\n', f);
    std::fflush(f);
}

// Something that stopped the run that is not a wrong option: no "Try --help".
int cannotRun(const QString &msg)
{
    print(stderr, QCoreApplication::translate("cli", "mailscope-cli: %1").arg(msg));
    return 2;
}

int usageError(const QString &msg)
{
    print(stderr, QCoreApplication::translate("cli", "mailscope-cli: %1").arg(msg));
    print(stderr, QCoreApplication::translate("cli", "Try 'mailscope-cli --help'."));
    return 2;
}

const char *kHelp = QT_TRANSLATE_NOOP(
    "cli",
    "Commands:\n"
    "  mailscope-cli diagnose [URL] [options]   run checks and report (no URL: built-in demo)\n"
    "  mailscope-cli session URL [options]      manual console: type commands, see replies\n"
    "  mailscope-cli discover ADDRESS [--json FILE] [--lookup-base URL] [--dns-server IP]\n"
    "                                           find the servers as mail programs do, and check\n"
    "                                           what they pick: ports, TLS versions, certificates\n"
    "  mailscope-cli repair URL --mailbox NAME --expunge-uid UID [--uidvalidity N --yes]\n"
    "                                           remove exactly one (ghost) message\n"
    "  mailscope-cli forget URL [--oauth2 P]    remove what the OS keychain keeps for the account\n"
    "  mailscope-cli demo-server                run the built-in demo server until Ctrl-C\n"
    "  mailscope-cli replay REPORT.json         print a report's transcript as a fault-server "
    "script\n"
    "  mailscope-cli fake-server SCRIPT         serve a fault-server script on 127.0.0.1\n"
    "\n"
    "URL: imap://[user@]host[:port] (143, STARTTLS attempted), imaps:// (993),\n"
    "     smtp:// (25, STARTTLS attempted), submission:// (587), smtps:// (465)\n"
    "\n"
    "Exit status: 0 ran without warnings or errors; 1 ran, found warnings or errors;\n"
    "             2 could not run (usage, unreachable, TLS refused).\n");

struct Common
{
    DiagnoseOptions opts;
    SignIn signIn;
    QByteArray acceptSha; // --accept-cert
    QString jsonPath;
    QString htmlPath;
    QString pdfPath;
    QString pcapngPath;
    QString markdownPath; // '-': standard output
    bool quiet = false;
    bool showTranscript = false;
    bool demo = false;
    bool demoSmtp = false;
};

void addCommonOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("lang"),
         QCoreApplication::translate(
             "cli", "Language of the text output: en or de (default: MAILSCOPE_LANG, else "
                    "the system's). JSON stays English."),
         QStringLiteral("LANG")},
        {QStringLiteral("password-env"),
         QCoreApplication::translate("cli", "Read the password from environment variable VAR."),
         QStringLiteral("VAR")},
        {QStringLiteral("password-file"),
         QCoreApplication::translate("cli", "Read the password from the first line of FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("ask-password"),
         QCoreApplication::translate("cli", "Ask for the password on the terminal.")},
        {QStringLiteral("checks"),
         QCoreApplication::translate(
             "cli", "Comma-separated checks to run (default: all quick read-only ones)."),
         QStringLiteral("LIST")},
        {QStringLiteral("idle-max"),
         QCoreApplication::translate("cli",
                                     "Longest idle time to probe, in seconds (default 1860)."),
         QStringLiteral("SECONDS"), QStringLiteral("1860")},
        {QStringLiteral("silence"),
         QCoreApplication::translate(
             "cli", "Give up waiting for a reply after this many seconds (default 10)."),
         QStringLiteral("SECONDS"), QStringLiteral("10")},
        {QStringLiteral("connect-timeout"),
         QCoreApplication::translate(
             "cli", "Connection and TLS handshake timeout in seconds (default 15)."),
         QStringLiteral("SECONDS"), QStringLiteral("15")},
        {QStringLiteral("command-timeout"),
         QCoreApplication::translate(
             "cli", "Longest time one command may take, however much the server sends "
                    "meanwhile (default 120)."),
         QStringLiteral("SECONDS"), QStringLiteral("120")},
        {QStringLiteral("transcript-limit"),
         QCoreApplication::translate(
             "cli", "Most transcript data stored per run, in MiB; the rest is counted "
                    "(default 128)."),
         QStringLiteral("MIB"), QStringLiteral("128")},
        {QStringLiteral("include-headers"),
         QCoreApplication::translate(
             "cli", "ghosts: name each unreadable message's From, Subject and Date in the "
                    "report (left out by default: reports go to the provider).")},
        {QStringLiteral("max-connections"),
         QCoreApplication::translate(
             "cli", "Most connections open at once (default 8; the idle check uses up to 8)."),
         QStringLiteral("N"), QStringLiteral("8")},
        {QStringLiteral("accept-cert"),
         QCoreApplication::translate(
             "cli", "Continue despite certificate problems if the server's certificate has "
                    "this SHA-256 fingerprint (for the URL's host and port only)."),
         QStringLiteral("SHA256")},
        {QStringLiteral("insecure"),
         QCoreApplication::translate("cli", "Continue despite any certificate problem.")},
        {QStringLiteral("ca-file"),
         QCoreApplication::translate("cli", "Also trust the CA certificates in this PEM file."),
         QStringLiteral("FILE")},
        {QStringLiteral("auth"),
         QCoreApplication::translate(
             "cli", "Login method: login, plain, auth-login, xoauth2 or oauthbearer (default: "
                    "automatic)."),
         QStringLiteral("MECH")},
        {QStringLiteral("allow-plaintext-login"),
         QCoreApplication::translate("cli",
                                     "Allow sending the password over an unencrypted connection.")},
        {QStringLiteral("show-secrets"),
         QCoreApplication::translate(
             "cli", "Do not redact passwords and SASL data in transcripts and reports.")},
        {QStringLiteral("json"),
         QCoreApplication::translate(
             "cli", "Write the mailscope.report/1 JSON to FILE ('-' for standard output)."),
         QStringLiteral("FILE")},
        {QStringLiteral("html"),
         QCoreApplication::translate(
             "cli", "Write the report as one self-contained HTML page to FILE (secrets "
                    "always masked)."),
         QStringLiteral("FILE")},
        {QStringLiteral("pdf"),
         QCoreApplication::translate(
             "cli", "Write the report as a PDF to FILE, the transcript as an appendix "
                    "(secrets always masked)."),
         QStringLiteral("FILE")},
        {QStringLiteral("pcapng"),
         QCoreApplication::translate(
             "cli", "Write the recorded connections as a pcapng capture for Wireshark to "
                    "FILE (decrypted plaintext, secrets always masked)."),
         QStringLiteral("FILE")},
        {QStringLiteral("summary-markdown"),
         QCoreApplication::translate(
             "cli", "Write a short Markdown summary for tickets to FILE ('-' for standard "
                    "output)."),
         QStringLiteral("FILE")},
        {QStringLiteral("transcript"),
         QCoreApplication::translate("cli", "Print the full transcript after the summary.")},
        {QStringLiteral("quiet"),
         QCoreApplication::translate("cli",
                                     "Print nothing but errors; use the exit status and --json.")},
        {QStringLiteral("demo-smtp"),
         QCoreApplication::translate(
             "cli",
             "Diagnose the built-in SMTP demo server (seed 004: it loses pipelined replies).")},
        {QStringLiteral("demo"),
         QCoreApplication::translate(
             "cli", "Diagnose the built-in demo server (the default when no URL is given).")},
        {QStringLiteral("listen"),
         QCoreApplication::translate("cli",
                                     "demo-server: listen on this address instead of 127.0.0.1."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("idle-end"),
         QCoreApplication::translate(
             "cli", "demo-server: how idle sessions end: seed (default: reset, silent after "
                    "UID FETCH), bye, fin, rst (by itself), rst-command (reset on the next "
                    "command) or silent (no answer to the next command)."),
         QStringLiteral("KIND")},
        {QStringLiteral("idle-cutoff"),
         QCoreApplication::translate(
             "cli", "demo-server: idle cutoff in seconds (0: none; default 20 as in seed 000)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("send-to"),
         QCoreApplication::translate("cli",
                                     "SMTP: send a real test message to ADDRESS (check 'send')."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("mail-from"),
         QCoreApplication::translate(
             "cli", "SMTP: envelope sender for pipelining and test messages (default: the user "
                    "if it is an address, else <>)."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("mailbox"),
         QCoreApplication::translate("cli",
                                     "Limit mailbox checks (ghosts) and repair to this mailbox."),
         QStringLiteral("NAME")},
        {QStringLiteral("expunge-uid"),
         QCoreApplication::translate("cli", "repair: the UID of the one message to remove."),
         QStringLiteral("UID")},
        {QStringLiteral("uidvalidity"),
         QCoreApplication::translate(
             "cli", "repair: the mailbox's UIDVALIDITY from the ghosts finding or the plan (a "
                    "removal needs it: a mailbox rebuilt since is refused)."),
         QStringLiteral("N")},
        {QStringLiteral("yes"),
         QCoreApplication::translate(
             "cli", "repair: carry out the shown plan (without it, only the plan is shown).")},
        {QStringLiteral("allow-old-tls"),
         QCoreApplication::translate(
             "cli", "Accept TLS 1.0/1.1 and weak certificates on the main connection and log "
                    "in over them (never done otherwise).")},
        {QStringLiteral("lookup-base"),
         QCoreApplication::translate(
             "cli", "discover: send every HTTP lookup to URL/<host>/<path> instead (tests, "
                    "closed networks)."),
         QStringLiteral("URL")},
        {QStringLiteral("dns-server"),
         QCoreApplication::translate(
             "cli", "discover: ask this DNS server (an IP address) for SRV, MX and the "
                    "servers' addresses."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("port-timeout"),
         QCoreApplication::translate(
             "cli", "discover: a port that has not answered after this many seconds is "
                    "filtered (default 3)."),
         QStringLiteral("SECONDS"), QStringLiteral("3")},
        {QStringLiteral("no-probe"),
         QCoreApplication::translate("cli", "discover: only ask the sources; connect to nothing.")},
        {QStringLiteral("probe-private"),
         QCoreApplication::translate(
             "cli", "discover: also connect to servers whose address is not on the public "
                    "internet (this computer, private networks).")},
    });
}

QString readCommon(const QCommandLineParser &p, bool needUrl, Common *c)
{
    const QStringList args = p.positionalArguments();
    if (args.size() > 2)
        return QCoreApplication::translate("cli", "too many arguments: %1")
            .arg(args.mid(2).join(QLatin1Char(' ')));
    c->demoSmtp = p.isSet(QStringLiteral("demo-smtp"));
    c->demo = p.isSet(QStringLiteral("demo")) || c->demoSmtp || (args.size() < 2 && !needUrl);
    if (args.size() < 2 && needUrl) return QCoreApplication::translate("cli", "missing server URL");
    if (args.size() == 2) {
        if (c->demo && (p.isSet(QStringLiteral("demo")) || c->demoSmtp))
            return QCoreApplication::translate("cli", "give either a URL or --demo, not both");
        const QString err = Target::parse(args[1], &c->opts.target);
        if (!err.isEmpty()) return err;
    }
    int sources = 0;
    for (const char *o : {"password-env", "password-file", "ask-password"})
        sources += p.isSet(QString::fromLatin1(o)) ? 1 : 0;
    if (sources > 1)
        return QCoreApplication::translate(
            "cli", "use only one of --password-env, --password-file, --ask-password");
    QString err;
    if (p.isSet(QStringLiteral("password-env")))
        err = passwordFromEnv(p.value(QStringLiteral("password-env")), &c->opts.password);
    else if (p.isSet(QStringLiteral("password-file")))
        err = passwordFromFile(p.value(QStringLiteral("password-file")), &c->opts.password);
    else if (p.isSet(QStringLiteral("ask-password")))
        err = passwordFromTerminal(
            QCoreApplication::translate("cli", "Password for %1: ").arg(c->opts.target.user),
            &c->opts.password);
    if (!err.isEmpty()) return err;
    c->opts.havePassword = sources == 1;

    auto number = [&](const char *name, int min, int max, int *out) -> QString {
        bool ok = false;
        const int v = p.value(QString::fromLatin1(name)).toInt(&ok);
        if (!ok || v < min || v > max)
            return QStringLiteral("--%1 takes a whole number from %2 to %3")
                .arg(QLatin1String(name))
                .arg(min)
                .arg(max);
        *out = v;
        return {};
    };
    int limitMib = 128;
    for (auto e : {number("idle-max", 1, 86400, &c->opts.idleMaxSeconds),
                   number("silence", 1, 3600, &c->opts.silenceSeconds),
                   number("connect-timeout", 1, 600, &c->opts.connectTimeoutSeconds),
                   number("command-timeout", 1, 86400, &c->opts.commandTimeoutSeconds),
                   number("transcript-limit", 1, 4096, &limitMib),
                   number("max-connections", 1, 16, &c->opts.maxConnections)})
        if (!e.isEmpty()) return e;
    c->opts.transcriptLimitBytes = qint64(limitMib) << 20;
    c->opts.includeHeaders = p.isSet(QStringLiteral("include-headers"));
    if (p.isSet(QStringLiteral("checks")))
        for (const auto &n :
             p.value(QStringLiteral("checks")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            c->opts.checks << n.trimmed().toLower();
    if (p.isSet(QStringLiteral("accept-cert"))) {
        const QByteArray sha =
            TlsPolicy::normaliseSha256(p.value(QStringLiteral("accept-cert")).toLatin1());
        if (sha.isEmpty())
            return QStringLiteral("--accept-cert takes a SHA-256 fingerprint: 64 hex digits");
        // Bound to the server named on the command line: the demo (no URL yet) binds it
        // once its port is known.
        c->acceptSha = sha;
        if (!c->opts.target.host.isEmpty())
            c->opts.tls.accept(c->opts.target.host, c->opts.target.port, sha);
    }
    c->opts.tls.insecure = p.isSet(QStringLiteral("insecure"));
    if (p.isSet(QStringLiteral("ca-file"))) {
        const auto certs = QSslCertificate::fromPath(p.value(QStringLiteral("ca-file")), QSsl::Pem);
        if (certs.isEmpty())
            return QCoreApplication::translate("cli", "no PEM certificate found in %1")
                .arg(p.value(QStringLiteral("ca-file")));
        c->opts.tls.extraCa = certs;
    }
    if (p.isSet(QStringLiteral("auth"))) {
        const QByteArray m = p.value(QStringLiteral("auth")).toLatin1().toUpper();
        if (m != "LOGIN" && m != "PLAIN" && m != "AUTH-LOGIN" && m != "XOAUTH2" &&
            m != "OAUTHBEARER")
            return QStringLiteral("--auth takes login, plain, auth-login, xoauth2 or oauthbearer");
        c->opts.authMech = m;
    }
    c->opts.allowPlaintextLogin = p.isSet(QStringLiteral("allow-plaintext-login"));
    c->opts.tls.allowOldTls = p.isSet(QStringLiteral("allow-old-tls"));
    c->opts.revealSecrets = p.isSet(QStringLiteral("show-secrets"));
    c->jsonPath = p.value(QStringLiteral("json"));
    c->htmlPath = p.value(QStringLiteral("html"));
    c->pdfPath = p.value(QStringLiteral("pdf"));
    c->pcapngPath = p.value(QStringLiteral("pcapng"));
    c->markdownPath = p.value(QStringLiteral("summary-markdown"));
    if (c->jsonPath == QLatin1String("-") && c->markdownPath == QLatin1String("-"))
        return QStringLiteral("--json - and --summary-markdown - cannot both use standard output");
    for (const QString *path : {&c->htmlPath, &c->pdfPath, &c->pcapngPath})
        if (*path == QLatin1String("-"))
            return QStringLiteral("--html, --pdf and --pcapng take a file name");
    if (!c->pdfPath.isEmpty() && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QStringLiteral("--pdf needs a graphical platform plugin (Qt could not start one)");
    c->quiet = p.isSet(QStringLiteral("quiet"));
    c->showTranscript = p.isSet(QStringLiteral("transcript"));
    c->opts.mailbox = p.value(QStringLiteral("mailbox"));
    c->opts.sendTo = p.value(QStringLiteral("send-to")).toUtf8();
    c->opts.mailFrom = p.value(QStringLiteral("mail-from")).toUtf8();
    if (sasl::isBearer(c->opts.authMech) && !p.isSet(QStringLiteral("oauth2")) &&
        !p.isSet(QStringLiteral("oauth2-token-env")))
        return QStringLiteral("--auth %1 needs a token: --oauth2 or --oauth2-token-env")
            .arg(QString::fromLatin1(c->opts.authMech).toLower());
    if (c->demo) return {};
    return setUpSignIn(p, &c->opts, &c->signIn);
}

// Standard output for the machine-readable document, if one asked for it; the human summary
// goes to standard error then.
bool stdoutTaken(const Common &c)
{
    return c.jsonPath == QLatin1String("-") || c.markdownPath == QLatin1String("-");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    if (path == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        print(stderr, QCoreApplication::translate("cli", "mailscope-cli: cannot write %1: %2")
                          .arg(path, f.errorString()));
        return false;
    }
    return true;
}

// Every document asked for: JSON (keeps secrets when --show-secrets was given), and the HTML,
// PDF, pcapng and Markdown made for other people (secrets always masked). False if one could
// not be written.
// prefaceTitle/preface: what the run did besides checking (a repair's plan and outcome).
bool writeDocuments(const Common &c, const Report &report, const std::vector<Event> &events,
                    const QString &prefaceTitle = {}, const QStringList &preface = {})
{
    bool ok = true;
    if (!c.jsonPath.isEmpty())
        ok &= writeFile(c.jsonPath, jsonFileBytes(reportToJson(report, events)));
    HtmlOptions html;
    html.prefaceTitle = prefaceTitle;
    html.preface = preface;
    if (!c.htmlPath.isEmpty())
        ok &= writeFile(c.htmlPath, reportToHtml(report, events, html).toUtf8());
    if (!c.pdfPath.isEmpty()) {
        QString err;
        PdfOptions pdfOptions;
        pdfOptions.prefaceTitle = prefaceTitle;
        pdfOptions.preface = preface;
        const QByteArray pdf = reportToPdf(report, events, &err, pdfOptions);
        if (pdf.isEmpty()) {
            print(stderr, QCoreApplication::translate("cli", "mailscope-cli: cannot make %1: %2")
                              .arg(c.pdfPath, err));
            ok = false;
        } else {
            ok &= writeFile(c.pdfPath, pdf);
        }
    }
    if (!c.pcapngPath.isEmpty()) ok &= writeFile(c.pcapngPath, transcriptToPcapng(report, events));
    MarkdownOptions md;
    md.prefaceTitle = prefaceTitle;
    md.preface = preface;
    if (!c.markdownPath.isEmpty())
        ok &= writeFile(c.markdownPath, reportToMarkdown(report, md).toUtf8());
    return ok;
}

int runRepairCommand(const Common &c, const RepairRequest &req)
{
    Transcript transcript;
    const RepairOutcome out = runRepair(c.opts, req, &transcript);
    const auto events = transcript.snapshot();
    const QString title = repairTitle(req);
    const QString outcome = repairOutcomeText(out, req);
    FILE *human = stdoutTaken(c) ? stderr : stdout;
    if (!c.quiet) {
        TextStyle style;
        style.colour = isTerminal(human);
        if (c.showTranscript)
            for (const auto &e : events)
                printFormatted(human, formatEvent(e, style));
        print(human, title + QLatin1Char(':'));
        for (const auto &step : out.plan)
            print(human, QStringLiteral("  - %1").arg(localized(step)));
        print(human, outcome);
    }
    // The documents say what was planned and done first; the transcript is the evidence.
    if (!writeDocuments(c, out.report, events, title, out.plan + QStringList{outcome})) return 2;
    // 0: removed, or plan shown without --yes; 1: refused; 2: could not run.
    if (!out.report.fatalError.isEmpty()) return 2;
    if (out.refused) return 1;
    return out.done || !req.confirmed ? 0 : 1;
}

int runDiagnose(const Common &cin)
{
    Common c = cin;
    std::unique_ptr<fake::LoopbackServer> demoServer;
    Transcript transcript;
    if (c.demo) {
        const QByteArray sha = demo::identity().sha256;
        QString scheme;
        if (c.demoSmtp) {
            demoServer = std::make_unique<demo::SmtpDemoServer>();
            scheme = QStringLiteral("submission");
        } else {
            demoServer = std::make_unique<demo::DemoServer>();
            scheme = QStringLiteral("imap");
        }
        const quint16 port = demoServer->start();
        if (!port)
            return usageError(
                QCoreApplication::translate("cli", "could not start the demo server on 127.0.0.1"));
        Target::parse(QStringLiteral("%1://demo@127.0.0.1:%2").arg(scheme).arg(port),
                      &c.opts.target);
        c.opts.password = demo::DemoServer::password();
        c.opts.havePassword = true;
        // The demo's certificate is self-signed on purpose, and made for this process: accept
        // exactly it, for the demo's address only, as --accept-cert would.
        c.opts.tls.accept(c.opts.target.host, c.opts.target.port, sha);
        transcript.note(0, QCoreApplication::translate(
                               "cli", "demo: built-in %1 demo server on 127.0.0.1:%2; its "
                                      "self-signed certificate %3 is accepted for the demo")
                               .arg(c.demoSmtp ? QStringLiteral("SMTP") : QStringLiteral("IMAP"))
                               .arg(port)
                               .arg(QString::fromLatin1(sha)));
        if (!c.quiet)
            print(stderr, QCoreApplication::translate(
                              "cli", "Diagnosing the built-in %1 demo server (127.0.0.1:%2), "
                                     "which misbehaves on purpose.")
                              .arg(c.demoSmtp ? QStringLiteral("SMTP") : QStringLiteral("IMAP"))
                              .arg(port));
    }
    // --send-to asks for the send check on top of the others (the target is final only now).
    if (!c.opts.sendTo.isEmpty() && !c.opts.checks.contains(QStringLiteral("send"))) {
        if (c.opts.checks.isEmpty()) c.opts.checks = defaultChecks(c.opts.target.protocol);
        c.opts.checks << QStringLiteral("send");
    }
    Runner runner(c.opts, &transcript);
    const QString err = runner.validate();
    if (!err.isEmpty()) return usageError(err);
    const bool live = !c.quiet && isTerminal(stderr);
    if (live)
        QObject::connect(&runner, &Runner::checkStarted,
                         [](const QString &id, const QString &title) {
                             print(stderr, QStringLiteral("… %1 (%2)").arg(title, id));
                         });
    if (live)
        QObject::connect(&runner, &Runner::progress, [](const QString &text) {
            print(stderr, QStringLiteral("    %1").arg(text));
        });
    g_runner = &runner;
    std::signal(SIGINT, onInterrupt);
    const Report report = runner.run();
    g_runner = nullptr;
    afterRun(c.opts, c.signIn, report.credentialsAccepted);
    std::signal(SIGINT, SIG_DFL);

    const auto events = transcript.snapshot();
    FILE *human = stdoutTaken(c) ? stderr : stdout;
    if (!c.quiet) {
        TextStyle style;
        style.colour = isTerminal(human);
        if (c.showTranscript) {
            print(human, QCoreApplication::translate("cli", "Transcript"));
            for (const auto &e : events)
                printFormatted(human, formatEvent(e, style));
            print(human, QString());
        }
        printFormatted(human, formatSummary(report, style));
    } else if (!report.fatalError.isEmpty()) {
        print(stderr, QCoreApplication::translate("cli", "mailscope-cli: %1")
                          .arg(localized(report.fatalError)));
    }
    if (!writeDocuments(c, report, events)) return 2;
    return report.exitCode();
}

int runDiscover(const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2)
        return usageError(QCoreApplication::translate("cli", "discover takes one e-mail address"));
    DiscoverOptions o;
    o.address = args[1];
    if (p.isSet(QStringLiteral("lookup-base"))) {
        const QUrl base(p.value(QStringLiteral("lookup-base")));
        if (!base.isValid() ||
            (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https")))
            return usageError(QCoreApplication::translate(
                "cli", "--lookup-base takes an http:// or https:// URL"));
        o.lookupBase = base;
    }
    if (p.isSet(QStringLiteral("dns-server"))) {
        const QHostAddress a(p.value(QStringLiteral("dns-server")));
        if (a.isNull())
            return usageError(
                QCoreApplication::translate("cli", "--dns-server takes an IP address"));
        o.nameserver = a;
    }
    bool ok = false;
    const int pt = p.value(QStringLiteral("port-timeout")).toInt(&ok);
    if (!ok || pt < 1 || pt > 60)
        return usageError(
            QCoreApplication::translate("cli", "--port-timeout takes seconds from 1 to 60"));
    o.portTimeoutMs = pt * 1000;
    const int ct = p.value(QStringLiteral("connect-timeout")).toInt(&ok);
    if (ok && ct >= 1 && ct <= 600) o.tlsTimeoutMs = qMin(ct, 15) * 1000;
    o.probe = !p.isSet(QStringLiteral("no-probe"));
    // Only on explicit consent: --lookup-base and --dns-server pick where to ask, but what
    // the answers name still comes from the network.
    o.probePrivate = p.isSet(QStringLiteral("probe-private"));
    o.usingOAuth2 =
        p.isSet(QStringLiteral("oauth2")) || p.isSet(QStringLiteral("oauth2-token-env"));
    if (p.isSet(QStringLiteral("ca-file"))) {
        o.extraCa = QSslCertificate::fromPath(p.value(QStringLiteral("ca-file")), QSsl::Pem);
        if (o.extraCa.isEmpty())
            return usageError(QCoreApplication::translate("cli", "no PEM certificate found in %1")
                                  .arg(p.value(QStringLiteral("ca-file"))));
    }
    const QString jsonPath = p.value(QStringLiteral("json"));
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    DiscoveryRun run(o);
    if (!quiet && isTerminal(stderr))
        QObject::connect(&run, &DiscoveryRun::progress, [](const QString &text) {
            print(stderr, QStringLiteral("… %1").arg(text));
        });
    const DiscoveryReport r = run.run();
    FILE *human = jsonPath == QLatin1String("-") ? stderr : stdout;
    if (!quiet)
        print(human, discoveryToText(r));
    else if (!r.fatalError.isEmpty())
        print(stderr, QCoreApplication::translate("cli", "mailscope-cli: %1").arg(r.fatalError));
    if (!jsonPath.isEmpty()) {
        const QByteArray json = jsonFileBytes(discoveryToJson(r));
        if (jsonPath == QLatin1String("-")) {
            std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
            std::fflush(stdout);
        } else {
            QFile f(jsonPath);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                f.write(json) != json.size()) {
                print(stderr,
                      QCoreApplication::translate("cli", "mailscope-cli: cannot write %1: %2")
                          .arg(jsonPath, f.errorString()));
                return 2;
            }
        }
    }
    return r.exitCode();
}

// --pdf needs fonts, and so a QGuiApplication; every other use stays a QCoreApplication that
// loads no platform plugin. The CLI never shows a window, so when no platform is chosen it
// uses "offscreen": a PDF is made the same with or without a display (over ssh, in CI).
bool wantsPdf(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--pdf" || a.startsWith("--pdf=") || a == "-pdf" || a.startsWith("-pdf="))
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    if (!wantsPdf(argc, argv)) return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

static int run(QCoreApplication &app, int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("mailscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILSCOPE_VERSION));
    // Human text follows --lang / MAILSCOPE_LANG / the system; --json output stays English.
    const QString requested = languageFromArguments(argc, argv);
    installLanguage(chooseLanguage(requested));
    // Asked for by name and not there: say so rather than answer in another language unasked.
    if (!requested.isEmpty() && supportedLanguage(requested).isEmpty())
        return usageError(QCoreApplication::translate("cli", "--lang %1: not available; choose "
                                                             "one of: %2")
                              .arg(requested, availableLanguages().join(QStringLiteral(", "))));

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("cli", kHelp));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"),
                            QCoreApplication::translate("cli", "one of the commands above"));
    p.addPositionalArgument(
        QStringLiteral("URL"),
        QCoreApplication::translate("cli", "the server, e.g. imaps://fred@mail.example.net"));
    addCommonOptions(p);
    addSignInOptions(p);
    if (!p.parse(QCoreApplication::arguments())) return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        print(stdout, p.helpText());
        return 0;
    }
    if (p.isSet(QStringLiteral("version"))) {
        print(stdout, QCoreApplication::translate("cli", "mailscope-cli %1")
                          .arg(QStringLiteral(MAILSCOPE_VERSION)));
        return 0;
    }
    if (!QSslSocket::supportsSsl())
        return usageError(QCoreApplication::translate(
            "cli", "TLS is not available (Qt found no OpenSSL backend)"));
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return usageError(QCoreApplication::translate(
            "cli", "missing command: diagnose, session or demo-server"));
    const QString cmd = args.first();
    Common c;
    if (cmd == QLatin1String("diagnose")) {
        const QString err = readCommon(p, false, &c);
        if (!err.isEmpty()) return c.signIn.failed ? cannotRun(err) : usageError(err);
        return runDiagnose(c);
    }
    if (cmd == QLatin1String("discover")) return runDiscover(p);
    if (cmd == QLatin1String("session")) {
        const QString err = readCommon(p, true, &c);
        if (!err.isEmpty()) return c.signIn.failed ? cannotRun(err) : usageError(err);
        return runConsole(c.opts, isTerminal(stdout));
    }
    if (cmd == QLatin1String("repair")) {
        const QString err = readCommon(p, true, &c);
        if (!err.isEmpty()) return c.signIn.failed ? cannotRun(err) : usageError(err);
        if (c.opts.target.protocol != Protocol::Imap)
            return usageError(
                QCoreApplication::translate("cli", "repair works on IMAP mailboxes only"));
        if (c.opts.mailbox.isEmpty())
            return usageError(QCoreApplication::translate("cli", "repair needs --mailbox NAME"));
        bool ok = false;
        const qulonglong uid = p.value(QStringLiteral("expunge-uid")).toULongLong(&ok);
        if (!ok || uid == 0 || uid > 0xffffffffULL)
            return usageError(QCoreApplication::translate(
                "cli", "repair needs --expunge-uid with a UID from 1 to 4294967295"));
        RepairRequest req;
        req.mailbox = c.opts.mailbox;
        req.uid = quint32(uid);
        if (p.isSet(QStringLiteral("uidvalidity"))) {
            const qulonglong uv = p.value(QStringLiteral("uidvalidity")).toULongLong(&ok);
            if (!ok || uv == 0 || uv > 0xffffffffULL)
                return usageError(QCoreApplication::translate(
                    "cli", "--uidvalidity takes the number from 1 to 4294967295 that the plan "
                           "or the ghosts finding shows"));
            req.uidValidity = quint32(uv);
        }
        req.confirmed = p.isSet(QStringLiteral("yes"));
        return runRepairCommand(c, req);
    }
    if (cmd == QLatin1String("forget")) {
        // Only the URL: no sign-in may start here.
        if (args.size() != 2)
            return usageError(QCoreApplication::translate("cli", "forget takes the account's URL"));
        const QString err = Target::parse(args[1], &c.opts.target);
        if (!err.isEmpty()) return usageError(err);
        return forget(p, c.opts);
    }
    if (cmd == QLatin1String("replay")) {
        // Report -> fault-server script: a customer's session becomes a test fixture.
        if (args.size() != 2)
            return usageError(QCoreApplication::translate("cli", "replay takes one report file"));
        Report report;
        std::vector<Event> events;
        const QString err = reportFromFile(args[1], &report, &events);
        if (!err.isEmpty()) return cannotRun(localized(err));
        const QByteArray script = transcriptToScript(events);
        std::fwrite(script.constData(), 1, size_t(script.size()), stdout);
        return 0;
    }
    if (cmd == QLatin1String("fake-server")) {
        if (args.size() != 2)
            return usageError(
                QCoreApplication::translate("cli", "fake-server takes one script file"));
        QFile f(args[1]);
        if (!f.open(QIODevice::ReadOnly))
            return usageError(QCoreApplication::translate("cli", "cannot read %1: %2")
                                  .arg(args[1], f.errorString()));
        QString err;
        auto server = fake::ScriptedServer::fromText(f.read(qint64(64) << 20), &err);
        if (!server) return usageError(QStringLiteral("%1: %2").arg(args[1], err));
        server->setCertificate(demo::identity().certificate, demo::identity().key);
        const quint16 port = server->start();
        if (!port)
            return usageError(QCoreApplication::translate("cli", "could not listen on 127.0.0.1"));
        print(stdout, QCoreApplication::translate(
                          "cli", "Fault server for %1 on 127.0.0.1:%2 (demo certificate "
                                 "SHA-256 %3). Ctrl-C stops it.")
                          .arg(args[1])
                          .arg(port)
                          .arg(QString::fromLatin1(
                              server->certificate().digest(QCryptographicHash::Sha256).toHex())));
        std::signal(SIGINT, onStopSignal);
        std::signal(SIGTERM, onStopSignal);
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&server] {
            if (g_stop.load()) QCoreApplication::quit();
        });
        poll.start(200);
        const int rc = app.exec();
        for (const auto &e : server->errors())
            print(stderr, QCoreApplication::translate("cli", "script mismatch: %1").arg(e));
        return server->errors().isEmpty() ? rc : 1;
    }
    if (cmd == QLatin1String("demo-server")) {
        demo::DemoServer server;
        if (p.isSet(QStringLiteral("listen"))) {
            const QHostAddress a(p.value(QStringLiteral("listen")));
            if (a.isNull())
                return usageError(
                    QCoreApplication::translate("cli", "--listen takes an IP address"));
            server.setListenAddress(a);
        }
        int cutoffMs = demo::DemoServer::seedPolicy().cutoffMs;
        if (p.isSet(QStringLiteral("idle-cutoff"))) {
            bool ok = false;
            const int s = p.value(QStringLiteral("idle-cutoff")).toInt(&ok);
            if (!ok || s < 0 || s > 86400)
                return usageError(QCoreApplication::translate(
                    "cli", "--idle-cutoff takes seconds from 0 to 86400"));
            cutoffMs = s * 1000;
        }
        const QString kind = p.isSet(QStringLiteral("idle-end"))
                                 ? p.value(QStringLiteral("idle-end"))
                                 : QStringLiteral("seed");
        const demo::IdlePolicy pol = demo::IdlePolicy::named(kind, cutoffMs);
        if (pol.cutoffMs < 0)
            return usageError(QCoreApplication::translate("cli", "--idle-end takes %1")
                                  .arg(demo::IdlePolicy::names().join(QStringLiteral(", "))));
        server.setIdlePolicy(pol);
        const quint16 port = server.start();
        if (!port)
            return usageError(QCoreApplication::translate("cli", "could not listen on 127.0.0.1"));
        print(stdout, QCoreApplication::translate(
                          "cli", "Demo IMAP server on imap://%1@%5:%2 (password: %3, "
                                 "certificate SHA-256 %4, made for this run). Ctrl-C stops "
                                 "it.")
                          .arg(QString::fromLatin1(demo::DemoServer::user()))
                          .arg(port)
                          .arg(QString::fromLatin1(demo::DemoServer::password()),
                               QString::fromLatin1(server.certificateSha256()),
                               p.isSet(QStringLiteral("listen")) ? p.value(QStringLiteral("listen"))
                                                                 : QStringLiteral("127.0.0.1")));
        // Only an atomic store in the handler; a timer does the quitting.
        std::signal(SIGINT, onStopSignal);
        std::signal(SIGTERM, onStopSignal);
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [] {
            if (g_stop.load()) QCoreApplication::quit();
        });
        poll.start(200);
        return app.exec();
    }
    return usageError(QCoreApplication::translate("cli", "unknown command '%1'").arg(cmd));
}

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    const int rc = run(*application, argc, argv);
    // Everything is written; a DNS lookup stuck in the system resolver would keep the process
    // waiting for its thread when the application object goes (see lookupAbandoned()).
    if (mailscope::lookupAbandoned()) {
        std::fflush(nullptr);
        std::_Exit(rc);
    }
    return rc;
}
