#include "TimelineWidget.h"
#include "i18n/Text.h"

#include "TranscriptModel.h"
#include "session/Transcript.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>
#include <cmath>
#include <limits>

namespace mailscope {

namespace {
constexpr int kMaxLanes = 48;
constexpr double kPulse = 0.28; // height of a command pulse above the lane's baseline
constexpr double kIdle = 0.36;  // half height of the idle shading

QString seconds(double s)
{
    if (s < 0) return QObject::tr("no reply");
    if (s < 1) return QObject::tr("%1 ms").arg(s * 1000, 0, 'f', s < 0.01 ? 2 : 1);
    return QObject::tr("%1 s").arg(s, 0, 'f', 3);
}
} // namespace

void TimelineChartView::wheelEvent(QWheelEvent *e)
{
    const double steps = e->angleDelta().y() / 120.0;
    if (steps == 0) return;
    const QPointF v =
        chart()->mapToValue(chart()->mapFromScene(mapToScene(e->position().toPoint())));
    emit zoomBy(std::pow(0.8, steps), v.x());
    e->accept();
}

void TimelineChartView::mousePressEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton) {
        m_dragFrom = e->pos();
        m_dragging = true;
        m_moved = false;
    }
    QChartView::mousePressEvent(e);
}

void TimelineChartView::mouseMoveEvent(QMouseEvent *e)
{
    if (m_dragging) {
        const int dx = e->pos().x() - m_dragFrom.x();
        if (std::abs(dx) > 3 || m_moved) {
            m_moved = true;
            const double w = qMax(1.0, chart()->plotArea().width());
            emit panBy(-dx / w);
            m_dragFrom = e->pos();
        }
    }
    QChartView::mouseMoveEvent(e);
}

void TimelineChartView::mouseReleaseEvent(QMouseEvent *e)
{
    m_dragging = false;
    QChartView::mouseReleaseEvent(e);
}

