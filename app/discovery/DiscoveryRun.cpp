// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "discovery/DiscoveryRun.h"
#include "i18n/Text.h"
#include "net/AddressScope.h"

#include "imap/ImapSession.h"
#include "report/JsonReport.h"
#include "session/Transcript.h"
#include "smtp/SmtpSession.h"

#include <QDateTime>
#include <QDnsLookup>
#include <QEventLoop>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

namespace mailscope {

namespace {

constexpr int kMaxEndpoints = 48;
constexpr int kMaxInspections = 8;
constexpr int kMaxResolve = 32;

QString protoWord(Protocol p)
{
    return p == Protocol::Imap ? QStringLiteral("IMAP") : QStringLiteral("SMTP");
}

bool isGuess(const QString &sourceId)
{
    return sourceId == QLatin1String("mx") || sourceId == QLatin1String("common");
}

bool hasOAuth2(const ServerCandidate &c)
{
    for (const auto &a : c.authentication)
        if (a.compare(QLatin1String("OAuth2"), Qt::CaseInsensitive) == 0) return true;
    return false;
}

QJsonObject serverJson(const ServerCandidate &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("protocol"),
             c.protocol == Protocol::Imap ? QStringLiteral("imap") : QStringLiteral("smtp"));
    o.insert(QStringLiteral("host"), c.host);
    o.insert(QStringLiteral("port"), int(c.port));
    o.insert(QStringLiteral("socket"), c.socketName());
    o.insert(QStringLiteral("authentication"), QJsonArray::fromStringList(c.authentication));
    if (!c.username.isEmpty()) o.insert(QStringLiteral("username"), c.username);
    return o;
}

// Runs the loop until it quits, timeoutMs passes or the run is cancelled (the window closing
// ends the wait within a tick).
void waitBounded(QEventLoop &loop, int timeoutMs, const CancelToken *cancel)
{
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&loop, cancel] {
        if (cancel && cancel->cancelled.load()) loop.quit();
    });
    tick.start(50);
    loop.exec();
}

// Why a name has no address, unless the answer was that it does not exist (NXDOMAIN, no
// address record): the resolver did not answer in time, failed, or the name was one too many.
// Such a name is not "missing from DNS".
void noAnswerIn(const QStringList &hosts, const QHash<QString, QHostAddress> &found,
                const QSet<QString> &answered, int timeoutMs, QHash<QString, QString> *why)
{
    for (const QString &h : hosts) {
        const QString k = h.toLower();
        if (!QHostAddress(h).isNull() || found.contains(k) || answered.contains(k) ||
            why->contains(k))
            continue;
        why->insert(k, translate("DiscoveryRun", "no answer from the name resolver within %1 s")
                           .arg(timeoutMs / 1000.0));
    }
}

// Past kMaxResolve names already asked for: this one is not, and says why.
bool overLookupCap(qsizetype asked, const QString &h, QHash<QString, QString> *why)
{
    if (asked < kMaxResolve) return false;
    why->insert(h.toLower(),
                translate("DiscoveryRun", "not looked up: more than %1 names").arg(kMaxResolve));
    return true;
}

// host -> A record through the given DNS server (Discovery's nameserver), all at once.
QHash<QString, QHostAddress> resolveAll(const QStringList &hosts, const QHostAddress &ns,
                                        int timeoutMs, const CancelToken *cancel,
                                        QHash<QString, QString> *why)
{
    QHash<QString, QHostAddress> out;
    QSet<QString> answered;
    QEventLoop loop;
    QList<QDnsLookup *> lookups;
    int pending = 0;
    for (const QString &h : hosts) {
        if (!QHostAddress(h).isNull()) continue;
        if (overLookupCap(lookups.size(), h, why)) continue;
        auto *l = new QDnsLookup(QDnsLookup::A, h, ns, &loop);
        lookups << l;
        ++pending;
        QObject::connect(l, &QDnsLookup::finished, &loop, [&, l, h] {
            if (l->error() == QDnsLookup::NoError && !l->hostAddressRecords().isEmpty())
                out.insert(h.toLower(), l->hostAddressRecords().first().value());
            else if (l->error() == QDnsLookup::NoError || l->error() == QDnsLookup::NotFoundError)
                answered.insert(h.toLower());
            else
                why->insert(h.toLower(), dnsFailureWords(l->error()));
            if (--pending <= 0) loop.quit();
        });
        l->lookup();
    }
    if (pending > 0) waitBounded(loop, timeoutMs, cancel);
    for (auto *l : lookups)
        giveUpLookup(l);
    noAnswerIn(hosts, out, answered, timeoutMs, why);
    return out;
}

// The address to connect to among a name's addresses: a public IPv4 one first (the path most
// networks have), then any public one; failing both the first, which the caller then judges.
QHostAddress preferredAddress(const QList<QHostAddress> &all)
{
    for (const QHostAddress &a : all)
        if (a.protocol() == QAbstractSocket::IPv4Protocol && isPublicAddress(a)) return a;
    for (const QHostAddress &a : all)
        if (isPublicAddress(a)) return a;
    return all.isEmpty() ? QHostAddress() : all.first();
}

// host -> address through the system's resolver, all at once, bounded in time. The ports and
// TLS checks then connect to exactly these addresses: a name cannot resolve to a public address
// for the check below and to a private one for the connection.
QHash<QString, QHostAddress> resolveSystem(const QStringList &hosts, int timeoutMs,
                                           const CancelToken *cancel, QHash<QString, QString> *why)
{
    QHash<QString, QHostAddress> out;
    QSet<QString> answered;
    QEventLoop loop;
    QObject context;
    QList<int> ids;
    int pending = 0;
    for (const QString &h : hosts) {
        if (!QHostAddress(h).isNull()) continue;
        if (overLookupCap(ids.size(), h, why)) continue;
        ++pending;
        ids << QHostInfo::lookupHost(h, &context, [&, h](const QHostInfo &info) {
            if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty())
                out.insert(h.toLower(), preferredAddress(info.addresses()));
            else if (info.error() == QHostInfo::NoError || info.error() == QHostInfo::HostNotFound)
                answered.insert(h.toLower());
            else
                why->insert(h.toLower(), info.errorString());
            if (--pending <= 0) loop.quit();
        });
    }
    if (pending > 0) waitBounded(loop, timeoutMs, cancel);
    for (int id : std::as_const(ids))
        QHostInfo::abortHostLookup(id);
    noAnswerIn(hosts, out, answered, timeoutMs, why);
    return out;
}

