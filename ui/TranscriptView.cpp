// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "TranscriptView.h"

#include "session/Transcript.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace mailscope {

TranscriptView::TranscriptView(QWidget *parent)
    : QWidget(parent), m_model(new TranscriptModel(this)), m_filter(new TranscriptFilter(this)),
      m_view(new QListView), m_detail(new QPlainTextEdit), m_conn(new QComboBox),
      m_time(new QComboBox), m_search(new QLineEdit), m_crlf(new QCheckBox(tr("CR/&LF"))),
      m_follow(new QCheckBox(tr("F&ollow"))), m_count(new QLabel), m_searchDelay(new QTimer(this)),
      m_scan(new QTimer(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setDynamicSortFilter(true);
    m_view->setModel(m_filter);
    m_view->setUniformItemSizes(true); // keeps a million rows smooth
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setLayoutMode(QListView::SinglePass);
    m_view->setAccessibleName(tr("Transcript"));
    m_view->setAccessibleDescription(
        tr("One line per event. C: sent by Mailscope, S: sent by the server, ~: connection, "
           "T: TLS, x: closed, X: reset, !: timeout or error, *: note."));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setAccessibleName(tr("Selected event, every line"));
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setPlaceholderText(tr("Select a line to see all of it here."));

    m_conn->setAccessibleName(tr("Connection filter"));
    m_conn->addItem(tr("all connections"), -1);
    m_conn->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_conn->setMinimumContentsLength(14);
    m_time->setAccessibleName(tr("Time stamps"));
    m_time->addItem(tr("since start"), int(TranscriptModel::TimeMode::SinceStart));
    m_time->addItem(tr("since previous"), int(TranscriptModel::TimeMode::SincePrevious));
    m_time->addItem(tr("clock time"), int(TranscriptModel::TimeMode::Absolute));
    m_search->setPlaceholderText(tr("text in any line, e.g. BYE or UID FETCH"));
    m_search->setAccessibleName(tr("Search the transcript"));
    m_search->setClearButtonEnabled(true);
    m_crlf->setToolTip(tr("Show line ends as \u240D\u240A"));
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Scroll along while new lines arrive"));
    auto *copy = new QPushButton(tr("&Copy"));
    copy->setToolTip(tr("Copy the selected lines (or all shown lines) as text"));
    copy->setAccessibleName(tr("Copy transcript lines as text"));

    auto *conLabel = new QLabel(tr("Co&nnection:"));
    conLabel->setBuddy(m_conn);
    auto *timeLabel = new QLabel(tr("&Time:"));
    timeLabel->setBuddy(m_time);
    auto *bar = new QHBoxLayout;
    bar->addWidget(conLabel);
    bar->addWidget(m_conn);
    bar->addWidget(timeLabel);
    bar->addWidget(m_time);
    bar->addStretch();
    bar->addWidget(m_crlf);
    bar->addWidget(m_follow);
    bar->addWidget(copy);
    auto *searchLabel = new QLabel(tr("Sea&rch:"));
    searchLabel->setBuddy(m_search);
    auto *bar2 = new QHBoxLayout;
    bar2->addWidget(searchLabel);
    bar2->addWidget(m_search, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addLayout(bar);
    box->addLayout(bar2);
    box->addWidget(split, 1);
    box->addWidget(m_count);

    connect(m_conn, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setConnection(m_conn->currentData().toInt()); });
    connect(m_time, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setTimeMode(TranscriptModel::TimeMode(m_time->currentData().toInt()));
    });
    connect(m_crlf, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowCrLf(on);
        const int ev = currentEvent();
        showDetail(ev);
    });
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_filter->setSearch(m_search->text()); });
    connect(copy, &QPushButton::clicked, this, &TranscriptView::copySelection);
    auto *sc = new QShortcut(QKeySequence::Copy, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(sc, &QShortcut::activated, this, &TranscriptView::copySelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &cur) {
                const int ev = cur.isValid() ? m_filter->mapToSource(cur).row() : -1;
                showDetail(ev);
                if (!m_selecting) emit currentEventChanged(ev);
            });
    // Following the tail: at most one scroll per batch of new events, never on filter changes.
    auto *followTimer = new QTimer(this);
    followTimer->setSingleShot(true);
    followTimer->setInterval(30);
    connect(followTimer, &QTimer::timeout, this, [this] {
        if (m_follow->isChecked()) m_view->scrollToBottom();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, followTimer, qOverload<>(&QTimer::start));
    auto updateCount = [this] {
        m_count->setText(
            m_filter->isFiltering()
                ? tr("%1 of %2 events shown").arg(m_filter->rowCount()).arg(m_model->rowCount())
                : tr("%n event(s)", nullptr, m_model->rowCount()));
    };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, updateCount);
    m_scan->setInterval(500);
    connect(m_scan, &QTimer::timeout, this, &TranscriptView::scanConnections);
    m_scan->start();
    updateCount();
}

// The pane can be selected and copied, and stays on screen when presenter mode starts: it shows
// a secret masked even while the list shows it revealed (the list's own Copy masks it too).
void TranscriptView::showDetail(int event)
{
    m_detail->setPlainText(event >= 0 ? m_model->lineFor(event, true, true) : QString());
}