void TimelineChartView::keyPressEvent(QKeyEvent *e)
{
    switch (e->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        emit zoomBy(0.5, std::numeric_limits<double>::quiet_NaN());
        return;
    case Qt::Key_Minus:
        emit zoomBy(2.0, std::numeric_limits<double>::quiet_NaN());
        return;
    case Qt::Key_Left:
        emit panBy(-0.2);
        return;
    case Qt::Key_Right:
        emit panBy(0.2);
        return;
    case Qt::Key_Home:
    case Qt::Key_0:
        emit resetZoom();
        return;
    default:
        QChartView::keyPressEvent(e);
    }
}

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent), m_view(new TimelineChartView), m_chart(new QChart), m_x(new QValueAxis),
      m_y(new QCategoryAxis), m_points(new QScatterSeries), m_slow(new QScatterSeries),
      m_selectedSeries(new QScatterSeries), m_status(new QLabel), m_live(new QTimer(this)),
      m_redraw(new QTimer(this)), m_theme(Theme::Light)
{
    setAccessibleName(tr("Timeline"));
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setAccessibleName(tr("Timeline chart"));
    m_view->setAccessibleDescription(
        tr("Time runs to the right, one lane per connection. Plus and minus zoom, the arrow "
           "keys pan, Home shows everything."));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_x->setTitleText(tr("seconds since start"));
    m_x->setLabelFormat(QStringLiteral("%.1f"));
    m_y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_y->setTitleText(tr("connection"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);

    m_points->setName(tr("command (width: time to reply)"));
    m_points->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_points->setMarkerSize(7);
    m_slow->setName(tr("slow > 1 s / no reply"));
    m_slow->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_slow->setMarkerSize(12);
    m_selectedSeries->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_selectedSeries->setMarkerSize(18);
    struct M
    {
        QString name;
        QScatterSeries::MarkerShape shape;
    };
    const M markers[] = {
        {tr("connect"), QScatterSeries::MarkerShapeCircle},
        {tr("TLS"), QScatterSeries::MarkerShapeRectangle},
        {tr("BYE/FIN"), QScatterSeries::MarkerShapeRotatedRectangle},
        {tr("RST"), QScatterSeries::MarkerShapeStar},
        {tr("silence"), QScatterSeries::MarkerShapePentagon},
        {tr("error"), QScatterSeries::MarkerShapeTriangle},
    };
    for (const M &m : markers) {
        auto *s = new QScatterSeries;
        s->setName(m.name);
        s->setMarkerShape(m.shape);
        s->setMarkerSize(11);
        m_markerSeries.append(s);
    }
    QList<QXYSeries *> all{m_points, m_slow};
    for (auto *s : std::as_const(m_markerSeries))
        all.append(s);
    all.append(m_selectedSeries);
    for (QXYSeries *s : all) {
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_chart->legend()->markers(m_selectedSeries).first()->setVisible(false);
    connect(m_points, &QScatterSeries::hovered, this,
            [this](const QPointF &p, bool on) { onHover(p, on, false); });
    connect(m_slow, &QScatterSeries::hovered, this,
            [this](const QPointF &p, bool on) { onHover(p, on, false); });
    connect(m_points, &QScatterSeries::clicked, this,
            [this](const QPointF &p) { onClick(p, false); });
    connect(m_slow, &QScatterSeries::clicked, this,
            [this](const QPointF &p) { onClick(p, false); });
    for (auto *s : std::as_const(m_markerSeries)) {
        connect(s, &QScatterSeries::hovered, this,
                [this](const QPointF &p, bool on) { onHover(p, on, true); });
        connect(s, &QScatterSeries::clicked, this, [this](const QPointF &p) { onClick(p, true); });
    }

    connect(m_x, &QValueAxis::rangeChanged, this, [this](qreal a, qreal b) {
        if (m_settingRange) return;
        m_zoomed = true;
        m_from = a;
        m_to = b;
        scheduleRebuild();
    });
    connect(m_view, &TimelineChartView::zoomBy, this, [this](double f, double at) {
        const auto [a, b] = visibleRange();
        const double c = std::isnan(at) ? (a + b) / 2 : at;
        zoomTo(c - (c - a) * f, c + (b - c) * f);
    });
    connect(m_view, &TimelineChartView::panBy, this, [this](double frac) {
        const auto [a, b] = visibleRange();
        const double d = (b - a) * frac;
        zoomTo(a + d, b + d);
    });
    connect(m_view, &TimelineChartView::resetZoom, this, [this] {
        m_zoomed = false;
        rebuild();
    });

    m_live->setInterval(400);
    connect(m_live, &QTimer::timeout, this, &TimelineWidget::refresh);
    m_redraw->setSingleShot(true);
    m_redraw->setInterval(30);
    connect(m_redraw, &QTimer::timeout, this, &TimelineWidget::rebuild);

    auto *reset = new QPushButton(tr("Show &all"));
    reset->setAccessibleName(tr("Show the whole timeline"));
    connect(reset, &QPushButton::clicked, this, [this] {
        m_zoomed = false;
        rebuild();
    });
    m_status->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(reset);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addLayout(bar);
    box->addWidget(m_view, 1);
    setTheme(Theme::Light);
}

QChart *TimelineWidget::chart() const
{
    return m_chart;
}

void TimelineWidget::setTranscript(Transcript *t)
{
    m_transcript = t;
    m_data.clear();
    m_zoomed = false;
    m_selected = -1;
    refresh();
}

void TimelineWidget::setLive(bool live)
{
    if (live)
        m_live->start();
    else
        m_live->stop();
    refresh();
}

void TimelineWidget::refresh()
{
    const int before = m_data.processed();
    m_data.update(m_transcript);
    if (m_data.processed() != before || before == 0) rebuild();
}

void TimelineWidget::setTheme(Theme theme)
{
    m_theme = theme;
    m_chart->setTheme(theme == Theme::Dark           ? QChart::ChartThemeDark
                      : theme == Theme::HighContrast ? QChart::ChartThemeHighContrast
                                                     : QChart::ChartThemeLight);
    if (theme == Theme::HighContrast) m_chart->setBackgroundBrush(Qt::black);
    const QColor fg = theme == Theme::Light ? QColor(Qt::black) : QColor(Qt::white);
    m_x->setLabelsColor(fg);
    m_y->setLabelsColor(fg);
    m_x->setTitleBrush(fg);
    m_y->setTitleBrush(fg);
    m_chart->legend()->setLabelColor(fg);
    auto col = [theme](EventKind k) { return TranscriptModel::colour(int(k), theme); };
    m_points->setColor(col(EventKind::Send));
    m_points->setBorderColor(col(EventKind::Send));
    m_slow->setColor(col(EventKind::Error));
    m_slow->setBorderColor(fg);
    m_selectedSeries->setColor(Qt::transparent);
    m_selectedSeries->setBorderColor(theme == Theme::Light ? QColor(0xd0, 0x00, 0x70)
                                                           : QColor(Qt::yellow));
    QPen sel = m_selectedSeries->pen();
    sel.setWidth(3);
    sel.setColor(m_selectedSeries->borderColor());
    m_selectedSeries->setPen(sel);
    const EventKind kinds[] = {EventKind::Connect, EventKind::Tls,     EventKind::Close,
                               EventKind::Reset,   EventKind::Timeout, EventKind::Error};
    for (int i = 0; i < m_markerSeries.size(); ++i) {
        m_markerSeries[i]->setColor(col(kinds[i]));
        m_markerSeries[i]->setBorderColor(fg);
    }
    // BYE/FIN shares the TCP colour with connect in the transcript; here it gets its own.
    m_markerSeries[TimelineMarker::Close]->setColor(
        theme == Theme::Light ? QColor(0xe0, 0x6c, 0x00) : QColor(0xff, 0xb3, 0x47));
    for (auto *p : std::as_const(m_pulses)) {
        QPen pen(col(EventKind::Send));
        pen.setWidthF(1.5);
        p->setPen(pen);
    }
    for (auto *a : std::as_const(m_idle)) {
        QColor c = theme == Theme::Light ? QColor(120, 120, 120) : QColor(200, 200, 200);
        c.setAlpha(theme == Theme::HighContrast ? 110 : 70);
        a->setBrush(c);
        a->setPen(Qt::NoPen);
    }
}

QPair<double, double> TimelineWidget::visibleRange() const
{
    if (m_zoomed) return {m_from, m_to};
    return {0.0, qMax(1.0, m_data.endTime() * 1.02 + 0.05)};
}

void TimelineWidget::zoomTo(double from, double to)
{
    const double span = qMax(0.0005, to - from);
    m_zoomed = true;
    m_from = from;
    m_to = from + span;
    rebuild();
}

void TimelineWidget::scheduleRebuild()
{
    m_redraw->start();
}

void TimelineWidget::rebuild()
{
    m_redraw->stop();
    const QList<int> conns = m_data.connections();
    m_lanes.clear();
    int lane = 0;
    for (int c : conns) {
        if (lane >= kMaxLanes) break;
        m_lanes.insert(c, ++lane);
    }
    const int lanes = lane;
    const auto [a, b] = visibleRange();
    const double width = qMax(200.0, m_chart->plotArea().width());
    const double bin = (b - a) / width; // seconds per pixel

    // Per-lane series are created once and reused.
    while (m_pulses.size() < lanes) {
        auto *line = new QLineSeries;
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        auto *area = new QAreaSeries(upper, lower);
        m_chart->addSeries(area);
        m_chart->addSeries(line);
        for (QAbstractSeries *s :
             {static_cast<QAbstractSeries *>(area), static_cast<QAbstractSeries *>(line)}) {
            s->attachAxis(m_x);
            s->attachAxis(m_y);
        }
        if (m_pulses.isEmpty())
            area->setName(tr("idle > 1 s"));
        else
            m_chart->legend()->markers(area).first()->setVisible(false);
        m_chart->legend()->markers(line).first()->setVisible(false);
        m_pulses.append(line);
        m_idle.append(area);
        setTheme(m_theme);
    }

    // Pulses and hover points, merged per pixel.
    std::vector<QList<QPointF>> pulse(size_t(lanes) + 1);
    std::vector<double> ps(size_t(lanes) + 1, -1), pe(size_t(lanes) + 1, -1);
    QList<QPointF> pts, slow;
    std::vector<QHash<qint64, int>> best(size_t(lanes) + 1);
    const auto &cmds = m_data.commands();
    auto flush = [&](int l) {
        if (ps[size_t(l)] < 0) return;
        const double s = ps[size_t(l)];
        const double e = qMax(pe[size_t(l)], s + bin * 0.6);
        pulse[size_t(l)] << QPointF(s, l) << QPointF(s, l + kPulse) << QPointF(e, l + kPulse)
                         << QPointF(e, l);
        ps[size_t(l)] = -1;
    };
    for (int l = 1; l <= lanes; ++l)
        pulse[size_t(l)] << QPointF(a, l);
    for (size_t i = 0; i < cmds.size(); ++i) {
        const TimelineCommand &c = cmds[i];
        const int l = laneOf(c.conn);
        if (l == 0) continue;
        const double end = c.latency >= 0 ? c.t + c.latency : c.t;
        if (end < a || c.t > b) continue;
        if (ps[size_t(l)] >= 0 && c.t - pe[size_t(l)] < bin) {
            pe[size_t(l)] = qMax(pe[size_t(l)], end);
        } else {
            flush(l);
            ps[size_t(l)] = c.t;
            pe[size_t(l)] = end;
        }
        if (c.t < a) continue;
        const qint64 key = qint64((c.t - a) / bin / 3); // one point per 3 px per lane
        auto it = best[size_t(l)].find(key);
        const double lat = c.latency < 0 ? 1e9 : c.latency;
        if (it == best[size_t(l)].end())
            best[size_t(l)].insert(key, int(i));
        else {
            const double other = cmds[size_t(*it)].latency < 0 ? 1e9 : cmds[size_t(*it)].latency;
            if (lat > other) *it = int(i);
        }
    }
    int drawn = 0;
    for (int l = 1; l <= lanes; ++l) {
        flush(l);
        pulse[size_t(l)] << QPointF(b, l);
        drawn += int(pulse[size_t(l)].size());
        m_pulses[l - 1]->replace(pulse[size_t(l)]);
        for (int idx : std::as_const(best[size_t(l)])) {
            const TimelineCommand &c = cmds[size_t(idx)];
            const QPointF p(c.t, l + kPulse);
            if (c.latency < 0 || c.latency > 1.0)
                slow << p;
            else
                pts << p;
        }
    }
    m_points->replace(pts);
    m_slow->replace(slow);
    drawn += int(pts.size() + slow.size());

    // Idle shading: a step line that rises over each gap wider than a pixel.
    std::vector<QList<QPointF>> up(size_t(lanes) + 1);
    for (int l = 1; l <= lanes; ++l)
        up[size_t(l)] << QPointF(a, l - kIdle);
    for (const TimelineGap &g : m_data.gaps()) {
        const int l = laneOf(g.conn);
        if (l == 0 || g.to < a || g.from > b || g.to - g.from < bin) continue;
        const double s = qMax(a, g.from), e = qMin(b, g.to);
        up[size_t(l)] << QPointF(s, l - kIdle) << QPointF(s, l + kIdle) << QPointF(e, l + kIdle)
                      << QPointF(e, l - kIdle);
    }
    for (int l = 1; l <= lanes; ++l) {
        up[size_t(l)] << QPointF(b, l - kIdle);
        m_idle[l - 1]->upperSeries()->replace(up[size_t(l)]);
        m_idle[l - 1]->lowerSeries()->replace({QPointF(a, l - kIdle), QPointF(b, l - kIdle)});
        drawn += int(up[size_t(l)].size());
    }

    // Markers, one per kind, lane and pixel.
    std::vector<QList<QPointF>> mk(size_t(m_markerSeries.size()));
    QSet<qint64> seen;
    for (const TimelineMarker &m : m_data.markers()) {
        const int l = laneOf(m.conn);
        if (l == 0 || m.t < a || m.t > b) continue;
        const qint64 key = (qint64((m.t - a) / bin) * 64 + l) * 8 + m.kind;
        if (seen.contains(key)) continue;
        seen.insert(key);
        mk[size_t(m.kind)] << QPointF(m.t, l);
    }
    for (int k = 0; k < m_markerSeries.size(); ++k) {
        m_markerSeries[k]->replace(mk[size_t(k)]);
        drawn += int(mk[size_t(k)].size());
    }
    m_drawn = drawn;
    // The legend names only what is on screen.
    for (QScatterSeries *s : std::as_const(m_markerSeries))
        m_chart->legend()->markers(s).first()->setVisible(s->count() > 0);
    m_chart->legend()->markers(m_slow).first()->setVisible(m_slow->count() > 0);
    if (!m_idle.isEmpty())
        m_chart->legend()->markers(m_idle.first()).first()->setVisible(!m_data.gaps().empty());
    // Round tick steps (1, 2, 5 × 10^n) at round positions.
    const double raw = (b - a) / 8;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = raw / mag < 2 ? 2 * mag : raw / mag < 5 ? 5 * mag : 10 * mag;
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_x->setTickInterval(step);
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step)));
    m_x->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));

    m_settingRange = true;
    m_x->setRange(a, b);
    for (const QString &l : m_y->categoriesLabels())
        m_y->remove(l);
    m_y->setStartValue(0.4);
    for (int l = 1; l <= lanes; ++l)
        m_y->append(QStringLiteral("#%1").arg(m_lanes.key(l)), l);
    m_y->setRange(0.4, qMax(1, lanes) + 0.6);
    m_settingRange = false;
    setSelectedEvent(m_selected);

    QString status =
        tr("%n command(s) on %1 connection(s)", nullptr, int(cmds.size())).arg(conns.size());
    if (conns.size() > kMaxLanes) status += tr(" (first %1 shown)").arg(kMaxLanes);
    status += tr(". Hover a point for the command and its latency; click it to show it in the "
                 "transcript. Wheel or +/- zooms, drag or arrows pan.");
    m_status->setText(status);
}

