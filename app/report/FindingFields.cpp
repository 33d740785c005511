// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "report/FindingFields.h"

#include "i18n/Text.h"
#include "net/Connection.h"
#include "probes/IdleProbe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace mailscope {

namespace {

constexpr int kMaxItems = 20;  // list items shown before "… and N more"
constexpr int kMaxChars = 300; // characters of one value

enum class Kind
{
    Text,
    Number,
    Seconds,
    YesNo,
    List,
    SslErrors, // Qt's certificate error texts, shown in the user's language
    IdleState,
    IdleEnding,
    IdleStates, // object: state -> ending
    IdleMethod,
    Unacked,
    Keepalive,
    Mailboxes,
    Json
};

struct Known
{
    const char *finding; // nullptr: any finding
    const char *key;
    const char *label;
    Kind kind;
};

// In the order a reader wants them. Only the GUI shows these rows (JSON keeps Finding::data), so
// labels and values are made in the installed language.
const Known kKnown[] = {
    // idle.timeout, idle.silent-drop
    {"idle.timeout", "seconds",
     QT_TRANSLATE_NOOP("FindingFields", "Idle time after which a connection stops working"),
     Kind::Seconds},
    {"idle.timeout", "lower_seconds", QT_TRANSLATE_NOOP("FindingFields", "The cutoff is at least"),
     Kind::Seconds},
    {"idle.timeout", "upper_seconds", QT_TRANSLATE_NOOP("FindingFields", "The cutoff is at most"),
     Kind::Seconds},
    {"report.cut", "items_left_out",
     QT_TRANSLATE_NOOP("FindingFields",
                       "Checks, findings, advice lines and evidence references not shown"),
     Kind::Number},
    {"report.cut", "texts_cut", QT_TRANSLATE_NOOP("FindingFields", "Texts shown cut short"),
     Kind::Number},
    {"idle.timeout", "close",
     QT_TRANSLATE_NOOP("FindingFields", "How the server ends an idle session"), Kind::IdleEnding},
    {"idle.timeout", "state", QT_TRANSLATE_NOOP("FindingFields", "In the state"), Kind::IdleState},
    {"idle.timeout", "states",
     QT_TRANSLATE_NOOP("FindingFields", "How it ends, by what the program did last"),
     Kind::IdleStates},
    {"idle.timeout", "keepalive_helps",
     QT_TRANSLATE_NOOP("FindingFields", "Do TCP keepalives keep it open?"), Kind::Keepalive},
    {"idle.timeout", "method", QT_TRANSLATE_NOOP("FindingFields", "How the cutoff was found"),
     Kind::IdleMethod},
    {"idle.timeout", "probe_seconds",
     QT_TRANSLATE_NOOP("FindingFields", "How long the measurement took"), Kind::Seconds},
    {"idle.silent-drop", "after_seconds",
     QT_TRANSLATE_NOOP("FindingFields", "Idle time before the command that got no answer"),
     Kind::Seconds},
    {"idle.silent-drop", "state", QT_TRANSLATE_NOOP("FindingFields", "In the state"),
     Kind::IdleState},
    {"idle.silent-drop", "unacked",
     QT_TRANSLATE_NOOP("FindingFields", "Did the server's side even acknowledge it (TCP)?"),
     Kind::Unacked},
    // imap.ghost-message
    {"imap.ghost-message", "mailbox", QT_TRANSLATE_NOOP("FindingFields", "Folder"), Kind::Text},
    {"imap.ghost-message", "uids",
     QT_TRANSLATE_NOOP("FindingFields", "Messages that cannot be downloaded (UID)"), Kind::List},
    {"imap.ghost-message", "sequence",
     QT_TRANSLATE_NOOP("FindingFields", "Their message numbers today"), Kind::List},
    {"imap.ghost-message", "mailboxes", QT_TRANSLATE_NOOP("FindingFields", "By folder"),
     Kind::Mailboxes},
    {"imap.ghost-message", "unchecked_suspects",
     QT_TRANSLATE_NOOP("FindingFields",
                       "Incomplete messages not checked one by one (limit per run)"),
     Kind::Number},
    {"imap.ghost-message", "repair_command",
     QT_TRANSLATE_NOOP("FindingFields", "The command that removes it (shows the plan first)"),
     Kind::Text},
    {"imap.ghost-message", "headers",
     QT_TRANSLATE_NOOP("FindingFields", "Their header fields (asked for)"), Kind::List},
    // tls.*
    {"tls.certificate", "errors",
     QT_TRANSLATE_NOOP("FindingFields", "What is wrong with the certificate"), Kind::SslErrors},
    {"tls.certificate", "subject", QT_TRANSLATE_NOOP("FindingFields", "Made out to"), Kind::Text},
    {"tls.certificate", "issuer", QT_TRANSLATE_NOOP("FindingFields", "Issued by"), Kind::Text},
    {"tls.certificate", "not_after", QT_TRANSLATE_NOOP("FindingFields", "Valid until"), Kind::Text},
    {"tls.certificate", "sha256",
     QT_TRANSLATE_NOOP("FindingFields", "SHA-256 fingerprint (compare it with the provider's)"),
     Kind::Text},
    {"tls.certificate", "accepted", QT_TRANSLATE_NOOP("FindingFields", "Trusted for this run"),
     Kind::YesNo},
    {"tls.certificate", "host", QT_TRANSLATE_NOOP("FindingFields", "Server"), Kind::Text},
    {"tls.certificate", "port", QT_TRANSLATE_NOOP("FindingFields", "Port"), Kind::Number},
    {"tls.certificate", "problem_kinds",
     QT_TRANSLATE_NOOP("FindingFields", "Kinds of problem (what trusting it covers)"), Kind::List},
    {"tls.certificate", "covers",
     QT_TRANSLATE_NOOP("FindingFields", "Names the certificate covers"), Kind::List},
    {"tls.protocol", "protocol", QT_TRANSLATE_NOOP("FindingFields", "TLS version in use"),
     Kind::Text},
    // starttls.*, auth.*
    {"starttls.injection", "bytes",
     QT_TRANSLATE_NOOP("FindingFields", "Bytes that arrived before encryption started"),
     Kind::Number},
    {"starttls.injection", "preview",
     QT_TRANSLATE_NOOP("FindingFields", "What arrived (first 200 bytes)"), Kind::Text},
    {"starttls.missing", "advertised",
     QT_TRANSLATE_NOOP("FindingFields", "Announced in the capabilities"), Kind::YesNo},
    {"starttls.missing", "reply",
     QT_TRANSLATE_NOOP("FindingFields", "The server's answer to STARTTLS"), Kind::Text},
    {"auth.cleartext", "login_disabled",
     QT_TRANSLATE_NOOP("FindingFields", "Logins refused before encryption (LOGINDISABLED)"),
     Kind::YesNo},
    {"auth.cleartext", "tls_available",
     QT_TRANSLATE_NOOP("FindingFields", "Encryption available on this port"), Kind::YesNo},
    {"auth.failed", "method", QT_TRANSLATE_NOOP("FindingFields", "Login method"), Kind::Text},
    {"auth.failed", "reply", QT_TRANSLATE_NOOP("FindingFields", "The server's answer"), Kind::Text},
    {"auth.incomplete", "method", QT_TRANSLATE_NOOP("FindingFields", "Login method"), Kind::Text},
    {"auth.incomplete", "ending",
     QT_TRANSLATE_NOOP("FindingFields", "What happened instead of an answer"), Kind::Text},
    // IMAP behaviour
    {"imap.untagged-during-login", "after_greeting",
     QT_TRANSLATE_NOOP("FindingFields", "Untagged lines right after the greeting"), Kind::List},
    {"imap.untagged-during-login", "before_login_reply",
     QT_TRANSLATE_NOOP("FindingFields", "Untagged lines before the login reply"), Kind::List},
    {"imap.pipelining-loss", "after",
     QT_TRANSLATE_NOOP("FindingFields", "Commands sent in one packet after"), Kind::Text},
    {"imap.pipelining-loss", "sent", QT_TRANSLATE_NOOP("FindingFields", "Commands sent together"),
     Kind::List},
    {"imap.pipelining-loss", "lost", QT_TRANSLATE_NOOP("FindingFields", "Commands never answered"),
     Kind::List},
    {"imap.pipelining-loss", "group", QT_TRANSLATE_NOOP("FindingFields", "Test group"), Kind::Text},
    {"capabilities.changed", "added_after_login",
     QT_TRANSLATE_NOOP("FindingFields", "Capabilities added after login"), Kind::List},
    {"capabilities.changed", "removed_after_login",
     QT_TRANSLATE_NOOP("FindingFields", "Capabilities gone after login"), Kind::List},
    // SMTP
    {"smtp.pipelining-broken", "expected", QT_TRANSLATE_NOOP("FindingFields", "Replies expected"),
     Kind::Number},
    {"smtp.pipelining-broken", "received", QT_TRANSLATE_NOOP("FindingFields", "Replies received"),
     Kind::Number},
    {"smtp.pipelining-broken", "closed_early",
     QT_TRANSLATE_NOOP("FindingFields", "Connection closed before all replies"), Kind::YesNo},
    {"smtp.pipelining-broken", "out_of_order",
     QT_TRANSLATE_NOOP("FindingFields", "Replies out of order"), Kind::YesNo},
    {"smtp.pipelining-broken", "group", QT_TRANSLATE_NOOP("FindingFields", "Test group"),
     Kind::Text},
    {"smtp.extensions", "before_tls",
     QT_TRANSLATE_NOOP("FindingFields", "Extensions announced before encryption"), Kind::List},
    {"smtp.extensions", "after_tls",
     QT_TRANSLATE_NOOP("FindingFields", "Extensions announced after encryption"), Kind::List},
    {"smtp.test-message", "queue_id",
     QT_TRANSLATE_NOOP("FindingFields", "Queue id of the test message"), Kind::Text},
    {"smtp.test-message", "message_id", QT_TRANSLATE_NOOP("FindingFields", "Its Message-ID"),
     Kind::Text},
    {"smtp.test-message", "envelope_from", QT_TRANSLATE_NOOP("FindingFields", "Envelope sender"),
     Kind::Text},
    {"smtp.test-message", "envelope_to", QT_TRANSLATE_NOOP("FindingFields", "Envelope recipient"),
     Kind::Text},
    {"smtp.test-message", "reply", QT_TRANSLATE_NOOP("FindingFields", "The server's final answer"),
     Kind::Text},
    // server.identified, protocol.error
    {"server.identified", "software", QT_TRANSLATE_NOOP("FindingFields", "Server software"),
     Kind::Text},
    {"server.identified", "product", QT_TRANSLATE_NOOP("FindingFields", "Product"), Kind::Text},
    {"server.identified", "source", QT_TRANSLATE_NOOP("FindingFields", "Recognised from"),
     Kind::Text},
    {"server.identified", "id",
     QT_TRANSLATE_NOOP("FindingFields", "What the server says about itself (IMAP ID)"), Kind::Json},
    {"protocol.error", "errors", QT_TRANSLATE_NOOP("FindingFields", "What the server did wrong"),
     Kind::List},
    // Any finding.
    {nullptr, "capabilities", QT_TRANSLATE_NOOP("FindingFields", "Capabilities announced"),
     Kind::List},
    {nullptr, "reply", QT_TRANSLATE_NOOP("FindingFields", "The server's answer"), Kind::Text},
    {nullptr, "method", QT_TRANSLATE_NOOP("FindingFields", "Method"), Kind::Text},
    {nullptr, "errors", QT_TRANSLATE_NOOP("FindingFields", "Errors"), Kind::List},
    {nullptr, "host", QT_TRANSLATE_NOOP("FindingFields", "Server"), Kind::Text},
    {nullptr, "port", QT_TRANSLATE_NOOP("FindingFields", "Port"), Kind::Number},
};

QString cut(QString s)
{
    if (s.size() > kMaxChars) s = s.left(kMaxChars - 1) + QChar(0x2026);
    return s;
}

QString number(double v)
{
    if (v == std::floor(v) && std::abs(v) < 1e15) return QString::number(qint64(v));
    return QString::number(v, 'f', 1);
}

QString scalar(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QCoreApplication::translate("FindingFields", "yes")
                          : QCoreApplication::translate("FindingFields", "no");
    case QJsonValue::Double:
        return number(v.toDouble());
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QCoreApplication::translate("FindingFields", "not known");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString list(const QJsonArray &a)
{
    QStringList parts;
    for (const QJsonValue &v : a) {
        if (parts.size() >= kMaxItems) break;
        parts << scalar(v).simplified();
    }
    QString s = parts.join(QStringLiteral(", "));
    if (a.size() > kMaxItems)
        s += QCoreApplication::translate("FindingFields", " … and %1 more")
                 .arg(a.size() - kMaxItems);
    if (a.isEmpty()) s = QCoreApplication::translate("FindingFields", "none");
    return s;
}

QString words(Kind kind, const QJsonValue &v)
{
    switch (kind) {
    case Kind::Text:
    case Kind::Number:
        return scalar(v);
    case Kind::Seconds:
        return v.isDouble()
                   ? QCoreApplication::translate("FindingFields", "%1 s").arg(number(v.toDouble()))
                   : scalar(v);
    case Kind::YesNo:
        return scalar(v);
    case Kind::List:
        return v.isArray() ? list(v.toArray()) : scalar(v);
    case Kind::SslErrors: {
        if (!v.isArray()) return scalar(v);
        QJsonArray words;
        for (const QJsonValue &e : v.toArray())
            words.append(localized(sslErrorText(e.toString())));
        return list(words);
    }
    case Kind::IdleState: {
        const QString w = localized(idleStateWords(v.toString()));
        return w.isEmpty() ? scalar(v) : w;
    }
    case Kind::IdleEnding: {
        const QString w = localized(idleEndingWords(v.toString()));
        return w.isEmpty() ? scalar(v) : w;
    }
    case Kind::IdleStates: {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end() && parts.size() < kMaxItems; ++it) {
            const QString state = localized(idleStateWords(it.key()));
            const QString end = localized(idleEndingWords(it.value().toString()));
            parts << QStringLiteral("%1: %2").arg(state.isEmpty() ? it.key() : state,
                                                  end.isEmpty() ? scalar(it.value()) : end);
        }
        return parts.join(QStringLiteral("; "));
    }
    case Kind::IdleMethod:
        if (v.toString() == QLatin1String("observed"))
            return QCoreApplication::translate(
                "FindingFields", "seen as it happened (the server ended an idle connection)");
        if (v.toString() == QLatin1String("probed"))
            return QCoreApplication::translate(
                "FindingFields", "narrowed down with commands on connections idle for longer "
                                 "and longer");
        return scalar(v);
    case Kind::Unacked:
        if (v.isBool())
            return v.toBool() ? QCoreApplication::translate(
                                    "FindingFields",
                                    "no: the data was never acknowledged (packets dropped)")
                              : QCoreApplication::translate(
                                    "FindingFields", "yes: acknowledged, but IMAP never answered");
        return QCoreApplication::translate("FindingFields", "not known on this platform");
    case Kind::Keepalive:
        if (v.isBool())
            return v.toBool() ? QCoreApplication::translate(
                                    "FindingFields", "yes: something on the way counts packets")
                              : QCoreApplication::translate("FindingFields",
                                                            "no: it is the server's own timer");
        return QCoreApplication::translate("FindingFields", "not known");
    case Kind::Mailboxes: {
        QStringList parts;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &b : a) {
            if (parts.size() >= kMaxItems) break;
            const QJsonObject o = b.toObject();
            parts << QCoreApplication::translate("FindingFields", "%1: UID %2")
                         .arg(o.value(QStringLiteral("mailbox")).toString(),
                              list(o.value(QStringLiteral("uids")).toArray()));
        }
        QString s = parts.join(QStringLiteral("; "));
        if (a.size() > kMaxItems)
            s += QCoreApplication::translate("FindingFields", " … and %1 more")
                     .arg(a.size() - kMaxItems);
        return s;
    }
    case Kind::Json:
        return scalar(v);
    }
    return scalar(v);
}

