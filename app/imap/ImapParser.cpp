// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "imap/ImapParser.h"
#include "i18n/Text.h"

#include <cstring>
#include <limits>

namespace mailscope::imap {

namespace {

bool equalsNoCase(const QByteArray &a, const char *b)
{
    return qstricmp(a.constData(), b) == 0;
}

// Reads values from a complete response buffer. Literal framing was validated by the
// collector, so "{N}\r\n" is always followed by N bytes here.
class Reader
{
public:
    Reader(const char *begin, const char *end, int maxNesting)
        : p(begin), e(end), m_maxNesting(maxNesting)
    {}

    const char *p;
    const char *e;
    QString error;
    bool fatal = false;
    bool inCode = false; // inside "[code args]": "]" ends atoms

    bool atEnd() const { return p >= e || *p == '\r' || *p == '\n'; }
    void skipSpaces()
    {
        while (p < e && *p == ' ')
            ++p;
    }

    // One value; lists are read with an explicit stack (no recursion), so their depth is only
    // bounded by the limit, never by the call stack.
    bool readValue(Value &out)
    {
        skipSpaces();
        if (atEnd()) return setError(translate("ImapParser", "unexpected end of line"));
        if (*p == ')') return setError(translate("ImapParser", "unexpected ')'"));
        if (*p != '(') return readScalar(out);
        std::vector<Value> stack;
        for (;;) {
            skipSpaces();
            if (p >= e || *p == '\r' || *p == '\n')
                return setError(translate("ImapParser", "list not closed"));
            if (*p == '(') {
                if (int(stack.size()) >= m_maxNesting) {
                    fatal = true;
                    return setError(translate("ImapParser", "lists nested deeper than %1 levels")
                                        .arg(m_maxNesting));
                }
                ++p;
                stack.emplace_back();
                stack.back().type = Value::List;
                continue;
            }
            if (*p == ')') {
                ++p;
                Value done = std::move(stack.back());
                stack.pop_back();
                if (stack.empty()) {
                    out = std::move(done);
                    return true;
                }
                stack.back().items.push_back(std::move(done));
                continue;
            }
            Value v;
            if (!readScalar(v)) return false;
            stack.back().items.push_back(std::move(v));
        }
    }

    bool readScalar(Value &out)
    {
        const char c = *p;
        if (c == '"') return readQuoted(out);
        if (c == '{' || (c == '~' && p + 1 < e && p[1] == '{')) return readLiteral(out);
        return readAtom(out);
    }

    bool readQuoted(Value &out)
    {
        out.type = Value::Quoted;
        ++p; // opening quote
        const char *start = p;
        // Fast path: no escapes.
        while (p < e && *p != '"' && *p != '\\' && *p != '\r' && *p != '\n')
            ++p;
        out.str = QByteArray(start, p - start);
        while (p < e) {
            const char c = *p;
            if (c == '"') {
                ++p;
                return true;
            }
            if (c == '\r' || c == '\n') break;
            if (c == '\\') {
                if (p + 1 >= e) break;
                out.str.append(p[1]);
                p += 2;
                continue;
            }
            out.str.append(c);
            ++p;
        }
        return setError(translate("ImapParser", "quoted string not closed"));
    }

    bool readLiteral(Value &out)
    {
        out.type = Value::Literal;
        if (*p == '~') ++p;
        ++p; // '{'
        quint64 n = 0;
        const char *digits = p;
        while (p < e && *p >= '0' && *p <= '9') {
            n = n * 10 + quint64(*p - '0');
            if (n > quint64(1) << 53)
                return setError(translate("ImapParser", "literal size out of range"));
            ++p;
        }
        if (p == digits) return setError(translate("ImapParser", "literal without a size"));
        if (p < e && *p == '+') ++p;
        if (p >= e || *p != '}')
            return setError(translate("ImapParser", "malformed literal marker"));
        ++p;
        if (p < e && *p == '\r') ++p;
        if (p >= e || *p != '\n')
            return setError(translate("ImapParser", "literal marker not at end of line"));
        ++p;
        if (quint64(e - p) < n)
            return setError(translate("ImapParser", "literal shorter than announced"));
        out.str = QByteArray(p, qsizetype(n));
        p += n;
        return true;
    }

    // Fetch items whose "[" opens a section spec that may hold spaces and parentheses:
    // BODY[HEADER.FIELDS (FROM TO)], BINARY.PEEK[1.2]. Anywhere else "[" is an ordinary atom
    // character (flag keywords may contain it, RFC 3501 atom-char).
    static bool takesSection(const char *start, const char *at)
    {
        const QByteArray name = QByteArray(start, at - start).toUpper();
        return name == "BODY" || name == "BODY.PEEK" || name == "BINARY" || name == "BINARY.PEEK" ||
               name == "BINARY.SIZE" || name == "RFC822";
    }

