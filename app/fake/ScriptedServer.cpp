// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "fake/ScriptedServer.h"

#include <QMutexLocker>
#include <QRegularExpression>
#include <QTimer>

namespace mailscope::fake {

QByteArray unescape(const QByteArray &s)
{
    QByteArray out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c != '\\' || i + 1 >= s.size()) {
            out += c;
            continue;
        }
        const char n = s[++i];
        switch (n) {
        case 'r':
            out += '\r';
            break;
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case '\\':
            out += '\\';
            break;
        case 'x':
            if (i + 2 < s.size()) {
                bool ok = false;
                const int v = s.mid(i + 1, 2).toInt(&ok, 16);
                if (ok) {
                    out += char(v);
                    i += 2;
                    break;
                }
            }
            out += "\\x";
            break;
        default:
            out += '\\';
            out += n;
        }
    }
    return out;
}

QString parseScript(const QByteArray &text, std::vector<Script> *sections)
{
    sections->clear();
    sections->emplace_back();
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray l = lines[i];
        if (l.endsWith('\r')) l.chop(1);
        if (l.trimmed().isEmpty() || l.startsWith('#')) continue;
        if (l.trimmed() == "---") {
            sections->emplace_back();
            continue;
        }
        if (l.size() < 2 || l[1] != ':')
            return QStringLiteral("script line %1: expected 'S:', 'R:', 'C:' or 'X:'").arg(i + 1);
        ScriptStep st;
        st.line = i + 1;
        const char k = l[0];
        QByteArray rest = l.mid(2);
        if (rest.startsWith(' ')) rest.remove(0, 1);
        if (k == 'S') {
            st.kind = ScriptStep::Send;
            st.text = rest + "\r\n";
        } else if (k == 'R') {
            st.kind = ScriptStep::Send;
            st.text = unescape(rest);
        } else if (k == 'C') {
            st.kind = ScriptStep::Expect;
            st.text = rest;
        } else if (k == 'X') {
            const QList<QByteArray> w = rest.simplified().split(' ');
            const QByteArray verb = w.first().toLower();
            if (verb == "starttls")
                st.kind = ScriptStep::StartTls;
            else if (verb == "close")
                st.kind = ScriptStep::Close;
            else if (verb == "reset")
                st.kind = ScriptStep::Reset;
            else if (verb == "silent")
                st.kind = ScriptStep::Silent;
            else if (verb == "wait-close")
                st.kind = ScriptStep::WaitClose;
            else if (verb == "sleep" && w.size() == 2) {
                st.kind = ScriptStep::Sleep;
                st.ms = w[1].toInt();
            } else
                return QStringLiteral("script line %1: unknown action '%2'")
                    .arg(i + 1)
                    .arg(QString::fromLatin1(rest));
        } else {
            return QStringLiteral("script line %1: unknown directive '%2:'")
                .arg(i + 1)
                .arg(QLatin1Char(k));
        }
        sections->back().push_back(st);
    }
    return {};
}

struct ScriptedServer::Run
{
    ServerConnection *conn = nullptr;
    const Script *script = nullptr;
    size_t pos = 0;
    QByteArray tag;
    bool waiting = false; // waiting for a client line
    bool done = false;
};

ScriptedServer::ScriptedServer(std::vector<Script> sections, QObject *parent)
    : LoopbackServer(parent), m_sections(std::move(sections))
{}

ScriptedServer::~ScriptedServer()
{
    stop();
}

std::unique_ptr<ScriptedServer> ScriptedServer::fromText(const QByteArray &text, QString *error)
{
    std::vector<Script> sections;
    const QString err = parseScript(text, &sections);
    if (!err.isEmpty()) {
        if (error) *error = err;
        return nullptr;
    }
    return std::make_unique<ScriptedServer>(std::move(sections));
}

QStringList ScriptedServer::errors() const
{
    QMutexLocker l(&m_mutex);
    return m_errors;
}

int ScriptedServer::connectionsSeen() const
{
    QMutexLocker l(&m_mutex);
    return m_connections;
}

bool ScriptedServer::finishedAll() const
{
    QMutexLocker l(&m_mutex);
    return m_finished >= int(m_sections.size());
}

void ScriptedServer::handle(ServerConnection *conn)
{
    int index;
    {
        QMutexLocker l(&m_mutex);
        index = m_connections++;
    }
    auto *run = new Run;
    run->conn = conn;
    // Later connections reuse the last section when the script has fewer.
    run->script = &m_sections[size_t(qMin<int>(index, int(m_sections.size()) - 1))];
    connect(conn, &QObject::destroyed, this, [run] { delete run; });
    connect(conn, &ServerConnection::lineReceived, this, [this, run](const QByteArray &line) {
        if (!run->waiting || run->done) return;
        const ScriptStep &st = (*run->script)[run->pos];
        QString pattern = QRegularExpression::escape(QString::fromLatin1(st.text));
        pattern.replace(QLatin1String("\\<tag\\>"), QLatin1String("(?<tag>\\S+)"));
        if (pattern.endsWith(QLatin1String("\\*")))
            pattern = pattern.left(pattern.size() - 2) + QLatin1String(".*");
        const QRegularExpression re(QLatin1Char('^') + pattern + QLatin1Char('$'),
                                    QRegularExpression::CaseInsensitiveOption);
        const auto m = re.match(QString::fromLatin1(line));
        if (!m.hasMatch()) {
            {
                QMutexLocker l(&m_mutex);
                m_errors << QStringLiteral("script line %1: expected \"%2\", client sent \"%3\"")
                                .arg(st.line)
                                .arg(QString::fromLatin1(st.text), QString::fromLatin1(line));
            }
            run->done = true;
            run->conn->closeFin();
            return;
        }
        if (m.capturedStart(QStringLiteral("tag")) >= 0)
            run->tag = m.captured(QStringLiteral("tag")).toLatin1();
        run->waiting = false;
        ++run->pos;
        advance(run);
    });
    advance(run);
}

void ScriptedServer::advance(Run *run)
{
    QByteArray batch;
    auto flush = [&] {
        if (!batch.isEmpty()) run->conn->sendRaw(batch);
        batch.clear();
    };
    while (run->pos < run->script->size()) {
        const ScriptStep &st = (*run->script)[run->pos];
        switch (st.kind) {
        case ScriptStep::Send: {
            QByteArray t = st.text;
            t.replace("<tag>", run->tag);
            batch += t;
            ++run->pos;
            continue;
        }
        case ScriptStep::Expect:
            flush();
            run->waiting = true;
            return;
        case ScriptStep::StartTls:
            flush();
            run->conn->startTls();
            ++run->pos;
            continue;
        case ScriptStep::Close:
            flush();
            run->conn->closeFin();
            ++run->pos;
            break;
        case ScriptStep::Reset:
            flush();
            run->conn->closeReset();
            ++run->pos;
            break;
        case ScriptStep::Silent:
            flush();
            run->conn->goSilent();
            ++run->pos;
            continue;
        case ScriptStep::WaitClose:
            flush();
            run->conn->goSilent();
            ++run->pos;
            continue;
        case ScriptStep::Sleep:
            flush();
            ++run->pos;
            QTimer::singleShot(st.ms, run->conn, [this, run] { advance(run); });
            return;
        }
        if (st.kind == ScriptStep::Close || st.kind == ScriptStep::Reset) break;
    }
    flush();
    if (!run->done) {
        run->done = true;
        QMutexLocker l(&m_mutex);
        ++m_finished;
    }
}

} // namespace mailscope::fake
