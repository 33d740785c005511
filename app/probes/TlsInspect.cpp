// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "probes/TlsInspect.h"
#include "i18n/Text.h"

#include "imap/ImapSession.h"
#include "session/Transcript.h"
#include "smtp/SmtpSession.h"

#include <QJsonArray>
#include <QSslCertificateExtension>
#include <QSslKey>
#include <memory>

namespace mailscope {

namespace {

struct Attempt
{
    bool reached = false;
    QString unreachable;
    TlsResult tls;
};

// One connection: TCP, then TLS at once or after the greeting and STARTTLS. Nothing else is
// sent; the connection is closed right after the handshake.
Attempt handshake(const TlsEndpoint &ep, const InspectOptions &o, const TlsProbeSettings &probe,
                  Transcript *transcript, CancelToken *cancel)
{
    Attempt a;
    TlsPolicy policy;
    policy.insecure = true; // record the certificate's errors instead of stopping on them
    policy.extraCa = o.extraCa;
    Connection c(transcript, policy, cancel);
    c.setProbeSettings(probe);
    if (!ep.address.isNull()) c.setConnectAddress(ep.address);
    const bool opened = c.open(ep.host, ep.port, ep.implicitTls, o.timeoutMs);
    if (ep.implicitTls) {
        a.reached = opened || !c.peer().isEmpty(); // TCP connected
        a.tls = c.tls();
        if (!a.reached) a.unreachable = c.lastError();
        if (!opened && a.tls.failure.isEmpty() && a.reached) {
            a.tls.failureKind = TlsFailure::Timeout;
            a.tls.failure = tlsFailureWords(TlsFailure::Timeout, {});
        }
        c.close();
        return a;
    }
    if (!opened) {
        a.unreachable =
            c.lastError().isEmpty() ? translate("TlsInspect", "no connection") : c.lastError();
        return a;
    }
    const int silence = qMax(1000, o.timeoutMs);
    if (ep.protocol == Protocol::Imap) {
        imap::Session s(&c, silence);
        const imap::Result g = s.readGreeting();
        if (!g.completed || g.tagged.name != "OK") {
            a.unreachable = translate("TlsInspect", "no IMAP greeting: %1").arg(g.describe());
            return a;
        }
        const imap::StartTlsOutcome st = s.startTls(o.timeoutMs);
        if (!st.reply.ok()) {
            a.unreachable =
                translate("TlsInspect", "the server refused STARTTLS: %1").arg(st.reply.describe());
            return a;
        }
        a.reached = true;
        a.tls = st.tls;
    } else {
        smtp::Session s(&c, silence);
        const smtp::Result g = s.readGreeting();
        if (!g.completed || g.reply.code != 220) {
            a.unreachable = translate("TlsInspect", "no SMTP greeting: %1").arg(g.describe());
            return a;
        }
        const smtp::Result h = s.hello(o.heloName);
        if (!h.ok()) {
            a.unreachable = translate("TlsInspect", "EHLO refused: %1").arg(h.describe());
            return a;
        }
        const smtp::StartTlsOutcome st = s.startTls(o.timeoutMs);
        if (!(st.reply.completed && st.reply.reply.code == 220)) {
            a.unreachable =
                translate("TlsInspect", "the server refused STARTTLS: %1").arg(st.reply.describe());
            return a;
        }
        a.reached = true;
        a.tls = st.tls;
    }
    c.close();
    return a;
}

QString isoDate(const QDateTime &d)
{
    return d.toUTC().toString(Qt::ISODate);
}

bool selfSigned(const QSslCertificate &c)
{
    return c.isSelfSigned() || c.issuerDisplayName() == c.subjectDisplayName();
}

QString signatureAlgorithm(const QSslCertificate &c)
{
    // Qt has no accessor for it; OpenSSL's text form names it on the first such line.
    const QString text = c.toText();
    const int i = text.indexOf(QLatin1String("Signature Algorithm:"));
    if (i < 0) return {};
    const int end = text.indexOf(QLatin1Char('\n'), i);
    return text.mid(i + 20, end < 0 ? -1 : end - i - 20).trimmed();
}

QString days(qint64 n)
{
    return n == 1 ? translate("TlsInspect", "1 day") : translate("TlsInspect", "%1 days").arg(n);
}

} // namespace

bool TlsInspection::anyAccepted() const
{
    for (const auto &v : versions)
        if (v.accepted) return true;
    return false;
}

QString TlsInspection::bestVersion() const
{
    QString best;
    for (const auto &v : versions)
        if (v.accepted) best = v.version; // versions are probed oldest first
    return best;
}

bool TlsInspection::onlyOldVersions() const
{
    const QString b = bestVersion();
    return !b.isEmpty() && isOldTlsVersion(b);
}

QString tlsVersionWords(const QString &version)
{
    QString v = version;
    return v.replace(QLatin1String("TLSv"), QLatin1String("TLS "));
}

bool isOldTlsVersion(const QString &version)
{
    return version == QLatin1String("TLSv1.0") || version == QLatin1String("TLSv1.1") ||
           version.startsWith(QLatin1String("SSL"));
}

QString programsRefusingOldTls()
{
    return translate(
        "TlsInspect",
        "Thunderbird (since version 78, 2020), mail programs that use the system's OpenSSL or "
        "GnuTLS on Debian 10, Ubuntu 20.04 and later (Evolution, mutt, fetchmail, Claws Mail) "
        "and Mailscope itself");
}

QStringList certificateNames(const QSslCertificate &c)
{
    QStringList names;
    const auto alt = c.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it)
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            if (!names.contains(it.value().toLower())) names << it.value().toLower();
    if (names.isEmpty())
        for (const auto &cn : c.subjectInfo(QSslCertificate::CommonName))
            names << cn.toLower();
    return names;
}

