// Finds the IMAP and submission servers for an e-mail address: DNS SRV records (RFC 6186,
// RFC 8314: _imaps, _imap, _submissions, _submission), then MX, then the usual host names
// (imap., mail., smtp.). Asynchronous (QDnsLookup); nothing is connected to.
#pragma once

#include "probes/Report.h"

#include <QList>
#include <QObject>
#include <QString>

#include <QHostAddress>

class QDnsLookup;
class QTimer;

namespace mailscope {

struct ServerCandidate
{
    Protocol protocol = Protocol::Imap;
    QString host;
    quint16 port = 0;
    bool implicitTls = false; // imaps / submissions (smtps)
    QString source;           // "SRV _imaps._tcp", "MX", "common name"
    int priority = 0;         // lower is better (SRV priority, then our order)

    // imaps://user@host:port and friends, for Target::parse().
    QString url(const QString &user = {}) const;
    bool operator==(const ServerCandidate &o) const
    {
        return protocol == o.protocol && host == o.host && port == o.port &&
               implicitTls == o.implicitTls;
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

class Discovery : public QObject
{
    Q_OBJECT
public:
    explicit Discovery(QObject *parent = nullptr);
    ~Discovery() override;

    // Starts the lookups for the domain of address ("fred@example.net" or "example.net").
    // finished() follows within timeoutMs, with whatever answered by then.
    void start(const QString &address, int timeoutMs = 6000);
    void abort();
    // Ask this DNS server instead of the system's (tests keep lookups on loopback). The
    // environment variable MAILSCOPE_DNS_SERVER sets it too.
    void setNameserver(const QHostAddress &server) { m_nameserver = server; }

    static QString domainOf(const QString &address);
    // Pure: orders SRV answers (RFC 6186 §3.4: TLS first, then by priority), MX-derived
    // guesses and the common names into one list without duplicates. "." as SRV target
    // means "service not offered" (RFC 2782) and is skipped.
    static QList<ServerCandidate> combine(const QString &domain, const QList<SrvAnswer> &srv,
                                          const QStringList &mxHosts);

signals:
    void finished(const QList<mailscope::ServerCandidate> &candidates);

private:
    void lookupDone(QDnsLookup *lookup);
    void finish();

    QHostAddress m_nameserver;
    QString m_domain;
    QList<QDnsLookup *> m_lookups;
    QList<SrvAnswer> m_srv;
    QStringList m_mx;
    int m_pending = 0;
    QTimer *m_timeout;
};

} // namespace mailscope
