// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// TLS as it is: which versions a server accepts (one handshake each), which cipher it picks,
// and what is wrong with its certificate, in plain words. Used by the tls check of a diagnose
// run and by discovery. Inspection handshakes send nothing but the TLS handshake (and, for
// STARTTLS ports, the greeting and STARTTLS); only they lower OpenSSL's security level.
#pragma once

#include "net/Connection.h"
#include "probes/Report.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace mailscope {

class Transcript;

struct TlsEndpoint
{
    Protocol protocol = Protocol::Imap;
    QString host; // the name the certificate must match
    quint16 port = 0;
    bool implicitTls = true;
    QHostAddress address; // connect here instead of resolving host (optional)
};

// One certificate problem, typed, with its plain words and data.
struct CertProblem
{
    QString code; // expired, expiring, not-yet-valid, name-mismatch, self-signed, untrusted-root,
                  // chain-incomplete, sha1-signature, weak-key, other
    Severity severity = Severity::Error;
    QString words;
    QJsonObject data;
};

struct TlsVersionProbe
{
    QString version; // TLSv1.0 … TLSv1.3
    bool accepted = false;
    QString cipher;
    TlsFailure failure = TlsFailure::None;
    QString failureWords;
    QString failureDetail;
};

struct TlsInspection
{
    TlsEndpoint endpoint;
    bool reached = false; // TCP connected (and, for STARTTLS, the server agreed to STARTTLS)
    QString unreachable;  // why not, in words
    TlsResult standard;   // a current program's handshake: default settings, errors recorded
    TlsResult lenient;    // lowered security, any version: sees the certificate in any case
    QList<TlsVersionProbe> versions; // when asked for
    QList<CertProblem> problems;
    QStringList covers; // the names the leaf certificate is valid for

    bool anyAccepted() const;
    // The newest version accepted, "" when none.
    QString bestVersion() const;
    bool onlyOldVersions() const; // accepts TLS 1.0/1.1 and nothing newer
};

struct InspectOptions
{
    QList<QSslCertificate> extraCa; // --ca-file: the user's own trust anchors
    int timeoutMs = 8000;
    bool versions = true; // one handshake per TLS version
    QByteArray heloName = QByteArrayLiteral("mailscope.invalid");
};

// Blocking (nested event loops, like every connection here); safe on a worker thread. Every
// connection is recorded in transcript.
TlsInspection inspectTls(const TlsEndpoint &ep, const InspectOptions &o, Transcript *transcript,
                         CancelToken *cancel = nullptr);

// Pure: the certificate's problems for host, from the chain the server sent and the errors the
// backend reported (both from a handshake whose errors were recorded, not fatal).
QList<CertProblem> certificateProblems(const QList<QSslCertificate> &chain,
                                       const QList<QSslError> &errors, const QString &host,
                                       const QDateTime &now = QDateTime::currentDateTimeUtc());
// A problem in a few words, for lists (a check's line, a refusal, the provider's message):
// "it expired on 2026-10-22". From a problem's code and data, so that reports read back (a
// finding's "problems") give the same words.
QString certProblemBrief(const QString &code, const QJsonObject &data);
QString certProblemBrief(const CertProblem &p);
// The problems' brief words joined ("; "), or the finding data's when given as JSON.
QString certProblemsBrief(const QList<CertProblem> &problems);
QString certProblemsBrief(const QJsonArray &problems);
// DNS names (and the common name when there are none) the certificate is valid for.
QStringList certificateNames(const QSslCertificate &c);
// RFC 6125 matching: exact, or one left-most wildcard label ("*.example.net").
bool certificateCovers(const QSslCertificate &c, const QString &name);
// "TLS 1.0" for "TLSv1.0".
QString tlsVersionWords(const QString &version);
bool isOldTlsVersion(const QString &version);

// Findings from an inspection, for target (host and port named in the words):
// tls.certificate, tls.chain-incomplete, tls.weak-certificate, tls.protocol, tls.handshake,
// tls.versions. Evidence indexes refer to the inspection's transcript.
QList<Finding> inspectionFindings(const TlsInspection &in);
// tls.certificate for problems found (also used by the diagnose run); accepted: the user
// accepted this certificate.
Finding certificateProblemFinding(const QString &host, quint16 port,
                                  const QList<CertProblem> &problems, const TlsResult &r,
                                  bool accepted);
// The programs that refuse TLS 1.0/1.1 today, with the version that started refusing.
QString programsRefusingOldTls();

} // namespace mailscope
