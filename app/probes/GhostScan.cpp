// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "probes/GhostScan.h"
#include "i18n/Text.h"

#include "session/Transcript.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <functional>

namespace mailscope {

// --- helpers shared with Repair ------------------------------------------------------------

namespace ghosts {

QByteArray encodeMailboxName(const QString &name)
{
    QByteArray out;
    qsizetype i = 0;
    while (i < name.size()) {
        const char16_t c = name.at(i).unicode();
        if (c >= 0x20 && c <= 0x7e) {
            out += c == u'&' ? QByteArrayLiteral("&-") : QByteArray(1, char(c));
            ++i;
            continue;
        }
        QByteArray utf16;
        while (i < name.size() && (name.at(i).unicode() < 0x20 || name.at(i).unicode() > 0x7e)) {
            const char16_t u = name.at(i).unicode();
            utf16 += char(u >> 8);
            utf16 += char(u & 0xff);
            ++i;
        }
        QByteArray b64 = utf16.toBase64(QByteArray::OmitTrailingEquals);
        b64.replace('/', ',');
        out += '&' + b64 + '-';
    }
    return out;
}

QString decodeMailboxName(const QByteArray &wire)
{
    for (char c : wire)
        if (uchar(c) >= 0x80) return QString::fromUtf8(wire); // UTF8=ACCEPT servers
    QString out;
    qsizetype i = 0;
    while (i < wire.size()) {
        if (wire[i] != '&') {
            out += QLatin1Char(wire[i]);
            ++i;
            continue;
        }
        const qsizetype end = wire.indexOf('-', i + 1);
        if (end < 0) return QString::fromLatin1(wire);
        if (end == i + 1) {
            out += QLatin1Char('&');
            i = end + 1;
            continue;
        }
        QByteArray b64 = wire.mid(i + 1, end - i - 1);
        b64.replace(',', '/');
        const auto dec =
            QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
        if (!dec || dec.decoded.size() % 2) return QString::fromLatin1(wire);
        for (qsizetype j = 0; j + 1 < dec.decoded.size(); j += 2)
            out += QChar(char16_t((uchar(dec.decoded[j]) << 8) | uchar(dec.decoded[j + 1])));
        i = end + 1;
    }
    return out;
}

static QString shellWord(const QString &w)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._/@:+=%,-]+$"));
    if (safe.match(w).hasMatch()) return w;
    QString q = w;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString repairCommandLine(const Target &target, const QString &mailbox, quint32 uid,
                          quint32 uidValidity)
{
    const QString line =
        translate("GhostScan", "mailscope-cli repair %1 --mailbox %2 --expunge-uid %3")
            .arg(shellWord(target.url), shellWord(mailbox))
            .arg(uid);
    return uidValidity ? line + QStringLiteral(" --uidvalidity %1").arg(uidValidity) : line;
}

QList<GhostRef> ghostsInFinding(const Finding &f, int limit)
{
    QList<GhostRef> out;
    if (f.id != QLatin1String("imap.ghost-message")) return out;
    auto add = [&out, limit](const QJsonObject &o) {
        const QString box = o.value(QStringLiteral("mailbox")).toString();
        // A folder whose name could open another one (see the scan) is not offered.
        if (box.isEmpty() || !o.value(QStringLiteral("repairable")).toBool(true)) return;
        const double uv = o.value(QStringLiteral("uidvalidity")).toDouble(0);
        const quint32 uidValidity =
            uv >= 1 && uv <= 4294967295.0 && uv == std::floor(uv) ? quint32(uv) : 0;
        for (const QJsonValue &v : o.value(QStringLiteral("uids")).toArray()) {
            if (out.size() >= limit) return;
            const double n = v.toDouble(-1);
            if (n < 1 || n > 4294967295.0 || n != std::floor(n)) continue;
            bool seen = false;
            for (const GhostRef &g : std::as_const(out))
                seen = seen || (g.mailbox == box && g.uid == quint32(n));
            if (!seen) out.append({box, quint32(n), uidValidity});
        }
    };
    const QJsonArray boxes = f.data.value(QStringLiteral("mailboxes")).toArray();
    for (const QJsonValue &b : boxes)
        add(b.toObject());
    if (boxes.isEmpty()) add(f.data); // the simple form: one mailbox at the top level
    return out;
}

} // namespace ghosts

// --- the scan ------------------------------------------------------------------------------

