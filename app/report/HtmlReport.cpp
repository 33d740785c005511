// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "report/HtmlReport.h"
#include "report/TextSafety.h"

#include "i18n/Language.h"
#include "i18n/Text.h"
#include "report/Summary.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>
#include <map>
#include <set>

namespace mailscope {

namespace {

// Shared by browsers and QTextDocument (which reads class selectors and these properties).
const char *kStyle = R"(
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1a1a1a;
       background: #ffffff; margin: 1.5em; line-height: 1.35; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; margin-top: 1.4em; border-bottom: 1px solid #999999; }
h3 { font-size: 1.05em; margin-bottom: 0.3em; }
.sub { color: #444444; margin-top: 0; }
.headline { font-size: 1.2em; font-weight: bold; }
.fatal { color: #a00000; font-weight: bold; }
.note { background: #fff4ce; padding: 0.4em; }
.sev-error { color: #a00000; font-weight: bold; }
.sev-warning { color: #8a4b00; font-weight: bold; }
.sev-info { color: #44546a; font-weight: bold; }
.why { color: #444444; }
.id { font-family: "DejaVu Sans Mono", Consolas, monospace; color: #444444; }
.msg { white-space: pre-wrap; font-family: "DejaVu Sans Mono", Consolas, monospace;
       background: #f3f3f3; padding: 0.6em; }
table.checks { border-collapse: collapse; }
table.checks td, table.checks th { border: 1px solid #bbbbbb; padding: 0.2em 0.5em;
       text-align: left; vertical-align: top; }
.data { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.85em;
        color: #333333; white-space: pre-wrap; }
.tr { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.85em;
      background: #fafafa; border: 1px solid #dddddd; padding: 0.3em; }
.l { white-space: pre-wrap; margin: 0; }
.m { color: #666666; }
.hit { background: #ffe9a8; }
.gap { color: #888888; margin: 0; }
.k-C { color: #004f8a; }
.k-S { color: #17621a; }
.k-c { color: #4b3a8f; }
.k-T { color: #7a2a9a; }
.k-x { color: #7a5200; }
.k-X { color: #b00020; font-weight: bold; }
.k-E { color: #b00020; font-weight: bold; }
.k-N { color: #5a5a5a; }
.foot { color: #555555; font-size: 0.85em; margin-top: 2em; }
)";

// A class per kind (CSS class names stay ASCII letters).
const char *kindClass(EventKind k)
{
    switch (k) {
    case EventKind::Send:
        return "k-C";
    case EventKind::Receive:
        return "k-S";
    case EventKind::Connect:
        return "k-c";
    case EventKind::Tls:
        return "k-T";
    case EventKind::Close:
        return "k-x";
    case EventKind::Reset:
        return "k-X";
    case EventKind::Timeout:
    case EventKind::Error:
        return "k-E";
    case EventKind::Note:
        return "k-N";
    }
    return "k-N";
}

const char *severityClass(Severity s)
{
    switch (s) {
    case Severity::Error:
        return "sev-error";
    case Severity::Warning:
        return "sev-warning";
    case Severity::Info:
        return "sev-info";
    }
    return "sev-info";
}

// The lines of an event as people read them: secrets masked, CR/LF dropped at line ends.
QStringList eventLines(const Event &e)
{
    QString body = e.safeDisplayText();
    while (body.endsWith(QLatin1Char('\n')) || body.endsWith(QLatin1Char('\r')))
        body.chop(1);
    QStringList lines = body.split(QLatin1Char('\n'));
    for (QString &l : lines)
        if (l.endsWith(QLatin1Char('\r'))) l.chop(1);
    return lines;
}

class Writer
{
public:
    Writer(const Report &r, const std::vector<Event> &events, const HtmlOptions &o)
        : m_r(r), m_events(events), m_o(o)
    {
        m_pos.resize(events.size());
        for (size_t i = 0; i < events.size(); ++i) {
            auto &list = m_byConn[events[i].conn];
            m_pos[i] = int(list.size());
            list.push_back(int(i));
        }
    }

    QString run()
    {
        head();
        summary();
        evidence();
        transcript();
        foot();
        return m_out;
    }

private:
    void add(const QString &s) { m_out += s; }
    void add(const char *s) { m_out += QLatin1String(s); }
    static QString e(const QString &s) { return htmlEscape(s); }

    void head()
    {
        const QString where =
            m_r.target.host.isEmpty()
                ? QCoreApplication::translate("HtmlReport", "the server")
                : m_r.target.host + QLatin1Char(':') + QString::number(m_r.target.port);
        // A human document: in the installed language (the JSON report stays English).
        add(QStringLiteral(
                "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                .arg(currentLanguage()));
        if (!m_o.forPrint) {
            // Belt and braces: even markup that slipped through could run or load nothing.
            add("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                "style-src 'unsafe-inline'\">\n");
            add("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        }
        add(QStringLiteral("<meta name=\"generator\" content=\"Mailscope %1\">\n")
                .arg(QStringLiteral(MAILSCOPE_VERSION)));
        add(QStringLiteral("<title>%1</title>\n")
                .arg(e(
                    QCoreApplication::translate("HtmlReport", "Mailscope report: %1").arg(where))));
        add("<style>");
        add(kStyle);
        add("</style>\n</head>\n<body>\n");
        add(QStringLiteral("<h1>%1</h1>\n")
                .arg(e(QCoreApplication::translate("HtmlReport", "Mailscope report"))));
        QStringList sub;
        if (!m_r.target.url.isEmpty()) sub << m_r.target.url;
        if (!m_r.target.host.isEmpty())
            sub << QStringLiteral("%1, %2").arg(
                m_r.target.protocolName().toUpper(),
                m_r.target.implicitTls ? QStringLiteral("TLS") : QStringLiteral("STARTTLS"));
        if (!m_r.startedAt.isEmpty())
            sub << QCoreApplication::translate("HtmlReport", "recorded %1").arg(m_r.startedAt);
        sub << QStringLiteral("Mailscope %1").arg(QStringLiteral(MAILSCOPE_VERSION));
        add(QStringLiteral("<p class=\"sub\">%1</p>\n").arg(e(sub.join(QStringLiteral(" · ")))));
        add(QStringLiteral("<p class=\"headline\">%1</p>\n").arg(e(reportHeadline(m_r))));
        if (!m_r.fatalError.isEmpty())
            add(QStringLiteral("<p class=\"fatal\">%1</p>\n")
                    .arg(e(QCoreApplication::translate("HtmlReport",
                                                       "The run could not be completed: %1")
                               .arg(localized(m_r.fatalError)))));
        if (m_r.secretsShown)
            add(QStringLiteral("<p class=\"note\">%1</p>\n")
                    .arg(e(QCoreApplication::translate(
                        "HtmlReport",
                        "This run was recorded with passwords shown (--show-secrets). "
                        "This document masks them all the same: it is made to be "
                        "sent to other people."))));
    }

    void summary()
    {
        if (!m_o.preface.isEmpty()) {
            add(QStringLiteral("<h2 id=\"done\">%1</h2>\n<ul>\n")
                    .arg(e(localized(m_o.prefaceTitle))));
            for (const QString &l : m_o.preface)
                add(QStringLiteral("<li>%1</li>\n").arg(e(localized(l))));
            add("</ul>\n");
        }
        add(QStringLiteral("<h2 id=\"wrong\">%1</h2>\n")
                .arg(e(QCoreApplication::translate("HtmlReport", "What is wrong"))));
        const QList<int> order = findingsBySeverity(m_r);
        if (order.isEmpty()) {
            add(QStringLiteral("<p>%1</p>\n")
                    .arg(e(QCoreApplication::translate("HtmlReport", "Nothing wrong was found."))));
        } else {
            add("<ul>\n");
            for (int i : order) {
                const Finding &f = m_r.findings[i];
                add(QStringLiteral("<li><span class=\"%1\">%2</span> <b>%3</b> "
                                   "<span class=\"id\">[%4]</span><br>%5")
                        .arg(QLatin1String(severityClass(f.severity)), e(severityWord(f.severity)),
                             e(localized(f.title)), e(f.id), e(localized(f.explanation))));
                if (!m_o.forPrint && !f.evidence.isEmpty())
                    add(QStringLiteral(" <a href=\"#f%1\">%2</a>")
                            .arg(i)
                            .arg(e(QCoreApplication::translate("HtmlReport", "Evidence"))));
                add("</li>\n");
            }
            add("</ul>\n");
        }

        add(QStringLiteral("<h2 id=\"change\">%1</h2>\n")
                .arg(e(QCoreApplication::translate("HtmlReport", "What to change"))));
        QStringList programs;
        for (const Advice &a : m_r.advice)
            if (a.forWhom != QLatin1String("server-admin") && !programs.contains(a.forWhom))
                programs << a.forWhom;
        if (programs.isEmpty())
            add(QStringLiteral("<p>%1</p>\n")
                    .arg(e(QCoreApplication::translate(
                        "HtmlReport", "Nothing to change in your mail program."))));
        for (const QString &p : std::as_const(programs)) {
            add(QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(e(adviceProgramName(p))));
            for (const Advice &a : m_r.advice) {
                if (a.forWhom != p) continue;
                add(QStringLiteral("<li><b>%1</b>: %2 <b>%3</b><br><span class=\"why\">%4</span>"
                                   "</li>\n")
                        .arg(e(localized(a.setting)),
                             e(QCoreApplication::translate("HtmlReport", "change to")),
                             e(localized(a.value)), e(localized(a.reason))));
            }
            add("</ul>\n");
        }

        add(QStringLiteral("<h2 id=\"provider\">%1</h2>\n")
                .arg(e(QCoreApplication::translate("HtmlReport", "What to tell your provider"))));
        add(QStringLiteral("<div class=\"msg\">%1</div>\n").arg(lines(providerMessage(m_r))));

        add(QStringLiteral("<h2 id=\"passed\">%1</h2>\n")
                .arg(e(QCoreApplication::translate("HtmlReport", "What passed"))));
        if (m_r.checks.isEmpty()) {
            add(QStringLiteral("<p>%1</p>\n")
                    .arg(e(QCoreApplication::translate("HtmlReport", "No check ran."))));
        } else {
            add(QStringLiteral("<table class=\"checks\">\n<tr><th>%1</th><th>%2</th><th>%3</th>"
                               "</tr>\n")
                    .arg(e(QCoreApplication::translate("HtmlReport", "Check")),
                         e(QCoreApplication::translate("HtmlReport", "Result")),
                         e(QCoreApplication::translate("HtmlReport", "Details"))));
            for (const CheckResult &c : m_r.checks)
                add(QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                        .arg(e(c.id), e(checkStatusWord(c.status)), e(localized(c.summary))));
            add("</table>\n");
        }

        add(QStringLiteral("<h2 id=\"server\">%1</h2>\n<ul>\n")
                .arg(e(QCoreApplication::translate("HtmlReport", "The server"))));
        auto item = [this](const QString &label, const QString &value) {
            if (value.isEmpty()) return;
            add(QStringLiteral("<li>%1: <span class=\"id\">%2</span></li>\n")
                    .arg(e(label), e(value)));
        };
        item(QCoreApplication::translate("HtmlReport", "Address"),
             m_r.target.host.isEmpty()
                 ? QString()
                 : m_r.target.host + QLatin1Char(':') + QString::number(m_r.target.port));
        item(QCoreApplication::translate("HtmlReport", "Software"), localized(m_r.software));
        item(QCoreApplication::translate("HtmlReport", "Greeting"), m_r.greeting);
        item(QCoreApplication::translate("HtmlReport", "Capabilities before TLS"),
             m_r.capsBeforeTls.join(QLatin1Char(' ')));
        item(QCoreApplication::translate("HtmlReport", "Capabilities after TLS"),
             m_r.capsAfterTls.join(QLatin1Char(' ')));
        item(QCoreApplication::translate("HtmlReport", "Capabilities after login"),
             m_r.capsAfterLogin.join(QLatin1Char(' ')));
        add("</ul>\n");
    }

    // Escaped text with line breaks kept.
    static QString lines(const QString &text)
    {
        return e(text).replace(QLatin1Char('\n'), QLatin1String("<br>"));
    }

    void row(int index, bool hit, int lineLimit)
    {
        const Event &ev = m_events[size_t(index)];
        const QStringList ls = eventLines(ev);
        const QString meta = QStringLiteral("%1%2 #%3 %4 ")
                                 .arg(hit ? QStringLiteral("» ") : QStringLiteral("  "))
                                 .arg(double(ev.tUs) / 1e6, 11, 'f', 6)
                                 .arg(ev.conn)
                                 .arg(eventPrefix(ev.kind));
        QString body;
        const int shown = lineLimit < 0 ? int(ls.size()) : qMin(int(ls.size()), lineLimit);
        for (int i = 0; i < shown; ++i) {
            if (i > 0) body += QLatin1String("<br>") + QString(meta.size(), QLatin1Char(' '));
            body += e(ls[i]);
        }
        if (shown < ls.size())
            body += QLatin1String("<br>") + QString(meta.size(), QLatin1Char(' ')) +
                    e(QCoreApplication::translate("HtmlReport",
                                                  "… %1 more lines (see the full transcript)")
                          .arg(ls.size() - shown));
        const QString id =
            m_o.forPrint || hit ? QString() : QStringLiteral(" id=\"e%1\"").arg(index);
        add(QStringLiteral("<div class=\"l %1%2\"%3><span class=\"m\">%4</span>%5</div>\n")
                .arg(QLatin1String(kindClass(ev.kind)), hit ? QStringLiteral(" hit") : QString(),
                     id, e(meta), body));
    }

    void evidence()
    {
        bool any = false;
        for (int fi : findingsBySeverity(m_r))
            if (!m_r.findings[fi].evidence.isEmpty()) any = true;
        if (!any) return;
        add(QStringLiteral("<h2 id=\"evidence\">%1</h2>\n")
                .arg(e(QCoreApplication::translate("HtmlReport", "Evidence"))));
        add(QStringLiteral("<p>%1</p>\n")
                .arg(e(QCoreApplication::translate(
                    "HtmlReport",
                    "For each finding, the transcript lines it rests on (marked »), with "
                    "the lines of the same connection around them. Times are seconds "
                    "since the run started; #n is the connection."))));
        const int n = int(m_events.size());
        for (int fi : findingsBySeverity(m_r)) {
            const Finding &f = m_r.findings[fi];
            if (f.evidence.isEmpty()) continue;
            add(QStringLiteral("<h3%1><span class=\"%2\">%3</span> %4 <span class=\"id\">[%5]"
                               "</span></h3>\n")
                    .arg(m_o.forPrint ? QString() : QStringLiteral(" id=\"f%1\"").arg(fi),
                         QLatin1String(severityClass(f.severity)), e(severityWord(f.severity)),
                         e(localized(f.title)), e(f.id)));
            if (!f.data.isEmpty())
                add(QStringLiteral("<div class=\"data\">%1</div>\n")
                        .arg(e(QString::fromUtf8(
                            QJsonDocument(f.data).toJson(QJsonDocument::Compact)))));
            std::set<int> hits, show;
            int skipped = 0;
            for (int idx : f.evidence) {
                if (idx < 0 || idx >= n) continue;
                if (int(hits.size()) >= m_o.evidencePerFinding) {
                    ++skipped;
                    continue;
                }
                hits.insert(idx);
                const std::vector<int> &list = m_byConn[m_events[size_t(idx)].conn];
                const int p = m_pos[size_t(idx)];
                const int from = qMax(0, p - m_o.contextEvents);
                const int to = qMin(int(list.size()) - 1, p + m_o.contextEvents);
                for (int k = from; k <= to; ++k)
                    show.insert(list[size_t(k)]);
            }
            if (hits.empty()) {
                add(QStringLiteral("<p>%1</p>\n")
                        .arg(e(QCoreApplication::translate(
                            "HtmlReport", "The evidence lines are not part of this transcript."))));
                continue;
            }
            add("<div class=\"tr\">\n");
            int prev = -1;
            for (int idx : show) {
                if (prev >= 0 && (m_events[size_t(idx)].conn != m_events[size_t(prev)].conn ||
                                  m_pos[size_t(idx)] != m_pos[size_t(prev)] + 1))
                    add("<div class=\"gap\">  ⋯</div>\n");
                row(idx, hits.count(idx) > 0, m_o.evidenceLineLimit);
                prev = idx;
            }
            add("</div>\n");
            if (skipped > 0)
                add(QStringLiteral("<p>%1</p>\n")
                        .arg(e(QCoreApplication::translate(
                                   "HtmlReport",
                                   "… and %1 more evidence lines in the full transcript.")
                                   .arg(skipped))));
        }
    }

    void transcript()
    {
        const int n = int(m_events.size());
        const int limit = m_o.transcriptLimit < 0 ? n : qMin(n, m_o.transcriptLimit);
        if (m_o.forPrint)
            add(QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>\n")
                    .arg(e(QCoreApplication::translate("HtmlReport",
                                                       "Appendix: the full transcript"))));
        else
            add(QStringLiteral("<h2 id=\"transcript\">%1</h2>\n")
                    .arg(e(QCoreApplication::translate("HtmlReport", "The full transcript"))));
        QString start;
        if (!m_r.startedAt.isEmpty())
            start = QCoreApplication::translate("HtmlReport", " (the run started at %1)")
                        .arg(m_r.startedAt);
        add(QStringLiteral("<p>%1</p>\n")
                .arg(e(QCoreApplication::translate(
                           "HtmlReport",
                           "Every event in order: seconds since the start%1, the connection "
                           "number, then C sent by Mailscope, S from the server, ~ connected, "
                           "T TLS, x closed, X reset, ! timeout or error, * a note by Mailscope. "
                           "Passwords and login data appear as <redacted>.")
                           .arg(start))));
        if (n == 0) {
            add(QStringLiteral("<p>%1</p>\n")
                    .arg(e(QCoreApplication::translate("HtmlReport", "No events were recorded."))));
            return;
        }
        add("<div class=\"tr\">\n");
        for (int i = 0; i < limit; ++i)
            row(i, false, -1);
        add("</div>\n");
        if (limit < n)
            add(QStringLiteral("<p>%1</p>\n")
                    .arg(e(QCoreApplication::translate(
                               "HtmlReport",
                               "… %1 more events are left out here; the HTML and JSON reports "
                               "hold all of them.")
                               .arg(n - limit))));
    }

    void foot()
    {
        add(QStringLiteral("<p class=\"foot\">%1</p>\n</body>\n</html>\n")
                .arg(e(QCoreApplication::translate(
                           "HtmlReport",
                           "Made by Mailscope %1. Passwords and login data are masked in this "
                           "document.")
                           .arg(QStringLiteral(MAILSCOPE_VERSION)))));
    }

    const Report &m_r;
    const std::vector<Event> &m_events;
    const HtmlOptions &m_o;
    std::map<int, std::vector<int>> m_byConn;
    std::vector<int> m_pos; // position of each event in its connection's list
    QString m_out;
};

} // namespace

QString htmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'&':
            out += QLatin1String("&amp;");
            continue;
        case u'<':
            out += QLatin1String("&lt;");
            continue;
        case u'>':
            out += QLatin1String("&gt;");
            continue;
        case u'"':
            out += QLatin1String("&quot;");
            continue;
        case u'\'':
            out += QLatin1String("&#39;");
            continue;
        case u'\n':
        case u'\t':
            out += c;
            continue;
        default:
            break;
        }
        if (u < 0x20)
            out += QChar(char16_t(0x2400 + u)); // ␀ … ␟
        else if (u == 0x7f)
            out += QChar(char16_t(0x2421)); // ␡
        else if ((u >= 0x80 && u < 0xa0) || isBidiControl(u) || u == 0xfeff)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString reportToHtml(const Report &report, const std::vector<Event> &events,
                     const HtmlOptions &options)
{
    return Writer(report, events, options).run();
}

} // namespace mailscope
