#include "TranscriptModel.h"

#include "report/TextReport.h"
#include "session/Transcript.h"

#include <QApplication>
#include <QColor>
#include <QFont>

namespace mailscope {

TranscriptModel::TranscriptModel(QObject *parent) : QAbstractListModel(parent) {}

void TranscriptModel::setTranscript(Transcript *t)
{
    beginResetModel();
    if (m_transcript) m_transcript->disconnect(this);
    m_transcript = t;
    m_rows = t ? t->size() : 0;
    endResetModel();
    if (t)
        // Queued: events come from the engine's worker thread.
        connect(t, &Transcript::eventAdded, this, &TranscriptModel::catchUp, Qt::QueuedConnection);
}

void TranscriptModel::catchUp()
{
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

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!m_transcript || !index.isValid() || index.row() >= m_rows) return {};
    const Event e = m_transcript->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return formatEvent(e, TextStyle{});
    case KindRole:
        return int(e.kind);
    case ConnRole:
        return e.conn;
    case TimeRole:
        return e.tUs;
    case Qt::FontRole: {
        QFont f(QStringLiteral("monospace"));
        f.setStyleHint(QFont::TypeWriter);
        return f;
    }
    case Qt::ForegroundRole: {
        // Colours from the palette so light, dark and high-contrast themes stay readable;
        // the C/S/! prefixes carry the same meaning without colour.
        const QPalette pal = QApplication::palette();
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        switch (e.kind) {
        case EventKind::Send:
            return QColor(dark ? QStringLiteral("#7fc8ff") : QStringLiteral("#00529b"));
        case EventKind::Receive:
            return QColor(dark ? QStringLiteral("#9be39b") : QStringLiteral("#1d6b1d"));
        case EventKind::Reset:
        case EventKind::Timeout:
        case EventKind::Error:
            return QColor(dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b00020"));
        case EventKind::Tls:
        case EventKind::Connect:
        case EventKind::Close:
            return QColor(dark ? QStringLiteral("#d7aefb") : QStringLiteral("#6a1b9a"));
        case EventKind::Note:
            return pal.color(QPalette::PlaceholderText);
        }
        return {};
    }
    default:
        return {};
    }
}

} // namespace mailscope
