#include "discovery/Discovery.h"

#include <QDnsLookup>
#include <QTimer>
#include <algorithm>

namespace mailscope {

QString ServerCandidate::url(const QString &user) const
{
    QString scheme;
    if (protocol == Protocol::Imap)
        scheme = implicitTls ? QStringLiteral("imaps") : QStringLiteral("imap");
    else if (implicitTls)
        scheme = QStringLiteral("smtps");
    else
        scheme = port == 25 ? QStringLiteral("smtp") : QStringLiteral("submission");
    QString u = user;
    if (!u.isEmpty()) u = QString::fromLatin1(QUrl::toPercentEncoding(u)) + QLatin1Char('@');
    return scheme + QStringLiteral("://") + u + host + QLatin1Char(':') + QString::number(port);
}

Discovery::Discovery(QObject *parent) : QObject(parent), m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &Discovery::finish);
}

Discovery::~Discovery()
{
    abort();
}

QString Discovery::domainOf(const QString &address)
{
    const QString a = address.trimmed();
    const int at = a.lastIndexOf(QLatin1Char('@'));
    QString d = (at >= 0 ? a.mid(at + 1) : a).toLower();
    while (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    return d;
}

void Discovery::start(const QString &address, int timeoutMs)
{
    abort();
    m_domain = domainOf(address);
    m_srv.clear();
    m_mx.clear();
    if (m_domain.isEmpty() || !m_domain.contains(QLatin1Char('.'))) {
        QTimer::singleShot(0, this, &Discovery::finish);
        return;
    }
    const char *services[] = {"_imaps._tcp.", "_imap._tcp.", "_submissions._tcp.",
                              "_submission._tcp."};
    for (const char *s : services) {
        auto *l = new QDnsLookup(QDnsLookup::SRV, QLatin1String(s) + m_domain, this);
        m_lookups.append(l);
    }
    m_lookups.append(new QDnsLookup(QDnsLookup::MX, m_domain, this));
    m_pending = int(m_lookups.size());
    if (m_nameserver.isNull() && qEnvironmentVariableIsSet("MAILSCOPE_DNS_SERVER"))
        m_nameserver = QHostAddress(qEnvironmentVariable("MAILSCOPE_DNS_SERVER"));
    for (QDnsLookup *l : std::as_const(m_lookups)) {
        if (!m_nameserver.isNull()) l->setNameserver(m_nameserver);
        connect(l, &QDnsLookup::finished, this, [this, l] { lookupDone(l); });
        l->lookup();
    }
    m_timeout->start(timeoutMs);
}

void Discovery::abort()
{
    m_timeout->stop();
    for (QDnsLookup *l : std::as_const(m_lookups)) {
        l->disconnect(this);
        l->abort();
        l->deleteLater();
    }
    m_lookups.clear();
    m_pending = 0;
}

void Discovery::lookupDone(QDnsLookup *l)
{
    if (l->error() == QDnsLookup::NoError) {
        if (l->type() == QDnsLookup::MX) {
            auto recs = l->mailExchangeRecords();
            std::sort(recs.begin(), recs.end(),
                      [](const auto &a, const auto &b) { return a.preference() < b.preference(); });
            for (const auto &r : recs)
                m_mx.append(r.exchange());
        } else {
            const QString name = l->name();
            const QString service = name.left(name.size() - m_domain.size() - 1);
            for (const auto &r : l->serviceRecords())
                m_srv.append({service, r.target(), r.port(), r.priority(), r.weight()});
        }
    }
    if (--m_pending <= 0) finish();
}

void Discovery::finish()
{
    const QString domain = m_domain;
    const QList<SrvAnswer> srv = m_srv;
    const QStringList mx = m_mx;
    abort();
    emit finished(combine(domain, srv, mx));
}

QList<ServerCandidate> Discovery::combine(const QString &domain, const QList<SrvAnswer> &srvIn,
                                          const QStringList &mxHosts)
{
    QList<ServerCandidate> out;
    auto add = [&out](ServerCandidate c) {
        while (c.host.endsWith(QLatin1Char('.')))
            c.host.chop(1);
        if (c.host.isEmpty() || c.port == 0) return;
        c.host = c.host.toLower();
        if (!out.contains(c)) out.append(c);
    };
    QList<SrvAnswer> srv = srvIn;
    // RFC 6186 §3.4 / RFC 8314 §5.1: implicit TLS first; within a service, SRV priority.
    auto rank = [](const QString &service) {
        if (service == QLatin1String("_imaps._tcp")) return 0;
        if (service == QLatin1String("_imap._tcp")) return 1;
        if (service == QLatin1String("_submissions._tcp")) return 2;
        return 3;
    };
    std::stable_sort(srv.begin(), srv.end(), [&](const SrvAnswer &a, const SrvAnswer &b) {
        if (rank(a.service) != rank(b.service)) return rank(a.service) < rank(b.service);
        if (a.priority != b.priority) return a.priority < b.priority;
        return a.weight > b.weight;
    });
    for (const auto &s : srv) {
        if (s.target == QLatin1String(".") || s.target.isEmpty()) continue;
        ServerCandidate c;
        const int r = rank(s.service);
        c.protocol = r <= 1 ? Protocol::Imap : Protocol::Smtp;
        c.implicitTls = r == 0 || r == 2;
        c.host = s.target;
        c.port = s.port;
        c.priority = s.priority;
        c.source = QStringLiteral("SRV ") + s.service;
        add(c);
    }
    // MX hosts receive mail from other servers; often the same machine serves IMAP and
    // submission, so they are worth trying after SRV.
    for (const QString &mx : mxHosts) {
        add({Protocol::Imap, mx, 993, true, QStringLiteral("MX"), 100});
        add({Protocol::Smtp, mx, 587, false, QStringLiteral("MX"), 100});
    }
    if (!domain.isEmpty()) {
        const QString common = QStringLiteral("common name");
        add({Protocol::Imap, QStringLiteral("imap.") + domain, 993, true, common, 200});
        add({Protocol::Imap, QStringLiteral("mail.") + domain, 993, true, common, 201});
        add({Protocol::Imap, QStringLiteral("imap.") + domain, 143, false, common, 202});
        add({Protocol::Smtp, QStringLiteral("smtp.") + domain, 587, false, common, 200});
        add({Protocol::Smtp, QStringLiteral("smtp.") + domain, 465, true, common, 201});
        add({Protocol::Smtp, QStringLiteral("mail.") + domain, 587, false, common, 202});
    }
    return out;
}

} // namespace mailscope