// Whether an endpoint works, for the JSON: null when it was not checked (off the public
// internet without consent, or nothing probed at all), which is neither yes nor no.
QJsonValue worksJson(const DiscoveryReport &r, const ServerCandidate &c)
{
    if (!r.probed) return QJsonValue();
    const PortState *ps = r.port(c.host, c.port);
    if (ps && ps->state == PortState::Skipped) return QJsonValue();
    return r.worksFor(c);
}

// Connects to a plaintext endpoint and reads the greeting, as the STARTTLS check does before
// it asks for STARTTLS (same silence limit); sends nothing.
DiscoveryGreeting readGreeting(const ServerCandidate &c, const QHostAddress &address, int timeoutMs,
                               Transcript *transcript, CancelToken *cancel)
{
    DiscoveryGreeting g;
    g.server = c;
    Connection conn(transcript, TlsPolicy(), cancel);
    if (!address.isNull()) conn.setConnectAddress(address);
    if (!conn.open(c.host, c.port, false, timeoutMs)) {
        g.words = conn.lastError().isEmpty() ? translate("DiscoveryRun", "no connection")
                                             : conn.lastError();
        return g;
    }
    const int silence = qMax(1000, timeoutMs);
    // Bounded as a whole too: a server that drips a byte just inside the silence limit must
    // not hold discovery for the sessions' usual two minutes per greeting.
    if (c.protocol == Protocol::Imap) {
        imap::Session s(&conn, silence);
        s.setCommandTimeoutMs(silence);
        const imap::Result res = s.readGreeting();
        g.greeted = res.completed && (res.tagged.name == "OK" || res.tagged.name == "PREAUTH");
        if (!g.greeted) g.words = res.describe();
    } else {
        smtp::Session s(&conn, silence);
        s.setCommandTimeoutMs(silence);
        const smtp::Result res = s.readGreeting();
        g.greeted = res.completed && res.reply.code == 220;
        if (!g.greeted) g.words = res.describe();
    }
    conn.close();
    return g;
}

} // namespace

QString describeServer(const ServerCandidate &c)
{
    QString s =
        QStringLiteral("%1 %2:%3 %4")
            .arg(protoWord(c.protocol), c.host)
            .arg(c.port)
            .arg(c.plaintext ? translate("DiscoveryRun", "no encryption") : c.socketWords());
    if (!c.authentication.isEmpty())
        s += QStringLiteral(" (%1)").arg(joinTexts(c.authentication, QStringLiteral(", ")));
    return s;
}

const PortState *DiscoveryReport::port(const QString &host, quint16 p) const
{
    for (const auto &s : ports)
        if (s.port == p && s.host.compare(host, Qt::CaseInsensitive) == 0) return &s;
    return nullptr;
}

const DiscoveryInspection *DiscoveryReport::inspection(const QString &host, quint16 p,
                                                       bool implicitTls) const
{
    for (const auto &i : inspections)
        if (i.server.port == p && i.server.implicitTls == implicitTls &&
            i.server.host.compare(host, Qt::CaseInsensitive) == 0)
            return &i;
    return nullptr;
}

const DiscoveryGreeting *DiscoveryReport::greeting(const ServerCandidate &c) const
{
    for (const auto &g : greetings)
        if (g.server.port == c.port && g.server.protocol == c.protocol &&
            g.server.host.compare(c.host, Qt::CaseInsensitive) == 0)
            return &g;
    return nullptr;
}

bool DiscoveryReport::worksFor(const ServerCandidate &c) const
{
    const PortState *p = port(c.host, c.port);
    if (!p || p->state != PortState::Open) return false;
    if (c.plaintext) {
        const DiscoveryGreeting *g = greeting(c);
        return g && g->greeted;
    }
    const DiscoveryInspection *i = inspection(c.host, c.port, c.implicitTls);
    if (!i) return false;
    return i->tls.standard.established && i->tls.standard.errors.isEmpty();
}

QString DiscoveryReport::verdictFor(const ServerCandidate &c) const
{
    const PortState *p = port(c.host, c.port);
    if (!p) return {};
    switch (p->state) {
    case PortState::Refused:
        return translate("DiscoveryRun", "port %1 refuses connections").arg(c.port);
    case PortState::Filtered:
        return translate("DiscoveryRun", "port %1 does not answer (blocked or down)").arg(c.port);
    case PortState::Unresolved:
        return translate("DiscoveryRun", "%1 does not exist in DNS").arg(c.host);
    case PortState::Unreachable:
        return translate("DiscoveryRun", "unreachable: %1").arg(p->detail);
    case PortState::Skipped:
        return p->detail;
    case PortState::Open:
        break;
    }
    if (c.plaintext) {
        const DiscoveryGreeting *g = greeting(c);
        if (g && !g->greeted)
            return translate("DiscoveryRun", "port %1 answers, but no %2 server greets there: %3")
                .arg(c.port)
                .arg(protoWord(c.protocol), g->words);
        return translate("DiscoveryRun",
                         "answers, but without encryption: the password would travel in "
                         "the clear");
    }
    const DiscoveryInspection *i = inspection(c.host, c.port, c.implicitTls);
    if (!i) return translate("DiscoveryRun", "answers");
    const TlsInspection &t = i->tls;
    if (!t.reached) return t.unreachable;
    if (!t.standard.established)
        return translate("DiscoveryRun", "encryption fails: %1").arg(t.standard.failure);
    if (!t.standard.errors.isEmpty()) {
        for (const auto &pr : t.problems)
            if (pr.severity == Severity::Error)
                return translate("DiscoveryRun", "certificate problem: %1")
                    .arg(certProblemBrief(pr));
        return translate("DiscoveryRun", "certificate problem");
    }
    return translate("DiscoveryRun", "works (%1)").arg(tlsVersionWords(t.standard.protocol));
}

int DiscoveryReport::exitCode() const
{
    if (!fatalError.isEmpty()) return 2;
    for (const auto &f : findings)
        if (f.severity != Severity::Info) return 1;
    return 0;
}

DiscoveryRun::DiscoveryRun(DiscoverOptions opts, QObject *parent)
    : QObject(parent), m_opts(std::move(opts)), m_transcript(std::make_unique<Transcript>())
{}