namespace {

// Mailbox-wide: sizes only. Nobody's From or Subject goes into a report sent to the provider.
const QByteArray kSizeItems = QByteArrayLiteral("(UID RFC822.SIZE)");
// A suspect is confirmed with one byte of its body text, never its headers and never the whole
// message: a message that delivers it can be downloaded, and nobody's From or Subject is sent.
const QByteArray kConfirmItems = QByteArrayLiteral("(UID RFC822.SIZE BODY.PEEK[TEXT]<0.1>)");
// --include-headers: only for the ghosts found, only these fields.
const QByteArray kHeaderItems =
    QByteArrayLiteral("(UID BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE MESSAGE-ID)])");
constexpr int kConfirmBatch = 10; // confirming fetches per pipelined write
constexpr int kProgressMs = 5000; // a transcript note this often during long FETCHes
constexpr int kHeaderKeep = 2048; // bytes of a ghost's header fields kept (--include-headers)
// No real message is this small (RFC 5322 needs From: and Date:); Exchange's ghosts report a
// size of 1 (seed 001).
constexpr quint64 kImplausibleSize = 32;
// A hostile or broken server may claim any EXISTS count and list any number of UIDs. Memory
// follows what was listed, within EXISTS plus new mail, and never beyond an absolute cap.
constexpr quint64 kEntriesSlack = 100000;
constexpr quint64 kMaxEntries = 10000000;
constexpr quint64 kReserveAtMost = 1000000;
// Mailbox-sized commands get 1 ms a message over the usual deadline, up to about 33 minutes.
constexpr quint64 kExtraMsAtMost = 2000000;

QString number(quint64 n)
{
    return QLocale(QLocale::English).toString(qulonglong(n));
}

// (Outside the translate() calls: lupdate loops on template arguments inside them.)
int clampCount(quint64 n)
{
    return n > quint64(INT_MAX) ? INT_MAX : int(n);
}

QString countMessages(quint64 n)
{
    return translate("GhostScan", "%n message(s)", nullptr, clampCount(n));
}

QString countMailboxes(quint64 n)
{
    return translate("GhostScan", "%n mailbox(es)", nullptr, clampCount(n));
}

QString countGhosts(quint64 n)
{
    return translate("GhostScan", "%n ghost(s)", nullptr, clampCount(n));
}

bool startsWithNoCase(const QByteArray &s, const char *prefix)
{
    const qsizetype n = qsizetype(qstrlen(prefix));
    return s.size() >= n && qstrnicmp(s.constData(), prefix, n) == 0;
}

// The value of the first FETCH item whose name starts with prefix ("BODY[HEADER", "BODY[]").
const imap::Value *itemStartingWith(const imap::Response &r, const char *prefix)
{
    if (r.name != "FETCH" || !r.parseError.isEmpty() || r.data.empty() || !r.data.front().isList())
        return nullptr;
    const auto &items = r.data.front().items;
    for (size_t i = 0; i + 1 < items.size(); i += 2)
        if (items[i].type == imap::Value::Atom && startsWithNoCase(items[i].str, prefix))
            return &items[i + 1];
    return nullptr;
}

quint32 fetchUid(const imap::Response &r)
{
    const imap::Value *v = r.fetchItem("UID");
    bool ok = false;
    const quint64 n = v ? v->toNumber(&ok) : 0;
    return ok && n > 0 && n <= 0xffffffffULL ? quint32(n) : 0;
}

} // namespace

namespace ghosts {

quint32 uidValidityOf(const imap::Result &opened)
{
    for (const auto &u : opened.untagged) {
        if (u.code != "UIDVALIDITY" || u.codeArgs.empty()) continue;
        bool ok = false;
        const quint64 n = u.codeArgs.front().toNumber(&ok);
        if (ok && n > 0 && n <= 0xffffffffULL) return quint32(n);
    }
    return 0;
}

QByteArray confirmItems()
{
    return kConfirmItems;
}

Confirmation readConfirmation(const imap::Result &r, quint32 uid, quint64 seq)
{
    Confirmation c;
    for (const auto &u : r.untagged) {
        if (u.name != "FETCH" || !u.hasNumber) continue;
        const quint32 got = fetchUid(u);
        if (got != uid && !(got == 0 && seq != 0 && seq == u.number)) continue;
        if (!u.parseError.isEmpty()) {
            c.malformed = true;
            continue;
        }
        const imap::Value *v = itemStartingWith(u, "BODY[TEXT]");
        if (v && !v->isNil()) c.textAnswered = true;
        if (v && !v->isNil() && !v->str.isEmpty()) c.delivered = true;
        if (const imap::Value *n = u.fetchItem("RFC822.SIZE"); n && !n->isNil()) {
            bool ok = false;
            const quint64 bytes = n->toNumber(&ok);
            if (ok) {
                c.sizeKnown = true;
                c.size = bytes;
            }
        }
    }
    return c;
}

bool downloadable(const Confirmation &c)
{
    return (c.delivered || c.textAnswered) && !c.malformed &&
           !(c.sizeKnown && c.size < kImplausibleSize);
}

QString ghostReason(const Confirmation &c, bool standIn, const imap::Result &r)
{
    const bool tooSmall = c.sizeKnown && c.size < kImplausibleSize;
    if (downloadable(c) && !standIn) return {};
    if (c.malformed)
        return translate("GhostScan",
                         "asked for the message, the server sends an answer that cannot be read");
    if (standIn)
        return translate("GhostScan",
                         "instead of the message the server sends a stand-in text (\"%1…\")")
            .arg(QLatin1String(placeholderText()));
    if (tooSmall)
        return translate("GhostScan",
                         "the server gives its size as %1 byte(s), too small for any real message")
            .arg(c.size);
    if (r.ok())
        return translate("GhostScan", "asked for the message, the server answers \"%1\" without "
                                      "sending any of it")
            .arg(r.describe());
    return translate("GhostScan", "asked for the message, the server answers \"%1\"")
        .arg(r.describe());
}

} // namespace ghosts