bool certificateCovers(const QSslCertificate &c, const QString &nameIn)
{
    const QString name = nameIn.toLower();
    for (const QString &n : certificateNames(c)) {
        if (n == name) return true;
        if (n.startsWith(QLatin1String("*.")) && n.count(QLatin1Char('.')) >= 2) {
            const int dot = name.indexOf(QLatin1Char('.'));
            if (dot > 0 && name.mid(dot) == n.mid(1)) return true;
        }
    }
    return false;
}

namespace {

// Whether the certificate says where its issuer's certificate can be fetched (Authority
// Information Access, caIssuers): what browsers use to fill in a chain a server cut short.
bool namesItsIssuer(const QSslCertificate &c)
{
    for (const QSslCertificateExtension &e : c.extensions())
        if (e.oid() == QLatin1String("1.3.6.1.5.5.7.1.1") &&
            e.value().toMap().contains(QStringLiteral("caIssuers")))
            return true;
    return false;
}

} // namespace

QString certProblemBrief(const QString &code, const QJsonObject &data)
{
    const auto day = [&data](const char *key) {
        return data.value(QLatin1String(key)).toString().left(10);
    };
    if (code == QLatin1String("expired"))
        return translate("TlsInspect", "it expired on %1").arg(day("not_after"));
    if (code == QLatin1String("expiring"))
        return translate("TlsInspect", "it expires on %1").arg(day("not_after"));
    if (code == QLatin1String("not-yet-valid"))
        return translate("TlsInspect", "it is not valid before %1").arg(day("not_before"));
    if (code == QLatin1String("name-mismatch")) {
        QStringList covers;
        for (const auto &n : data.value(QStringLiteral("covers")).toArray())
            covers << n.toString();
        return translate("TlsInspect", "it is made for %1, not for %2")
            .arg(covers.isEmpty() ? translate("TlsInspect", "no name at all")
                                  : joinTexts(covers, QStringLiteral(", ")),
                 data.value(QStringLiteral("host")).toString());
    }
    if (code == QLatin1String("self-signed"))
        return translate("TlsInspect", "it is self-signed (no authority vouches for it)");
    if (code == QLatin1String("untrusted-root"))
        return translate("TlsInspect", "it comes from an authority this computer does not trust");
    if (code == QLatin1String("chain-incomplete"))
        return translate("TlsInspect",
                         "the server does not send the intermediate certificate(s) it needs");
    if (code == QLatin1String("sha1-signature"))
        return translate("TlsInspect", "it is signed with %1, refused today")
            .arg(data.value(QStringLiteral("algorithm")).toString());
    if (code == QLatin1String("weak-key"))
        return translate("TlsInspect", "its RSA key has only %1 bits, refused today")
            .arg(data.value(QStringLiteral("bits")).toInt());
    return data.value(QStringLiteral("words")).toString();
}

QString certProblemBrief(const CertProblem &p)
{
    if (p.code == QLatin1String("other")) return p.words;
    return certProblemBrief(p.code, p.data);
}