int TimelineWidget::commandNear(double x, int conn) const
{
    const auto &cmds = m_data.commands();
    auto it = std::lower_bound(cmds.begin(), cmds.end(), x,
                               [](const TimelineCommand &c, double v) { return c.t < v; });
    int bestIdx = -1;
    double bestD = 1e300;
    // Commands are in time order; look outwards until another lane's commands only remain.
    const auto from = it;
    for (auto j = from; j != cmds.end() && j - from < 5000; ++j) {
        if (j->conn != conn) continue;
        const double d = std::abs(j->t - x);
        if (d < bestD) {
            bestD = d;
            bestIdx = int(j - cmds.begin());
        }
        break;
    }
    for (auto j = from; j != cmds.begin() && from - j < 5000;) {
        --j;
        if (j->conn != conn) continue;
        const double d = std::abs(j->t - x);
        if (d < bestD) {
            bestD = d;
            bestIdx = int(j - cmds.begin());
        }
        break;
    }
    return bestIdx;
}

QString TimelineWidget::describeCommandAt(double x, int conn) const
{
    const int i = commandNear(x, conn);
    if (i < 0 || !m_transcript) return {};
    const TimelineCommand &c = m_data.commands()[size_t(i)];
    if (c.sendEvent >= m_transcript->size()) return {};
    const Event send = m_transcript->at(c.sendEvent);
    const QString label = TimelineData::commandLabel(send, m_maskSecrets);
    return tr("#%1 at %2 s: %3\nreply after %4")
        .arg(c.conn)
        .arg(c.t, 0, 'f', 3)
        .arg(label, seconds(c.latency));
}