namespace {

struct Entry
{
    quint32 uid = 0;
    quint32 seq = 0;
    bool size = false;    // a plausible RFC822.SIZE came back (else: a suspect)
    bool standIn = false; // its Subject is Exchange's stand-in text (server-side SEARCH)
};

struct Ghost
{
    quint32 uid = 0;
    quint32 seq = 0;
    QString headers;
    QString why;
    QList<int> evidence;
};

struct MailboxResult
{
    QString name;
    QString error; // set when the mailbox could not be scanned (fully)
    bool connectionLost = false;
    quint64 messages = 0;
    int suspects = 0;
    int unchecked = 0;       // suspects left unconfirmed (limit reached)
    int recovered = 0;       // suspects that delivered when asked alone
    int expunged = 0;        // messages removed by someone else during the scan
    quint32 uidValidity = 0; // EXAMINE's [UIDVALIDITY]: the UIDs found hold while it does
    // The name, shown as read, names this mailbox again when sent (the repair sends it so).
    // Not so for names that are not valid modified UTF-7, or in UTF-8: two mailboxes could
    // then read alike, and a repair would open the other one.
    bool nameExact = true;
    double headerFetchSeconds = -1;
    std::vector<Ghost> ghosts;
};

class Scanner
{
public:
    Scanner(Context &ctx, int *budget) : m_ctx(ctx), m_s(*ctx.imap), m_budget(budget) {}
    MailboxResult scan(const QByteArray &wire);

private:
    struct SinkGuard
    {
        imap::Session &s;
        ~SinkGuard() { s.setUntaggedSink({}); }
    };

    Entry *byUid(quint32 uid);
    Entry *bySeq(quint64 seq);
    void expunge(quint64 seq);
    void progress(const char *what);
    bool mailboxUpdate(const imap::Response &u);
    bool unfinished(const imap::Result &r, MailboxResult &mr, const char *what);
    bool listUids(MailboxResult &mr);
    bool fetchSizes(MailboxResult &mr);
    void findStandIns();
    void mailboxSized(const std::function<void()> &command);
    void confirm(MailboxResult &mr);
    void addHeaders(MailboxResult &mr);

    Context &m_ctx;
    imap::Session &m_s;
    int *m_budget;
    QString m_name;
    quint64 m_exists = 0;
    std::vector<Entry> m_entries; // sorted by UID (and so by sequence number)
    QSet<quint32> m_gone;         // expunged by someone else while we looked
    int m_unreadable = 0;         // FETCH lines that could not be parsed
    quint64 m_responses = 0;
    int m_expungedDuring = 0;
    QElapsedTimer m_clock;
    qint64 m_lastNote = 0;
};

Entry *Scanner::byUid(quint32 uid)
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), uid,
                               [](const Entry &e, quint32 u) { return e.uid < u; });
    return it != m_entries.end() && it->uid == uid ? &*it : nullptr;
}

Entry *Scanner::bySeq(quint64 seq)
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), seq,
                               [](const Entry &e, quint64 s) { return e.seq < s; });
    if (it != m_entries.end() && it->seq == seq) return &*it;
    for (auto &e : m_entries) // a server whose UIDs do not rise with sequence numbers
        if (e.seq == seq) return &e;
    return nullptr;
}

