// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "probes/Runner.h"
#include "i18n/Text.h"

#include "advice/Advice.h"
#include "probes/Check.h"
#include "probes/ServerId.h"
#include "session/Transcript.h"

#include <QDateTime>
#include <QJsonArray>

namespace mailscope {

Runner::Runner(DiagnoseOptions opts, Transcript *transcript, QObject *parent)
    : QObject(parent), m_opts(std::move(opts)), m_transcript(transcript)
{}

QString Runner::validate() const
{
    std::vector<std::unique_ptr<Check>> checks;
    return makeChecks(m_opts.target.protocol, m_opts.checks, &checks);
}

void identify(Context &ctx)
{
    QStringList sources;
    QStringList texts = ctx.replyTexts;
    for (int i = 0; i < texts.size(); ++i)
        sources << (i == 0 ? QStringLiteral("greeting") : QStringLiteral("reply"));
    if (!ctx.idFields.isEmpty()) {
        texts.prepend(ctx.idFields.value(QStringLiteral("name")) + QLatin1Char(' ') +
                      ctx.idFields.value(QStringLiteral("vendor")));
        sources.prepend(QStringLiteral("ID"));
    }
    const ServerIdentity id = identifyServer(texts, sources);
    ctx.report()->software = id.software;
    if (id.software == QLatin1String("unknown")) return;
    Finding f;
    f.id = QStringLiteral("server.identified");
    f.severity = Severity::Info;
    f.title = translate("Runner", "The server is %1").arg(id.product);
    f.explanation =
        translate("Runner", "Recognised from its %1: \"%2\".").arg(id.source, id.evidence);
    f.data.insert(QStringLiteral("software"), id.software);
    f.data.insert(QStringLiteral("product"), id.product);
    f.data.insert(QStringLiteral("source"), id.source);
    if (!ctx.idFields.isEmpty()) {
        QJsonObject idObj;
        for (auto it = ctx.idFields.cbegin(); it != ctx.idFields.cend(); ++it)
            idObj.insert(it.key(), it.value());
        f.data.insert(QStringLiteral("id"), idObj);
    }
    f.evidence << (id.source == QLatin1String("ID") ? ctx.idEvent : ctx.greetingEvent);
    ctx.addFinding(f);
}

// Limits breached by the server (huge literals, endless lines, deep nesting) end the
// connection inside the session; they are findings in their own right.
static void collectProtocolErrors(Context &ctx)
{
    const auto events = ctx.transcript()->snapshot();
    Finding f;
    f.id = QStringLiteral("protocol.error");
    f.severity = Severity::Error;
    f.title = translate("Runner", "The server sent data that breaks the protocol or sane limits");
    QStringList what;
    for (int i = 0; i < int(events.size()); ++i) {
        const Event &e = events[size_t(i)];
        if (e.fact == EventFact::ProtocolError) {
            f.evidence << i;
            QString why = e.text;
            // The event keeps Connection's English words: strip them as stored (patterns for
            // matching, not texts to show, so not in the catalogue).
            why.remove(QStringLiteral("protocol error: "));
            why.remove(QStringLiteral("; closing the connection"));
            what << why.left(300);
            // the bytes that caused it are the receive event just before
            for (int j = i - 1; j >= 0 && j >= i - 3; --j)
                if (events[size_t(j)].kind == EventKind::Receive &&
                    events[size_t(j)].conn == e.conn) {
                    f.evidence.prepend(j);
                    break;
                }
        }
    }
    if (what.isEmpty()) return;
    f.explanation =
        translate("Runner", "Mailscope stopped reading the connection: %1. A mail program "
                            "may hang, crash or run out of memory on such data.")
            .arg(joinTexts(what, QStringLiteral("; ")));
    f.data.insert(QStringLiteral("errors"), QJsonArray::fromStringList(what));
    ctx.addFinding(f);
}

Report Runner::run()
{
    Report report;
    report.target = m_opts.target;
    report.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    report.secretsShown = m_opts.revealSecrets;
    if (m_opts.revealSecrets)
        m_transcript->note(0,
                           translate("Runner", "secrets are recorded in this run (not redacted): "
                                               "do not share this transcript as it is"));
    std::vector<std::unique_ptr<Check>> checks;
    const QString err = makeChecks(m_opts.target.protocol, m_opts.checks, &checks);
    if (!err.isEmpty()) {
        report.fatalError = err;
        return report;
    }
    m_transcript->setDataLimit(m_opts.transcriptLimitBytes);
    Context ctx(m_opts, m_transcript, &report, &m_cancel);
    if (m_factory) ctx.setConnectionFactory(m_factory);
    ctx.onProgress = [this](const QString &text) { emit progress(text); };
    m_transcript->note(0, translate("Runner", "Mailscope diagnosing %1").arg(m_opts.target.url));
    if (m_opts.token)
        m_transcript->note(0, translate("Runner", "sign-in: %1").arg(m_opts.token->describe()));
    for (const auto &check : checks) {
        if (ctx.cancelled()) {
            ctx.addCheck(check->id(), CheckStatus::Skipped, translate("Runner", "cancelled"));
            continue;
        }
        emit checkStarted(check->id(), check->title());
        check->run(ctx);
        for (const auto &c : report.checks)
            if (c.id == check->id()) emit checkFinished(c.id, checkStatusName(c.status), c.summary);
    }
    identify(ctx);
    collectProtocolErrors(ctx);
    ctx.finish();
    if (m_transcript->omittedBytes() > 0)
        m_transcript->note(0,
                           translate("Runner", "%1 bytes of this run were counted but not stored: "
                                               "the transcript keeps at most %2 MiB")
                               .arg(m_transcript->omittedBytes())
                               .arg(double(m_transcript->dataLimit()) / (1 << 20), 0, 'f', 1));
    if (report.capsBeforeTls.isEmpty() && report.capsAfterTls.isEmpty()) {
        // finish() fills these only when the connection was still open.
        for (const auto &c : ctx.capsBefore)
            report.capsBeforeTls << QString::fromLatin1(c);
        for (const auto &c : ctx.capsAfterTls)
            report.capsAfterTls << QString::fromLatin1(c);
        for (const auto &c : ctx.capsAfterLogin)
            report.capsAfterLogin << QString::fromLatin1(c);
    }
    if (ctx.cancelled() && report.fatalError.isEmpty())
        report.fatalError = translate("Runner", "cancelled");
    addAdvice(report);
    return report;
}

} // namespace mailscope
