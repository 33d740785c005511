// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "smtp/SmtpParser.h"
#include "i18n/Text.h"

#include <cstring>

namespace mailscope::smtp {

QByteArray Reply::text() const
{
    QByteArray out;
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray l = lines[i];
        if (!enhanced.isEmpty() && l.startsWith(enhanced)) l = l.mid(enhanced.size()).trimmed();
        if (i) out += ' ';
        out += l;
    }
    return out;
}

Parser::Parser(Limits limits) : m_limits(limits) {}

void Parser::reset()
{
    m_partial.clear();
    m_cur = Reply();
    m_inReply = false;
    m_ready.clear();
    m_error.clear();
}

void Parser::fail(const QString &message)
{
    if (m_error.isEmpty()) m_error = message;
    m_partial.clear();
}

QByteArray Parser::enhancedCode(const QByteArray &text)
{
    // class "." subject "." detail, class in {2,4,5}, subject and detail 1-3 digits
    const int n = int(text.size());
    if (n < 5 || (text[0] != '2' && text[0] != '4' && text[0] != '5') || text[1] != '.') return {};
    int i = 2, digits = 0;
    while (i < n && text[i] >= '0' && text[i] <= '9' && digits < 4) {
        ++i;
        ++digits;
    }
    if (digits == 0 || digits > 3 || i >= n || text[i] != '.') return {};
    ++i;
    digits = 0;
    while (i < n && text[i] >= '0' && text[i] <= '9' && digits < 4) {
        ++i;
        ++digits;
    }
    if (digits == 0 || digits > 3 || (i < n && text[i] != ' ')) return {};
    return text.left(i);
}

qsizetype Parser::feed(const char *data, qsizetype len, bool stopAfterReply)
{
    qsizetype pos = 0;
    while (pos < len && m_error.isEmpty()) {
        const char *nl =
            static_cast<const char *>(std::memchr(data + pos, '\n', size_t(len - pos)));
        const qsizetype seg = nl ? (nl - (data + pos)) + 1 : len - pos;
        if (m_partial.size() + seg > m_limits.maxLineLength + 2) {
            fail(translate("SmtpParser", "reply line longer than the limit of %1 bytes")
                     .arg(m_limits.maxLineLength));
            return len;
        }
        m_partial.append(data + pos, seg);
        pos += seg;
        if (nl) {
            QByteArray l = m_partial;
            m_partial.clear();
            const size_t before = m_ready.size();
            line(l);
            if (stopAfterReply && m_ready.size() > before) return pos;
        }
    }
    return len;
}

void Parser::line(const QByteArray &raw)
{
    QByteArray l = raw;
    while (l.endsWith('\n') || l.endsWith('\r'))
        l.chop(1);
    const bool digits = l.size() >= 3 && l[0] >= '2' && l[0] <= '5' && l[1] >= '0' && l[1] <= '9' &&
                        l[2] >= '0' && l[2] <= '9';
    if (!digits || (l.size() > 3 && l[3] != ' ' && l[3] != '-')) {
        fail(translate("SmtpParser", "server sent a line that is not an SMTP reply: \"%1\"")
                 .arg(QString::fromLatin1(l.left(80))));
        return;
    }
    const int code = l.left(3).toInt();
    const bool more = l.size() > 3 && l[3] == '-';
    const QByteArray text = l.size() > 4 ? l.mid(4) : QByteArray();
    int brokeOff = 0;
    if (m_inReply && code != m_cur.code) {
        if (code != 421) {
            fail(translate("SmtpParser", "multi-line reply changed its code from %1 to %2")
                     .arg(m_cur.code)
                     .arg(code));
            return;
        }
        // A server shutting down says 421 whenever it must (RFC 5321 §3.8), even in the middle
        // of a reply: that is its answer now, and the broken-off reply answers nothing.
        brokeOff = m_cur.code;
        m_inReply = false;
    }
    if (!m_inReply) {
        m_cur = Reply();
        m_cur.code = code;
        m_cur.enhanced = enhancedCode(text);
        m_cur.brokeOff = brokeOff;
        m_inReply = true;
    }
    if (m_cur.lines.size() >= m_limits.maxLines) {
        fail(translate("SmtpParser", "multi-line reply longer than %1 lines")
                 .arg(m_limits.maxLines));
        return;
    }
    if (m_cur.bytes + raw.size() > m_limits.maxReplyBytes) {
        fail(translate("SmtpParser", "reply longer than the limit of %1 bytes")
                 .arg(m_limits.maxReplyBytes));
        return;
    }
    m_cur.lines.append(text);
    m_cur.bytes += raw.size();
    if (!more) {
        m_ready.push_back(std::move(m_cur));
        m_cur = Reply();
        m_inReply = false;
    }
}

bool Parser::next(Reply &out)
{
    if (m_ready.empty()) return false;
    out = std::move(m_ready.front());
    m_ready.pop_front();
    return true;
}

} // namespace mailscope::smtp
