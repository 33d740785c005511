// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "discovery/Discovery.h"
#include "i18n/Text.h"

#include <QDnsLookup>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QXmlStreamReader>
#include <algorithm>
#include <atomic>

namespace mailscope {

namespace {

const char kIspdb[] = "https://autoconfig.thunderbird.net/v1.1/";
const char kAutodiscover[] = "https://autodiscover-s.outlook.com/autodiscover/autodiscover.json";
constexpr int kMaxRedirects = 3;
constexpr int kMaxXmlDepth = 16;
constexpr int kMaxXmlElements = 2000;
constexpr int kMaxServersPerSource = 16;

QString fill(QString s, const QString &address)
{
    const int at = address.lastIndexOf(QLatin1Char('@'));
    const QString local = at >= 0 ? address.left(at) : QString();
    const QString domain = at >= 0 ? address.mid(at + 1) : address;
    s.replace(QLatin1String("%EMAILADDRESS%"), address);
    s.replace(QLatin1String("%EMAILLOCALPART%"), local);
    s.replace(QLatin1String("%EMAILDOMAIN%"), domain);
    return s;
}

bool plausibleHost(const QString &h)
{
    if (h.isEmpty() || h.size() > 253) return false;
    for (const QChar c : h)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') ||
              c == QLatin1Char(':') || c == QLatin1Char('_')))
            return false;
    return true;
}

// Why an HTTPS lookup could not be made securely, in words (certificate errors by kind, never
// the TLS library's text).
QString httpsFailureWords(const QString &host, const QList<QSslError> &errors)
{
    bool name = false, expired = false, notYet = false, revoked = false, untrusted = false,
         other = false;
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::HostNameMismatch:
            name = true;
            break;
        case QSslError::CertificateExpired:
            expired = true;
            break;
        case QSslError::CertificateNotYetValid:
            notYet = true;
            break;
        case QSslError::CertificateRevoked:
            revoked = true;
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::InvalidCaCertificate:
            untrusted = true;
            break;
        default:
            other = true;
            break;
        }
    }
    QStringList why;
    if (name) why << translate("Discovery", "not valid for this name");
    if (expired) why << translate("Discovery", "expired");
    if (notYet) why << translate("Discovery", "not valid yet");
    if (revoked) why << translate("Discovery", "revoked");
    if (untrusted)
        why << translate("Discovery", "not trusted (not from an authority this computer trusts)");
    if (other && why.isEmpty()) why << translate("Discovery", "not acceptable");
    if (why.isEmpty())
        return translate("Discovery", "%1 cannot be asked securely: the encrypted (HTTPS) "
                                      "connection could not be set up")
            .arg(host);
    return translate("Discovery", "%1 cannot be asked securely: its HTTPS certificate is %2; "
                                  "mail programs do not use such an answer")
        .arg(host, joinTexts(why, QStringLiteral(", ")));
}

// A lookup that got no HTTP answer at all, in words.
QString noAnswerWords(QNetworkReply::NetworkError error, const QString &host)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return translate("Discovery", "nothing there: %1 refuses connections").arg(host);
    case QNetworkReply::HostNotFoundError:
        return translate("Discovery", "nothing there: %1 does not exist in DNS").arg(host);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return translate("Discovery", "no answer in time");
    case QNetworkReply::RemoteHostClosedError:
        return translate("Discovery", "%1 closed the connection without answering").arg(host);
    default:
        break;
    }
    return translate("Discovery", "%1 could not be reached").arg(host);
}

} // namespace

