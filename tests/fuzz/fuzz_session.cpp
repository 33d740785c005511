// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// fuzz_session: a whole diagnose run with the fuzz input as the server. mailscope::Runner runs
// the checks (IMAP: tls capabilities starttls login untagged pipelining ghosts; SMTP: tls ehlo
// starttls auth pipelining send) over FuzzConnection (FuzzConnection.h): every connection the
// run opens reads its server bytes from the input. Then the report is written as JSON and read
// back, as text, and the transcript as a replay script, as the front ends do.
//
// Input format:
//   byte 0   bit 0: 0 IMAP, 1 SMTP (imap://fred@fuzz.invalid:143, smtp://fred@fuzz.invalid:25)
//            bits 1-2 == 3: implicit TLS instead (imaps://…:993, smtps://…:465)
//            bits 3-4 == 3: a transcript limit of 300 bytes (the omitted-bytes paths)
//            bits 5-6: delivery piece size: 0 (whole chunks), 0, 1 or 5 bytes
//            bit 7: also write the report (JSON and read back, text) and the replay script;
//                   that doubles the cost of an execution, so only half of them do it, and
//                   only for runs of at most 400 events (byte-by-byte deliveries make
//                   thousands, and JSON for them costs a tenth of a second)
//   the rest server bytes, cut by two-byte markers:
//            "#=" ends a connection's section: connection 1 reads the first section,
//                 connection 2 the second…; connections beyond the last get nothing (FIN)
//            "#>" ends a chunk: the first chunk of a section is sent right after the connect
//                 (the greeting), each further one after a client write (or when the client
//                 waits for the rest of a reply without writing); after the last, FIN
//            "#t" inside a chunk is replaced by the tag of the client's latest IMAP command
// Example (IMAP): "\x00* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\r\n#>#t OK logged in\r\n"
//
// Set FUZZ_SESSION_VERBOSE=1 to print the transcript and the summary of each run (to replay a
// reproducer, or to check what a corpus file reaches).
#include "FuzzConnection.h"

#include "probes/Runner.h"
#include "report/JsonReport.h"
#include "report/ScriptExport.h"
#include "report/TextReport.h"
#include "session/Transcript.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace mailscope;

namespace {

bool g_verbose = false;

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &msg)
{
    if (g_verbose || type == QtFatalMsg) fprintf(stderr, "qt: %s\n", qPrintable(msg));
}

using Section = std::vector<QByteArray>;

const QByteArray kPassword = QByteArrayLiteral("fuzz-Password1");

// Once a connection sent the login, nothing the server sends back shows the password: as is,
// or base64 at any of the three alignments a blob can put it in (net/SecretEcho). An echo
// interrupted by a pause longer than the hold-back (150 ms) is the one known gap.
void passwordNeverComesBack(const std::vector<Event> &events)
{
    QList<QByteArray> forms{kPassword};
    for (int k = 0; k < 3; ++k) {
        const QByteArray b = QByteArray(QByteArray(k, 'x') + kPassword).toBase64();
        forms << b.mid(k ? 4 : 0, ((k + kPassword.size()) / 3) * 4 - (k ? 4 : 0));
        // Ending the blob, the last group is the password's too.
        forms << b.mid(k ? 4 : 0).replace("=", "");
    }
    QSet<int> loggedIn;
    for (const Event &e : events) {
        if (e.kind == EventKind::Send && e.secret) loggedIn.insert(e.conn);
        if (e.kind != EventKind::Receive || !loggedIn.contains(e.conn)) continue;
        for (const QByteArray &f : forms)
            if (e.safeData().contains(f)) {
                fprintf(stderr, "fuzz_session: the password came back unmasked (%s) in: %s\n",
                        f.constData(), e.safeData().left(300).toPercentEncoding().constData());
                abort();
            }
    }
}