    bool readAtom(Value &out)
    {
        const char *start = p;
        while (p < e) {
            const char c = *p;
            if (c == ' ' || c == '(' || c == ')' || c == '\r' || c == '\n' || c == '"') break;
            // "]" is legal in astrings (mailbox names, RFC 3501 ASTRING-CHAR); it only ends a
            // value inside a response code.
            if (c == ']' && inCode) break;
            if (c == '[' && takesSection(start, p)) {
                int level = 0;
                while (p < e && *p != '\r' && *p != '\n') {
                    if (*p == '[')
                        ++level;
                    else if (*p == ']' && --level == 0)
                        break;
                    ++p;
                }
                if (p >= e || *p != ']')
                    return setError(translate("ImapParser", "section '[' not closed"));
                ++p;
                continue;
            }
            ++p;
        }
        if (p == start)
            return setError(
                translate("ImapParser", "unexpected character '%1'").arg(QLatin1Char(*p)));
        out.str = QByteArray(start, p - start);
        out.type = (out.str.size() == 3 && equalsNoCase(out.str, "NIL")) ? Value::Nil : Value::Atom;
        return true;
    }

    // resp-text: ["[" code [SP args] "]" SP] text
    void readRespText(Response &r)
    {
        skipSpaces();
        if (p < e && *p == '[') {
            ++p;
            const char *nameStart = p;
            while (p < e && *p != ' ' && *p != ']' && *p != '\r' && *p != '\n')
                ++p;
            r.code = QByteArray(nameStart, p - nameStart).toUpper();
            const char *argsStart = p;
            bool ok = true;
            inCode = true;
            while (ok) {
                skipSpaces();
                if (p >= e || *p == '\r' || *p == '\n') {
                    ok = false;
                    break;
                }
                if (*p == ']') break;
                Value v;
                if (!readValue(v))
                    ok = false;
                else
                    r.codeArgs.push_back(std::move(v));
            }
            inCode = false;
            if (!ok) {
                if (fatal) return;
                // Lenient: keep the raw argument text up to the first ']'.
                error.clear();
                r.codeArgs.clear();
                p = argsStart;
                const char *close = static_cast<const char *>(std::memchr(p, ']', size_t(e - p)));
                if (!close) {
                    r.parseError = translate("ImapParser", "response code not closed");
                    close = e;
                }
                Value raw;
                raw.type = Value::Quoted; // capabilities() splits these raw words
                raw.str = QByteArray(p, close - p).trimmed();
                if (!raw.str.isEmpty()) r.codeArgs.push_back(std::move(raw));
                p = close;
            }
            if (p < e && *p == ']') ++p;
        }
        skipSpaces();
        const char *textStart = p;
        const char *textEnd = e;
        while (textEnd > textStart && (textEnd[-1] == '\n' || textEnd[-1] == '\r'))
            --textEnd;
        r.text = QByteArray(textStart, textEnd - textStart);
        p = e;
    }

private:
    bool setError(const QString &message)
    {
        if (error.isEmpty()) error = message;
        return false;
    }
    int m_maxNesting;
};

bool isStatusName(const QByteArray &name)
{
    return name == "OK" || name == "NO" || name == "BAD" || name == "BYE" || name == "PREAUTH";
}

} // namespace

bool Value::isAtom(const char *name) const
{
    return type == Atom && equalsNoCase(str, name);
}

quint64 Value::toNumber(bool *ok) const
{
    bool good = (type == Atom || type == Quoted) && !str.isEmpty() && str.size() <= 20;
    quint64 n = 0;
    for (char c : str) {
        if (c < '0' || c > '9') {
            good = false;
            break;
        }
        const quint64 digit = quint64(c - '0');
        if (n > (std::numeric_limits<quint64>::max() - digit) / 10) { // would overflow
            good = false;
            break;
        }
        n = n * 10 + digit;
    }
    if (ok) *ok = good;
    return good ? n : 0;
}

QByteArray Value::serialize() const
{
    switch (type) {
    case Atom:
        return str;
    case Nil:
        return QByteArrayLiteral("NIL");
    case Quoted: {
        QByteArray s = str;
        s.replace('\\', "\\\\").replace('"', "\\\"");
        return '"' + s + '"';
    }
    case Literal:
        return '{' + QByteArray::number(str.size()) + "}\r\n" + str;
    case List: {
        QByteArray out = "(";
        for (size_t i = 0; i < items.size(); ++i) {
            if (i) out += ' ';
            out += items[i].serialize();
        }
        return out + ')';
    }
    }
    return {};
}

bool Response::isStatus() const
{
    return isStatusName(name);
}

const Value *Response::fetchItem(const char *item) const
{
    // A FETCH that could not be parsed in full cannot vouch for any of its items.
    if (!parseError.isEmpty()) return nullptr;
    if (name != "FETCH" || data.empty() || !data.front().isList()) return nullptr;
    const auto &items = data.front().items;
    for (size_t i = 0; i + 1 < items.size(); i += 2) {
        if (items[i].type == Value::Atom && equalsNoCase(items[i].str, item)) return &items[i + 1];
    }
    return nullptr;
}

QList<QByteArray> Response::capabilities() const
{
    QList<QByteArray> caps;
    if (!parseError.isEmpty()) return caps; // a list cut short would drop what follows
    const std::vector<Value> *src = nullptr;
    if (name == "CAPABILITY")
        src = &data;
    else if (code == "CAPABILITY")
        src = &codeArgs;
    if (!src) return caps;
    for (const auto &v : *src) {
        if (v.type == Value::Atom)
            caps.append(v.str);
        else if (v.type == Value::Quoted && !v.str.isEmpty()) // lenient fallback from raw args
            for (const auto &part : v.str.split(' '))
                if (!part.isEmpty()) caps.append(part);
    }
    return caps;
}

Parser::Parser(Limits limits) : m_limits(limits) {}

void Parser::reset()
{
    m_cur.clear();
    m_lineStart = 0;
    m_literalRemaining = 0;
    m_ready.clear();
    m_error.clear();
}

void Parser::fail(const QString &message)
{
    if (m_error.isEmpty()) m_error = message;
    m_cur.clear();
    m_literalRemaining = 0;
}

qsizetype Parser::feed(const char *data, qsizetype len, bool stopAfterResponse)
{
    qsizetype pos = 0;
    while (pos < len && m_error.isEmpty()) {
        if (m_literalRemaining > 0) {
            const qsizetype take = qsizetype(qMin<qint64>(m_literalRemaining, len - pos));
            if (m_cur.size() + take > m_limits.maxResponseSize) {
                fail(translate("ImapParser", "response larger than the limit of %1 bytes")
                         .arg(m_limits.maxResponseSize));
                return len;
            }
            m_cur.append(data + pos, take);
            pos += take;
            m_literalRemaining -= take;
            if (m_literalRemaining == 0) m_lineStart = m_cur.size();
            continue;
        }
        const char *nl =
            static_cast<const char *>(std::memchr(data + pos, '\n', size_t(len - pos)));
        const qsizetype segment = nl ? (nl - (data + pos)) + 1 : len - pos;
        if ((m_cur.size() - m_lineStart) + segment > m_limits.maxLineLength + 2) {
            fail(translate("ImapParser", "line longer than the limit of %1 bytes")
                     .arg(m_limits.maxLineLength));
            return len;
        }
        if (m_cur.size() + segment > m_limits.maxResponseSize) {
            fail(translate("ImapParser", "response larger than the limit of %1 bytes")
                     .arg(m_limits.maxResponseSize));
            return len;
        }
        m_cur.append(data + pos, segment);
        pos += segment;
        if (nl) {
            const size_t before = m_ready.size();
            finishLine();
            if (stopAfterResponse && m_ready.size() > before) return pos;
        }
    }
    return len;
}

// A line just ended: either it announces a literal, or the response is complete.
// True for continuation, tagged and untagged status (OK/NO/BAD/BYE/PREAUTH) lines.
static bool isStatusLine(const char *b, const char *e)
{
    if (b < e && *b == '+') return true;
    if (e - b < 2 || b[0] != '*' || b[1] != ' ') return true; // tagged
    const char *w = b + 2;
    const char *p = w;
    while (p < e && *p != ' ' && *p != '[')
        ++p;
    return isStatusName(QByteArray(w, p - w).toUpper());
}

void Parser::finishLine()
{
    const char *b = m_cur.constData() + m_lineStart;
    const char *q = m_cur.constData() + m_cur.size() - 1; // at '\n'
    if (q > b && q[-1] == '\r') --q;
    // q points one past the line content. Only data responses carry literals: "{5}" at the
    // end of a tagged or status response's text is text (else the next response is swallowed).
    const bool mayHaveLiteral = m_lineStart > 0 || !isStatusLine(b, q);
    if (mayHaveLiteral && q > b && q[-1] == '}') {
        const char *d = q - 1;
        if (d > b && d[-1] == '+') --d;
        const char *digitsEnd = d;
        while (d > b && d[-1] >= '0' && d[-1] <= '9')
            --d;
        if (d < digitsEnd && d > b && d[-1] == '{') {
            if (digitsEnd - d > 15) {
                fail(translate("ImapParser", "server announced an absurdly large literal"));
                return;
            }
            const qint64 n = QByteArray(d, digitsEnd - d).toLongLong();
            if (n > m_limits.maxLiteralSize) {
                fail(translate("ImapParser",
                               "server announced a literal of %1 bytes, above the limit of %2")
                         .arg(n)
                         .arg(m_limits.maxLiteralSize));
                return;
            }
            if (n > 0) {
                m_literalRemaining = n;
                return;
            }
            m_lineStart = m_cur.size();
            return;
        }
    }
    QString fatal;
    Response r = parseComplete(m_cur, m_limits, &fatal);
    if (!fatal.isEmpty()) {
        fail(fatal);
        return;
    }
    m_ready.push_back(std::move(r));
    // Keep the buffer's capacity for the next response (large literals would otherwise
    // regrow it from nothing every time), but not without bound.
    if (m_cur.capacity() > (qsizetype(8) << 20))
        m_cur.clear();
    else
        m_cur.resize(0);
    m_lineStart = 0;
}

bool Parser::next(Response &out)
{
    if (m_ready.empty()) return false;
    out = std::move(m_ready.front());
    m_ready.pop_front();
    return true;
}

Response Parser::parseComplete(const QByteArray &raw, const Limits &limits, QString *fatal)
{
    Response r;
    r.bytes = raw.size();
    Reader rd(raw.constData(), raw.constData() + raw.size(), limits.maxNesting);
    if (raw.startsWith('+')) {
        r.kind = Response::Continuation;
        ++rd.p;
        rd.readRespText(r);
        return r;
    }
    if (raw.startsWith("* ")) {
        r.kind = Response::Untagged;
        rd.p += 2;
    } else {
        r.kind = Response::Tagged;
        const char *start = rd.p;
        while (rd.p < rd.e && *rd.p != ' ' && *rd.p != '\r' && *rd.p != '\n')
            ++rd.p;
        r.tag = QByteArray(start, rd.p - start);
        if (r.tag.isEmpty()) r.parseError = translate("ImapParser", "response without a tag");
        rd.skipSpaces();
    }
    // name, or number then name
    const char *start = rd.p;
    while (rd.p < rd.e && *rd.p != ' ' && *rd.p != '\r' && *rd.p != '\n' && *rd.p != '[')
        ++rd.p;
    QByteArray first(start, rd.p - start);
    bool isNum = !first.isEmpty();
    for (char c : first)
        isNum = isNum && c >= '0' && c <= '9';
    if (isNum && r.kind == Response::Untagged && first.size() <= 19) {
        r.hasNumber = true;
        r.number = first.toULongLong();
        rd.skipSpaces();
        start = rd.p;
        while (rd.p < rd.e && *rd.p != ' ' && *rd.p != '\r' && *rd.p != '\n')
            ++rd.p;
        first = QByteArray(start, rd.p - start);
    }
    r.name = first.toUpper();
    if (r.name.isEmpty()) {
        r.parseError = translate("ImapParser", "response without a name");
        return r;
    }
    if (r.kind == Response::Tagged && !isStatusName(r.name))
        r.parseError = translate("ImapParser", "tagged response with unknown status '%1'")
                           .arg(QString::fromLatin1(r.name.left(40)));
    if (isStatusName(r.name) || r.kind == Response::Tagged) {
        rd.readRespText(r);
        if (rd.fatal && fatal) *fatal = rd.error;
        return r;
    }
    // Data response: read values to end of line.
    for (;;) {
        rd.skipSpaces();
        if (rd.atEnd()) {
            break;
        }
        const char *valueStart = rd.p;
        Value v;
        if (!rd.readValue(v)) {
            if (rd.fatal) {
                if (fatal) *fatal = rd.error;
                return r;
            }
            r.parseError = rd.error;
            // Keep what is left as text so nothing is lost.
            const char *te = rd.e;
            while (te > valueStart && (te[-1] == '\n' || te[-1] == '\r'))
                --te;
            r.text = QByteArray(valueStart, te - valueStart);
            break;
        }
        r.data.push_back(std::move(v));
    }
    return r;
}

} // namespace mailscope::imap