QString SourceAnswer::statusName(Status s)
{
    switch (s) {
    case Pending:
        return QStringLiteral("no-answer");
    case Found:
        return QStringLiteral("found");
    case Nothing:
        return QStringLiteral("nothing");
    case Problem:
        return QStringLiteral("problem");
    case Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

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

QString ServerCandidate::socketWords() const
{
    if (plaintext) return QStringLiteral("none");
    return implicitTls ? QStringLiteral("SSL/TLS") : QStringLiteral("STARTTLS");
}

QString ServerCandidate::socketName() const
{
    if (plaintext) return QStringLiteral("plain");
    return implicitTls ? QStringLiteral("tls") : QStringLiteral("starttls");
}

QString parseAutoconfigXml(const QByteArray &xml, const QString &address,
                           QList<ServerCandidate> *servers, QStringList *domains,
                           QStringList *ignored)
{
    QXmlStreamReader r(xml);
    // Entities are refused outright below; this bounds what the reader itself would expand.
    r.setEntityExpansionLimit(0);
    int depth = 0;
    int elements = 0;
    bool sawRoot = false;
    bool inProvider = false;
    ServerCandidate cur;
    bool inServer = false;
    bool skipServer = false;
    bool socketKnown = false;
    QStringList socketSeen;
    QString field;
    // A value may come in pieces (split by a comment or CDATA): collected until its end tag.
    QString text;
    QList<ServerCandidate> out;
    QStringList left;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::DTD || t == QXmlStreamReader::EntityReference)
            return translate("Discovery",
                             "the XML declares a DTD or entities, which a configuration "
                             "file never needs (a classic attack: \"billion laughs\", "
                             "external entities); refused unread");
        if (t == QXmlStreamReader::StartElement) {
            if (++depth > kMaxXmlDepth)
                return translate("Discovery", "the XML is nested deeper than %1 levels; refused")
                    .arg(kMaxXmlDepth);
            if (++elements > kMaxXmlElements)
                return translate("Discovery", "the XML has more than %1 elements; refused")
                    .arg(kMaxXmlElements);
            const auto name = r.name();
            text.clear();
            if (depth == 1) {
                if (name != QLatin1String("clientConfig"))
                    return translate("Discovery", "not a mail configuration (root element <%1>, "
                                                  "expected <clientConfig>)")
                        .arg(name.toString().left(40));
                sawRoot = true;
            } else if (name == QLatin1String("emailProvider")) {
                inProvider = true;
            } else if (inProvider && (name == QLatin1String("incomingServer") ||
                                      name == QLatin1String("outgoingServer"))) {
                const QString type = r.attributes().value(QLatin1String("type")).toString();
                cur = ServerCandidate();
                inServer = true;
                skipServer = !(type == QLatin1String("imap") || type == QLatin1String("smtp"));
                cur.protocol = type == QLatin1String("smtp") ? Protocol::Smtp : Protocol::Imap;
                cur.port = 0;
                socketKnown = false;
                socketSeen.clear();
            } else {
                field = name.toString();
            }
        } else if (t == QXmlStreamReader::Characters) {
            if (!field.isEmpty() && text.size() < 1024) text += r.text();
        } else if (t == QXmlStreamReader::EndElement) {
            --depth;
            const auto name = r.name();
            const QString value = text.trimmed();
            text.clear();
            if (name == QLatin1String("incomingServer") ||
                name == QLatin1String("outgoingServer")) {
                const bool usable = plausibleHost(cur.host) && cur.port != 0;
                if (inServer && !skipServer && usable && !socketKnown) {
                    // Thunderbird's readFromXML skips such an entry; showing it as STARTTLS
                    // would invent a setting no program uses.
                    const QString what =
                        QStringLiteral("%1 %2:%3")
                            .arg(cur.protocol == Protocol::Imap ? QStringLiteral("IMAP")
                                                                : QStringLiteral("SMTP"),
                                 cur.host)
                            .arg(cur.port);
                    if (left.size() < kMaxServersPerSource)
                        left << (socketSeen.isEmpty()
                                     ? translate("Discovery",
                                                 "the entry for %1 has no socketType; mail "
                                                 "programs skip it")
                                           .arg(what)
                                     : translate("Discovery",
                                                 "the entry for %1 has socketType \"%2\", which "
                                                 "mail programs do not know (only plain, SSL "
                                                 "and STARTTLS); they skip it")
                                           .arg(what, socketSeen.first().left(40)));
                } else if (inServer && !skipServer && usable && out.size() < kMaxServersPerSource) {
                    out.append(cur);
                }
                inServer = false;
            } else if (name == QLatin1String("emailProvider")) {
                inProvider = false;
            } else if (name == field && !value.isEmpty()) {
                if (inServer) {
                    if (field == QLatin1String("hostname")) {
                        cur.host = fill(value, address).toLower();
                    } else if (field == QLatin1String("port")) {
                        bool ok = false;
                        const int p = value.toInt(&ok);
                        cur.port = ok && p > 0 && p < 65536 ? quint16(p) : 0;
                    } else if (field == QLatin1String("socketType") && !socketKnown) {
                        // As Thunderbird: exactly these three words; the first one known wins.
                        if (value == QLatin1String("SSL") || value == QLatin1String("STARTTLS") ||
                            value == QLatin1String("plain")) {
                            socketKnown = true;
                            cur.implicitTls = value == QLatin1String("SSL");
                            cur.plaintext = value == QLatin1String("plain");
                        } else {
                            socketSeen << value;
                        }
                    } else if (field == QLatin1String("authentication")) {
                        if (cur.authentication.size() < 8) cur.authentication << value;
                    } else if (field == QLatin1String("username")) {
                        cur.username = fill(value, address);
                    }
                } else if (inProvider && field == QLatin1String("domain") && domains) {
                    if (domains->size() < 64) domains->append(value.toLower());
                }
            }
            field.clear();
        }
    }
    if (r.hasError())
        return translate("Discovery", "the XML is malformed: %1 (line %2)")
            .arg(r.errorString())
            .arg(r.lineNumber());
    if (!sawRoot) return translate("Discovery", "the answer is not XML");
    *servers = out;
    if (ignored) *ignored = left;
    return {};
}