// "lower_seconds" -> "Lower seconds": a label for fields nobody described.
QString humanKey(const QString &key)
{
    QString s = key;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    s.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

} // namespace

QList<FindingField> findingFields(const Finding &f)
{
    QList<FindingField> out;
    QSet<QString> done;
    const QJsonObject &d = f.data;
    for (const Known &k : kKnown) {
        const QString key = QLatin1String(k.key);
        if (done.contains(key) || !d.contains(key)) continue;
        if (k.finding && f.id != QLatin1String(k.finding)) continue;
        out.append({key, QCoreApplication::translate("FindingFields", k.label),
                    cut(words(k.kind, d.value(key)))});
        done.insert(key);
    }
    // idle.state-dependent records one key per state.
    for (auto it = d.begin(); it != d.end(); ++it) {
        if (done.contains(it.key())) continue;
        const QString state = localized(idleStateWords(it.key()));
        QString label, value;
        if (!state.isEmpty() && it.value().isString()) {
            label = QCoreApplication::translate("FindingFields", "Idle %1").arg(state);
            value = words(Kind::IdleEnding, it.value());
        } else {
            label = humanKey(it.key());
            value = it.value().isArray() ? list(it.value().toArray()) : scalar(it.value());
        }
        out.append({it.key(), label, cut(value)});
    }
    return out;
}

} // namespace mailscope