DiscoveryRun::~DiscoveryRun() = default;

DiscoveryReport DiscoveryRun::run()
{
    DiscoveryReport r;
    r.address = m_opts.address.trimmed();
    r.domain = Discovery::domainOf(r.address);
    r.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (r.domain.isEmpty() || !r.domain.contains(QLatin1Char('.'))) {
        r.fatalError =
            translate("DiscoveryRun", "'%1' is not an e-mail address or domain").arg(r.address);
        return r;
    }

    // 1. Every source at once.
    emit progress(translate("DiscoveryRun", "asking every source for %1").arg(r.domain));
    Discovery d;
    if (!m_opts.lookupBase.isEmpty()) d.setLookupBase(m_opts.lookupBase);
    if (!m_opts.nameserver.isNull()) d.setNameserver(m_opts.nameserver);
    d.setMaxBodyBytes(m_opts.maxBodyBytes);
    {
        QEventLoop loop;
        bool done = false;
        connect(&d, &Discovery::finished, &loop, [&] {
            done = true;
            loop.quit();
        });
        d.start(r.address, m_opts.lookupTimeoutMs);
        QTimer tick;
        connect(&tick, &QTimer::timeout, &loop, [&] {
            if (!m_cancel.cancelled.load()) return;
            d.abort();
            loop.quit();
        });
        tick.start(50);
        if (!done) loop.exec();
    }
    r.sources = d.sources();
    r.mxHosts = d.mxHosts();

    // 2. What a mail program would pick: the first configuration source that names a server
    // of the protocol; failing those, the first guess that answers (decided after probing).
    for (Protocol p : {Protocol::Imap, Protocol::Smtp}) {
        DiscoveryPick pick;
        pick.protocol = p;
        for (const auto &s : std::as_const(r.sources)) {
            if (s.status != SourceAnswer::Found || isGuess(s.id)) continue;
            for (const auto &c : s.servers)
                if (c.protocol == p) {
                    pick.found = true;
                    pick.server = c;
                    pick.sourceName = s.name;
                    break;
                }
            if (pick.found) break;
        }
        r.picks << pick;
    }

    // 3. Ports: the usual five on every host a program might pick, plus every endpoint a
    // source names.
    QList<QPair<QString, quint16>> endpoints;
    auto addEndpoint = [&endpoints](const QString &host, quint16 port) {
        for (const auto &e : std::as_const(endpoints))
            if (e.second == port && e.first.compare(host, Qt::CaseInsensitive) == 0) return;
        if (endpoints.size() < kMaxEndpoints) endpoints.append({host.toLower(), port});
    };
    QStringList pickHosts;
    for (const auto &pk : std::as_const(r.picks))
        if (pk.found && !pickHosts.contains(pk.server.host)) pickHosts << pk.server.host;
    // Guesses: the first IMAP and SMTP guess hosts too (a program probes them).
    for (const auto &s : std::as_const(r.sources))
        if (isGuess(s.id) && s.status == SourceAnswer::Found)
            for (const auto &c : s.servers)
                if (!pickHosts.contains(c.host) && pickHosts.size() < 6) pickHosts << c.host;
    for (const QString &h : std::as_const(pickHosts))
        for (quint16 port : {quint16(993), quint16(143), quint16(465), quint16(587), quint16(25)})
            addEndpoint(h, port);
    for (const auto &s : std::as_const(r.sources))
        if (s.status == SourceAnswer::Found)
            for (const auto &c : s.servers)
                addEndpoint(c.host, c.port);
    r.probed = m_opts.probe;
    if (m_opts.probe) probe(r, endpoints);

    // 5. Findings.
    auto add = [&r](Finding f) { r.findings.append(std::move(f)); };
    // Sources that answered wrongly or with hostile content.
    for (const auto &s : std::as_const(r.sources)) {
        // A found answer with entries left out is half a problem: programs skip those too.
        if (s.status != SourceAnswer::Problem &&
            (s.status != SourceAnswer::Found || s.ignored.isEmpty()))
            continue;
        Finding f;
        f.id = QStringLiteral("discovery.source-problem");
        f.severity = Severity::Warning;
        f.title =
            translate("DiscoveryRun", "%1 gives an answer mail programs cannot use").arg(s.name);
        f.explanation =
            translate("DiscoveryRun", "%1. Mail programs skip it (or, worse, trip over it) and "
                                      "fall back to the next source. The provider should fix "
                                      "or remove it.")
                .arg(s.note.left(1).toUpper() + s.note.mid(1));
        f.data.insert(QStringLiteral("source"), s.id);
        f.data.insert(QStringLiteral("note"), s.note);
        f.data.insert(QStringLiteral("detail"), s.detail);
        f.data.insert(QStringLiteral("queried"), QJsonArray::fromStringList(s.queried));
        add(f);
    }
    // The best working endpoint per protocol (RFC 8314: implicit TLS first).
    auto bestWorking = [&r](Protocol p) -> const DiscoveryInspection * {
        const DiscoveryInspection *best = nullptr;
        for (const auto &i : r.inspections) {
            if (i.server.protocol != p || !r.worksFor(i.server)) continue;
            if (!best || (i.server.implicitTls && !best->server.implicitTls)) best = &i;
        }
        return best;
    };
    for (const auto &pk : std::as_const(r.picks)) {
        const QString proto = protoWord(pk.protocol);
        const DiscoveryInspection *best = bestWorking(pk.protocol);
        if (!pk.found) {
            // Without probing the guesses were not tried: nothing is known about them.
            if (!best && r.probed) {
                Finding f;
                f.id = QStringLiteral("discovery.nothing");
                f.severity = Severity::Error;
                f.title = translate("DiscoveryRun", "No %1 server could be found for %2")
                              .arg(proto, r.domain);
                f.explanation =
                    translate(
                        "DiscoveryRun",
                        "No source names a %1 server and none of the usual names answers. Mail "
                        "programs cannot set the account up by themselves: ask the provider for "
                        "the "
                        "server name, port and security.")
                        .arg(proto);
                f.data.insert(QStringLiteral("protocol"), proto.toLower());
                add(f);
            }
            continue;
        }
        {
            Finding f;
            f.id = QStringLiteral("discovery.pick");
            f.severity = Severity::Info;
            f.title = translate("DiscoveryRun", "A mail program would use %1 (from %2): %3")
                          .arg(describeServer(pk.server), pk.sourceName,
                               pk.verdict.isEmpty() ? translate("DiscoveryRun", "not checked")
                                                    : pk.verdict);
            f.explanation = translate(
                "DiscoveryRun",
                "Thunderbird and programs like it ask the sources in the order listed and take "
                "the first that answers; the usual names are only tried when nothing else does.");
            f.data = serverJson(pk.server);
            f.data.insert(QStringLiteral("source"), pk.server.source);
            f.data.insert(QStringLiteral("works"), worksJson(r, pk.server));
            f.data.insert(QStringLiteral("verdict"), pk.verdict);
            add(f);
        }
        if (pk.server.plaintext) {
            Finding f;
            f.id = QStringLiteral("discovery.insecure");
            const bool alternative = best != nullptr;
            f.severity = Severity::Error;
            f.title =
                alternative
                    ? translate("DiscoveryRun", "%1 tells mail programs to use port %2 without "
                                                "encryption, although %3 port %4 with %5 works")
                          .arg(pk.sourceName)
                          .arg(pk.server.port)
                          .arg(best->server.host)
                          .arg(best->server.port)
                          .arg(best->server.socketWords())
                    : translate("DiscoveryRun", "%1 tells mail programs to use port %2 without "
                                                "encryption")
                          .arg(pk.sourceName)
                          .arg(pk.server.port);
            f.explanation =
                translate(
                    "DiscoveryRun",
                    "A program set up this way sends the password and every message in the clear, "
                    "readable by anybody on the network path (public Wi-Fi, the provider's "
                    "network). %1The provider should change its configuration file to socketType "
                    "SSL on port 993 (IMAP) or 465 (SMTP), as RFC 8314 recommends.")
                    .arg(alternative
                             ? translate("DiscoveryRun", "Set the account to %1 port %2, %3 "
                                                         "instead. ")
                                   .arg(best->server.host)
                                   .arg(best->server.port)
                                   .arg(best->server.socketWords())
                             : QString());
            f.data = serverJson(pk.server);
            f.data.insert(QStringLiteral("source"), pk.server.source);
            if (alternative)
                f.data.insert(QStringLiteral("works_instead"), serverJson(best->server));
            add(f);
        }
        const PortState *pickPort = r.port(pk.server.host, pk.server.port);
        const bool pickSkipped = pickPort && pickPort->state == PortState::Skipped;
        // A plaintext pick that works is the insecure finding's matter; one that does not
        // greet does not work at all.
        if (r.probed && !pk.works && !pickSkipped) {
            Finding f;
            f.id = QStringLiteral("discovery.pick-fails");
            f.severity = Severity::Error;
            f.title =
                translate("DiscoveryRun", "The server a mail program would pick does not work: %1")
                    .arg(pk.verdict.isEmpty() ? translate("DiscoveryRun", "not checked")
                                              : pk.verdict);
            f.explanation =
                translate("DiscoveryRun", "%1 names %2, but %3. %4")
                    .arg(pk.sourceName, describeServer(pk.server), pk.verdict,
                         best ? translate("DiscoveryRun",
                                          "%1 port %2 (%3) works: set the account to it "
                                          "by hand, and ask the provider to correct %4.")
                                    .arg(best->server.host)
                                    .arg(best->server.port)
                                    .arg(best->server.socketWords(), pk.sourceName)
                              : translate("DiscoveryRun", "No other candidate works either."));
            f.data = serverJson(pk.server);
            f.data.insert(QStringLiteral("source"), pk.server.source);
            f.data.insert(QStringLiteral("verdict"), pk.verdict);
            if (best) f.data.insert(QStringLiteral("works_instead"), serverJson(best->server));
            add(f);
        }
        if (hasOAuth2(pk.server) && !m_opts.usingOAuth2) {
            Finding f;
            f.id = QStringLiteral("discovery.oauth2");
            f.severity = Severity::Warning;
            f.title =
                translate("DiscoveryRun", "%1 says this account signs in with OAuth2, not with a "
                                          "password")
                    .arg(pk.sourceName);
            f.explanation = translate(
                "DiscoveryRun",
                "A mail program set up from it opens the provider's sign-in page instead of "
                "asking for a password; typing the password into an OAuth2 account fails. In "
                "Mailscope use \"Sign in with Microsoft/Google\" (or --oauth2); in Thunderbird "
                "set Authentication method to OAuth2.");
            f.data = serverJson(pk.server);
            f.data.insert(QStringLiteral("source"), pk.server.source);
            add(f);
        }
        // Disagreement between configuration sources.
        QStringList others;
        QJsonArray otherData;
        for (const auto &s : std::as_const(r.sources)) {
            if (s.status != SourceAnswer::Found || isGuess(s.id) || s.id == pk.server.source)
                continue;
            for (const auto &c : s.servers) {
                if (c.protocol != pk.protocol) continue;
                if (c.host != pk.server.host || c.port != pk.server.port ||
                    c.socketName() != pk.server.socketName()) {
                    others
                        << translate("DiscoveryRun", "%1 says %2").arg(s.name, describeServer(c));
                    QJsonObject o = serverJson(c);
                    o.insert(QStringLiteral("source"), s.id);
                    o.insert(QStringLiteral("verdict"), r.verdictFor(c));
                    otherData.append(o);
                }
                break;
            }
        }
        if (!others.isEmpty()) {
            Finding f;
            f.id = QStringLiteral("discovery.conflict");
            f.severity = Severity::Warning;
            f.title =
                translate("DiscoveryRun", "The sources disagree about the %1 server").arg(proto);
            f.explanation =
                translate(
                    "DiscoveryRun",
                    "%1 says %2, but %3. Programs that read different sources end up with "
                    "different settings (one works, one does not), which makes problems hard to "
                    "reproduce. The provider should publish one answer everywhere.")
                    .arg(pk.sourceName, describeServer(pk.server),
                         joinTexts(others, QStringLiteral("; ")));
            f.data.insert(QStringLiteral("picked"), serverJson(pk.server));
            f.data.insert(QStringLiteral("others"), otherData);
            add(f);
        }
        // Implicit TLS vs STARTTLS (RFC 8314).
        const quint16 tlsPort = pk.protocol == Protocol::Imap ? 993 : 465;
        const quint16 startPort = pk.protocol == Protocol::Imap ? 143 : 587;
        const DiscoveryInspection *st = r.inspection(pk.server.host, startPort, false);
        const PortState *tp = r.port(pk.server.host, tlsPort);
        const DiscoveryInspection *ti = r.inspection(pk.server.host, tlsPort, true);
        const bool tlsWorks = ti && ti->tls.standard.established;
        if (st && st->tls.standard.established && !tlsWorks) {
            Finding f;
            f.id = QStringLiteral("tls.starttls-only");
            f.severity = Severity::Warning;
            f.title = translate("DiscoveryRun",
                                "%1 offers encryption only through STARTTLS (port %2), not "
                                "from the first byte (port %3)")
                          .arg(pk.server.host)
                          .arg(startPort)
                          .arg(tlsPort);
            f.explanation =
                translate(
                    "DiscoveryRun",
                    "STARTTLS starts unencrypted and upgrades; an attacker on the path can strip "
                    "the upgrade, and several STARTTLS implementations had injection flaws. RFC "
                    "8314 "
                    "(2018) recommends TLS from the first byte: port 993 for IMAP, 465 for "
                    "submission. Port %1 here: %2. Ask the provider to open it; until then keep "
                    "the "
                    "account on STARTTLS (never \"none\").")
                    .arg(tlsPort)
                    .arg(tp ? PortState::stateName(tp->state)
                            : translate("DiscoveryRun", "not tried"));
            f.data.insert(QStringLiteral("host"), pk.server.host);
            f.data.insert(QStringLiteral("starttls_port"), int(startPort));
            f.data.insert(QStringLiteral("tls_port"), int(tlsPort));
            f.data.insert(QStringLiteral("tls_port_state"),
                          tp ? PortState::stateName(tp->state) : QString());
            add(f);
        }
    }
    // Names that lead off the public internet: not connected to without the user's consent.
    {
        QJsonArray offInternet;
        QStringList words;
        for (const auto &ps : std::as_const(r.ports)) {
            if (ps.state != PortState::Skipped) continue;
            offInternet.append(QJsonObject{
                {QStringLiteral("host"), ps.host},
                {QStringLiteral("port"), int(ps.port)},
                {QStringLiteral("address"), ps.address.toString()},
                {QStringLiteral("scope"), addressScopeWords(addressScope(ps.address))}});
            const QString w = translate("DiscoveryRun", "%1 (%2, %3)")
                                  .arg(ps.host, ps.address.toString(),
                                       addressScopeWords(addressScope(ps.address)));
            if (!words.contains(w)) words << w;
        }
        if (!offInternet.isEmpty()) {
            Finding f;
            f.id = QStringLiteral("discovery.private-address");
            f.severity = Severity::Warning;
            f.title = translate("DiscoveryRun", "Not checked: %1 leads off the public internet")
                          .arg(joinTexts(words, QStringLiteral(", ")));
            f.explanation = translate(
                "DiscoveryRun",
                "The name comes from the network (a setup file or DNS), and its address is not on "
                "the public internet. Mailscope did not connect to it: otherwise anybody who can "
                "serve a setup file could make it knock on machines inside your network. A mail "
                "program outside that network cannot reach such a server either. If it is your "
                "organisation's own server and you are on its network, check it on purpose: "
                "\"Check these too\" in the app, or mailscope-cli discover --probe-private.");
            f.data.insert(QStringLiteral("endpoints"), offInternet);
            add(f);
        }
    }
    // Ports that answer, refuse or are filtered on the picked hosts.
    QJsonArray filtered, refused;
    QStringList filteredWords;
    bool port25Blocked = false;
    for (const auto &ps : std::as_const(r.ports)) {
        if (ps.state == PortState::Filtered) {
            filtered.append(QJsonObject{{QStringLiteral("host"), ps.host},
                                        {QStringLiteral("port"), int(ps.port)}});
            filteredWords << translate("DiscoveryRun", "%1 port %2").arg(ps.host).arg(ps.port);
            if (ps.port == 25) port25Blocked = true;
        } else if (ps.state == PortState::Refused) {
            refused.append(QJsonObject{{QStringLiteral("host"), ps.host},
                                       {QStringLiteral("port"), int(ps.port)}});
        }
    }
    if (!filtered.isEmpty()) {
        bool submissionOpen = false;
        for (const auto &ps : std::as_const(r.ports))
            if ((ps.port == 587 || ps.port == 465) && ps.state == PortState::Open)
                submissionOpen = true;
        Finding f;
        f.id = QStringLiteral("network.port-blocked");
        f.severity = Severity::Warning;
        f.title =
            port25Blocked && submissionOpen
                ? translate("DiscoveryRun", "Port 25 is blocked from this network (common on home "
                                            "connections); use 587 or 465")
                : translate("DiscoveryRun", "Some ports do not answer from this network: %1")
                      .arg(joinTexts(filteredWords, QStringLiteral(", ")));
        f.explanation =
            translate(
                "DiscoveryRun",
                "No answer at all came back from %1 within %2 s: something between this computer "
                "and the server (the local network, the internet provider or the server's "
                "firewall) silently drops the packets. A refusal would have come back at once. %3")
                .arg(joinTexts(filteredWords, QStringLiteral(", ")))
                .arg(m_opts.portTimeoutMs / 1000.0)
                .arg(port25Blocked
                         ? translate("DiscoveryRun", "Many internet providers block port 25 "
                                                     "for home connections against spam; mail "
                                                     "programs should send through port 587 "
                                                     "(STARTTLS) or 465 (TLS) with a login "
                                                     "instead.")
                         : translate("DiscoveryRun", "Try from another network (a phone's "
                                                     "hotspot) to tell a local block from a "
                                                     "server problem."));
        f.data.insert(QStringLiteral("filtered"), filtered);
        f.data.insert(QStringLiteral("timeout_seconds"), m_opts.portTimeoutMs / 1000.0);
        add(f);
        if (port25Blocked) {
            r.advice.append({QStringLiteral("user"),
                             translate("DiscoveryRun", "Outgoing server port"),
                             QStringLiteral("587 (STARTTLS) or 465 (SSL/TLS)"),
                             translate("DiscoveryRun", "port 25 is blocked from this network")});
        }
    }
    if (!refused.isEmpty()) {
        Finding f;
        f.id = QStringLiteral("network.port-refused");
        f.severity = Severity::Info;
        f.title = translate("DiscoveryRun", "Connections refused on %n port(s)", nullptr,
                            int(refused.size()));
        f.explanation = translate(
            "DiscoveryRun",
            "The server (or a firewall in front of it) answered these at once with a refusal: "
            "nothing offers mail there. That is normal for ports a provider does not use.");
        f.data.insert(QStringLiteral("refused"), refused);
        add(f);
    }
    // TLS: every inspection's findings; SRV targets against the domain (RFC 6186 §6).
    for (const auto &i : std::as_const(r.inspections)) {
        for (Finding f : inspectionFindings(i.tls)) {
            f.evidence.clear(); // evidence indexes belong to the diagnose transcript
            add(f);
        }
        if (i.server.source.startsWith(QLatin1String("SRV")) ||
            i.server.source == QLatin1String("srv")) {
            const TlsResult &seen = i.tls.lenient.chain.isEmpty() ? i.tls.standard : i.tls.lenient;
            if (!seen.chain.isEmpty() && !certificateCovers(seen.chain.first(), r.domain)) {
                Finding f;
                f.id = QStringLiteral("discovery.srv-identity");
                f.severity = Severity::Warning;
                f.title =
                    translate("DiscoveryRun", "The SRV record points at %1, whose certificate does "
                                              "not cover %2")
                        .arg(i.server.host, r.domain);
                f.explanation =
                    translate(
                        "DiscoveryRun",
                        "RFC 6186 §6: a program that found the server through an SRV record must "
                        "check the certificate against the mail domain (%1), not against the "
                        "record's target, unless the DNS answer was secured with DNSSEC. The "
                        "certificate covers %2, so careful programs warn or refuse. The provider "
                        "should add %1 to the certificate or publish the server in autoconfig "
                        "instead.")
                        .arg(r.domain, joinTexts(i.tls.covers, QStringLiteral(", ")));
                f.data.insert(QStringLiteral("domain"), r.domain);
                f.data.insert(QStringLiteral("target"), i.server.host);
                f.data.insert(QStringLiteral("port"), int(i.server.port));
                f.data.insert(QStringLiteral("covers"), QJsonArray::fromStringList(i.tls.covers));
                add(f);
            }
        }
    }
    // Advice: the settings that work, for the programs.
    for (Protocol p : {Protocol::Imap, Protocol::Smtp}) {
        const DiscoveryInspection *best = bestWorking(p);
        if (!best) continue;
        const QString which = p == Protocol::Imap
                                  ? translate("DiscoveryRun", "Incoming (IMAP) server")
                                  : translate("DiscoveryRun", "Outgoing (SMTP) server");
        r.advice.append(
            {QStringLiteral("thunderbird"), which,
             translate("DiscoveryRun", "%1, port %2, %3")
                 .arg(best->server.host)
                 .arg(best->server.port)
                 .arg(best->server.socketWords()),
             translate("DiscoveryRun", "checked by Mailscope: it answers and its encryption "
                                       "works")});
    }
    return r;
}

