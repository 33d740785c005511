// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// `mailscope-cli discover` and the wizard's account page: every source Discovery asks, what a
// mail program would pick, whether that actually works (ports, TLS versions, certificates),
// and the disagreements and dangerous advice as findings. Blocking; run it on a worker thread
// in a GUI.
#pragma once

#include "discovery/Discovery.h"
#include "net/PortProbe.h"
#include "probes/TlsInspect.h"

#include <QJsonDocument>
#include <QObject>

namespace mailscope {

class Transcript;

struct DiscoverOptions
{
    QString address;
    QUrl lookupBase;         // --lookup-base
    QHostAddress nameserver; // --dns-server
    int lookupTimeoutMs = 8000;
    int portTimeoutMs = 3000; // a port that has not answered by then is filtered
    int tlsTimeoutMs = 8000;
    bool probe = true;        // ports and TLS; off: only what the sources say
    bool usingOAuth2 = false; // the user signs in with OAuth2 (no warning about it then)
    // Connect to servers whose address is not on the public internet (this computer, private
    // and link-local networks, …). Off unless the user asked for it: a setup file anybody can
    // serve would otherwise make Mailscope knock on machines inside the user's network. The
    // CLI turns it on for --probe-private only; the app when the user clicks "Check these
    // too" (for that domain).
    bool probePrivate = false;
    QList<QSslCertificate> extraCa;
    qint64 maxBodyBytes = 256 * 1024;
};

struct DiscoveryPick
{
    Protocol protocol = Protocol::Imap;
    bool found = false;
    ServerCandidate server;
    QString sourceName;
    bool works = false;
    QString verdict; // plain words: "works", "port 143 answers but offers no encryption", …
};

struct DiscoveryInspection
{
    ServerCandidate server; // the endpoint (protocol, host, port, socket)
    TlsInspection tls;
};

// A plaintext endpoint: whether it sent its protocol's greeting (a bare TCP connect proves
// nothing: anything can listen on a port).
struct DiscoveryGreeting
{
    ServerCandidate server;
    bool greeted = false; // IMAP "* OK" / "* PREAUTH", SMTP "220"
    QString words;        // what happened instead, when not
};

struct DiscoveryReport
{
    QString address;
    QString domain;
    QString startedAt;
    QStringList mxHosts;
    QList<SourceAnswer> sources;
    QList<DiscoveryPick> picks;
    QList<PortState> ports;
    QList<DiscoveryInspection> inspections; // one per host, port and socket type
    QList<DiscoveryGreeting> greetings;
    bool probed = false; // ports, TLS and greetings were checked (not --no-probe)
    QList<Finding> findings;
    QList<Advice> advice;
    QString fatalError;

    // Verdict for an endpoint a source named: "works", "refused", …, or "" when not probed.
    QString verdictFor(const ServerCandidate &c) const;
    bool worksFor(const ServerCandidate &c) const;
    const PortState *port(const QString &host, quint16 port) const;
    // The TLS check of host:port done the way implicitTls says (TLS at once or STARTTLS).
    const DiscoveryInspection *inspection(const QString &host, quint16 port,
                                          bool implicitTls) const;
    const DiscoveryGreeting *greeting(const ServerCandidate &c) const;
    // 0: nothing of warning or error severity; 1: warnings or errors; 2: could not run.
    int exitCode() const;
};

class DiscoveryRun : public QObject
{
    Q_OBJECT
public:
    explicit DiscoveryRun(DiscoverOptions opts, QObject *parent = nullptr);
    ~DiscoveryRun() override;
    DiscoveryReport run();
    void cancel() { m_cancel.cancelled = true; }
    Transcript *transcript() const { return m_transcript.get(); }

signals:
    void progress(const QString &text);

private:
    // Resolves, tries the ports, reads the plaintext greetings and checks TLS; decides the
    // guess picks and every pick's verdict.
    void probe(DiscoveryReport &r, const QList<QPair<QString, quint16>> &endpoints);

    DiscoverOptions m_opts;
    CancelToken m_cancel;
    std::unique_ptr<Transcript> m_transcript;
};

// The mailscope.discovery/1 JSON (README "mailscope-cli discover").
QJsonDocument discoveryToJson(const DiscoveryReport &r);
// The table and findings for people.
QString discoveryToText(const DiscoveryReport &r);
// One line per source server: "IMAP imap.example.net:993 SSL/TLS (password-cleartext)".
QString describeServer(const ServerCandidate &c);

} // namespace mailscope