QString parseAutodiscoverJson(const QByteArray &json, Protocol p, QList<ServerCandidate> *servers,
                              bool *notOffered)
{
    if (notOffered) *notOffered = false;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return translate("Discovery", "the answer is not JSON: %1").arg(err.errorString());
    const QJsonObject o = doc.object();
    if (o.contains(QLatin1String("ErrorCode"))) {
        if (notOffered) *notOffered = true;
        return translate("Discovery", "Autodiscover answered %1: %2")
            .arg(o.value(QLatin1String("ErrorCode")).toString().left(80),
                 o.value(QLatin1String("ErrorMessage")).toString().left(200));
    }
    const QString asked = p == Protocol::Imap ? QStringLiteral("IMAP") : QStringLiteral("SMTP");
    const QString protocol = o.value(QLatin1String("Protocol")).toString().trimmed();
    // Asked for IMAP, Microsoft answers with its own Autodiscover (AutodiscoverV1) when the
    // mailbox offers no IMAP: that Url is a web service, not a mail server.
    if (!protocol.isEmpty() && protocol.compare(asked, Qt::CaseInsensitive) != 0) {
        if (notOffered) *notOffered = true;
        return translate("Discovery",
                         "Autodiscover offers no %1 server (it answered for protocol \"%2\")")
            .arg(asked, protocol.left(40));
    }
    const QString url = o.value(QLatin1String("Url")).toString().trimmed();
    if (url.isEmpty()) return translate("Discovery", "the answer names no server (no \"Url\")");
    // The Url is a host, host:port, or a URL (imaps://host:993, smtp://host:587).
    QUrl u = url.contains(QLatin1String("://")) ? QUrl(url) : QUrl(QStringLiteral("x://") + url);
    const QString host = u.host().toLower();
    const QString scheme = u.scheme().toLower();
    const QStringList mailSchemes =
        p == Protocol::Imap
            ? QStringList{QStringLiteral("x"), QStringLiteral("imap"), QStringLiteral("imaps")}
            : QStringList{QStringLiteral("x"), QStringLiteral("smtp"), QStringLiteral("smtps"),
                          QStringLiteral("submission"), QStringLiteral("submissions")};
    if (!mailSchemes.contains(scheme))
        return translate("Discovery", "the answer's Url (\"%1\") is a web or other address, "
                                      "not a %2 server")
            .arg(url.left(100), asked);
    // Port 0 (…:0) names no port: such a server cannot be connected to.
    if (!plausibleHost(host) || u.port() == 0)
        return translate("Discovery", "the answer names no usable server (\"%1\")")
            .arg(url.left(100));
    ServerCandidate c;
    c.protocol = p;
    c.host = host;
    if (p == Protocol::Imap) {
        c.implicitTls = scheme != QLatin1String("imap");
        c.port = quint16(u.port(c.implicitTls ? 993 : 143));
    } else {
        c.implicitTls = scheme == QLatin1String("smtps") ||
                        scheme == QLatin1String("submissions") || u.port() == 465;
        c.port = quint16(u.port(c.implicitTls ? 465 : 587));
    }
    // Microsoft 365 takes only a sign-in (OAuth2) for IMAP and SMTP.
    if (host.endsWith(QLatin1String("office365.com")) ||
        host.endsWith(QLatin1String("outlook.com")))
        c.authentication << QStringLiteral("OAuth2");
    servers->append(c);
    return {};
}

QString baseDomain(const QString &hostIn)
{
    QString host = hostIn.toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    const QStringList labels = host.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() <= 2) return joinTexts(labels, QLatin1Char('.'));
    // Without the public suffix list: "co.uk", "com.au" and the like (a short second label
    // under a two-letter country code) keep three labels.
    const QString tld = labels.last();
    const QString second = labels[labels.size() - 2];
    const bool countrySecond =
        tld.size() == 2 && second.size() <= 3 &&
        QStringList{QStringLiteral("co"),  QStringLiteral("com"), QStringLiteral("net"),
                    QStringLiteral("org"), QStringLiteral("ac"),  QStringLiteral("gov"),
                    QStringLiteral("or"),  QStringLiteral("ne"),  QStringLiteral("edu")}
            .contains(second);
    const int keep = countrySecond ? 3 : 2;
    return labels.mid(labels.size() - keep).join(QLatin1Char('.'));
}