void Scanner::expunge(quint64 seq)
{
    if (m_exists > 0) --m_exists;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->seq == seq) {
            m_gone.insert(it->uid);
            it = m_entries.erase(it);
            continue;
        }
        if (it->seq > seq) --it->seq;
        ++it;
    }
}

// EXPUNGE and EXISTS from other sessions while we scan: keep sequence numbers right.
bool Scanner::mailboxUpdate(const imap::Response &u)
{
    if (u.name == "EXPUNGE" && u.hasNumber) {
        expunge(u.number);
        ++m_expungedDuring;
        return true;
    }
    if (u.name == "EXISTS" && u.hasNumber) {
        m_exists = u.number;
        return true;
    }
    return false;
}

bool Scanner::unfinished(const imap::Result &r, MailboxResult &mr, const char *what)
{
    if (r.completed) return false;
    mr.error =
        translate("GhostScan", "%1 did not finish: %2").arg(QLatin1String(what), r.describe());
    mr.connectionLost = !m_s.connection()->isOpen();
    return true;
}

void Scanner::progress(const char *what)
{
    ++m_responses;
    const qint64 now = m_clock.elapsed();
    if (now - m_lastNote < kProgressMs) return;
    m_lastNote = now;
    m_ctx.transcript()->note(
        m_s.connection()->id(),
        translate("GhostScan", "ghost scan of %1: %2 of %3 answered so far (%4)")
            .arg(m_name, number(m_responses), number(m_exists), QLatin1String(what)));
}

// Runs a mailbox-wide command with its deadline grown with the mailbox, within a bound.
void Scanner::mailboxSized(const std::function<void()> &command)
{
    const int usual = m_s.commandTimeoutMs();
    m_s.setCommandTimeoutMs(usual + int(qMin<quint64>(m_exists, kExtraMsAtMost)));
    command();
    m_s.setCommandTimeoutMs(usual);
}

bool Scanner::listUids(MailboxResult &mr)
{
    m_entries.reserve(size_t(qMin<quint64>(m_exists, kReserveAtMost)));
    m_responses = 0;
    m_s.setUntaggedSink([this](imap::Response &u) {
        if (u.name == "FETCH" && u.hasNumber) {
            const quint64 most = qMin<quint64>(m_exists + kEntriesSlack, kMaxEntries);
            if (m_entries.size() >= most) {
                m_s.connection()->failProtocol(
                    translate("GhostScan",
                              "the server listed more than %1 messages in a mailbox it said "
                              "holds %2")
                        .arg(number(most), number(m_exists)));
                return true;
            }
            // A line that could not be parsed names no trustworthy UID.
            if (!u.parseError.isEmpty()) {
                ++m_unreadable;
                progress("UID list");
                return true;
            }
            if (const quint32 uid = fetchUid(u)) {
                Entry e;
                e.uid = uid;
                e.seq = quint32(u.number);
                m_entries.push_back(e);
            }
            progress("UID list");
            return true;
        }
        return mailboxUpdate(u);
    });
    SinkGuard guard{m_s};
    imap::Result r;
    mailboxSized([&] { r = m_s.execute("UID FETCH", {imap::Arg::raw("1:* (UID)")}); });
    if (unfinished(r, mr, "listing the UIDs")) return false;
    if (!r.ok()) {
        mr.error =
            translate("GhostScan", "the server refused to list the UIDs: %1").arg(r.describe());
        return false;
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.uid < b.uid; });
    m_entries.erase(std::unique(m_entries.begin(), m_entries.end(),
                                [](const Entry &a, const Entry &b) { return a.uid == b.uid; }),
                    m_entries.end());
    return true;
}

bool Scanner::fetchSizes(MailboxResult &mr)
{
    m_responses = 0;
    m_s.setUntaggedSink([this](imap::Response &u) {
        if (u.name == "FETCH" && u.hasNumber) {
            const quint32 uid = fetchUid(u);
            const imap::Value *size = u.fetchItem("RFC822.SIZE");
            Entry *e = uid ? byUid(uid) : (size ? bySeq(u.number) : nullptr);
            if (!e) return true; // new mail, or a flag update for another session's change
            // A line that could not be parsed gives no size: the message is asked alone below.
            bool ok = false;
            const quint64 n = size && !size->isNil() ? size->toNumber(&ok) : 0;
            if (ok && n >= kImplausibleSize) e->size = true;
            progress("size FETCH");
            return true;
        }
        return mailboxUpdate(u);
    });
    SinkGuard guard{m_s};
    imap::Result r;
    mailboxSized([&] { r = m_s.execute("UID FETCH", {imap::Arg::raw("1:* " + kSizeItems)}); });
    if (r.completed && r.replyEvent >= 0 && r.sendEvent >= 0)
        mr.headerFetchSeconds = double(m_ctx.transcript()->at(r.replyEvent).tUs -
                                       m_ctx.transcript()->at(r.sendEvent).tUs) /
                                1e6;
    if (unfinished(r, mr, "the size FETCH")) return false;
    if (!r.ok() && m_responses == 0) {
        mr.error =
            translate("GhostScan", "the server refused the size FETCH: %1").arg(r.describe());
        return false;
    }
    if (!r.ok())
        m_ctx.transcript()->note(m_s.connection()->id(),
                                 translate("GhostScan",
                                           "ghost scan of %1: the size FETCH ended with "
                                           "%2 after %3 responses; checking what is missing")
                                     .arg(m_name, r.describe(), number(m_responses)));
    return true;
}