int TimelineWidget::markerNear(const QPointF &p) const
{
    const int conn = m_lanes.key(int(std::lround(p.y())), -1);
    int best = -1;
    double bestD = 1e300;
    for (const TimelineMarker &m : m_data.markers()) {
        if (m.conn != conn) continue;
        const double d = std::abs(m.t - p.x());
        if (d < bestD) {
            bestD = d;
            best = m.event;
        }
    }
    return best;
}

void TimelineWidget::onHover(const QPointF &p, bool state, bool marker)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    QString text;
    if (marker) {
        const int ev = markerNear(p);
        if (ev >= 0 && m_transcript && ev < m_transcript->size()) {
            const Event e = m_transcript->at(ev);
            const QString body = e.kind == EventKind::Send || e.kind == EventKind::Receive
                                     ? e.displayText()
                                     : localized(e.displayText());
            text = tr("#%1 at %2 s: %3 %4")
                       .arg(e.conn)
                       .arg(double(e.tUs) / 1e6, 0, 'f', 3)
                       .arg(eventKindName(e.kind), body.left(120).trimmed());
        }
    } else {
        const int conn = m_lanes.key(int(std::lround(p.y() - kPulse)), -1);
        text = describeCommandAt(p.x(), conn);
    }
    if (!text.isEmpty()) QToolTip::showText(QCursor::pos(), text, m_view);
}

void TimelineWidget::onClick(const QPointF &p, bool marker)
{
    int ev = -1;
    if (marker) {
        ev = markerNear(p);
    } else {
        const int conn = m_lanes.key(int(std::lround(p.y() - kPulse)), -1);
        const int i = commandNear(p.x(), conn);
        if (i >= 0) ev = m_data.commands()[size_t(i)].sendEvent;
    }
    if (ev < 0) return;
    setSelectedEvent(ev);
    emit eventActivated(ev);
}

void TimelineWidget::setSelectedEvent(int event)
{
    m_selected = event;
    if (event < 0 || !m_transcript || event >= m_transcript->size()) {
        m_selectedSeries->clear();
        return;
    }
    const Event e = m_transcript->at(event);
    const int l = laneOf(e.conn);
    if (l == 0) {
        m_selectedSeries->clear();
        return;
    }
    const double y = e.kind == EventKind::Send ? l + kPulse : l;
    m_selectedSeries->replace({QPointF(double(e.tUs) / 1e6, y)});
}

} // namespace mailscope