Discovery::Discovery(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &Discovery::finish);
    if (qEnvironmentVariableIsSet("MAILSCOPE_LOOKUP_BASE"))
        m_lookupBase = QUrl(qEnvironmentVariable("MAILSCOPE_LOOKUP_BASE"));
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

QUrl Discovery::mapped(const QUrl &original) const
{
    if (m_lookupBase.isEmpty()) return original;
    QString base = m_lookupBase.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString rest = QLatin1Char('/') + original.host() + original.path(QUrl::FullyEncoded);
    if (original.hasQuery()) rest += QLatin1Char('?') + original.query(QUrl::FullyEncoded);
    return QUrl::fromEncoded((base + rest).toLatin1());
}

int Discovery::sourceIndex(const QString &id) const
{
    for (int i = 0; i < m_sources.size(); ++i)
        if (m_sources[i].id == id) return i;
    return -1;
}

void Discovery::start(const QString &address, int timeoutMs)
{
    abort();
    m_address = address.trimmed();
    m_domain = domainOf(address);
    m_srv.clear();
    m_mx.clear();
    m_mxDone = false;
    m_sources.clear();
    m_running = true;
    m_timeout->start(timeoutMs);
    if (m_nameserver.isNull() && qEnvironmentVariableIsSet("MAILSCOPE_DNS_SERVER"))
        m_nameserver = QHostAddress(qEnvironmentVariable("MAILSCOPE_DNS_SERVER"));
    if (!m_lookupBase.isEmpty()) m_nam->setProxy(QNetworkProxy::NoProxy);
    auto source = [this](const char *id, const QString &name, int rank) {
        SourceAnswer s;
        s.id = QLatin1String(id);
        s.name = name;
        s.rank = rank;
        m_sources.append(s);
    };
    source("autoconfig", translate("Discovery", "Provider's autoconfig"), 10);
    source("well-known", translate("Discovery", "Provider's .well-known autoconfig"), 20);
    source("ispdb", translate("Discovery", "Thunderbird's ISP database"), 30);
    source("mx-autoconfig", translate("Discovery", "Autoconfig of the MX host's domain"), 40);
    source("mx-ispdb", translate("Discovery", "ISP database for the MX host's domain"), 50);
    source("autodiscover", QStringLiteral("Microsoft Autodiscover"), 60);
    source("srv", translate("Discovery", "DNS SRV records (RFC 6186/8314)"), 70);
    source("mx", translate("Discovery", "The MX host itself"), 80);
    source("common", translate("Discovery", "The usual names"), 90);

    if (m_domain.isEmpty() || !m_domain.contains(QLatin1Char('.'))) {
        for (auto &s : m_sources) {
            s.status = SourceAnswer::Skipped;
            s.note = translate("Discovery", "no domain to look up");
        }
        QTimer::singleShot(0, this, &Discovery::finish);
        return;
    }
    const bool haveAddress = m_address.contains(QLatin1Char('@'));
    const QByteArray email = QUrl::toPercentEncoding(m_address);
    if (m_http) {
        QUrl a(QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(m_domain));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("emailaddress"), QString::fromLatin1(email));
        a.setQuery(q);
        get(sourceIndex(QStringLiteral("autoconfig")), a);
        QUrl w(
            QStringLiteral("https://%1/.well-known/autoconfig/mail/config-v1.1.xml").arg(m_domain));
        w.setQuery(q);
        get(sourceIndex(QStringLiteral("well-known")), w);
        get(sourceIndex(QStringLiteral("ispdb")), QUrl(QLatin1String(kIspdb) + m_domain));
        const int ad = sourceIndex(QStringLiteral("autodiscover"));
        // Microsoft's Autodiscover is asked once the MX is known (mxKnown): only for mail that
        // Microsoft handles does the address go to Microsoft.
        if (!haveAddress) {
            m_sources[ad].status = SourceAnswer::Skipped;
            m_sources[ad].note =
                translate("Discovery", "Autodiscover needs a whole e-mail address");
        }
    } else {
        for (const char *id :
             {"autoconfig", "well-known", "ispdb", "mx-autoconfig", "mx-ispdb", "autodiscover"}) {
            auto &s = m_sources[sourceIndex(QLatin1String(id))];
            s.status = SourceAnswer::Skipped;
            s.note = translate("Discovery", "HTTP lookups switched off");
        }
    }
    const char *services[] = {"_imaps._tcp.", "_imap._tcp.", "_submissions._tcp.",
                              "_submission._tcp."};
    for (const char *s : services) {
        auto *l = new QDnsLookup(QDnsLookup::SRV, QLatin1String(s) + m_domain, this);
        m_lookups.append(l);
        m_sources[sourceIndex(QStringLiteral("srv"))].queried << l->name();
    }
    auto *mx = new QDnsLookup(QDnsLookup::MX, m_domain, this);
    m_lookups.append(mx);
    m_sources[sourceIndex(QStringLiteral("mx"))].queried << QStringLiteral("MX ") + m_domain;
    m_pendingDns = int(m_lookups.size());
    for (QDnsLookup *l : std::as_const(m_lookups)) {
        if (!m_nameserver.isNull()) l->setNameserver(m_nameserver);
        connect(l, &QDnsLookup::finished, this, [this, l] { lookupDone(l); });
        l->lookup();
    }
    // The usual names need no lookup.
    auto &common = m_sources[sourceIndex(QStringLiteral("common"))];
    for (const auto &c : combine(m_domain, {}, {})) {
        ServerCandidate x = c;
        x.source = common.id;
        common.servers << x;
    }
    common.status = SourceAnswer::Found;
    common.note = translate("Discovery", "guesses, as mail programs try them last");
}