// Exchange may also hand out its stand-in message with an ordinary size. The server searches
// for the stand-in's subject itself: only UIDs come back, no message text.
void Scanner::findStandIns()
{
    const QByteArray subject = '"' + QByteArray(ghosts::placeholderText()) + '"';
    imap::Result r;
    mailboxSized([&] { r = m_s.execute("UID SEARCH", {imap::Arg::raw("SUBJECT " + subject)}); });
    if (!r.ok()) {
        if (r.completed)
            m_ctx.transcript()->note(m_s.connection()->id(),
                                     translate("GhostScan",
                                               "ghost scan of %1: the server would not search "
                                               "for Exchange's stand-in messages (%2)")
                                         .arg(m_name, r.describe()));
        return;
    }
    for (const auto &u : r.untagged) {
        if (u.name != "SEARCH" || !u.parseError.isEmpty()) continue;
        for (const auto &v : u.data) {
            bool ok = false;
            const quint64 uid = v.toNumber(&ok);
            if (!ok || uid == 0 || uid > 0xffffffffULL) continue;
            if (Entry *e = byUid(quint32(uid))) e->standIn = true;
        }
    }
}

void Scanner::confirm(MailboxResult &mr)
{
    std::vector<quint32> suspects;
    for (const auto &e : m_entries)
        if (!e.size || e.standIn) suspects.push_back(e.uid);
    mr.suspects = int(suspects.size());
    size_t next = 0;
    while (next < suspects.size() && !m_ctx.cancelled()) {
        if (*m_budget <= 0) break;
        std::vector<imap::Command> batch;
        std::vector<quint32> uids;
        while (next < suspects.size() && int(batch.size()) < qMin(kConfirmBatch, *m_budget)) {
            const quint32 uid = suspects[next++];
            if (m_gone.contains(uid)) continue;
            uids.push_back(uid);
            batch.push_back(m_s.builder().build(
                "UID FETCH", {imap::Arg::raw(QByteArray::number(uid) + ' ' + kConfirmItems)}));
        }
        if (batch.empty()) continue;
        *m_budget -= int(batch.size());
        const std::vector<imap::Result> res = m_s.pipeline(batch);
        for (size_t i = 0; i < res.size(); ++i) {
            const quint32 uid = uids[i];
            const imap::Result &r = res[i];
            for (const auto &u : r.untagged) {
                if (u.name == "EXPUNGE" && u.hasNumber) {
                    expunge(u.number);
                    ++m_expungedDuring;
                    continue;
                }
                if (u.name == "EXISTS" && u.hasNumber) m_exists = u.number;
            }
            if (!r.completed) {
                mr.error = translate("GhostScan", "confirming UID %1 did not finish: %2")
                               .arg(uid)
                               .arg(r.describe());
                mr.connectionLost = !m_s.connection()->isOpen();
                mr.unchecked += int(suspects.size() - next + (res.size() - i - 1));
                return;
            }
            if (m_gone.contains(uid)) continue; // removed by someone else meanwhile
            const Entry *e = byUid(uid);
            const QString why = ghosts::ghostReason(
                ghosts::readConfirmation(r, uid, e ? e->seq : 0), e && e->standIn, r);
            if (why.isEmpty()) {
                ++mr.recovered;
                m_ctx.transcript()->note(
                    m_s.connection()->id(),
                    translate("GhostScan",
                              "ghost scan of %1: UID %2 was incomplete in the mailbox-wide "
                              "FETCH but delivered its text when asked alone")
                        .arg(m_name)
                        .arg(uid));
                continue;
            }
            Ghost g;
            g.uid = uid;
            g.seq = e ? e->seq : 0;
            g.why = why;
            g.evidence << r.sendEvent << r.replyEvent;
            mr.ghosts.push_back(std::move(g));
        }
    }
    mr.unchecked += int(suspects.size() - next);
}

