#include "report/FindingFields.h"

#include "probes/IdleProbe.h"

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

// In the order a reader wants them.
const Known kKnown[] = {
    // idle.timeout, idle.silent-drop
    {"idle.timeout", "seconds", "Idle time after which a connection stops working", Kind::Seconds},
    {"idle.timeout", "lower_seconds", "The cutoff is at least", Kind::Seconds},
    {"idle.timeout", "upper_seconds", "The cutoff is at most", Kind::Seconds},
    {"idle.timeout", "close", "How the server ends an idle session", Kind::IdleEnding},
    {"idle.timeout", "state", "In the state", Kind::IdleState},
    {"idle.timeout", "states", "How it ends, by what the program did last", Kind::IdleStates},
    {"idle.timeout", "keepalive_helps", "Do TCP keepalives keep it open?", Kind::Keepalive},
    {"idle.timeout", "method", "How the cutoff was found", Kind::IdleMethod},
    {"idle.timeout", "probe_seconds", "How long the measurement took", Kind::Seconds},
    {"idle.silent-drop", "after_seconds", "Idle time before the command that got no answer",
     Kind::Seconds},
    {"idle.silent-drop", "state", "In the state", Kind::IdleState},
    {"idle.silent-drop", "unacked", "Did the server's side even acknowledge it (TCP)?",
     Kind::Unacked},
    // imap.ghost-message
    {"imap.ghost-message", "mailbox", "Folder", Kind::Text},
    {"imap.ghost-message", "uids", "Messages that cannot be downloaded (UID)", Kind::List},
    {"imap.ghost-message", "sequence", "Their message numbers today", Kind::List},
    {"imap.ghost-message", "mailboxes", "By folder", Kind::Mailboxes},
    {"imap.ghost-message", "unchecked_suspects",
     "Incomplete messages not checked one by one (limit per run)", Kind::Number},
    {"imap.ghost-message", "repair_command", "The command that removes it (shows the plan first)",
     Kind::Text},
    {"imap.ghost-message", "headers", "Their header fields (asked for)", Kind::List},
    // tls.*
    {"tls.certificate", "errors", "What is wrong with the certificate", Kind::List},
    {"tls.certificate", "subject", "Made out to", Kind::Text},
    {"tls.certificate", "issuer", "Issued by", Kind::Text},
    {"tls.certificate", "not_after", "Valid until", Kind::Text},
    {"tls.certificate", "sha256", "SHA-256 fingerprint (compare it with the provider's)",
     Kind::Text},
    {"tls.certificate", "accepted", "Trusted for this run", Kind::YesNo},
    {"tls.certificate", "host", "Server", Kind::Text},
    {"tls.certificate", "port", "Port", Kind::Number},
    {"tls.protocol", "protocol", "TLS version in use", Kind::Text},
    // starttls.*, auth.*
    {"starttls.injection", "bytes", "Bytes that arrived before encryption started", Kind::Number},
    {"starttls.injection", "preview", "What arrived (first 200 bytes)", Kind::Text},
    {"starttls.missing", "advertised", "Announced in the capabilities", Kind::YesNo},
    {"starttls.missing", "reply", "The server's answer to STARTTLS", Kind::Text},
    {"auth.cleartext", "login_disabled", "Logins refused before encryption (LOGINDISABLED)",
     Kind::YesNo},
    {"auth.cleartext", "tls_available", "Encryption available on this port", Kind::YesNo},
    {"auth.failed", "method", "Login method", Kind::Text},
    {"auth.failed", "reply", "The server's answer", Kind::Text},
    {"auth.incomplete", "method", "Login method", Kind::Text},
    {"auth.incomplete", "ending", "What happened instead of an answer", Kind::Text},
    // IMAP behaviour
    {"imap.untagged-during-login", "after_greeting", "Untagged lines right after the greeting",
     Kind::List},
    {"imap.untagged-during-login", "before_login_reply", "Untagged lines before the login reply",
     Kind::List},
    {"imap.pipelining-loss", "after", "Commands sent in one packet after", Kind::Text},
    {"imap.pipelining-loss", "sent", "Commands sent together", Kind::List},
    {"imap.pipelining-loss", "lost", "Commands never answered", Kind::List},
    {"imap.pipelining-loss", "group", "Test group", Kind::Text},
    {"capabilities.changed", "added_after_login", "Capabilities added after login", Kind::List},
    {"capabilities.changed", "removed_after_login", "Capabilities gone after login", Kind::List},
    // SMTP
    {"smtp.pipelining-broken", "expected", "Replies expected", Kind::Number},
    {"smtp.pipelining-broken", "received", "Replies received", Kind::Number},
    {"smtp.pipelining-broken", "closed_early", "Connection closed before all replies", Kind::YesNo},
    {"smtp.pipelining-broken", "out_of_order", "Replies out of order", Kind::YesNo},
    {"smtp.pipelining-broken", "group", "Test group", Kind::Text},
    {"smtp.extensions", "before_tls", "Extensions announced before encryption", Kind::List},
    {"smtp.extensions", "after_tls", "Extensions announced after encryption", Kind::List},
    {"smtp.test-message", "queue_id", "Queue id of the test message", Kind::Text},
    {"smtp.test-message", "message_id", "Its Message-ID", Kind::Text},
    {"smtp.test-message", "envelope_from", "Envelope sender", Kind::Text},
    {"smtp.test-message", "envelope_to", "Envelope recipient", Kind::Text},
    {"smtp.test-message", "reply", "The server's final answer", Kind::Text},
    // server.identified, protocol.error
    {"server.identified", "software", "Server software", Kind::Text},
    {"server.identified", "product", "Product", Kind::Text},
    {"server.identified", "source", "Recognised from", Kind::Text},
    {"server.identified", "id", "What the server says about itself (IMAP ID)", Kind::Json},
    {"protocol.error", "errors", "What the server did wrong", Kind::List},
    // Any finding.
    {nullptr, "capabilities", "Capabilities announced", Kind::List},
    {nullptr, "reply", "The server's answer", Kind::Text},
    {nullptr, "method", "Method", Kind::Text},
    {nullptr, "errors", "Errors", Kind::List},
    {nullptr, "host", "Server", Kind::Text},
    {nullptr, "port", "Port", Kind::Number},
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
        return v.toBool() ? QObject::tr("yes") : QObject::tr("no");
    case QJsonValue::Double:
        return number(v.toDouble());
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QObject::tr("not known");
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
    if (a.size() > kMaxItems) s += QObject::tr(" … and %1 more").arg(a.size() - kMaxItems);
    if (a.isEmpty()) s = QObject::tr("none");
    return s;
}