void Discovery::get(int source, const QUrl &original, Protocol p, int redirects)
{
    if (source < 0) return;
    QNetworkRequest req(mapped(original));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QStringLiteral("Mailscope/%1").arg(QLatin1String(MAILSCOPE_VERSION)));
    req.setTransferTimeout(
        qMax(1000, m_timeout->remainingTime() > 0 ? m_timeout->remainingTime() : 8000));
    if (redirects == 0) m_sources[source].queried << original.toString();
    Fetch f;
    f.source = source;
    f.original = original;
    f.redirects = redirects;
    f.protocol = p;
    f.reply = m_nam->get(req);
    // Qt's network thread reads ahead of readyRead without bound unless told: an endless
    // chunked body took 2 GB before the cap below could act.
    f.reply->setReadBufferSize(64 * 1024);
    QNetworkReply *reply = f.reply;
    m_fetches.append(f);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        for (auto &x : m_fetches) {
            if (x.reply != reply) continue;
            // Bounded: never more than the cap is kept, whatever the server sends or claims.
            const QByteArray chunk = reply->read(m_maxBody + 1 - x.body.size());
            x.body += chunk;
            if (x.body.size() > m_maxBody) {
                x.tooLarge = true;
                reply->abort();
            }
            return;
        }
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const qint64 len = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (len <= m_maxBody) return;
        // abort() emits finished() at once, and fetchDone() changes m_fetches: leave the
        // loop before aborting.
        bool ours = false;
        for (auto &x : m_fetches)
            if (x.reply == reply) {
                x.tooLarge = true;
                ours = true;
                break;
            }
        if (ours) reply->abort();
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &e) {
        for (auto &x : m_fetches)
            if (x.reply == reply) x.sslErrors = e;
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { fetchDone(reply); });
}