std::vector<Section> splitInput(const char *p, const char *e)
{
    std::vector<Section> sections(1);
    sections.back().emplace_back();
    const char *start = p;
    auto endChunk = [&](const char *at) { sections.back().back().append(start, at - start); };
    while (p < e) {
        if (*p == '#' && p + 1 < e && (p[1] == '>' || p[1] == '=')) {
            endChunk(p);
            if (p[1] == '=') sections.emplace_back();
            sections.back().emplace_back();
            p += 2;
            start = p;
            continue;
        }
        ++p;
    }
    endChunk(p);
    return sections;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    g_verbose = qEnvironmentVariableIntValue("FUZZ_SESSION_VERBOSE") != 0;
    qInstallMessageHandler(quietMessages);
    // Qt's own event dispatcher rather than GLib's: simpler, faster, and the same on every
    // machine, so a run's order of events depends on the input alone.
    qputenv("QT_NO_GLIB", "1");
    // Server identification compiles its patterns on every run; JIT-compiling them cost a
    // fifth of each execution and finds nothing more.
    qputenv("QT_ENABLE_REGEXP_JIT", "0");
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    const uint8_t mode = data[0];
    const bool smtp = mode & 1;
    const bool implicitTls = ((mode >> 1) & 3) == 3;
    static const int pieceSizes[4] = {0, 0, 1, 5};
    const int pieceSize = pieceSizes[(mode >> 5) & 3];
    const bool writeReport = mode & 0x80;

    DiagnoseOptions opts;
    const QString url = smtp ? (implicitTls ? QStringLiteral("smtps://fred@fuzz.invalid:465")
                                            : QStringLiteral("smtp://fred@fuzz.invalid:25"))
                             : (implicitTls ? QStringLiteral("imaps://fred@fuzz.invalid:993")
                                            : QStringLiteral("imap://fred@fuzz.invalid:143"));
    if (!Target::parse(url, &opts.target).isEmpty()) abort();
    opts.password = kPassword;
    opts.havePassword = true;
    opts.allowPlaintextLogin = true;
    opts.checks = smtp ? QStringList{QStringLiteral("tls"),        QStringLiteral("ehlo"),
                                     QStringLiteral("starttls"),   QStringLiteral("auth"),
                                     QStringLiteral("pipelining"), QStringLiteral("send")}
                       : QStringList{QStringLiteral("tls"),      QStringLiteral("capabilities"),
                                     QStringLiteral("starttls"), QStringLiteral("login"),
                                     QStringLiteral("untagged"), QStringLiteral("pipelining"),
                                     QStringLiteral("ghosts")};
    opts.sendTo = QByteArrayLiteral("postmaster@fuzz.invalid");
    opts.silenceSeconds = 1;
    opts.commandTimeoutSeconds = 2;
    opts.connectTimeoutSeconds = 1;
    opts.greetingGraceMs = 0;
    if (((mode >> 3) & 3) == 3) opts.transcriptLimitBytes = 300;

    const char *bytes = reinterpret_cast<const char *>(data + 1);
    auto sections = std::make_shared<std::vector<Section>>(splitInput(bytes, bytes + size - 1));
    auto nextSection = std::make_shared<size_t>(0);

    Transcript transcript;
    Report report;
    {
        Runner runner(opts, &transcript);
        runner.setConnectionFactory(
            [sections, nextSection, pieceSize](Transcript *t, const TlsPolicy &, CancelToken *) {
                Section chunks;
                if (*nextSection < sections->size()) chunks = (*sections)[(*nextSection)++];
                return std::unique_ptr<Connection>(
                    new fuzz::FuzzConnection(t, std::move(chunks), pieceSize));
            });
        report = runner.run();
    }
    passwordNeverComesBack(transcript.snapshot());

    // What the front ends do with a run: the JSON report (and reading it back, as the GUI
    // opens saved reports), the terminal summary, the transcript lines, the replay script.
    if (!g_verbose && (!writeReport || transcript.size() > 400)) return 0;
    const std::vector<Event> events = transcript.snapshot();
    const QByteArray json = reportToJson(report, events).toJson(QJsonDocument::Compact);
    Report reread;
    std::vector<Event> rereadEvents;
    const QString jsonError = reportFromJson(json, &reread, &rereadEvents);
    if (!jsonError.isEmpty() || rereadEvents.size() != events.size()) {
        fprintf(stderr, "fuzz_session: the report does not read back (%s; %zu of %zu events)\n",
                qPrintable(jsonError), rereadEvents.size(), events.size());
        abort();
    }
    const QString summary = formatSummary(report, TextStyle{});
    QString lines;
    for (const auto &e : events)
        lines += formatEvent(e, TextStyle{}, true) + QLatin1Char('\n');
    const QByteArray script = transcriptToScript(events);
    if (g_verbose)
        fprintf(stderr, "%s\n%s\n--- script:\n%s\n", qPrintable(lines), qPrintable(summary),
                script.constData());
    return 0;
}