void DiscoveryRun::probe(DiscoveryReport &r, const QList<QPair<QString, quint16>> &endpoints)
{
    const bool ownDns = !m_opts.nameserver.isNull();
    QStringList hosts;
    for (const auto &e : std::as_const(endpoints))
        if (!hosts.contains(e.first)) hosts << e.first;
    emit progress(translate("DiscoveryRun", "resolving %1 names").arg(hosts.size()));
    // The system's resolver may retry a silent server (glibc: 5 s, twice): its own time.
    const int resolveMs = ownDns ? qMin(m_opts.lookupTimeoutMs, 5000) : m_opts.lookupTimeoutMs;
    QHash<QString, QString> unresolvedWhy;
    QHash<QString, QHostAddress> addresses =
        ownDns ? resolveAll(hosts, m_opts.nameserver, resolveMs, &m_cancel, &unresolvedWhy)
               : resolveSystem(hosts, resolveMs, &m_cancel, &unresolvedWhy);
    for (const QString &h : std::as_const(hosts))
        if (!QHostAddress(h).isNull()) addresses.insert(h.toLower(), QHostAddress(h));
    // Only public addresses unless the user agreed to more (DiscoverOptions::probePrivate).
    QList<QPair<QString, quint16>> probeThese;
    QList<PortState> skipped;
    for (const auto &e : std::as_const(endpoints)) {
        const QHostAddress a = addresses.value(e.first.toLower());
        if (m_opts.probePrivate || a.isNull() || isPublicAddress(a)) {
            probeThese << e;
            continue;
        }
        PortState st;
        st.host = e.first;
        st.port = e.second;
        st.address = a;
        st.state = PortState::Skipped;
        st.detail = translate("DiscoveryRun", "not checked: %1 is %2")
                        .arg(a.toString(), addressScopeWords(addressScope(a)));
        skipped << st;
    }
    emit progress(translate("DiscoveryRun", "trying %1 ports").arg(probeThese.size()));
    const QList<PortState> probed =
        probePorts(probeThese, addresses, true, m_opts.portTimeoutMs, &m_cancel);
    // In the order the endpoints were listed.
    QList<PortState> decided = probed + skipped;
    // A name the resolver could not answer for is unreachable from here, not missing.
    for (PortState &ps : decided) {
        if (ps.state != PortState::Unresolved) continue;
        const QString why = unresolvedWhy.value(ps.host.toLower());
        if (why.isEmpty()) continue;
        ps.state = PortState::Unreachable;
        ps.detail = why;
    }
    for (const auto &e : std::as_const(endpoints)) {
        for (const PortState &ps : decided)
            if (ps.port == e.second && ps.host == e.first) r.ports << ps;
    }

    // Guess picks: the first guess whose port answers.
    for (auto &pk : r.picks) {
        if (pk.found) continue;
        for (const auto &s : std::as_const(r.sources)) {
            if (!isGuess(s.id) || s.status != SourceAnswer::Found) continue;
            for (const auto &c : s.servers) {
                const PortState *ps = r.port(c.host, c.port);
                if (c.protocol == pk.protocol && ps && ps->state == PortState::Open) {
                    pk.found = true;
                    pk.server = c;
                    pk.sourceName = s.name;
                    break;
                }
            }
            if (pk.found) break;
        }
    }

    // Plaintext endpoints the sources name: only a greeting shows that a mail server listens.
    for (const auto &s : std::as_const(r.sources)) {
        if (s.status != SourceAnswer::Found) continue;
        for (const auto &c : s.servers) {
            if (!c.plaintext || r.greeting(c) || r.greetings.size() >= kMaxInspections) continue;
            const PortState *ps = r.port(c.host, c.port);
            if (!ps || ps->state != PortState::Open || m_cancel.cancelled.load()) continue;
            emit progress(translate("DiscoveryRun", "waiting for the greeting on %1 port %2")
                              .arg(c.host)
                              .arg(c.port));
            r.greetings.append(
                readGreeting(c, ps->address, m_opts.tlsTimeoutMs, m_transcript.get(), &m_cancel));
        }
    }

    // 4. TLS: the picks with every version, the alternatives on the same host and the SRV
    // targets with one handshake each.
    InspectOptions io;
    io.extraCa = m_opts.extraCa;
    io.timeoutMs = m_opts.tlsTimeoutMs;
    QList<QPair<ServerCandidate, bool>> toInspect;
    auto want = [&](const ServerCandidate &c, bool versions) {
        if (c.plaintext || toInspect.size() >= kMaxInspections) return;
        const PortState *ps = r.port(c.host, c.port);
        if (!ps || ps->state != PortState::Open) return;
        // Once per way of connecting: 993 with STARTTLS (a common mix-up in setup files) says
        // nothing about 993 with TLS at once.
        for (const auto &x : std::as_const(toInspect))
            if (x.first.host == c.host && x.first.port == c.port &&
                x.first.implicitTls == c.implicitTls)
                return;
        toInspect.append({c, versions});
    };
    for (const auto &pk : std::as_const(r.picks)) {
        if (!pk.found) continue;
        want(pk.server, true);
        ServerCandidate alt = pk.server;
        alt.plaintext = false;
        alt.authentication.clear();
        for (quint16 port :
             pk.protocol == Protocol::Imap ? QList<quint16>{993, 143} : QList<quint16>{465, 587}) {
            alt.port = port;
            alt.implicitTls = port == 993 || port == 465;
            want(alt, false);
        }
    }
    for (const auto &s : std::as_const(r.sources))
        if (s.id == QLatin1String("srv") && s.status == SourceAnswer::Found)
            for (const auto &c : s.servers)
                want(c, false);
    for (const auto &x : std::as_const(toInspect)) {
        if (m_cancel.cancelled.load()) break;
        emit progress(translate("DiscoveryRun", "checking encryption on %1 port %2")
                          .arg(x.first.host)
                          .arg(x.first.port));
        TlsEndpoint ep;
        ep.protocol = x.first.protocol;
        ep.host = x.first.host;
        ep.port = x.first.port;
        ep.implicitTls = x.first.implicitTls;
        // The address the port check used (never resolved again, see resolveSystem).
        if (const PortState *ps = r.port(ep.host, ep.port)) ep.address = ps->address;
        InspectOptions one = io;
        one.versions = x.second;
        r.inspections.append({x.first, inspectTls(ep, one, m_transcript.get(), &m_cancel)});
    }
    for (auto &pk : r.picks) {
        if (!pk.found) continue;
        pk.works = r.worksFor(pk.server);
        pk.verdict = r.verdictFor(pk.server);
    }
}