void Discovery::fetchDone(QNetworkReply *reply)
{
    int i = -1;
    for (int k = 0; k < m_fetches.size(); ++k)
        if (m_fetches[k].reply == reply) i = k;
    if (i < 0) return;
    Fetch f = m_fetches.takeAt(i);
    reply->deleteLater();
    if (!m_running) return;
    SourceAnswer &s = m_sources[f.source];
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = f.original.toString();
    auto problem = [&](const QString &note, const QString &detail) {
        // A problem outranks "nothing" from a sibling request; "found" outranks both.
        if (s.status != SourceAnswer::Found) {
            s.status = SourceAnswer::Problem;
            s.note = note;
            s.detail = detail;
        }
    };
    auto nothing = [&](const QString &note, const QString &detail) {
        if (s.status == SourceAnswer::Pending || s.status == SourceAnswer::Nothing) {
            s.status = SourceAnswer::Nothing;
            s.note = note;
            s.detail = detail;
        }
    };
    if (f.tooLarge) {
        problem(translate("Discovery",
                          "the answer from %1 is larger than %2 KiB; Mailscope stopped "
                          "reading it (no configuration file is that big: a broken or "
                          "hostile server)")
                    .arg(where)
                    .arg(m_maxBody / 1024),
                translate("Discovery", "body over %1 bytes").arg(m_maxBody));
    } else if (status >= 300 && status < 400) {
        QUrl loc = reply->header(QNetworkRequest::LocationHeader).toUrl();
        // Undo the lookup base: the redirect is judged as a mail program would meet it.
        const QString base = m_lookupBase.toString(QUrl::FullyEncoded);
        const QString locText = loc.toString(QUrl::FullyEncoded);
        if (!m_lookupBase.isEmpty() && loc.isRelative() && locText.startsWith(QLatin1Char('/'))) {
            // Relative to the loopback server: /host/path
            loc = QUrl(QStringLiteral("https:/") + locText);
        } else if (!m_lookupBase.isEmpty() && !base.isEmpty() && locText.startsWith(base)) {
            loc = QUrl(QStringLiteral("https:/") + locText.mid(base.size()));
        } else if (loc.isRelative()) {
            loc = f.original.resolved(loc);
        }
        const bool sameHost = loc.host().compare(f.original.host(), Qt::CaseInsensitive) == 0;
        if (!loc.isValid() || loc.host().isEmpty()) {
            problem(translate("Discovery", "%1 redirects nowhere usable").arg(where),
                    QStringLiteral("HTTP %1").arg(status));
        } else if (!sameHost) {
            problem(translate("Discovery",
                              "%1 redirects to another server (%2); not followed: a "
                              "configuration from somebody else's server could send your "
                              "password there")
                        .arg(where, loc.toString().left(200)),
                    QStringLiteral("HTTP %1 to %2").arg(status).arg(loc.host()));
        } else if (loc.scheme() != QLatin1String("https")) {
            problem(translate("Discovery", "%1 redirects to unencrypted HTTP (%2); not followed")
                        .arg(where, loc.toString().left(200)),
                    QStringLiteral("HTTP %1").arg(status));
        } else if (f.redirects >= kMaxRedirects) {
            problem(translate("Discovery", "%1 redirects more than %2 times; gave up")
                        .arg(where)
                        .arg(kMaxRedirects),
                    QStringLiteral("HTTP %1").arg(status));
        } else {
            get(f.source, loc, f.protocol, f.redirects + 1);
            return;
        }
    } else if (reply->error() == QNetworkReply::SslHandshakeFailedError && status == 0) {
        // A mail program refuses such an answer: a wrong or hostile server, not "nothing".
        problem(httpsFailureWords(f.original.host(), f.sslErrors), reply->errorString());
    } else if (reply->error() != QNetworkReply::NoError && status == 0) {
        nothing(noAnswerWords(reply->error(), f.original.host()), reply->errorString());
    } else if (status != 200) {
        nothing(status == 404 ? translate("Discovery", "nothing published (HTTP 404)")
                              : translate("Discovery", "no configuration (HTTP %1)").arg(status),
                QStringLiteral("HTTP %1").arg(status));
    } else if (s.id == QLatin1String("autodiscover")) {
        QList<ServerCandidate> found;
        bool notOffered = false;
        const QString err = parseAutodiscoverJson(f.body, f.protocol, &found, &notOffered);
        if (!err.isEmpty()) {
            if (notOffered)
                nothing(err, {});
            else
                problem(QStringLiteral("%1: %2").arg(where, err), err);
        } else {
            for (auto &c : found) {
                c.source = s.id;
                c.username = m_address;
                s.servers << c;
            }
            s.status = SourceAnswer::Found;
            s.note.clear();
        }
    } else {
        QList<ServerCandidate> found;
        QStringList domains, ignored;
        const QString err = parseAutoconfigXml(f.body, m_address, &found, &domains, &ignored);
        const QString ignoredWords = joinTexts(ignored, QStringLiteral("; "));
        if (!err.isEmpty()) {
            problem(QStringLiteral("%1: %2").arg(where, err), err);
        } else if (found.isEmpty() && !ignored.isEmpty()) {
            problem(QStringLiteral("%1: %2").arg(where, ignoredWords), ignoredWords);
        } else if (found.isEmpty()) {
            problem(translate("Discovery", "%1 names no IMAP or SMTP server").arg(where), {});
        } else {
            for (auto &c : found) {
                c.source = s.id;
                s.servers << c;
            }
            s.status = SourceAnswer::Found;
            s.ignored = ignored;
            s.note = ignoredWords;
            s.detail.clear();
        }
    }
    settle(f.source);
    checkDone();
}

void Discovery::settle(int source)
{
    for (const auto &f : std::as_const(m_fetches))
        if (f.source == source) return; // a sibling request still runs
    SourceAnswer &s = m_sources[source];
    if (s.status == SourceAnswer::Pending) s.status = SourceAnswer::Nothing;
}

