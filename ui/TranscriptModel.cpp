// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "TranscriptModel.h"
#include "SafeText.h"
#include "i18n/Text.h"

#include "report/Summary.h"
#include "session/Transcript.h"

#include <QFontDatabase>
#include <QTimer>
#include <algorithm>

namespace mailscope {

namespace {
// Longest text a row shows; the detail pane and the tooltip show everything.
constexpr int kRowChars = 400;

QString visibleCrLf(QString s)
{
    s.replace(QLatin1String("\r"), QStringLiteral("\u240D"));
    s.replace(QLatin1String("\n"), QStringLiteral("\u240A\n"));
    return s;
}
} // namespace

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractListModel(parent), m_batch(new QTimer(this)),
      m_font(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    m_batch->setSingleShot(true);
    m_batch->setInterval(50);
    connect(m_batch, &QTimer::timeout, this, &TranscriptModel::catchUp);
}

void TranscriptModel::setTranscript(Transcript *t)
{
    beginResetModel();
    if (m_transcript) m_transcript->disconnect(this);
    m_transcript = t;
    m_rows = t ? t->size() : 0;
    m_cachedRow = -1; // another transcript: the cached row means nothing now
    endResetModel();
    if (t)
        // Events come from the engine's worker thread, one signal each. Run there, this only
        // flips a flag and posts at most one wake-up per batch (no event-queue flood during a
        // mailbox-sized scan); rows are inserted in one go when the batch timer fires.
        connect(
            t, &Transcript::eventAdded, this,
            [this] {
                if (!m_wakePosted.exchange(true))
                    QMetaObject::invokeMethod(this, &TranscriptModel::schedule,
                                              Qt::QueuedConnection);
            },
            Qt::DirectConnection);
}

void TranscriptModel::schedule()
{
    if (!m_batch->isActive()) m_batch->start();
}

void TranscriptModel::setStartTime(const QDateTime &t)
{
    m_start = t;
    if (m_timeMode == TimeMode::Absolute && m_rows > 0)
        emit dataChanged(index(0), index(m_rows - 1), {Qt::DisplayRole});
}

void TranscriptModel::setTimeMode(TimeMode m)
{
    if (m == m_timeMode) return;
    m_timeMode = m;
    if (m_rows > 0) emit dataChanged(index(0), index(m_rows - 1), {Qt::DisplayRole});
}

void TranscriptModel::setShowCrLf(bool on)
{
    if (on == m_showCrLf) return;
    m_showCrLf = on;
    if (m_rows > 0) emit dataChanged(index(0), index(m_rows - 1), {Qt::DisplayRole, FullTextRole});
}

void TranscriptModel::setTheme(Theme t)
{
    if (t == m_theme) return;
    m_theme = t;
    if (m_rows > 0) emit dataChanged(index(0), index(m_rows - 1), {Qt::ForegroundRole});
}

void TranscriptModel::setFontPointSize(qreal pt)
{
    m_font.setPointSizeF(pt);
    if (m_rows > 0) emit dataChanged(index(0), index(m_rows - 1), {Qt::FontRole});
}

void TranscriptModel::setMaskSecrets(bool on)
{
    if (on == m_mask) return;
    m_mask = on;
    if (m_rows > 0) emit dataChanged(index(0), index(m_rows - 1), {Qt::DisplayRole, FullTextRole});
}

void TranscriptModel::catchUp()
{
    m_wakePosted = false; // before reading the size: later events post a new wake-up
    if (!m_transcript) return;
    const int n = m_transcript->size();
    if (n <= m_rows) return;
    beginInsertRows({}, m_rows, n - 1);
    m_rows = n;
    endInsertRows();
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QString TranscriptModel::prefix(int kind)
{
    return QString(eventPrefix(EventKind(kind)));
}

QColor TranscriptModel::colour(int kind, Theme theme)
{
    // Client, server, TCP, TLS, notes and errors each distinct in every theme. The light and
    // dark sets keep at least 4.5:1 contrast against their window colour; high contrast uses
    // saturated colours on black.
    static const char *const light[] = {"#0b5cad", "#1b6e20", "#8a4b00",
                                        "#6a1b9a", "#5f6368", "#b00020"};
    static const char *const dark[] = {"#8cc8ff", "#9be39b", "#ffc27a",
                                       "#d7aefb", "#a8adb3", "#ff8a80"};
    static const char *const hc[] = {"#00ffff", "#7cff4f", "#ffd000",
                                     "#ff9cff", "#ffffff", "#ff5050"};
    int slot = 4;
    switch (EventKind(kind)) {
    case EventKind::Send:
        slot = 0;
        break;
    case EventKind::Receive:
        slot = 1;
        break;
    case EventKind::Connect:
    case EventKind::Close:
        slot = 2;
        break;
    case EventKind::Tls:
        slot = 3;
        break;
    case EventKind::Note:
        slot = 4;
        break;
    case EventKind::Reset:
    case EventKind::Timeout:
    case EventKind::Error:
        slot = 5;
        break;
    }
    const char *const *set = theme == Theme::Dark           ? dark
                             : theme == Theme::HighContrast ? hc
                                                            : light;
    return QColor(QLatin1String(set[slot]));
}

QString TranscriptModel::lineFor(int row, bool full, bool safe) const
{
    if (!m_transcript || row < 0 || row >= m_rows) return {};
    const Event &e = eventAt(row);
    QString time;
    switch (m_timeMode) {
    case TimeMode::SinceStart:
        time = QString::number(double(e.tUs) / 1e6, 'f', 6).rightJustified(10);
        break;
    case TimeMode::SincePrevious: {
        const qint64 prev = row > 0 ? m_transcript->timeAt(row - 1) : e.tUs;
        time = QString(QLatin1Char('+') + QString::number(double(e.tUs - prev) / 1e6, 'f', 6))
                   .rightJustified(10);
        break;
    }
    case TimeMode::Absolute: {
        const QDateTime base = m_start.isValid() ? m_start : QDateTime::fromMSecsSinceEpoch(0);
        time = base.addMSecs(e.tUs / 1000).toString(QStringLiteral("HH:mm:ss.zzz")) +
               QString::number(e.tUs % 1000).rightJustified(3, QLatin1Char('0'));
        break;
    }
    }
    // Secrets are a flag on the event: masked in presenter mode and in everything copied.
    QString body = m_mask || safe ? e.safeDisplayText() : e.displayText();
    // Mailscope's own notes in the user's language; what the server and we sent stays as is.
    if (e.kind != EventKind::Send && e.kind != EventKind::Receive) body = localized(body);
    if (!full && body.size() > kRowChars * 2) body.truncate(kRowChars * 2);
    if (m_showCrLf) body = visibleCrLf(body);
    while (body.endsWith(QLatin1Char('\n')) || body.endsWith(QLatin1Char('\r')))
        body.chop(1);
    const QString head = time + QStringLiteral(" #") + QString::number(e.conn) + QLatin1Char(' ') +
                         prefix(int(e.kind)) + QLatin1Char(' ');
    if (full) {
        const QString indent(head.size(), QLatin1Char(' '));
        QStringList lines = body.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (!m_showCrLf && lines[i].endsWith(QLatin1Char('\r'))) lines[i].chop(1);
            lines[i] = (i == 0 ? head : indent) + lines[i];
        }
        return lines.join(QLatin1Char('\n'));
    }
    // One line per row (uniform item sizes): the first line, and how many follow.
    const int nl = body.indexOf(QLatin1Char('\n'));
    if (nl < 0) return head + body.left(kRowChars);
    QString first = body.left(qMin(nl, kRowChars));
    if (!m_showCrLf && first.endsWith(QLatin1Char('\r'))) first.chop(1);
    const int more = int(body.count(QLatin1Char('\n')));
    return head + first + tr("   [+%n line(s)]", nullptr, more);
}

// Painting a row asks for several roles in a row: copy the event (under the transcript's lock)
// once, not once per role. Events never change once appended.
const Event &TranscriptModel::eventAt(int row) const
{
    if (row != m_cachedRow) {
        m_cached = m_transcript->at(row);
        m_cachedRow = row;
    }
    return m_cached;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!m_transcript || !index.isValid() || index.row() >= m_rows) return {};
    switch (role) {
    case Qt::DisplayRole:
        return lineFor(index.row(), false);
    case FullTextRole:
        return lineFor(index.row(), true);
    case Qt::ToolTipRole:
        // The server's text: never rendered as HTML, and bounded however long the event.
        return ui::plainToolTip(lineFor(index.row(), true));
    case KindRole:
        return int(eventAt(index.row()).kind);
    case ConnRole:
        return eventAt(index.row()).conn;
    case TimeRole:
        return eventAt(index.row()).tUs;
    case RedactedRole:
        return eventAt(index.row()).secret;
    case Qt::FontRole:
        return m_font;
    case Qt::ForegroundRole:
        return colour(int(eventAt(index.row()).kind), m_theme);
    case Qt::AccessibleTextRole:
        return lineFor(index.row(), false);
    default:
        return {};
    }
}

void TranscriptFilter::setConnection(int conn)
{
    if (conn == m_conn) return;
    m_conn = conn;
    // invalidate(), not invalidateFilter(): one layout change instead of a rowsInserted
    // signal per contiguous range, which costs minutes with a million rows.
    invalidate();
}

void TranscriptFilter::setSearch(const QString &text)
{
    if (text == m_search) return;
    m_search = text;
    invalidate();
}

bool TranscriptFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (m_conn < 0 && m_search.isEmpty()) return true;
    auto *m = qobject_cast<TranscriptModel *>(sourceModel());
    if (!m || !m->transcript()) return true;
    const Event e = m->transcript()->at(row);
    Q_UNUSED(parent)
    if (m_conn >= 0 && e.conn != m_conn) return false;
    if (m_search.isEmpty()) return true;
    // Never through a secret: a match would reveal it character by character.
    return e.safeDisplayText().contains(m_search, Qt::CaseInsensitive);
}

} // namespace mailscope
