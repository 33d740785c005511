// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Finds the IMAP and submission servers for an e-mail address the way mail programs do, in
// Thunderbird's order of priority: the provider's autoconfig (autoconfig.<domain>, then
// <domain>/.well-known/autoconfig), the public ISP database (ISPDB), the same two for the
// domain of the MX host, Microsoft Autodiscover (v2 JSON), DNS SRV (RFC 6186 / RFC 8314), the
// MX host itself, and the usual names (imap., mail., smtp.). Every lookup starts at once; the
// priority decides, not the order of the answers. Asynchronous (QNetworkAccessManager,
// QDnsLookup); nothing here connects to a mail server.
//
// Tests and closed networks: setLookupBase(URL) sends every HTTP lookup to
// URL/<original-host>/<original-path-and-query>, setNameserver() every DNS question to one
// server (MAILSCOPE_LOOKUP_BASE and MAILSCOPE_DNS_SERVER set them too).
#pragma once

#include "probes/Report.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QString>
#include <QUrl>

class QDnsLookup;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace mailscope {

struct ServerCandidate
{
    Protocol protocol = Protocol::Imap;
    QString host;
    quint16 port = 0;
    bool implicitTls = false;   // imaps / submissions (smtps)
    QString source;             // "SRV _imaps._tcp", "MX", "common name", "autoconfig", …
    int priority = 0;           // lower is better (SRV priority, then our order)
    bool plaintext = false;     // socketType "plain": no encryption at all
    QStringList authentication; // as the source says: password-cleartext, OAuth2, …
    QString username;           // placeholders filled in

    // imaps://user@host:port and friends, for Target::parse().
    QString url(const QString &user = {}) const;
    // "SSL/TLS", "STARTTLS", "none"
    QString socketWords() const;
    QString socketName() const; // tls, starttls, plain
    bool operator==(const ServerCandidate &o) const
    {
        return protocol == o.protocol && host == o.host && port == o.port &&
               implicitTls == o.implicitTls && plaintext == o.plaintext;
    }
};

struct SrvAnswer
{
    QString service; // "_imaps._tcp"
    QString target;
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
};

// What one source said.
struct SourceAnswer
{
    enum Status
    {
        Pending,
        Found,   // usable servers
        Nothing, // asked, nothing there (404, NXDOMAIN, no records)
        Problem, // an answer that is wrong, malformed or hostile; note says what
        Skipped  // not asked (no MX, no address, …)
    };
    QString id;   // autoconfig, well-known, ispdb, mx-autoconfig, mx-ispdb, autodiscover, srv,
                  // mx, common
    QString name; // plain words
    int rank = 0; // priority: lower wins
    QStringList queried; // URLs or DNS names asked
    Status status = Pending;
    QString note;   // plain words for nothing/problem
    QString detail; // HTTP status, parser error, …
    QList<ServerCandidate> servers;
    // Entries of a found answer that were left out, in words (no or an unknown socketType):
    // a problem of the source too, though the rest of it is usable.
    QStringList ignored;

    static QString statusName(Status s);
};

// Parsers (pure). Both fill servers and return an error text for unusable input.
// Thunderbird's clientConfig v1.1 (autoconfig, ISPDB): no DTD or entity is accepted, depth
// and element count are bounded; placeholders %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%
// are filled in. A server entry without a socketType Thunderbird knows (plain, SSL, STARTTLS)
// is left out, and *ignored says why.
QString parseAutoconfigXml(const QByteArray &xml, const QString &address,
                           QList<ServerCandidate> *servers, QStringList *domains = nullptr,
                           QStringList *ignored = nullptr);
// Microsoft Autodiscover v2: {"Protocol": "...", "Url": "..."} (or ErrorCode/ErrorMessage).
// *notOffered: the answer says there is no server of protocol p (an error code, or an answer
// for another protocol); the text returned says so. A web (http/https) Url is never a server.
QString parseAutodiscoverJson(const QByteArray &json, Protocol p, QList<ServerCandidate> *servers,
                              bool *notOffered = nullptr);
// The registrable part of an MX host (aspmx.l.google.com -> google.com; mx.x.co.uk -> x.co.uk).
QString baseDomain(const QString &host);

// A DNS lookup given up on while the system resolver still waits in it (glibc reads a TCP
// answer without a timeout: a server that sets TC and then never answers over TCP). Qt waits
// for its lookup threads when the application object goes, so a program that gave one up
// leaves without that wait (the ends of main() in app/cli/main.cpp and app/main.cpp).
void giveUpLookup(QDnsLookup *lookup);
// A failed lookup (QDnsLookup::Error) in plain words.
QString dnsFailureWords(int error);
bool lookupAbandoned();

class Discovery : public QObject
{
    Q_OBJECT
public:
    explicit Discovery(QObject *parent = nullptr);
    ~Discovery() override;