QString words(Kind kind, const QJsonValue &v)
{
    switch (kind) {
    case Kind::Text:
    case Kind::Number:
        return scalar(v);
    case Kind::Seconds:
        return v.isDouble() ? QObject::tr("%1 s").arg(number(v.toDouble())) : scalar(v);
    case Kind::YesNo:
        return scalar(v);
    case Kind::List:
        return v.isArray() ? list(v.toArray()) : scalar(v);
    case Kind::IdleState: {
        const QString w = idleStateWords(v.toString());
        return w.isEmpty() ? scalar(v) : w;
    }
    case Kind::IdleEnding: {
        const QString w = idleEndingWords(v.toString());
        return w.isEmpty() ? scalar(v) : w;
    }
    case Kind::IdleStates: {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end() && parts.size() < kMaxItems; ++it) {
            const QString state = idleStateWords(it.key());
            const QString end = idleEndingWords(it.value().toString());
            parts << QStringLiteral("%1: %2").arg(state.isEmpty() ? it.key() : state,
                                                  end.isEmpty() ? scalar(it.value()) : end);
        }
        return parts.join(QStringLiteral("; "));
    }
    case Kind::IdleMethod:
        if (v.toString() == QLatin1String("observed"))
            return QObject::tr("seen as it happened (the server ended an idle connection)");
        if (v.toString() == QLatin1String("probed"))
            return QObject::tr("narrowed down with commands on connections idle for longer "
                               "and longer");
        return scalar(v);
    case Kind::Unacked:
        if (v.isBool())
            return v.toBool() ? QObject::tr("no: the data was never acknowledged (packets dropped)")
                              : QObject::tr("yes: acknowledged, but IMAP never answered");
        return QObject::tr("not known on this platform");
    case Kind::Keepalive:
        if (v.isBool())
            return v.toBool() ? QObject::tr("yes: something on the way counts packets")
                              : QObject::tr("no: it is the server's own timer");
        return QObject::tr("not known");
    case Kind::Mailboxes: {
        QStringList parts;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &b : a) {
            if (parts.size() >= kMaxItems) break;
            const QJsonObject o = b.toObject();
            parts << QObject::tr("%1: UID %2")
                         .arg(o.value(QStringLiteral("mailbox")).toString(),
                              list(o.value(QStringLiteral("uids")).toArray()));
        }
        QString s = parts.join(QStringLiteral("; "));
        if (a.size() > kMaxItems) s += QObject::tr(" … and %1 more").arg(a.size() - kMaxItems);
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
        out.append({key, QObject::tr(k.label), cut(words(k.kind, d.value(key)))});
        done.insert(key);
    }
    // idle.state-dependent records one key per state.
    for (auto it = d.begin(); it != d.end(); ++it) {
        if (done.contains(it.key())) continue;
        const QString state = idleStateWords(it.key());
        QString label, value;
        if (!state.isEmpty() && it.value().isString()) {
            label = QObject::tr("Idle %1").arg(state);
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