QJsonDocument discoveryToJson(const DiscoveryReport &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("schema"), QStringLiteral("mailscope.discovery/1"));
    o.insert(QStringLiteral("address"), r.address);
    o.insert(QStringLiteral("domain"), r.domain);
    o.insert(QStringLiteral("started_at"), r.startedAt);
    o.insert(QStringLiteral("mx"), QJsonArray::fromStringList(r.mxHosts));
    QJsonArray sources;
    for (const auto &s : r.sources) {
        QJsonObject so;
        so.insert(QStringLiteral("id"), s.id);
        so.insert(QStringLiteral("name"), s.name);
        so.insert(QStringLiteral("rank"), s.rank);
        so.insert(QStringLiteral("queried"), QJsonArray::fromStringList(s.queried));
        so.insert(QStringLiteral("status"), SourceAnswer::statusName(s.status));
        if (!s.note.isEmpty()) so.insert(QStringLiteral("note"), s.note);
        if (!s.detail.isEmpty()) so.insert(QStringLiteral("detail"), s.detail);
        QJsonArray servers;
        for (const auto &c : s.servers) {
            QJsonObject c1 = serverJson(c);
            const QString v = r.verdictFor(c);
            if (!v.isEmpty()) {
                c1.insert(QStringLiteral("verdict"), v);
                c1.insert(QStringLiteral("works"), worksJson(r, c));
            }
            servers.append(c1);
        }
        so.insert(QStringLiteral("servers"), servers);
        sources.append(so);
    }
    o.insert(QStringLiteral("sources"), sources);
    QJsonArray picks;
    for (const auto &p : r.picks) {
        if (!p.found) continue;
        QJsonObject po = serverJson(p.server);
        po.insert(QStringLiteral("source"), p.server.source);
        po.insert(QStringLiteral("works"), worksJson(r, p.server));
        po.insert(QStringLiteral("verdict"), p.verdict);
        picks.append(po);
    }
    o.insert(QStringLiteral("picks"), picks);
    QJsonArray ports;
    for (const auto &p : r.ports)
        ports.append(QJsonObject{{QStringLiteral("host"), p.host},
                                 {QStringLiteral("address"), p.address.toString()},
                                 {QStringLiteral("port"), int(p.port)},
                                 {QStringLiteral("state"), PortState::stateName(p.state)},
                                 {QStringLiteral("detail"), p.detail}});
    o.insert(QStringLiteral("ports"), ports);
    QJsonArray tls;
    for (const auto &i : r.inspections) {
        const TlsInspection &t = i.tls;
        QJsonObject to;
        to.insert(QStringLiteral("host"), i.server.host);
        to.insert(QStringLiteral("port"), int(i.server.port));
        to.insert(QStringLiteral("socket"), i.server.socketName());
        to.insert(QStringLiteral("reached"), t.reached);
        if (!t.reached) to.insert(QStringLiteral("unreachable"), t.unreachable);
        to.insert(QStringLiteral("established"), t.standard.established);
        to.insert(QStringLiteral("protocol"), t.standard.protocol);
        to.insert(QStringLiteral("cipher"), t.standard.cipher);
        if (!t.standard.established && t.reached) {
            to.insert(QStringLiteral("failure"), tlsFailureName(t.standard.failureKind));
            to.insert(QStringLiteral("words"), t.standard.failure);
            to.insert(QStringLiteral("detail"), t.standard.failureDetail);
        }
        QJsonArray versions;
        for (const auto &v : t.versions) {
            QJsonObject vo{{QStringLiteral("version"), v.version},
                           {QStringLiteral("accepted"), v.accepted}};
            if (v.accepted)
                vo.insert(QStringLiteral("cipher"), v.cipher);
            else {
                vo.insert(QStringLiteral("failure"), tlsFailureName(v.failure));
                vo.insert(QStringLiteral("detail"), v.failureDetail);
            }
            versions.append(vo);
        }
        to.insert(QStringLiteral("versions"), versions);
        const TlsResult &seen = t.lenient.chain.isEmpty() ? t.standard : t.lenient;
        if (!seen.chain.isEmpty()) {
            const QSslCertificate &leaf = seen.chain.first();
            to.insert(
                QStringLiteral("certificate"),
                QJsonObject{
                    {QStringLiteral("subject"),
                     leaf.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "))},
                    {QStringLiteral("issuer"),
                     leaf.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "))},
                    {QStringLiteral("covers"), QJsonArray::fromStringList(t.covers)},
                    {QStringLiteral("not_before"), leaf.effectiveDate().toString(Qt::ISODate)},
                    {QStringLiteral("not_after"), leaf.expiryDate().toString(Qt::ISODate)},
                    {QStringLiteral("sha256"), QString::fromLatin1(seen.leafSha256)},
                    {QStringLiteral("chain_length"), int(seen.chain.size())}});
        }
        QJsonArray problems;
        for (const auto &p : t.problems) {
            QJsonObject po = p.data;
            po.insert(QStringLiteral("problem"), p.code);
            po.insert(QStringLiteral("words"), p.words);
            problems.append(po);
        }
        to.insert(QStringLiteral("problems"), problems);
        tls.append(to);
    }
    o.insert(QStringLiteral("tls"), tls);
    o.insert(QStringLiteral("findings"), findingsToJson(r.findings));
    o.insert(QStringLiteral("advice"), adviceListToJson(r.advice));
    if (!r.fatalError.isEmpty()) o.insert(QStringLiteral("error"), r.fatalError);
    o.insert(QStringLiteral("exit_status"), r.exitCode());
    return QJsonDocument(o);
}

QString discoveryToText(const DiscoveryReport &r)
{
    QStringList out;
    if (!r.fatalError.isEmpty())
        return translate("DiscoveryRun", "Could not run: %1").arg(r.fatalError);
    out << translate("DiscoveryRun", "Where mail programs look for %1 (highest priority first):")
               .arg(r.address);
    int n = 0;
    for (const auto &s : r.sources) {
        ++n;
        QString status;
        switch (s.status) {
        case SourceAnswer::Found:
            status = translate("DiscoveryRun", "found");
            break;
        case SourceAnswer::Nothing:
            status = translate("DiscoveryRun", "nothing");
            break;
        case SourceAnswer::Problem:
            status = translate("DiscoveryRun", "PROBLEM");
            break;
        case SourceAnswer::Skipped:
            status = translate("DiscoveryRun", "skipped");
            break;
        case SourceAnswer::Pending:
            status = translate("DiscoveryRun", "no answer");
            break;
        }
        out << translate("DiscoveryRun", "%1. %2 — %3%4")
                   .arg(n)
                   .arg(s.name, status,
                        s.note.isEmpty() ? QString() : QStringLiteral(": ") + s.note);
        for (const auto &c : s.servers) {
            const QString v = r.verdictFor(c);
            out << translate("DiscoveryRun", "     %1%2")
                       .arg(describeServer(c),
                            v.isEmpty() ? QString() : QStringLiteral("  → ") + v);
        }
    }
    out << QString();
    for (const auto &p : r.picks) {
        if (!p.found) {
            out << (r.probed ? translate("DiscoveryRun", "A mail program would find no %1 server.")
                                   .arg(protoWord(p.protocol))
                             : translate("DiscoveryRun",
                                         "No setup source names an %1 server; the guesses (the "
                                         "MX host, the usual names) were not checked.")
                                   .arg(protoWord(p.protocol)));
            continue;
        }
        out << translate("DiscoveryRun", "A mail program would pick %1 from %2: %3")
                   .arg(describeServer(p.server), p.sourceName,
                        p.verdict.isEmpty() ? translate("DiscoveryRun", "not checked") : p.verdict);
    }
    if (!r.ports.isEmpty()) {
        out << QString() << translate("DiscoveryRun", "Ports:");
        for (const auto &p : r.ports)
            out << translate("DiscoveryRun", "  %1:%2  %3")
                       .arg(p.host)
                       .arg(p.port)
                       .arg(PortState::stateName(p.state));
    }
    for (const auto &i : r.inspections) {
        if (i.tls.versions.isEmpty()) continue;
        QStringList vs;
        for (const auto &v : i.tls.versions)
            vs << translate("DiscoveryRun", "%1 %2")
                      .arg(tlsVersionWords(v.version),
                           v.accepted ? translate("DiscoveryRun", "yes (%1)").arg(v.cipher)
                                      : translate("DiscoveryRun", "no"));
        out << translate("DiscoveryRun", "TLS on %1:%2: %3")
                   .arg(i.server.host)
                   .arg(i.server.port)
                   .arg(joinTexts(vs, QStringLiteral(", ")));
    }
    if (!r.findings.isEmpty()) {
        out << QString() << translate("DiscoveryRun", "Findings:");
        for (const auto &f : r.findings) {
            const QString mark = f.severity == Severity::Error     ? QStringLiteral("✗")
                                 : f.severity == Severity::Warning ? QStringLiteral("⚠")
                                                                   : QStringLiteral("i");
            out << translate("DiscoveryRun", "%1 %2 [%3]").arg(mark, f.title, f.id);
            out << translate("DiscoveryRun", "    %1").arg(f.explanation);
        }
    }
    if (!r.advice.isEmpty()) {
        out << QString() << translate("DiscoveryRun", "Settings that work:");
        for (const auto &a : r.advice)
            out << translate("DiscoveryRun", "  %1: %2 (%3)").arg(a.setting, a.value, a.reason);
    }
    // Each line in the installed language (the lines are English, like the JSON).
    return localized(out).join(QLatin1Char('\n'));
}

} // namespace mailscope