    // Starts every lookup for address ("fred@example.net" or "example.net"). finished()
    // follows within timeoutMs, with whatever answered by then.
    void start(const QString &address, int timeoutMs = 8000);
    void abort();
    // Ask this DNS server instead of the system's (tests keep lookups on loopback). The
    // environment variable MAILSCOPE_DNS_SERVER sets it too.
    void setNameserver(const QHostAddress &server) { m_nameserver = server; }
    QHostAddress nameserver() const { return m_nameserver; }
    // Every HTTP lookup goes to base/<host>/<path>?<query> (MAILSCOPE_LOOKUP_BASE too).
    void setLookupBase(const QUrl &base) { m_lookupBase = base; }
    QUrl lookupBase() const { return m_lookupBase; }
    // HTTP only (no SRV/MX), or no HTTP lookups at all.
    void setHttpLookups(bool on) { m_http = on; }
    // Most bytes read of one HTTP answer (default 256 KiB); larger answers are refused.
    void setMaxBodyBytes(qint64 n) { m_maxBody = n; }

    static QString domainOf(const QString &address);
    // Pure: orders SRV answers (RFC 6186 §3.4: TLS first, then by priority), MX-derived
    // guesses and the common names into one list without duplicates. "." as SRV target
    // means "service not offered" (RFC 2782) and is skipped.
    static QList<ServerCandidate> combine(const QString &domain, const QList<SrvAnswer> &srv,
                                          const QStringList &mxHosts);
    // Where a lookup really goes (the lookup base applied).
    QUrl mapped(const QUrl &original) const;

    // Every source, in priority order, as answered by the time finished() came.
    QList<SourceAnswer> sources() const { return m_sources; }
    QStringList mxHosts() const { return m_mx; }
    QString domain() const { return m_domain; }
    QString address() const { return m_address; }

signals:
    // Every candidate of every source, in priority order, without duplicates.
    void finished(const QList<mailscope::ServerCandidate> &candidates);

private:
    struct Fetch
    {
        QNetworkReply *reply = nullptr;
        int source = -1;
        QUrl original; // as a mail program would ask it (before the lookup base)
        int redirects = 0;
        Protocol protocol = Protocol::Imap; // autodiscover
        QByteArray body;
        bool tooLarge = false;
        QList<QSslError> sslErrors; // why an HTTPS handshake was refused
    };
    void get(int source, const QUrl &original, Protocol p = Protocol::Imap, int redirects = 0);
    void fetchDone(QNetworkReply *reply);
    void lookupDone(QDnsLookup *lookup);
    void mxKnown();
    bool microsoftHandlesMail() const;
    void settle(int source);
    void checkDone();
    void finish();
    int sourceIndex(const QString &id) const;

    QHostAddress m_nameserver;
    QUrl m_lookupBase;
    bool m_http = true;
    qint64 m_maxBody = 256 * 1024;
    QString m_address;
    QString m_domain;
    QNetworkAccessManager *m_nam;
    QList<Fetch> m_fetches;
    QList<QDnsLookup *> m_lookups;
    QList<SrvAnswer> m_srv;
    QStringList m_mx;
    bool m_mxDone = false;
    int m_pendingDns = 0;
    QList<SourceAnswer> m_sources;
    QTimer *m_timeout;
    bool m_running = false;
};

} // namespace mailscope