// --include-headers: From, Subject, Date and Message-ID of each ghost, so the user can tell
// which message it is. Only on request: the report goes to the provider.
void Scanner::addHeaders(MailboxResult &mr)
{
    std::vector<imap::Command> batch;
    for (const Ghost &g : mr.ghosts)
        batch.push_back(m_s.builder().build(
            "UID FETCH", {imap::Arg::raw(QByteArray::number(g.uid) + ' ' + kHeaderItems)}));
    if (batch.empty() || !m_s.connection()->isOpen()) return;
    const std::vector<imap::Result> res = m_s.pipeline(batch);
    for (size_t i = 0; i < res.size() && i < mr.ghosts.size(); ++i)
        for (const auto &u : res[i].untagged) {
            if (u.name != "FETCH" || !u.parseError.isEmpty() || fetchUid(u) != mr.ghosts[i].uid)
                continue;
            if (const imap::Value *h = itemStartingWith(u, "BODY[HEADER"); h && !h->isNil())
                mr.ghosts[i].headers = QString::fromUtf8(h->str.left(kHeaderKeep));
        }
}

MailboxResult Scanner::scan(const QByteArray &wire)
{
    MailboxResult mr;
    mr.name = ghosts::decodeMailboxName(wire);
    mr.nameExact = ghosts::encodeMailboxName(mr.name) == wire;
    m_name = mr.name;
    m_entries.clear();
    m_gone.clear();
    m_unreadable = 0;
    m_expungedDuring = 0;
    m_exists = 0;
    m_clock.start();
    m_lastNote = 0;

    const imap::Result ex = m_s.execute("EXAMINE", {imap::Arg::string(wire)});
    if (!ex.ok()) {
        mr.error =
            translate("GhostScan", "could not open it read-only (EXAMINE): %1").arg(ex.describe());
        mr.connectionLost = !m_s.connection()->isOpen();
        return mr;
    }
    for (const auto &u : ex.untagged)
        if (u.name == "EXISTS" && u.hasNumber) m_exists = u.number;
    mr.uidValidity = ghosts::uidValidityOf(ex);
    if (m_exists > 0) {
        if (m_exists >= 1000)
            m_ctx.transcript()->note(m_s.connection()->id(),
                                     translate("GhostScan",
                                               "ghost scan of %1: %2 messages; progress is "
                                               "noted every %3 s")
                                         .arg(m_name, number(m_exists))
                                         .arg(kProgressMs / 1000));
        if (listUids(mr) && fetchSizes(mr)) {
            findStandIns();
            confirm(mr);
        }
        if (m_ctx.options().includeHeaders && !mr.ghosts.empty()) addHeaders(mr);
        if (m_unreadable > 0)
            m_ctx.transcript()->note(m_s.connection()->id(),
                                     translate("GhostScan",
                                               "ghost scan of %1: %2 FETCH line(s) could "
                                               "not be read and were not counted")
                                         .arg(m_name)
                                         .arg(m_unreadable));
    }
    mr.messages = m_entries.size();
    mr.expunged = m_expungedDuring;
    // Leave read-only without CLOSE (which expunges on a read-write mailbox).
    if (m_s.connection()->isOpen() && m_s.hasCapability("UNSELECT")) m_s.execute("UNSELECT");
    return mr;
}

} // namespace

// --- the check -----------------------------------------------------------------------------