void Discovery::lookupDone(QDnsLookup *l)
{
    const bool ok = l->error() == QDnsLookup::NoError;
    if (l->type() == QDnsLookup::MX) {
        SourceAnswer &s = m_sources[sourceIndex(QStringLiteral("mx"))];
        bool nullMx = false;
        if (ok) {
            auto recs = l->mailExchangeRecords();
            std::sort(recs.begin(), recs.end(),
                      [](const auto &a, const auto &b) { return a.preference() < b.preference(); });
            // "." (the root) names no host: alone it is RFC 7505's null MX, "no mail here".
            auto isRoot = [](QString h) {
                while (h.endsWith(QLatin1Char('.')))
                    h.chop(1);
                return h.isEmpty();
            };
            nullMx = recs.size() == 1 && isRoot(recs.first().exchange());
            for (const auto &r : recs)
                if (m_mx.size() < 16 && !isRoot(r.exchange())) m_mx.append(r.exchange());
        }
        for (const auto &c : combine(QString(), {}, m_mx)) {
            ServerCandidate x = c;
            x.source = s.id;
            s.servers << x;
        }
        s.status = s.servers.isEmpty() ? SourceAnswer::Nothing : SourceAnswer::Found;
        if (nullMx)
            s.note =
                translate("Discovery", "the domain says it accepts no mail (null MX, RFC 7505)");
        else if (s.servers.isEmpty())
            s.note = ok ? translate("Discovery", "no MX records") : dnsFailureWords(l->error());
        mxKnown();
    } else if (ok) {
        const QString name = l->name();
        const QString service = name.left(name.size() - m_domain.size() - 1);
        for (const auto &r : l->serviceRecords())
            if (m_srv.size() < 32)
                m_srv.append({service, r.target(), r.port(), r.priority(), r.weight()});
    } else if (l->error() != QDnsLookup::NotFoundError) {
        m_sources[sourceIndex(QStringLiteral("srv"))].detail = dnsFailureWords(l->error());
    }
    if (--m_pendingDns <= 0) {
        SourceAnswer &s = m_sources[sourceIndex(QStringLiteral("srv"))];
        QList<SrvAnswer> srv = m_srv;
        for (const auto &c : combine(QString(), srv, {})) {
            ServerCandidate x = c;
            x.source = s.id;
            s.servers << x;
        }
        s.status = s.servers.isEmpty() ? SourceAnswer::Nothing : SourceAnswer::Found;
        if (s.servers.isEmpty())
            s.note = s.detail.isEmpty() ? translate("Discovery", "no SRV records") : s.detail;
    }
    checkDone();
}

bool Discovery::microsoftHandlesMail() const
{
    static const char *const consumer[] = {"outlook.com", "hotmail.com", "live.com", "msn.com"};
    for (const char *d : consumer)
        if (m_domain == QLatin1String(d)) return true;
    if (m_domain.endsWith(QLatin1String(".onmicrosoft.com"))) return true;
    for (const QString &mx : m_mx) {
        QString h = mx.toLower();
        while (h.endsWith(QLatin1Char('.')))
            h.chop(1);
        if (h.endsWith(QLatin1String(".outlook.com"))) return true;
    }
    return false;
}

void Discovery::mxKnown()
{
    m_mxDone = true;
    const int ma = sourceIndex(QStringLiteral("mx-autoconfig"));
    const int mi = sourceIndex(QStringLiteral("mx-ispdb"));
    const QString base = m_mx.isEmpty() ? QString() : baseDomain(m_mx.first());
    if (!m_http) return;
    const int ad = sourceIndex(QStringLiteral("autodiscover"));
    if (m_address.contains(QLatin1Char('@'))) {
        if (microsoftHandlesMail()) {
            const QString email = QString::fromLatin1(QUrl::toPercentEncoding(m_address));
            for (Protocol p : {Protocol::Imap, Protocol::Smtp}) {
                QUrl u{QLatin1String(kAutodiscover)};
                QUrlQuery aq;
                aq.addQueryItem(QStringLiteral("Email"), email);
                aq.addQueryItem(QStringLiteral("Protocol"), p == Protocol::Imap
                                                                ? QStringLiteral("imap")
                                                                : QStringLiteral("smtp"));
                u.setQuery(aq);
                get(ad, u, p);
            }
        } else {
            m_sources[ad].status = SourceAnswer::Skipped;
            m_sources[ad].note =
                translate("Discovery", "Microsoft does not handle this domain's mail (MX), and "
                                       "Autodiscover would send the address to Microsoft");
        }
    }
    if (base.isEmpty() || base == m_domain) {
        for (int i : {ma, mi}) {
            m_sources[i].status = SourceAnswer::Skipped;
            m_sources[i].note = base.isEmpty()
                                    ? translate("Discovery", "no MX host known")
                                    : translate("Discovery", "the MX host is in the same domain");
        }
        return;
    }
    QUrl a(QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(base));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("emailaddress"),
                   QString::fromLatin1(QUrl::toPercentEncoding(m_address)));
    a.setQuery(q);
    get(ma, a);
    get(mi, QUrl(QLatin1String(kIspdb) + base));
}