void TranscriptView::setTranscript(Transcript *t, const QDateTime &start)
{
    m_model->setTranscript(t);
    m_model->setStartTime(start.isValid() ? start : QDateTime::currentDateTime());
    m_conns.clear();
    m_connSeen.clear();
    m_scanned = 0;
    m_conn->blockSignals(true);
    m_conn->setCurrentIndex(0);
    m_conn->blockSignals(false);
    rebuildConnectionMenu();
    m_filter->setConnection(-1);
    m_detail->clear();
    scanConnections();
}

void TranscriptView::scanConnections()
{
    Transcript *t = m_model->transcript();
    if (!t) return;
    const int n = t->size();
    // Bounded per tick: a restored million-event transcript is scanned over a few ticks.
    const int until = qMin(n, m_scanned + 200000);
    QList<int> found;
    // One lock for the whole batch and no copies: the engine (and the timeline's worker) keep
    // appending and reading meanwhile.
    int last = 0;
    t->visit(m_scanned, until, [&](int, const Event &e) {
        const int c = e.conn;
        if (c <= 0 || c == last) return;
        last = c;
        if (m_connSeen.contains(c)) return;
        m_connSeen.insert(c);
        found.append(c);
    });
    m_scanned = until;
    if (found.isEmpty()) return;
    m_conns += found;
    std::sort(m_conns.begin(), m_conns.end());
    rebuildConnectionMenu();
}

// The menu lists the first connections in order, at most this many; more (a crafted report,
// or a very long run) are counted in one entry that cannot be chosen (search finds their
// lines). Listing 20,000 one by one took 10 s; such a menu is of no use anyway.
constexpr int kMaxListedConnections = 500;

void TranscriptView::rebuildConnectionMenu()
{
    const int current = m_conn->currentData().toInt();
    const int listed = int(std::min<qsizetype>(m_conns.size(), kMaxListedConnections));
    m_conn->blockSignals(true);
    while (m_conn->count() > 1) // from the end: nothing moves
        m_conn->removeItem(m_conn->count() - 1);
    for (int i = 0; i < listed; ++i)
        m_conn->addItem(tr("connection #%1").arg(m_conns[i]), m_conns[i]);
    if (m_conns.size() > listed) {
        m_conn->addItem(
            tr("%n more connection(s), not listed", nullptr, int(m_conns.size() - listed)), -2);
        if (auto *model = qobject_cast<QStandardItemModel *>(m_conn->model()))
            model->item(m_conn->count() - 1)->setEnabled(false);
    }
    const int index = m_conn->findData(current);
    m_conn->setCurrentIndex(std::max(index, 0));
    m_conn->blockSignals(false);
    // A connection no longer listed (one with a lower number came in): show all again.
    if (index < 0) m_filter->setConnection(-1);
}

void TranscriptView::selectEvents(const QList<int> &events)
{
    if (events.isEmpty()) return;
    m_model->catchUp();
    QItemSelection sel;
    QModelIndex first;
    for (int ev : events) {
        if (ev < 0 || ev >= m_model->rowCount()) continue;
        QModelIndex pi = m_filter->mapFromSource(m_model->index(ev));
        if (!pi.isValid()) {
            // Hidden by a filter: show everything again rather than hide evidence.
            m_search->clear();
            m_filter->setSearch(QString());
            m_conn->setCurrentIndex(0);
            m_filter->setConnection(-1);
            pi = m_filter->mapFromSource(m_model->index(ev));
        }
        if (!pi.isValid()) continue;
        sel.select(pi, pi);
        if (!first.isValid()) first = pi;
    }
    if (!first.isValid()) return;
    m_selecting = true;
    m_follow->setChecked(false);
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(first, QAbstractItemView::PositionAtCenter);
    m_selecting = false;
}

QList<int> TranscriptView::selectedEvents() const
{
    QList<int> out;
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes())
        out.append(m_filter->mapToSource(i).row());
    std::sort(out.begin(), out.end());
    return out;
}

int TranscriptView::currentEvent() const
{
    const QModelIndex cur = m_view->currentIndex();
    return cur.isValid() ? m_filter->mapToSource(cur).row() : -1;
}

QString TranscriptView::selectedText() const
{
    QList<int> rows = selectedEvents();
    if (rows.isEmpty()) {
        const int n = qMin(m_filter->rowCount(), 200000);
        for (int i = 0; i < n; ++i)
            rows.append(m_filter->mapToSource(m_filter->index(i, 0)).row());
    }
    QStringList lines;
    lines.reserve(rows.size());
    for (int r : std::as_const(rows))
        lines.append(m_model->lineFor(r, true, true));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TranscriptView::copySelection() const
{
    QApplication::clipboard()->setText(selectedText());
}

void TranscriptView::setTheme(Theme t)
{
    m_model->setTheme(t);
}

void TranscriptView::setPresenter(bool on)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const qreal pt = f.pointSizeF() > 0 ? f.pointSizeF() : 10;
    m_model->setFontPointSize(on ? pt * 1.6 : pt);
    f.setPointSizeF(on ? pt * 1.6 : pt);
    m_detail->setFont(f);
}

void TranscriptView::setFollow(bool on)
{
    m_follow->setChecked(on);
}

} // namespace mailscope