void GhostsCheck::run(Context &ctx)
{
    if (!ctx.isImap()) {
        ctx.addCheck(id(), CheckStatus::Skipped, translate("GhostScan", "IMAP only"));
        return;
    }
    if (!ctx.ensureLoggedIn()) {
        const QString why = !ctx.login.blocked.isEmpty() ? ctx.login.blocked
                            : !ctx.login.reply.isEmpty() ? ctx.login.reply
                                                         : ctx.report()->fatalError;
        ctx.addCheck(
            id(), ctx.login.attempted ? CheckStatus::Error : CheckStatus::Skipped,
            translate("GhostScan", "needs a login to look into the mailboxes: %1").arg(why));
        return;
    }
    imap::Session &s = *ctx.imap;

    // Which mailboxes.
    QList<QByteArray> boxes;
    QString listProblem;
    const QString only = ctx.options().mailbox;
    if (!only.isEmpty()) {
        boxes << ghosts::encodeMailboxName(only);
    } else {
        const imap::Result l = s.execute("LIST", {imap::Arg::raw("\"\" \"*\"")});
        if (!l.ok()) {
            ctx.addCheck(
                id(), CheckStatus::Error,
                translate("GhostScan", "could not list the mailboxes: %1").arg(l.describe()));
            return;
        }
        int unreadable = 0;
        for (const auto &u : l.untagged) {
            if (u.name != "LIST") continue;
            // A line that could not be parsed may name a different mailbox than the server
            // meant (a cut-off name): scanning it would look into the wrong one.
            if (!u.parseError.isEmpty() || u.data.size() != 3 || !u.data[0].isList() ||
                u.data[2].isList()) {
                ++unreadable;
                continue;
            }
            bool selectable = true;
            for (const auto &flag : u.data[0].items)
                if (flag.str.compare("\\Noselect", Qt::CaseInsensitive) == 0 ||
                    flag.str.compare("\\NonExistent", Qt::CaseInsensitive) == 0)
                    selectable = false;
            const QByteArray name = u.data[2].str;
            if (selectable && !name.isEmpty() && !boxes.contains(name)) boxes << name;
        }
        if (unreadable > 0)
            listProblem =
                translate("GhostScan", "%1 mailbox name(s) in the server's LIST answer could "
                                       "not be read and were not scanned")
                    .arg(unreadable);
    }

    int budget = maxConfirmations;
    Scanner scanner(ctx, &budget);
    std::vector<MailboxResult> results;
    QStringList problems;
    if (!listProblem.isEmpty()) problems << listProblem;
    quint64 messages = 0;
    int scanned = 0, ghostCount = 0, unchecked = 0;
    for (const auto &wire : boxes) {
        if (ctx.cancelled()) {
            problems << QStringLiteral("cancelled");
            break;
        }
        MailboxResult mr = scanner.scan(wire);
        messages += mr.messages;
        ghostCount += int(mr.ghosts.size());
        unchecked += mr.unchecked;
        if (mr.error.isEmpty())
            ++scanned;
        else
            problems << translate("GhostScan", "%1: %2").arg(mr.name, mr.error);
        if (mr.headerFetchSeconds >= 0)
            ctx.transcript()->note(
                s.connection()->id(),
                translate("GhostScan",
                          "ghost scan of %1: %2, size FETCH answered in %3 s; %4 incomplete, "
                          "%5")
                    .arg(mr.name, countMessages(mr.messages))
                    .arg(mr.headerFetchSeconds, 0, 'f', 3)
                    .arg(number(quint64(mr.suspects)), countGhosts(quint64(mr.ghosts.size()))));
        const bool lost = mr.connectionLost;
        results.push_back(std::move(mr));
        if (lost) {
            problems << translate("GhostScan",
                                  "the connection was lost; the remaining mailboxes were "
                                  "not scanned");
            break;
        }
    }

    // The finding: one for the run, naming every ghost by mailbox.
    if (ghostCount > 0) {
        const Target &t = ctx.options().target;
        Finding f;
        f.id = QStringLiteral("imap.ghost-message");
        f.severity = Severity::Error;
        QJsonArray perBox;
        QStringList named;
        QString firstWhy;
        for (const auto &mr : results) {
            if (mr.ghosts.empty()) continue;
            QJsonArray uids, seqs, headers, commands;
            QStringList uidWords;
            for (const auto &g : mr.ghosts) {
                uids.append(qint64(g.uid));
                seqs.append(qint64(g.seq));
                if (ctx.options().includeHeaders) headers.append(g.headers);
                commands.append(mr.nameExact
                                    ? ghosts::repairCommandLine(t, mr.name, g.uid, mr.uidValidity)
                                    : QString());
                uidWords << QString::number(g.uid);
                f.evidence << g.evidence;
                if (firstWhy.isEmpty()) firstWhy = g.why;
            }
            named << QStringLiteral("UID %1 in %2")
                         .arg(joinTexts(uidWords, QStringLiteral(", ")), mr.name);
            QJsonObject o;
            o.insert(QStringLiteral("mailbox"), mr.name);
            if (mr.uidValidity) o.insert(QStringLiteral("uidvalidity"), qint64(mr.uidValidity));
            o.insert(QStringLiteral("uids"), uids);
            o.insert(QStringLiteral("sequence"), seqs);
            if (ctx.options().includeHeaders) o.insert(QStringLiteral("headers"), headers);
            o.insert(QStringLiteral("repair_commands"), commands);
            if (!mr.nameExact) o.insert(QStringLiteral("repairable"), false);
            if (perBox.isEmpty()) {
                // The first mailbox's ghosts at the top level, as the simple case reads.
                f.data.insert(QStringLiteral("mailbox"), mr.name);
                if (mr.uidValidity)
                    f.data.insert(QStringLiteral("uidvalidity"), qint64(mr.uidValidity));
                f.data.insert(QStringLiteral("uids"), uids);
                f.data.insert(QStringLiteral("sequence"), seqs);
                if (ctx.options().includeHeaders) f.data.insert(QStringLiteral("headers"), headers);
                f.data.insert(QStringLiteral("repair_command"), commands.first());
                if (!mr.nameExact) f.data.insert(QStringLiteral("repairable"), false);
            }
            perBox.append(o);
        }
        f.data.insert(QStringLiteral("mailboxes"), perBox);
        f.data.insert(QStringLiteral("unchecked_suspects"), unchecked);
        // The explanation names a folder whose repair can be offered, when there is one.
        auto firstIt = std::find_if(results.begin(), results.end(), [](const MailboxResult &m) {
            return !m.ghosts.empty() && m.nameExact;
        });
        if (firstIt == results.end())
            firstIt = std::find_if(results.begin(), results.end(),
                                   [](const MailboxResult &m) { return !m.ghosts.empty(); });
        const auto &first = *firstIt;
        const quint32 firstUid = first.ghosts.front().uid;
        f.title = ghostCount == 1
                      ? translate("GhostScan", "A message in %1 cannot be downloaded (UID %2)")
                            .arg(first.name)
                            .arg(firstUid)
                      : translate("GhostScan", "%1 messages cannot be downloaded (%2)")
                            .arg(ghostCount)
                            .arg(joinTexts(named, QStringLiteral("; ")));
        const QString which = ghostCount == 1
                                  ? QStringLiteral("UID %1 in %2").arg(firstUid).arg(first.name)
                                  : joinTexts(named, QStringLiteral("; "));
        f.explanation =
            first.nameExact
                ? translate("GhostScan",
                            "Your mail program keeps failing on message %1: the server lists it "
                            "but cannot deliver it (%2). Programs that download everything, such "
                            "as OfflineIMAP, mbsync or Thunderbird's offline folders, stop or "
                            "retry on it every time. This is a fault in the server's mail store "
                            "(Microsoft Exchange is known for it), not in your mail program. What "
                            "to do: ask your provider to repair or remove the message; or, since "
                            "nobody can read it anyway, remove exactly that message yourself with "
                            "\"%3\" (add the same password and certificate options as for this "
                            "run). It first shows what it will do and changes nothing until you "
                            "add --yes.")
                      .arg(which, firstWhy,
                           ghosts::repairCommandLine(t, first.name, firstUid, first.uidValidity))
                : translate("GhostScan",
                            "Your mail program keeps failing on message %1: the server lists it "
                            "but cannot deliver it (%2). Programs that download everything, such "
                            "as OfflineIMAP, mbsync or Thunderbird's offline folders, stop or "
                            "retry on it every time. This is a fault in the server's mail store "
                            "(Microsoft Exchange is known for it), not in your mail program. What "
                            "to do: ask your provider to repair or remove the message. Mailscope "
                            "does not offer to remove it: the folder's name, as the server wrote "
                            "it, cannot be given back to the server exactly, and another folder "
                            "could be opened instead.")
                      .arg(which, firstWhy);
        ctx.addFinding(f);
    }

    QString summary = translate("GhostScan", "%1, %2, %3")
                          .arg(countMailboxes(quint64(scanned)), countMessages(messages),
                               ghostCount == 0 ? translate("GhostScan", "no ghosts")
                                               : countGhosts(quint64(ghostCount)));
    if (unchecked > 0)
        summary =
            appendText(summary, translate("GhostScan",
                                          "; %1 more incomplete message(s) not checked one by one "
                                          "(limit of %2 per run)")
                                    .arg(unchecked)
                                    .arg(maxConfirmations));
    if (!problems.isEmpty())
        summary = appendText(summary, translate("GhostScan", "; not scanned: %1")
                                          .arg(joinTexts(problems, QStringLiteral("; "))));
    CheckStatus status = ghostCount > 0 ? CheckStatus::Fail : CheckStatus::Pass;
    if (ghostCount == 0 && (unchecked > 0 || !problems.isEmpty())) status = CheckStatus::Warn;
    if (scanned == 0 && !problems.isEmpty() && ghostCount == 0) status = CheckStatus::Error;
    ctx.addCheck(id(), status, summary);
}

} // namespace mailscope