void Discovery::checkDone()
{
    if (!m_running) return;
    if (m_pendingDns > 0 || !m_fetches.isEmpty()) return;
    if (!m_mxDone) return;
    finish();
}

namespace {
std::atomic<bool> s_lookupAbandoned{false};
} // namespace

QString dnsFailureWords(int error)
{
    switch (QDnsLookup::Error(error)) {
    case QDnsLookup::NoError:
        return {};
    case QDnsLookup::NotFoundError:
        return translate("Discovery", "no such name in DNS");
    case QDnsLookup::ServerFailureError:
        return translate("Discovery", "the DNS server failed to answer (SERVFAIL)");
    case QDnsLookup::ServerRefusedError:
        return translate("Discovery", "the DNS server refused to answer");
    case QDnsLookup::OperationCancelledError:
        return translate("Discovery", "no answer in time");
    case QDnsLookup::InvalidReplyError:
        // Also what a DNS server that is not there (port closed) comes out as.
        return translate("Discovery", "no usable answer from the DNS server (it may not be "
                                      "running, or its answer was broken)");
    case QDnsLookup::InvalidRequestError:
        return translate("Discovery", "the name cannot be asked for in DNS");
    case QDnsLookup::ResolverError:
        break;
    }
    return translate("Discovery", "the DNS server could not be asked");
}

void giveUpLookup(QDnsLookup *lookup)
{
    if (!lookup->isFinished()) s_lookupAbandoned = true;
    lookup->abort();
}

bool lookupAbandoned()
{
    return s_lookupAbandoned.load();
}

void Discovery::abort()
{
    m_timeout->stop();
    for (QDnsLookup *l : std::as_const(m_lookups)) {
        l->disconnect(this);
        giveUpLookup(l);
        l->deleteLater();
    }
    m_lookups.clear();
    const QList<Fetch> fetches = m_fetches;
    m_fetches.clear();
    for (const auto &f : fetches) {
        f.reply->disconnect(this);
        f.reply->abort();
        f.reply->deleteLater();
    }
    m_pendingDns = 0;
    m_running = false;
}

void Discovery::finish()
{
    if (!m_running && m_sources.isEmpty()) {
        emit finished({});
        return;
    }
    for (auto &s : m_sources) {
        if (s.status != SourceAnswer::Pending) continue;
        // These are asked only once the MX is known: without it they were never asked.
        const bool waitsForMx = s.id == QLatin1String("mx-autoconfig") ||
                                s.id == QLatin1String("mx-ispdb") ||
                                s.id == QLatin1String("autodiscover");
        if (waitsForMx && !m_mxDone && s.queried.isEmpty()) {
            s.status = SourceAnswer::Skipped;
            s.note = translate("Discovery", "not asked: the MX host was not known in time");
        } else {
            s.status = SourceAnswer::Nothing;
            s.note = translate("Discovery", "no answer in time");
        }
    }
    abort();
    std::stable_sort(m_sources.begin(), m_sources.end(),
                     [](const SourceAnswer &a, const SourceAnswer &b) { return a.rank < b.rank; });
    QList<ServerCandidate> all;
    for (const auto &s : std::as_const(m_sources)) {
        if (s.status != SourceAnswer::Found) continue;
        for (ServerCandidate c : s.servers) {
            c.priority = s.rank * 1000 + c.priority;
            bool dup = false;
            for (const auto &x : std::as_const(all))
                dup = dup || x == c;
            if (!dup) all.append(c);
        }
    }
    emit finished(all);
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
        ServerCandidate i;
        i.protocol = Protocol::Imap;
        i.host = mx;
        i.port = 993;
        i.implicitTls = true;
        i.source = QStringLiteral("MX");
        i.priority = 100;
        add(i);
        ServerCandidate s = i;
        s.protocol = Protocol::Smtp;
        s.port = 587;
        s.implicitTls = false;
        add(s);
    }
    if (!domain.isEmpty()) {
        const QString common = translate("Discovery", "common name");
        auto guess = [&](Protocol p, const char *prefix, quint16 port, bool tls, int prio) {
            ServerCandidate c;
            c.protocol = p;
            c.host = QLatin1String(prefix) + domain;
            c.port = port;
            c.implicitTls = tls;
            c.source = common;
            c.priority = prio;
            add(c);
        };
        guess(Protocol::Imap, "imap.", 993, true, 200);
        guess(Protocol::Imap, "mail.", 993, true, 201);
        guess(Protocol::Imap, "imap.", 143, false, 202);
        guess(Protocol::Smtp, "smtp.", 587, false, 200);
        guess(Protocol::Smtp, "smtp.", 465, true, 201);
        guess(Protocol::Smtp, "mail.", 587, false, 202);
    }
    return out;
}

} // namespace mailscope
