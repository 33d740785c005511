// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "report/JsonReport.h"
#include "i18n/Text.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

namespace mailscope {

namespace {
QJsonArray toArray(const QStringList &l)
{
    QJsonArray a;
    for (const auto &s : l)
        a.append(s);
    return a;
}

QStringList fromArray(const QJsonValue &v)
{
    QStringList out;
    for (const auto &x : v.toArray())
        out << x.toString();
    return out;
}

const QString kSchema = QStringLiteral("mailscope.report/1");

bool isUtf8(const QByteArray &b)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = utf8.decode(b);
    // The round trip catches what the decoder forgives (an initial BOM is dropped).
    return !utf8.hasError() && s.toUtf8() == b;
}

// Bytes as JSON: readable text when they are UTF-8, and then also exactly those bytes back;
// otherwise the text is a Latin-1 rendering for people and b64Key holds the exact bytes, so
// that a saved report replays byte for byte (8-bit literals, binary junk).
void putBytes(QJsonObject &o, const QString &textKey, const QString &b64Key, const QByteArray &b)
{
    if (isUtf8(b)) {
        o.insert(textKey, QString::fromUtf8(b));
        return;
    }
    o.insert(textKey, QString::fromLatin1(b));
    o.insert(b64Key, QString::fromLatin1(b.toBase64()));
}

QByteArray getBytes(const QJsonObject &o, const QString &textKey, const QString &b64Key)
{
    if (o.contains(b64Key)) return QByteArray::fromBase64(o.value(b64Key).toString().toLatin1());
    return o.value(textKey).toString().toUtf8();
}
} // namespace

QJsonObject findingToJson(const Finding &f)
{
    QJsonArray ev;
    for (int i : f.evidence)
        ev.append(i);
    return {
        {QStringLiteral("id"), f.id},       {QStringLiteral("severity"), severityName(f.severity)},
        {QStringLiteral("title"), f.title}, {QStringLiteral("explanation"), f.explanation},
        {QStringLiteral("data"), f.data},   {QStringLiteral("evidence"), ev}};
}

QJsonArray findingsToJson(const QList<Finding> &findings)
{
    QJsonArray out;
    for (const auto &f : findings)
        out.append(findingToJson(f));
    return out;
}

QJsonArray adviceListToJson(const QList<Advice> &advice)
{
    QJsonArray out;
    for (const auto &a : advice)
        out.append(adviceToJson(a));
    return out;
}

QJsonObject adviceToJson(const Advice &a)
{
    return {{QStringLiteral("for"), a.forWhom},
            {QStringLiteral("setting"), a.setting},
            {QStringLiteral("value"), a.value},
            {QStringLiteral("reason"), a.reason}};
}

namespace {

// Every string value in `v` (not the keys), depth first.
void collectStrings(const QJsonValue &v, QStringList *out)
{
    if (v.isString()) {
        out->append(v.toString());
    } else if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            collectStrings(x, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectStrings(it.value(), out);
    }
}

} // namespace

QByteArray jsonFileBytes(const QJsonDocument &doc)
{
    const QByteArray in = doc.toJson(QJsonDocument::Indented);
    QByteArray out;
    out.reserve(in.size());
    auto escape = [&out](uint cp) {
        out += "\\u" + QByteArray::number(cp, 16).rightJustified(4, '0');
    };
    // Outside strings JSON is ASCII, and QJsonDocument already escapes C0 controls: only
    // these, all inside strings, are left to do. The input is valid UTF-8 (Qt wrote it).
    for (qsizetype i = 0; i < in.size(); ++i) {
        const uchar c = uchar(in[i]);
        if (c == 0x7f) {
            escape(c);
            continue;
        }
        if (c == 0xc2 && i + 1 < in.size() && uchar(in[i + 1]) >= 0x80 &&
            uchar(in[i + 1]) <= 0x9f) { // U+0080..U+009F
            escape(uchar(in[i + 1]));
            ++i;
            continue;
        }
        if (c == 0xd8 && i + 1 < in.size() && uchar(in[i + 1]) == 0x9c) { // U+061C
            escape(0x061c);
            ++i;
            continue;
        }
        if (c == 0xe2 && i + 2 < in.size()) {
            const uint cp = ((c & 0x0fu) << 12) | ((uchar(in[i + 1]) & 0x3fu) << 6) |
                            (uchar(in[i + 2]) & 0x3fu);
            if (cp == 0x200e || cp == 0x200f || (cp >= 0x2028 && cp <= 0x202e) ||
                (cp >= 0x2066 && cp <= 0x2069)) {
                escape(cp);
                i += 2;
                continue;
            }
        }
        out += char(c);
    }
    return out;
}