QString certProblemsBrief(const QList<CertProblem> &problems)
{
    QStringList out;
    for (const CertProblem &p : problems)
        out << certProblemBrief(p);
    return joinTexts(out, QStringLiteral("; "));
}

QString certProblemsBrief(const QJsonArray &problems)
{
    QStringList out;
    for (const auto &v : problems) {
        // Made again from code and data (not the stored "brief"): so that they come out in
        // the reader's language, also for a report read from a file ("other" is its words).
        const QJsonObject o = v.toObject();
        out << certProblemBrief(o.value(QStringLiteral("problem")).toString(), o);
    }
    out.removeAll(QString());
    return joinTexts(out, QStringLiteral("; "));
}

QList<CertProblem> certificateProblems(const QList<QSslCertificate> &chain,
                                       const QList<QSslError> &errors, const QString &host,
                                       const QDateTime &now)
{
    QList<CertProblem> out;
    if (chain.isEmpty()) return out;
    const QSslCertificate leaf = chain.first();
    auto has = [&errors](std::initializer_list<QSslError::SslError> codes) {
        for (const auto &e : errors)
            for (auto c : codes)
                if (e.error() == c) return true;
        return false;
    };
    auto add = [&out](const char *code, Severity s, const QString &words, QJsonObject data = {}) {
        for (const auto &p : out)
            if (p.code == QLatin1String(code)) return;
        out.append({QLatin1String(code), s, words, data});
    };
    const QDateTime notAfter = leaf.expiryDate();
    const QDateTime notBefore = leaf.effectiveDate();
    if (has({QSslError::CertificateExpired}) || (notAfter.isValid() && notAfter < now)) {
        const qint64 ago = notAfter.daysTo(now);
        add("expired", Severity::Error,
            translate("TlsInspect",
                      "The certificate expired on %1 (%2 ago). Every mail program warns or "
                      "refuses until the provider installs a new one.")
                .arg(notAfter.toUTC().date().toString(Qt::ISODate), days(ago)),
            {{QStringLiteral("not_after"), isoDate(notAfter)},
             {QStringLiteral("days_ago"), double(ago)}});
    } else if (notAfter.isValid() && now.daysTo(notAfter) < 30) {
        const qint64 left = now.daysTo(notAfter);
        add("expiring", Severity::Warning,
            translate("TlsInspect",
                      "The certificate expires on %1, in %2. After that every mail program "
                      "warns or refuses; the provider should renew it now.")
                .arg(notAfter.toUTC().date().toString(Qt::ISODate), days(left)),
            {{QStringLiteral("not_after"), isoDate(notAfter)},
             {QStringLiteral("days_left"), double(left)}});
    }
    if (has({QSslError::CertificateNotYetValid}) || (notBefore.isValid() && notBefore > now)) {
        add("not-yet-valid", Severity::Error,
            translate("TlsInspect",
                      "The certificate is not valid before %1. Either it was installed too "
                      "early or this computer's clock is wrong (check the date first).")
                .arg(isoDate(notBefore)),
            {{QStringLiteral("not_before"), isoDate(notBefore)}});
    }
    const QStringList covers = certificateNames(leaf);
    if (has({QSslError::HostNameMismatch}) || (!host.isEmpty() && !certificateCovers(leaf, host))) {
        add("name-mismatch", Severity::Error,
            translate("TlsInspect",
                      "The certificate is made for %1, not for %2. Mail programs warn "
                      "because anybody could present a certificate for some other name. "
                      "Use a server name the certificate covers, or ask the provider for "
                      "a certificate that includes %2.")
                .arg(covers.isEmpty() ? translate("TlsInspect", "no name at all")
                                      : joinTexts(covers, QStringLiteral(", ")),
                     host),
            {{QStringLiteral("host"), host},
             {QStringLiteral("covers"), QJsonArray::fromStringList(covers)}});
    }
    if (has({QSslError::SelfSignedCertificate}) ||
        (chain.size() == 1 && selfSigned(leaf) &&
         has({QSslError::UnableToGetLocalIssuerCertificate,
              QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted}))) {
        add("self-signed", Severity::Error,
            translate("TlsInspect",
                      "The certificate is self-signed: the server vouches for itself and no "
                      "certificate authority checked it. Mail programs warn every time; "
                      "accept it only after comparing the fingerprint with the provider's."));
    } else if (has({QSslError::SelfSignedCertificateInChain}) ||
               (has({QSslError::UnableToGetLocalIssuerCertificate,
                     QSslError::UnableToVerifyFirstCertificate,
                     QSslError::UnableToGetIssuerCertificate}) &&
                !selfSigned(chain.last()) && !namesItsIssuer(chain.last()))) {
        // The top of what the server sent names no place to fetch its issuer from: a private
        // or company CA (servers rightly leave its root out). A certificate that says where
        // its issuer is (AIA caIssuers, as public CAs' leaves and intermediates do) is a chain
        // cut short.
        add("untrusted-root", Severity::Error,
            translate("TlsInspect",
                      "The certificate comes from an authority this computer does not "
                      "trust (a private or company CA). Install that CA's certificate, or "
                      "give it to Mailscope with --ca-file."),
            {{QStringLiteral("issuer"),
              chain.last().issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "))}});
    } else if (has({QSslError::UnableToGetLocalIssuerCertificate,
                    QSslError::UnableToVerifyFirstCertificate,
                    QSslError::UnableToGetIssuerCertificate}) &&
               !selfSigned(chain.last())) {
        add("chain-incomplete", Severity::Error,
            translate("TlsInspect",
                      "The server sends its own certificate but not the intermediate "
                      "certificate(s) that link it to a trusted authority. Programs that "
                      "happen to have the intermediate cached (browsers, some Thunderbird "
                      "installs) work; others (most phones, Outlook on a fresh PC, "
                      "OpenSSL-based programs) fail. The provider must install the full "
                      "chain."),
            {{QStringLiteral("sent"), int(chain.size())},
             {QStringLiteral("issuer"),
              leaf.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "))}});
    }
    // Weak cryptography: judged on what the server sent, roots excepted (their signature is
    // never checked).
    for (int i = 0; i < chain.size(); ++i) {
        const QSslCertificate &c = chain[i];
        if (i > 0 && selfSigned(c)) continue;
        const QString alg = signatureAlgorithm(c);
        if (alg.contains(QLatin1String("sha1"), Qt::CaseInsensitive) ||
            alg.contains(QLatin1String("md5"), Qt::CaseInsensitive)) {
            add("sha1-signature", Severity::Error,
                translate("TlsInspect",
                          "The certificate%1 is signed with %2, which has been broken for "
                          "years. Current systems (OpenSSL 3 on Debian and Ubuntu, Apple, "
                          "Microsoft) refuse it; the provider must get a new certificate.")
                    .arg(i == 0 ? QString() : QStringLiteral(" chain"), alg),
                {{QStringLiteral("algorithm"), alg}, {QStringLiteral("position"), i}});
        }
        const QSslKey key = c.publicKey();
        if (key.algorithm() == QSsl::Rsa && key.length() > 0 && key.length() < 2048) {
            add("weak-key", Severity::Error,
                translate("TlsInspect",
                          "The certificate%1 has an RSA key of only %2 bits; 2048 is the "
                          "minimum accepted today (OpenSSL 3 on Debian and Ubuntu refuses "
                          "it). The provider must get a new certificate with a longer key.")
                    .arg(i == 0 ? QString() : QStringLiteral(" chain"))
                    .arg(key.length()),
                {{QStringLiteral("bits"), key.length()}, {QStringLiteral("position"), i}});
        }
    }
    if (out.isEmpty() && !errors.isEmpty()) {
        QStringList words;
        for (const auto &e : errors)
            words << sslErrorText(e.errorString());
        add("other", Severity::Error,
            translate("TlsInspect", "The certificate could not be verified: %1.")
                .arg(joinTexts(words, QStringLiteral("; "))));
    }
    return out;
}

TlsInspection inspectTls(const TlsEndpoint &ep, const InspectOptions &o, Transcript *transcript,
                         CancelToken *cancel)
{
    TlsInspection in;
    in.endpoint = ep;
    // 1. As a current mail program does it: default settings, verification on (errors kept).
    Attempt std = handshake(ep, o, TlsProbeSettings{}, transcript, cancel);
    in.reached = std.reached;
    in.unreachable = std.unreachable;
    in.standard = std.tls;
    if (!in.reached) return in;
    // 2. Lowered security, any version: sees the certificate even when (1) refused it.
    TlsProbeSettings lenient;
    lenient.active = true;
    lenient.lowerSecurity = true;
    if (!in.standard.established) {
        Attempt l = handshake(ep, o, lenient, transcript, cancel);
        in.lenient = l.tls;
    } else {
        in.lenient = in.standard;
    }
    const TlsResult &seen = in.lenient.chain.isEmpty() ? in.standard : in.lenient;
    if (!seen.chain.isEmpty()) {
        in.covers = certificateNames(seen.chain.first());
        in.problems = certificateProblems(seen.chain, seen.errors, ep.host);
    }
    if (!o.versions) return in;
    // 3. One handshake per version, oldest first.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    const QSsl::SslProtocol all[] = {QSsl::TlsV1_0, QSsl::TlsV1_1, QSsl::TlsV1_2, QSsl::TlsV1_3};
    QT_WARNING_POP
    for (QSsl::SslProtocol p : all) {
        if (cancel && cancel->cancelled.load()) break;
        TlsProbeSettings one = lenient;
        one.only = p;
        const Attempt a = handshake(ep, o, one, transcript, cancel);
        TlsVersionProbe v;
        v.version = tlsVersionName(p);
        // Accepted only when exactly this version was negotiated.
        v.accepted = a.tls.established && a.tls.protocol == v.version;
        v.cipher = a.tls.cipher;
        if (!v.accepted) {
            v.failure = a.reached ? a.tls.failureKind : TlsFailure::Closed;
            v.failureWords = a.reached ? a.tls.failure : a.unreachable;
            v.failureDetail = a.tls.failureDetail;
        }
        in.versions.append(v);
    }
    return in;
}

Finding certificateProblemFinding(const QString &host, quint16 port,
                                  const QList<CertProblem> &problems, const TlsResult &r,
                                  bool accepted)
{
    Finding f;
    f.id = QStringLiteral("tls.certificate");
    const QSslCertificate leaf = r.chain.isEmpty() ? QSslCertificate() : r.chain.first();
    QStringList words;
    QJsonArray list;
    bool onlyExpiring = true;
    bool ownFinding = true; // every problem has a finding of its own
    for (const auto &p : problems)
        if (p.code != QLatin1String("chain-incomplete") &&
            p.code != QLatin1String("sha1-signature") && p.code != QLatin1String("weak-key"))
            ownFinding = false;
    for (const auto &p : problems) {
        if (!ownFinding &&
            (p.code == QLatin1String("chain-incomplete") ||
             p.code == QLatin1String("sha1-signature") || p.code == QLatin1String("weak-key")))
            continue; // their own findings
        QJsonObject o = p.data;
        if (p.code == QLatin1String("name-mismatch")) o.insert(QStringLiteral("host"), host);
        // Problems with findings of their own are explained there: named briefly here.
        words << (ownFinding ? appendText(certProblemBrief(p), QStringLiteral(".")) : p.words);
        o.insert(QStringLiteral("problem"), p.code);
        o.insert(QStringLiteral("words"), p.words);
        o.insert(QStringLiteral("brief"), certProblemBrief(p.code, o)); // "other": its words
        list.append(o);
        if (p.code != QLatin1String("expiring")) onlyExpiring = false;
    }
    const QString first = problems.isEmpty() ? QString() : problems.first().code;
    if (first == QLatin1String("expired"))
        f.title = translate("TlsInspect", "The server's certificate has expired");
    else if (first == QLatin1String("expiring"))
        f.title = translate("TlsInspect", "The server's certificate expires soon");
    else if (first == QLatin1String("not-yet-valid"))
        f.title = translate("TlsInspect", "The server's certificate is not valid yet");
    else if (first == QLatin1String("name-mismatch"))
        f.title = translate("TlsInspect", "The server's certificate is made for another name");
    else if (first == QLatin1String("self-signed"))
        f.title = translate("TlsInspect", "The server's certificate is self-signed");
    else if (first == QLatin1String("untrusted-root"))
        f.title =
            translate("TlsInspect", "The server's certificate comes from an unknown authority");
    else if (first == QLatin1String("chain-incomplete"))
        f.title = translate("TlsInspect", "The server's certificate chain is incomplete");
    else if (first == QLatin1String("sha1-signature") || first == QLatin1String("weak-key"))
        f.title =
            translate("TlsInspect", "The server's certificate uses cryptography refused today");
    else
        f.title = translate("TlsInspect", "The server's certificate cannot be verified");
    f.severity = onlyExpiring || accepted ? Severity::Warning : Severity::Error;
    f.explanation = translate("TlsInspect", "On %1 port %2: %3")
                        .arg(host)
                        .arg(port)
                        .arg(joinTexts(words, QLatin1Char(' ')));
    QJsonArray errs;
    for (const auto &e : r.errors)
        errs.append(sslErrorText(e.errorString()));
    f.data.insert(QStringLiteral("sha256"), QString::fromLatin1(r.leafSha256));
    f.data.insert(QStringLiteral("errors"), errs);
    f.data.insert(QStringLiteral("problems"), list);
    // What the TLS errors themselves were (the list above leaves some out beside others): what
    // an "always trust" answer is bound to.
    f.data.insert(QStringLiteral("problem_kinds"),
                  QJsonArray::fromStringList(certProblemKindNames(certProblemKinds(r.errors))
                                                 .split(QLatin1Char(','), Qt::SkipEmptyParts)));
    f.data.insert(QStringLiteral("covers"), QJsonArray::fromStringList(certificateNames(leaf)));
    f.data.insert(QStringLiteral("subject"),
                  leaf.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")));
    f.data.insert(QStringLiteral("issuer"),
                  leaf.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")));
    f.data.insert(QStringLiteral("not_after"), leaf.expiryDate().toString(Qt::ISODate));
    f.data.insert(QStringLiteral("accepted"), accepted);
    f.data.insert(QStringLiteral("host"), host);
    f.data.insert(QStringLiteral("port"), int(port));
    if (r.eventIndex >= 0) f.evidence << r.eventIndex;
    return f;
}

QList<Finding> inspectionFindings(const TlsInspection &in)
{
    QList<Finding> out;
    const TlsEndpoint &ep = in.endpoint;
    const QString where = translate("TlsInspect", "%1 port %2").arg(ep.host).arg(ep.port);
    if (!in.reached) return out;
    const TlsResult &seen = in.lenient.chain.isEmpty() ? in.standard : in.lenient;

    // Certificate trust problems: one finding, each problem in words.
    bool trustProblem = false;
    for (const auto &p : in.problems)
        if (p.code != QLatin1String("chain-incomplete") &&
            p.code != QLatin1String("sha1-signature") && p.code != QLatin1String("weak-key"))
            trustProblem = true;
    if (trustProblem)
        out.append(certificateProblemFinding(ep.host, ep.port, in.problems, seen, false));
    for (const auto &p : in.problems) {
        if (p.code == QLatin1String("chain-incomplete")) {
            Finding f;
            f.id = QStringLiteral("tls.chain-incomplete");
            f.severity = Severity::Error;
            f.title =
                translate("TlsInspect", "The server does not send its full certificate chain");
            f.explanation = translate("TlsInspect", "On %1: %2").arg(where, p.words);
            f.data = p.data;
            f.data.insert(QStringLiteral("host"), ep.host);
            f.data.insert(QStringLiteral("port"), int(ep.port));
            if (seen.eventIndex >= 0) f.evidence << seen.eventIndex;
            out.append(f);
        }
    }
    QStringList weak;
    QJsonArray weakData;
    for (const auto &p : in.problems)
        if (p.code == QLatin1String("sha1-signature") || p.code == QLatin1String("weak-key")) {
            weak << p.words;
            QJsonObject o = p.data;
            o.insert(QStringLiteral("problem"), p.code);
            weakData.append(o);
        }
    if (!weak.isEmpty()) {
        Finding f;
        f.id = QStringLiteral("tls.weak-certificate");
        f.severity = Severity::Error;
        f.title =
            translate("TlsInspect", "The server's certificate uses cryptography refused today");
        f.explanation =
            translate("TlsInspect", "On %1: %2%3")
                .arg(where, joinTexts(weak, QLatin1Char(' ')),
                     in.standard.established
                         ? QString()
                         : translate("TlsInspect", " Mailscope's own connection with "
                                                   "today's settings was refused for it."));
        f.data.insert(QStringLiteral("problems"), weakData);
        f.data.insert(QStringLiteral("host"), ep.host);
        f.data.insert(QStringLiteral("port"), int(ep.port));
        f.data.insert(QStringLiteral("refused_by_current_settings"), !in.standard.established);
        if (seen.eventIndex >= 0) f.evidence << seen.eventIndex;
        out.append(f);
    }

    // Versions.
    QJsonArray versions;
    QStringList accepted;
    for (const auto &v : in.versions) {
        QJsonObject o{{QStringLiteral("version"), v.version},
                      {QStringLiteral("accepted"), v.accepted}};
        if (v.accepted) {
            o.insert(QStringLiteral("cipher"), v.cipher);
            accepted << QStringLiteral("%1 (%2)").arg(tlsVersionWords(v.version), v.cipher);
        } else {
            o.insert(QStringLiteral("failure"), tlsFailureName(v.failure));
            o.insert(QStringLiteral("words"), v.failureWords);
            if (!v.failureDetail.isEmpty()) o.insert(QStringLiteral("detail"), v.failureDetail);
        }
        versions.append(o);
    }
    if (!in.versions.isEmpty()) {
        Finding f;
        f.id = QStringLiteral("tls.versions");
        f.severity = Severity::Info;
        f.title = accepted.isEmpty()
                      ? translate("TlsInspect", "%1 accepts no TLS version at all").arg(where)
                      : translate("TlsInspect", "%1 accepts %2")
                            .arg(where, joinTexts(accepted, QStringLiteral(", ")));
        f.explanation =
            translate("TlsInspect",
                      "Mailscope tried one handshake per TLS version (1.0 to 1.3). A current "
                      "mail program "
                      "uses the newest one both sides accept%1.")
                .arg(in.standard.established
                         ? translate("TlsInspect", ": here %1 with %2")
                               .arg(tlsVersionWords(in.standard.protocol), in.standard.cipher)
                         : QString());
        f.data.insert(QStringLiteral("versions"), versions);
        f.data.insert(QStringLiteral("negotiated"), in.standard.protocol);
        f.data.insert(QStringLiteral("cipher"), in.standard.cipher);
        f.data.insert(QStringLiteral("host"), ep.host);
        f.data.insert(QStringLiteral("port"), int(ep.port));
        out.append(f);
    }
    const bool oldOnly = in.onlyOldVersions();
    const bool oldNegotiated = in.standard.established && isOldTlsVersion(in.standard.protocol);
    if (oldOnly || oldNegotiated) {
        const QString best = oldOnly ? in.bestVersion() : in.standard.protocol;
        Finding f;
        f.id = QStringLiteral("tls.protocol");
        f.severity = in.standard.established ? Severity::Warning : Severity::Error;
        f.title =
            translate("TlsInspect", "The server only speaks %1, which current mail programs refuse")
                .arg(tlsVersionWords(best));
        f.explanation =
            translate("TlsInspect",
                      "%1 offers nothing newer than %2. %3 refuse it (RFC 8996 retired "
                      "TLS 1.0 and 1.1 in 2021), so they cannot "
                      "connect at all (or, set to a lower minimum, would expose the "
                      "password to attacks on the old version). The provider must enable "
                      "TLS 1.2 and 1.3 (for Dovecot: ssl_min_protocol = TLSv1.2; Postfix: "
                      "smtpd_tls_protocols = >=TLSv1.2; Exchange: enable TLS 1.2 in "
                      "Windows' Schannel) and renew anything that cannot. Mailscope never "
                      "sends a password over it unless you allow it (--allow-old-tls).")
                .arg(where, tlsVersionWords(best), programsRefusingOldTls());
        f.data.insert(QStringLiteral("protocol"), best);
        f.data.insert(QStringLiteral("versions"), versions);
        f.data.insert(QStringLiteral("refused_by"), programsRefusingOldTls());
        f.data.insert(QStringLiteral("host"), ep.host);
        f.data.insert(QStringLiteral("port"), int(ep.port));
        if (in.standard.eventIndex >= 0) f.evidence << in.standard.eventIndex;
        out.append(f);
    } else if (!in.standard.established && in.standard.attempted) {
        Finding f;
        f.id = QStringLiteral("tls.handshake");
        f.severity = Severity::Error;
        f.title = translate("TlsInspect", "Encryption cannot be set up with %1").arg(where);
        f.explanation =
            translate("TlsInspect",
                      "A connection with the settings current mail programs use failed: "
                      "%1.")
                .arg(in.standard.failure);
        f.data.insert(QStringLiteral("failure"), tlsFailureName(in.standard.failureKind));
        f.data.insert(QStringLiteral("words"), in.standard.failure);
        f.data.insert(QStringLiteral("detail"), in.standard.failureDetail);
        f.data.insert(QStringLiteral("host"), ep.host);
        f.data.insert(QStringLiteral("port"), int(ep.port));
        if (in.standard.eventIndex >= 0) f.evidence << in.standard.eventIndex;
        out.append(f);
    }
    return out;
}

} // namespace mailscope