QJsonDocument reportToJson(const Report &r, const std::vector<Event> &events)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), kSchema);
    root.insert(QStringLiteral("started_at"), r.startedAt);
    QJsonObject target;
    target.insert(QStringLiteral("url"), r.target.url);
    target.insert(QStringLiteral("protocol"), r.target.protocolName());
    target.insert(QStringLiteral("host"), r.target.host);
    target.insert(QStringLiteral("port"), int(r.target.port));
    target.insert(QStringLiteral("security"), r.target.securityName());
    root.insert(QStringLiteral("target"), target);

    QJsonObject server;
    server.insert(QStringLiteral("software"), r.software);
    server.insert(QStringLiteral("greeting"), r.greeting);
    QJsonObject caps;
    caps.insert(QStringLiteral("before_tls"), toArray(r.capsBeforeTls));
    caps.insert(QStringLiteral("after_tls"), toArray(r.capsAfterTls));
    caps.insert(QStringLiteral("after_login"), toArray(r.capsAfterLogin));
    server.insert(QStringLiteral("capabilities"), caps);
    root.insert(QStringLiteral("server"), server);

    QJsonArray checks;
    for (const auto &c : r.checks)
        checks.append(QJsonObject{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("status"), checkStatusName(c.status)},
                                  {QStringLiteral("summary"), c.summary}});
    root.insert(QStringLiteral("checks"), checks);

    root.insert(QStringLiteral("findings"), findingsToJson(r.findings));
    root.insert(QStringLiteral("advice"), adviceListToJson(r.advice));
    if (!r.fatalError.isEmpty()) root.insert(QStringLiteral("error"), r.fatalError);
    // How the human texts above were made, for a reader in another language (not the events:
    // those are the server's and our own words as they went over the wire).
    QStringList texts;
    collectStrings(root, &texts);
    root.insert(QStringLiteral("texts"), textRecipes(texts));

    QJsonArray evs;
    for (const auto &e : events) {
        QJsonObject o{{QStringLiteral("t"), double(e.tUs) / 1e6},
                      {QStringLiteral("conn"), e.conn},
                      {QStringLiteral("kind"), eventKindName(e.kind)}};
        const bool bytes = e.kind == EventKind::Send || e.kind == EventKind::Receive;
        if (bytes && e.fact != EventFact::Omitted)
            putBytes(o, QStringLiteral("text"), QStringLiteral("data_b64"), e.data);
        else
            o.insert(QStringLiteral("text"), e.displayText());
        if (e.secret) o.insert(QStringLiteral("secret"), true);
        if (e.redacted()) o.insert(QStringLiteral("redacted"), true);
        if (e.revealed)
            putBytes(o, QStringLiteral("masked"), QStringLiteral("masked_b64"), e.masked);
        if (e.fact != EventFact::None) o.insert(QStringLiteral("fact"), eventFactName(e.fact));
        if (e.omittedBytes > 0) o.insert(QStringLiteral("omitted_bytes"), double(e.omittedBytes));
        evs.append(o);
    }
    root.insert(QStringLiteral("events"), evs);
    if (r.secretsShown) root.insert(QStringLiteral("secrets_shown"), true);
    root.insert(QStringLiteral("exit_status"), r.exitCode());
    return QJsonDocument(root);
}

namespace {

// What a report read from a file may hold: far more than any run writes (tens of checks,
// findings and advice lines, sentences of a few hundred characters), little enough that a file
// made to stall the app cannot (a 5 MB title took minutes to lay out, 140,000 advice lines
// 2 GB). More is cut, and the report says so in a finding of its own.
constexpr int kMaxReadChecks = 1000;
constexpr int kMaxReadFindings = 1000;
constexpr int kMaxReadAdvice = 2000;
constexpr int kMaxReadEvidence = 10000;
constexpr int kMaxReadTextChars = 20000;

struct ReadLimits
{
    int items = 0; // checks, findings, advice lines and evidence left out
    int texts = 0; // texts cut short

    QString text(const QJsonValue &v)
    {
        QString s = v.toString();
        if (s.size() <= kMaxReadTextChars) return s;
        ++texts;
        s.truncate(kMaxReadTextChars);
        return s + QChar(0x2026);
    }
    // Whether one more item fits after `held` of them.
    bool fits(qsizetype held, int most)
    {
        if (held < most) return true;
        ++items;
        return false;
    }
};

} // namespace

QString reportFromFile(const QString &path, Report *report, std::vector<Event> *events)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return translate("JsonReport", "cannot read %1: %2").arg(path, f.errorString());
    if (f.size() > kMaxReportFileBytes)
        return translate("JsonReport", "%1 is %2 MiB, larger than any report Mailscope writes "
                                       "(at most %3 MiB): not read")
            .arg(path)
            .arg(f.size() >> 20)
            .arg(kMaxReportFileBytes >> 20);
    return reportFromJson(f.read(kMaxReportFileBytes), report, events);
}

QString reportFromJson(const QByteArray &json, Report *r, std::vector<Event> *events)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull())
        return translate("JsonReport", "not a JSON document: %1 at offset %2")
            .arg(pe.errorString())
            .arg(pe.offset);
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toString() != kSchema)
        return translate("JsonReport", "not a Mailscope report (schema is not %1)").arg(kSchema);
    const QJsonObject t = root.value(QStringLiteral("target")).toObject();
    Target target;
    const QString perr = Target::parse(t.value(QStringLiteral("url")).toString(), &target);
    if (!perr.isEmpty()) {
        target.url = t.value(QStringLiteral("url")).toString();
        target.host = t.value(QStringLiteral("host")).toString();
        target.port = quint16(t.value(QStringLiteral("port")).toInt());
        target.protocol = t.value(QStringLiteral("protocol")).toString() == QLatin1String("smtp")
                              ? Protocol::Smtp
                              : Protocol::Imap;
        target.implicitTls = t.value(QStringLiteral("security")).toString() == QLatin1String("tls");
    }
    r->target = target;
    rememberTextRecipes(root.value(QStringLiteral("texts")).toArray());
    r->startedAt = root.value(QStringLiteral("started_at")).toString();
    const QJsonObject server = root.value(QStringLiteral("server")).toObject();
    r->software = server.value(QStringLiteral("software")).toString();
    r->greeting = server.value(QStringLiteral("greeting")).toString();
    const QJsonObject caps = server.value(QStringLiteral("capabilities")).toObject();
    r->capsBeforeTls = fromArray(caps.value(QStringLiteral("before_tls")));
    r->capsAfterTls = fromArray(caps.value(QStringLiteral("after_tls")));
    r->capsAfterLogin = fromArray(caps.value(QStringLiteral("after_login")));
    r->fatalError = root.value(QStringLiteral("error")).toString();
    r->secretsShown = root.value(QStringLiteral("secrets_shown")).toBool();

    auto statusFrom = [](const QString &s) {
        if (s == QLatin1String("pass")) return CheckStatus::Pass;
        if (s == QLatin1String("warn")) return CheckStatus::Warn;
        if (s == QLatin1String("fail")) return CheckStatus::Fail;
        if (s == QLatin1String("skipped")) return CheckStatus::Skipped;
        return CheckStatus::Error;
    };
    ReadLimits cut;
    for (const auto &v : root.value(QStringLiteral("checks")).toArray()) {
        if (!cut.fits(r->checks.size(), kMaxReadChecks)) continue;
        const QJsonObject o = v.toObject();
        r->checks.append({cut.text(o.value(QStringLiteral("id"))),
                          statusFrom(o.value(QStringLiteral("status")).toString()),
                          cut.text(o.value(QStringLiteral("summary")))});
    }
    for (const auto &v : root.value(QStringLiteral("findings")).toArray()) {
        if (!cut.fits(r->findings.size(), kMaxReadFindings)) continue;
        const QJsonObject o = v.toObject();
        Finding f;
        f.id = cut.text(o.value(QStringLiteral("id")));
        const QString sev = o.value(QStringLiteral("severity")).toString();
        f.severity = sev == QLatin1String("error")     ? Severity::Error
                     : sev == QLatin1String("warning") ? Severity::Warning
                                                       : Severity::Info;
        f.title = cut.text(o.value(QStringLiteral("title")));
        f.explanation = cut.text(o.value(QStringLiteral("explanation")));
        f.data = o.value(QStringLiteral("data")).toObject();
        for (const auto &e : o.value(QStringLiteral("evidence")).toArray())
            if (cut.fits(f.evidence.size(), kMaxReadEvidence)) f.evidence << e.toInt();
        r->findings.append(f);
    }
    for (const auto &v : root.value(QStringLiteral("advice")).toArray()) {
        if (!cut.fits(r->advice.size(), kMaxReadAdvice)) continue;
        const QJsonObject o = v.toObject();
        r->advice.append({cut.text(o.value(QStringLiteral("for"))),
                          cut.text(o.value(QStringLiteral("setting"))),
                          cut.text(o.value(QStringLiteral("value"))),
                          cut.text(o.value(QStringLiteral("reason")))});
    }
    if (cut.items > 0 || cut.texts > 0) {
        Finding f;
        f.id = QStringLiteral("report.cut");
        f.severity = Severity::Info;
        f.title = translate("JsonReport", "This report file holds more than Mailscope shows");
        QStringList parts;
        if (cut.items > 0)
            parts << translate("JsonReport",
                               "%n check(s), finding(s), advice line(s) or evidence "
                               "reference(s) left out",
                               nullptr, cut.items);
        if (cut.texts > 0)
            parts << translate("JsonReport", "%n text(s) cut short", nullptr, cut.texts);
        f.explanation = joinTexts(
            {translate("JsonReport", "Mailscope shows as much as any run writes: "),
             joinTexts(parts, QStringLiteral("; ")),
             translate("JsonReport", ". The file itself is unchanged; it may have been made by "
                                     "hand or by another program.")},
            QString());
        f.data.insert(QStringLiteral("items_left_out"), cut.items);
        f.data.insert(QStringLiteral("texts_cut"), cut.texts);
        r->findings.append(f);
    }
    if (events) {
        events->clear();
        for (const auto &v : root.value(QStringLiteral("events")).toArray()) {
            const QJsonObject o = v.toObject();
            Event e;
            e.tUs = qint64(o.value(QStringLiteral("t")).toDouble() * 1e6);
            e.conn = o.value(QStringLiteral("conn")).toInt();
            const QString k = o.value(QStringLiteral("kind")).toString();
            static const QList<EventKind> kinds = {
                EventKind::Connect, EventKind::Tls,   EventKind::Send,
                EventKind::Receive, EventKind::Close, EventKind::Reset,
                EventKind::Timeout, EventKind::Note,  EventKind::Error};
            e.kind = EventKind::Note;
            for (EventKind kk : kinds)
                if (eventKindName(kk) == k) e.kind = kk;
            e.fact = eventFactFromName(o.value(QStringLiteral("fact")).toString());
            // Reports written before events carried facts: derive the two that replay needs,
            // here at the edge, once.
            if (!o.contains(QStringLiteral("fact"))) {
                const QString old = o.value(QStringLiteral("text")).toString();
                if (e.kind == EventKind::Tls && old.startsWith(QLatin1String("TLS established")))
                    e.fact = EventFact::TlsEstablished;
                if (e.kind == EventKind::Close && old.contains(QLatin1String("by the server")))
                    e.fact = EventFact::PeerClosed;
            }
            e.omittedBytes = qint64(o.value(QStringLiteral("omitted_bytes")).toDouble());
            const bool bytes = e.kind == EventKind::Send || e.kind == EventKind::Receive;
            if (bytes && e.fact != EventFact::Omitted)
                e.data = getBytes(o, QStringLiteral("text"), QStringLiteral("data_b64"));
            else
                e.text = o.value(QStringLiteral("text")).toString();
            // "redacted" alone marks a secret in reports written before "secret" existed.
            const bool redacted = o.value(QStringLiteral("redacted")).toBool();
            e.secret = redacted || o.value(QStringLiteral("secret")).toBool();
            e.revealed = e.secret && !redacted;
            if (e.revealed) {
                e.masked = getBytes(o, QStringLiteral("masked"), QStringLiteral("masked_b64"));
                if (e.masked.isEmpty()) e.masked = "<redacted>";
            }
            events->push_back(std::move(e));
        }
    }
    return {};
}

} // namespace mailscope
