// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "TimelineWidget.h"
#include "i18n/Text.h"

#include "TranscriptModel.h"
#include "session/Transcript.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <cmath>
#include <limits>

namespace mailscope {

namespace {
constexpr int kMaxLanes = 48;
constexpr int kMargin = 8;
constexpr double kPi = 3.14159265358979323846;

QString seconds(double s)
{
    if (s < 0) return QCoreApplication::translate("mailscope::TimelineWidget", "no reply");
    if (s < 1)
        return QCoreApplication::translate("mailscope::TimelineWidget", "%1 ms")
            .arg(s * 1000, 0, 'f', s < 0.01 ? 2 : 1);
    return QCoreApplication::translate("mailscope::TimelineWidget", "%1 s").arg(s, 0, 'f', 3);
}

const TimelineData &emptyData()
{
    static const TimelineData d;
    return d;
}

const TimelineFrame &emptyFrame()
{
    static const TimelineFrame f;
    return f;
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

bool serverEnded(LaneEnding e)
{
    return e == LaneEnding::Reset || e == LaneEnding::Silent || e == LaneEnding::ServerClosed ||
           e == LaneEnding::ServerBye || e == LaneEnding::Error;
}

// The marker shapes: a circle (connect), a square (TLS), a diamond (closed, goodbye), a star
// (reset), a struck-out circle (silent) and a cross (error).
void drawMarker(QPainter &p, TimelineMarker::Kind kind, QPointF c, double size, const QColor &fill,
                const QColor &outline)
{
    const double r = size / 2;
    p.setPen(QPen(outline, 1.2));
    p.setBrush(fill);
    switch (kind) {
    case TimelineMarker::Connect:
        p.drawEllipse(c, r * 0.8, r * 0.8);
        break;
    case TimelineMarker::Tls:
        p.drawRect(QRectF(c.x() - r * 0.75, c.y() - r * 0.75, r * 1.5, r * 1.5));
        break;
    case TimelineMarker::Close: {
        const QPointF pts[] = {
            {c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
        p.drawPolygon(pts, 4);
        break;
    }
    case TimelineMarker::Reset: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double a = -kPi / 2 + i * kPi / 5;
            const double rr = i % 2 ? r * 0.45 : r * 1.1;
            star << QPointF(c.x() + rr * std::cos(a), c.y() + rr * std::sin(a));
        }
        p.drawPolygon(star);
        break;
    }
    case TimelineMarker::Silence:
        p.drawEllipse(c, r * 0.85, r * 0.85);
        p.setPen(QPen(outline, 2));
        p.drawLine(QPointF(c.x() - r * 0.85, c.y() + r * 0.85),
                   QPointF(c.x() + r * 0.85, c.y() - r * 0.85));
        break;
    case TimelineMarker::Error: {
        QPainterPath x;
        x.moveTo(c.x() - r * 0.8, c.y() - r * 0.8);
        x.lineTo(c.x() + r * 0.8, c.y() + r * 0.8);
        x.moveTo(c.x() + r * 0.8, c.y() - r * 0.8);
        x.lineTo(c.x() - r * 0.8, c.y() + r * 0.8);
        p.setPen(QPen(outline, 5, Qt::SolidLine, Qt::RoundCap));
        p.drawPath(x);
        p.setPen(QPen(fill, 3, Qt::SolidLine, Qt::RoundCap));
        p.drawPath(x);
        break;
    }
    }
}

void drawSlow(QPainter &p, QPointF c, double size, const QColor &fill, const QColor &outline)
{
    const double r = size / 2;
    const QPointF pts[] = {
        {c.x(), c.y() - r}, {c.x() + r, c.y() + r * 0.7}, {c.x() - r, c.y() + r * 0.7}};
    p.setPen(QPen(outline, 1));
    p.setBrush(fill);
    p.drawPolygon(pts, 3);
}

// Waiting for a reply: an empty bar with a dashed outline in the "slow" colour.
void drawWaiting(QPainter &p, const QRectF &r, const TimelinePalette &c)
{
    p.fillRect(r, withAlpha(c.slow, 40));
    p.setPen(QPen(c.slow, 2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r.adjusted(1, 1, -1, -1));
}

// Round tick steps (1, 2, 5 × 10^n).
double tickStep(double span, int maxTicks)
{
    const double raw = span / std::max(1, maxTicks);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    return raw / mag < 2 ? 2 * mag : raw / mag < 5 ? 5 * mag : 10 * mag;
}

enum class Glyph
{
    Active,
    Waiting,
    Idle,
    IdleKeepalive,
    Band,
    Command,
    Slow,
    Marker
};

struct LegendItem
{
    Glyph glyph;
    TimelineMarker::Kind kind;
    QString text;
};

QList<LegendItem> legendItems()
{
    return {
        {Glyph::Active, TimelineMarker::Connect,
         QCoreApplication::translate("mailscope::TimelineWidget", "in use")},
        {Glyph::Command, TimelineMarker::Connect,
         QCoreApplication::translate("mailscope::TimelineWidget", "command, send to reply")},
        {Glyph::Slow, TimelineMarker::Connect,
         QCoreApplication::translate("mailscope::TimelineWidget", "slow (> 1 s) or no reply")},
        {Glyph::Waiting, TimelineMarker::Connect,
         QCoreApplication::translate("mailscope::TimelineWidget", "waiting for a reply")},
        {Glyph::Idle, TimelineMarker::Connect,
         QCoreApplication::translate("mailscope::TimelineWidget",
                                     "idle: nothing sent or received")},
        {Glyph::IdleKeepalive, TimelineMarker::Connect,
         QCoreApplication::translate("mailscope::TimelineWidget", "idle, TCP keepalives only")},
        {Glyph::Band, TimelineMarker::Connect,
         QCoreApplication::translate("mailscope::TimelineWidget",
                                     "measured idle cutoff (band: ±)")},
        {Glyph::Marker, TimelineMarker::Connect,
         QCoreApplication::translate("mailscope::TimelineWidget", "connected")},
        {Glyph::Marker, TimelineMarker::Tls,
         QCoreApplication::translate("mailscope::TimelineWidget", "TLS started")},
        {Glyph::Marker, TimelineMarker::Close,
         QCoreApplication::translate("mailscope::TimelineWidget", "closed / goodbye")},
        {Glyph::Marker, TimelineMarker::Reset,
         QCoreApplication::translate("mailscope::TimelineWidget", "reset (RST)")},
        {Glyph::Marker, TimelineMarker::Silence,
         QCoreApplication::translate("mailscope::TimelineWidget", "no answer (silent)")},
        {Glyph::Marker, TimelineMarker::Error,
         QCoreApplication::translate("mailscope::TimelineWidget", "error")},
    };
}

// A word the timeline draws, and where.
struct Label
{
    QRectF rect;
    QString text;
    bool pill = false; // on a background of its own (readable over anything)
    bool bold = false;
};
} // namespace

// --- Layout ------------------------------------------------------------------------------

struct TimelineWidget::Layout
{
    QFont font;
    QFont bold;
    int lineH = 0;  // one line of text
    int gutter = 0; // lane names
    QRect header;   // the cutoff sentences
    QRect plot;     // lanes: time runs from plot.left() to plot.right()
    int laneH = 0;
    int barH = 0;
    int pulseH = 0;
    int marker = 0;    // marker size
    int textRight = 0; // words may reach this far right
    int axisTop = 0;
    int legendTop = 0;
    int height = 0;
    QStringList headerLines;
    double from = 0;
    double to = 1;

    int laneTop(int i) const { return plot.top() + i * laneH; }
    int centre(int i) const { return laneTop(i) + 2 + lineH + barH / 2; }
    double x(double t) const { return plot.left() + (t - from) / (to - from) * plot.width(); }
    double t(double px) const
    {
        return from + (px - plot.left()) / std::max(1, plot.width()) * (to - from);
    }
};

TimelineWidget::Layout TimelineWidget::layout() const
{
    Layout L;
    L.font = m_canvas->font();
    L.bold = L.font;
    L.bold.setBold(true);
    const QFontMetrics fm(L.font);
    const QFontMetrics fb(L.bold);
    L.lineH = fm.height();
    L.barH = std::max(8, L.lineH * 55 / 100);
    L.pulseH = std::max(5, L.lineH * 60 / 100);
    L.marker = std::max(10, L.lineH * 80 / 100);
    L.laneH = 2 + L.lineH + L.barH + L.lineH * 6 / 10 + 4;
    const TimelineFrame &f = frame();
    int widest = fm.horizontalAdvance(QStringLiteral("#00"));
    for (const TimelineFrame::Lane &l : f.lanes)
        widest = std::max(widest, fm.horizontalAdvance(QStringLiteral("#%1").arg(l.conn)));
    widest = std::max(widest, fm.horizontalAdvance(tr("keepalive")));
    L.gutter = kMargin + widest + kMargin;
    const int width = std::max(200, m_canvas->width());
    // Room on the right for the lanes' last words, so a lane reads left to right to its end.
    int words = 0;
    const TimelineData &d = data();
    for (const TimelineFrame::Lane &l : f.lanes)
        if (const TimelineLane *dl = d.lane(l.conn))
            words = std::max(
                words, (serverEnded(dl->ending) ? fb : fm)
                           .horizontalAdvance(TimelineData::endingText(dl->ending, dl->keepalive)));
    const int endSpace = std::min(width * 35 / 100, words + L.marker + 16);
    const int textW = width - 2 * kMargin - L.lineH;
    int y = kMargin / 2;
    if (m_cutoff.known) {
        L.headerLines << m_cutoff.headline();
        const QString ka = m_cutoff.keepaliveSentence();
        if (!ka.isEmpty()) L.headerLines << ka;
        int h =
            fb.boundingRect(QRect(0, 0, textW, 10000), Qt::TextWordWrap, L.headerLines[0]).height();
        if (L.headerLines.size() > 1)
            h += fm.boundingRect(QRect(0, 0, textW, 10000), Qt::TextWordWrap, L.headerLines[1])
                     .height();
        L.header = QRect(kMargin, y, width - 2 * kMargin, h + 4);
        y += h + 8;
    }
    const int lanes = int(f.lanes.size());
    L.textRight = width - kMargin;
    L.plot =
        QRect(L.gutter, y, std::max(50, width - L.gutter - kMargin - std::max(L.lineH, endSpace)),
              std::max(1, lanes) * L.laneH);
    L.axisTop = L.plot.bottom() + 1;
    const int axisH = 6 + L.lineH + 2 + L.lineH + 4;
    L.legendTop = L.axisTop + axisH;
    // Legend rows, flowed across the width.
    int rows = 1, x = kMargin;
    for (const LegendItem &item : legendItems()) {
        const int w = L.lineH * 2 + fm.horizontalAdvance(item.text) + L.lineH;
        if (x + w > width - kMargin && x > kMargin) {
            ++rows;
            x = kMargin;
        }
        x += w;
    }
    L.height = L.legendTop + rows * (L.lineH + 6) + kMargin;
    L.from = f.from;
    L.to = f.to > f.from ? f.to : f.from + 1;
    return L;
}

namespace {
// The words on one lane: idle lengths, the ending, the cutoff (first band only).
QList<Label> laneLabels(const TimelineFrame::Lane &fl, double frameTo, const QFontMetrics &fm,
                        const QFontMetrics &fb, int lineH, double marker, int laneTop, int cy,
                        int barH, int plotLeft, int plotRight, int textRight,
                        const std::function<double(double)> &xOf, const IdleCutoff &cutoff,
                        bool *cutoffToName)
{
    QList<Label> idle, out;
    const double labelTop = laneTop + 2;
    for (const TimelineFrame::Idle &i : fl.idle) {
        const double x1 = xOf(i.from), x2 = xOf(i.to);
        QString text = TimelineData::idleText(i.length, i.waiting);
        if (i.ongoing) text += QCoreApplication::translate("mailscope::TimelineWidget", " so far");
        if (fl.keepalive && !i.waiting &&
            fm.horizontalAdvance(text + QCoreApplication::translate("mailscope::TimelineWidget",
                                                                    ", keepalives only")) +
                    6 <
                x2 - x1)
            text += QCoreApplication::translate("mailscope::TimelineWidget", ", keepalives only");
        int w = fm.horizontalAdvance(text);
        if (w + 6 > x2 - x1) {
            text = TimelineData::secondsText(i.length);
            w = fm.horizontalAdvance(text);
            if (w + 4 > x2 - x1) continue;
        }
        idle.push_back({QRectF((x1 + x2 - w) / 2, labelTop, w, lineH), text, false, false});
    }
    // The ending, right of its marker (or left of it when the lane runs to the edge).
    double endX = -1;
    if (fl.endT >= 0)
        endX = xOf(fl.endT);
    else if (fl.ending == LaneEnding::Open && fl.life.to >= fl.life.from && fl.life.to < frameTo)
        endX = xOf(fl.life.to);
    if (endX >= 0) {
        const QString text = TimelineData::endingText(fl.ending, fl.keepalive);
        const bool loud = serverEnded(fl.ending);
        const int w = (loud ? fb : fm).horizontalAdvance(text) + 8;
        double left = endX + marker / 2 + 3;
        double top = cy - lineH / 2.0;
        if (left + w > textRight) {
            left = std::max(double(plotLeft), endX - marker / 2 - 3 - w);
            top = cy + barH / 2.0 + 1 - lineH; // just above the bar's bottom edge, left of it
        }
        out.push_back({QRectF(left, top, w, lineH), text, true, loud});
    }
    // The cutoff is named once, on the first idle window that lasted past it.
    if (*cutoffToName && cutoff.known) {
        for (const TimelineFrame::Band &b : fl.bands) {
            if (b.idleFrom + cutoff.seconds > b.idleTo) continue;
            const double xe = xOf(b.idleFrom + cutoff.seconds);
            const QString text =
                QCoreApplication::translate("mailscope::TimelineWidget", "cutoff ≈ %1")
                    .arg(TimelineData::secondsText(std::round(cutoff.seconds)));
            const int w = fm.horizontalAdvance(text) + 6;
            // Right of the line, else left of it; never over the lane's ending.
            bool placed = false;
            for (const double left : {xe + 4, xe - 4 - w}) {
                const QRectF r(left, labelTop, w, lineH);
                bool free = left >= plotLeft && left + w <= plotRight;
                for (const Label &l : std::as_const(out))
                    free = free && !r.intersects(l.rect);
                if (!free) continue;
                out.push_back({r, text, true, false});
                placed = true;
                break;
            }
            if (placed) {
                *cutoffToName = false;
                break;
            }
        }
    }
    // Words never cover words: the ending first, then the cutoff, then idle lengths.
    QList<Label> placed;
    for (const Label &l : out + idle) {
        bool free = true;
        for (const Label &p : std::as_const(placed))
            free = free && !l.rect.adjusted(-2, 0, 2, 0).intersects(p.rect);
        if (free) placed.append(l);
    }
    return placed;
}
} // namespace

// --- Canvas ------------------------------------------------------------------------------

TimelineCanvas::TimelineCanvas(TimelineWidget *owner) : m_owner(owner)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAutoFillBackground(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QSize TimelineCanvas::sizeHint() const
{
    return {900, m_owner->layout().height};
}

void TimelineCanvas::paintEvent(QPaintEvent *e)
{
    QPainter p(this);
    m_owner->paint(p, e->rect());
}

void TimelineCanvas::resizeEvent(QResizeEvent *e)
{
    QWidget::resizeEvent(e);
    // Only the width changes what is drawn; the height follows the lanes.
    if (e->size().width() != e->oldSize().width()) m_owner->scheduleRequest();
}

bool TimelineCanvas::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        QString text;
        m_owner->hitTest(help->pos(), &text);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (e->type() == QEvent::FontChange) m_owner->scheduleRequest();
    return QWidget::event(e);
}

void TimelineCanvas::wheelEvent(QWheelEvent *e)
{
    const double steps = e->angleDelta().y() / 120.0;
    if (steps == 0) return;
    emit zoomBy(std::pow(0.8, steps), m_owner->layout().t(e->position().x()));
    e->accept();
}

void TimelineCanvas::mousePressEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton) {
        m_dragFrom = e->pos();
        m_dragging = true;
        m_moved = false;
    }
    QWidget::mousePressEvent(e);
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent *e)
{
    if (m_dragging) {
        const int dx = e->pos().x() - m_dragFrom.x();
        if (std::abs(dx) > 3 || m_moved) {
            m_moved = true;
            emit panBy(-dx / double(std::max(1, m_owner->layout().plot.width())));
            m_dragFrom = e->pos();
        }
    }
    QWidget::mouseMoveEvent(e);
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton && m_dragging && !m_moved) m_owner->click(e->pos());
    m_dragging = false;
    QWidget::mouseReleaseEvent(e);
}

void TimelineCanvas::keyPressEvent(QKeyEvent *e)
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
        QWidget::keyPressEvent(e);
    }
}

// --- Widget ------------------------------------------------------------------------------

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent), m_builder(new TimelineBuilder(this)), m_canvas(new TimelineCanvas(this)),
      m_scroll(new QScrollArea), m_status(new QLabel), m_live(new QTimer(this)),
      m_delay(new QTimer(this)), m_theme(Theme::Light)
{
    setAccessibleName(tr("Timeline"));
    m_canvas->setAccessibleName(tr("Timeline chart"));
    m_canvas->setAccessibleDescription(
        tr("Time runs to the right, one lane per connection. Plus and minus zoom, the arrow "
           "keys pan, Home shows everything."));
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusProxy(m_canvas);
    connect(m_builder, &TimelineBuilder::ready, this, &TimelineWidget::acceptResult);

    connect(m_canvas, &TimelineCanvas::zoomBy, this, [this](double f, double at) {
        const auto [a, b] = visibleRange();
        const double c = std::isnan(at) ? (a + b) / 2 : at;
        zoomTo(c - (c - a) * f, c + (b - c) * f);
    });
    connect(m_canvas, &TimelineCanvas::panBy, this, [this](double frac) {
        const auto [a, b] = visibleRange();
        const double d = (b - a) * frac;
        zoomTo(a + d, b + d);
    });
    connect(m_canvas, &TimelineCanvas::resetZoom, this, [this] {
        m_zoomed = false;
        request();
    });

    m_live->setInterval(400);
    connect(m_live, &QTimer::timeout, this, &TimelineWidget::refresh);
    m_delay->setSingleShot(true);
    m_delay->setInterval(30);
    connect(m_delay, &QTimer::timeout, this, &TimelineWidget::request);

    auto *reset = new QPushButton(tr("Show &all"));
    reset->setAccessibleName(tr("Show the whole timeline"));
    connect(reset, &QPushButton::clicked, this, [this] {
        m_zoomed = false;
        request();
    });
    m_status->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(reset);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addLayout(bar);
    box->addWidget(m_scroll, 1);
    updateStatus();
}

TimelineWidget::~TimelineWidget()
{
    // The worker may be reading a transcript this widget does not own: stop it first.
    m_builder->shutdown();
}

const TimelineData &TimelineWidget::data() const
{
    return m_data ? *m_data : emptyData();
}

const TimelineFrame &TimelineWidget::frame() const
{
    return m_frame ? *m_frame : emptyFrame();
}

void TimelineWidget::setTranscript(std::shared_ptr<Transcript> t)
{
    m_transcript = std::move(t);
    ++m_generation; // whatever the worker still delivers for the old one is dropped
    m_data.reset();
    m_frame.reset();
    m_zoomed = false;
    m_selected = -1;
    m_selectedConn = -1;
    request();
    m_canvas->update();
}

void TimelineWidget::setTranscript(Transcript *t)
{
    // Not owned: an aliasing pointer that deletes nothing.
    setTranscript(t ? std::shared_ptr<Transcript>(std::shared_ptr<Transcript>(), t)
                    : std::shared_ptr<Transcript>());
}

void TimelineWidget::setIdleCutoff(const IdleCutoff &cutoff)
{
    m_cutoff = cutoff;
    request();
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
    request();
}

void TimelineWidget::setTheme(Theme theme)
{
    m_theme = theme;
    m_canvas->update();
}

QPair<double, double> TimelineWidget::visibleRange() const
{
    if (m_zoomed) return {m_from, m_to};
    double end = data().endTime();
    if (m_live->isActive() && m_transcript) end = std::max(end, m_transcript->nowUs() / 1e6);
    return wholeRange(end);
}

void TimelineWidget::zoomTo(double from, double to)
{
    const double span = qMax(0.0005, to - from);
    m_zoomed = true;
    m_from = from;
    m_to = from + span;
    request();
}

void TimelineWidget::scheduleRequest()
{
    m_delay->start();
}

void TimelineWidget::request()
{
    m_delay->stop();
    const Layout L = layout();
    TimelineRequest r;
    r.generation = m_generation;
    r.serial = ++m_serial;
    r.transcript = m_transcript;
    r.whole = !m_zoomed;
    r.from = m_from;
    r.to = m_to;
    r.width = std::max(100, L.plot.width());
    r.now = m_live->isActive() && m_transcript ? m_transcript->nowUs() / 1e6 : -1;
    r.cutoff = m_cutoff;
    r.maxLanes = kMaxLanes;
    m_building = true;
    m_builder->post(std::move(r));
    updateStatus();
}

void TimelineWidget::acceptResult(const TimelineResult &r)
{
    if (r.generation != m_generation) {
        ++m_dropped; // an older transcript's: never shown
        return;
    }
    m_data = r.data;
    m_frame = r.frame;
    bool latest = r.serial == m_serial;
    // The lanes' words decide how wide the plot is: a frame made for another width is shown
    // and made again at the right one.
    if (latest && m_frame && layout().plot.width() != std::max(100, m_frame->width)) {
        request();
        latest = false;
    }
    if (latest) m_building = false;
    if (m_selected >= 0) setSelectedEvent(m_selected);
    const int h = layout().height;
    if (m_canvas->minimumHeight() != h) m_canvas->setMinimumHeight(h);
    m_canvas->update();
    updateStatus();
    updateAccessibleText();
    if (latest) emit built();
}

void TimelineWidget::updateStatus()
{
    const TimelineData &d = data();
    const int conns = int(d.connections().size());
    QString status =
        tr("%n command(s) on %1 connection(s)", nullptr, int(d.commands().size())).arg(conns);
    if (conns > kMaxLanes) status += tr(" (first %1 shown)").arg(kMaxLanes);
    if (m_building && !m_data) status = tr("Building the timeline…");
    status += tr(". Hover for details; click a command or a marker to show it in the "
                 "transcript. Wheel or +/- zooms, drag or arrows pan.");
    m_status->setText(status);
}

void TimelineWidget::updateAccessibleText()
{
    QStringList parts;
    if (m_cutoff.known) parts << m_cutoff.headline() << m_cutoff.keepaliveSentence();
    for (const TimelineFrame::Lane &l : frame().lanes)
        parts << laneStory(l.conn);
    parts.removeAll(QString());
    m_canvas->setAccessibleDescription(parts.join(QLatin1Char(' ')));
}

QString TimelineWidget::laneStory(int conn) const
{
    const double now = m_live->isActive() && m_transcript ? m_transcript->nowUs() / 1e6 : -1;
    return data().story(conn, now);
}

TimelinePalette TimelineWidget::paletteInUse() const
{
    TimelinePalette c;
    const QPalette &pal = m_canvas->palette();
    c.background = pal.color(QPalette::Base);
    c.text = pal.color(QPalette::Text);
    c.faint = withAlpha(c.text, 110);
    c.stripe = withAlpha(c.text, m_theme == Theme::HighContrast ? 22 : 12);
    auto kind = [this](EventKind k) { return TranscriptModel::colour(int(k), m_theme); };
    c.active = kind(EventKind::Send);
    c.command = kind(EventKind::Send);
    c.slow = kind(EventKind::Error);
    c.idleFill = withAlpha(c.text, m_theme == Theme::HighContrast ? 50 : 26);
    c.idleLine = withAlpha(c.text, m_theme == Theme::HighContrast ? 230 : 150);
    switch (m_theme) {
    case Theme::Light:
        c.bandLine = QColor(0xb3, 0x4a, 0x00);
        c.bandFill = QColor(0xff, 0x8c, 0x1a, 70);
        c.selection = QColor(0xd0, 0x00, 0x70);
        break;
    case Theme::Dark:
        c.bandLine = QColor(0xff, 0xb3, 0x47);
        c.bandFill = QColor(0xff, 0xb3, 0x47, 70);
        c.selection = QColor(Qt::yellow);
        break;
    case Theme::HighContrast:
        c.bandLine = QColor(0xff, 0xff, 0x00);
        c.bandFill = QColor(0xff, 0xff, 0x00, 80);
        c.selection = QColor(0xff, 0x5c, 0xff);
        break;
    }
    c.marker[TimelineMarker::Connect] = kind(EventKind::Connect);
    c.marker[TimelineMarker::Tls] = kind(EventKind::Tls);
    // BYE/FIN shares the TCP colour with connect in the transcript; here it gets its own.
    c.marker[TimelineMarker::Close] =
        m_theme == Theme::Light ? QColor(0xe0, 0x6c, 0x00) : QColor(0xff, 0xb3, 0x47);
    c.marker[TimelineMarker::Reset] = kind(EventKind::Reset);
    c.marker[TimelineMarker::Silence] = kind(EventKind::Timeout);
    c.marker[TimelineMarker::Error] = kind(EventKind::Error);
    return c;
}

QStringList TimelineWidget::visibleTexts() const
{
    const Layout L = layout();
    QStringList out = L.headerLines;
    const QFontMetrics fm(L.font), fb(L.bold);
    const auto xOf = [&L](double t) { return L.x(t); };
    bool cutoffToName = true;
    const auto &lanes = frame().lanes;
    for (int i = 0; i < int(lanes.size()); ++i)
        for (const Label &l : laneLabels(lanes[size_t(i)], frame().to, fm, fb, L.lineH, L.marker,
                                         L.laneTop(i), L.centre(i), L.barH, L.plot.left(),
                                         L.plot.right(), L.textRight, xOf, m_cutoff, &cutoffToName))
            out << l.text;
    for (const LegendItem &item : legendItems())
        out << item.text;
    return out;
}

void TimelineWidget::paint(QPainter &p, const QRect &clip) const
{
    const Layout L = layout();
    const TimelinePalette c = paletteInUse();
    const TimelineFrame &f = frame();
    p.fillRect(clip, c.background);
    p.setFont(L.font);
    const QFontMetrics fm(L.font), fb(L.bold);

    // The cutoff, in words, above the lanes.
    if (!L.headerLines.isEmpty()) {
        const QRect swatch(L.header.left(), L.header.top() + 3, L.lineH * 3 / 4, L.lineH - 4);
        p.fillRect(swatch, c.bandFill);
        p.setPen(QPen(c.bandLine, 2, Qt::DashLine));
        p.drawLine(swatch.center().x(), swatch.top(), swatch.center().x(), swatch.bottom());
        QRect text = L.header.adjusted(L.lineH, 0, 0, 0);
        p.setPen(c.text);
        p.setFont(L.bold);
        const QRect used = p.boundingRect(text, Qt::TextWordWrap, L.headerLines[0]);
        p.drawText(text, Qt::TextWordWrap, L.headerLines[0]);
        p.setFont(L.font);
        if (L.headerLines.size() > 1)
            p.drawText(text.adjusted(0, used.height(), 0, 0), Qt::TextWordWrap, L.headerLines[1]);
    }

    const auto xOf = [&L](double t) { return L.x(t); };
    bool cutoffToName = true;
    for (int i = 0; i < int(f.lanes.size()); ++i) {
        const TimelineFrame::Lane &fl = f.lanes[size_t(i)];
        const int top = L.laneTop(i);
        const int cy = L.centre(i);
        const double barTop = cy - L.barH / 2.0;
        if (i % 2) p.fillRect(QRect(0, top, m_canvas->width(), L.laneH), c.stripe);
        // The lane's name.
        p.setPen(c.text);
        const QString name = QStringLiteral("#%1").arg(fl.conn);
        if (fl.keepalive) {
            p.drawText(QRect(kMargin, top + 2, L.gutter - kMargin, L.lineH), Qt::AlignLeft, name);
            p.drawText(QRect(kMargin, cy - L.lineH / 2, L.gutter, L.lineH),
                       Qt::AlignLeft | Qt::AlignVCenter, tr("keepalive"));
        } else {
            p.drawText(QRect(kMargin, cy - L.lineH / 2, L.gutter - kMargin, L.lineH),
                       Qt::AlignLeft | Qt::AlignVCenter, name);
        }
        p.save();
        p.setClipRect(QRect(L.plot.left() - L.marker, top, m_canvas->width(), L.laneH));
        // The cutoff on this lane: where its idle window reached it, with the uncertainty.
        // It stops where the idle window did: a command there started the clock over.
        for (const TimelineFrame::Band &b : fl.bands) {
            const double xe = xOf(b.idleFrom + m_cutoff.seconds);
            const double xEnd = xOf(b.idleTo);
            double x1 = xOf(b.idleFrom + m_cutoff.lower);
            double x2 = std::min(xOf(b.idleFrom + m_cutoff.upper), xEnd);
            if (x2 - x1 < 4) {
                x1 = std::min(x1, xe - 2);
                x2 = std::max(x1 + 4, std::min(xe + 2, xEnd));
            }
            p.fillRect(QRectF(x1, top + 1, x2 - x1, L.laneH - 2), c.bandFill);
            if (b.idleFrom + m_cutoff.seconds <= b.idleTo + (m_cutoff.upper - m_cutoff.seconds)) {
                p.setPen(QPen(c.bandLine, 2, Qt::DashLine));
                p.drawLine(QPointF(xe, top + 1), QPointF(xe, top + L.laneH - 1));
            }
        }
        if (fl.life.from <= fl.life.to) {
            p.setPen(QPen(c.faint, 1));
            p.drawLine(QPointF(xOf(fl.life.from), cy), QPointF(xOf(fl.life.to), cy));
            for (const TimelineFrame::Span &s : fl.active) {
                const double x1 = xOf(s.from);
                p.fillRect(QRectF(x1, barTop, std::max(1.5, xOf(s.to) - x1), L.barH), c.active);
            }
            for (const TimelineFrame::Idle &s : fl.idle) {
                const double x1 = xOf(s.from);
                const QRectF r(x1, barTop, std::max(1.0, xOf(s.to) - x1), L.barH);
                if (s.waiting) {
                    drawWaiting(p, r, c);
                    continue;
                }
                p.fillRect(r, c.idleFill);
                p.fillRect(r,
                           QBrush(c.idleLine, fl.keepalive ? Qt::Dense5Pattern : Qt::BDiagPattern));
                p.setPen(QPen(c.idleLine, 1));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r);
            }
        }
        // Commands: pulses on top of the bar, a point per few pixels to hover.
        for (const TimelineFrame::Span &s : fl.pulses) {
            const double x1 = xOf(s.from);
            p.fillRect(QRectF(x1, barTop - L.pulseH, std::max(1.5, xOf(s.to) - x1), L.pulseH),
                       c.command);
        }
        // Shapes closer than half their size to the last one of their kind add nothing to
        // see: a dense run of them is drawn as an even row.
        p.setRenderHint(QPainter::Antialiasing, true);
        const double spacing = L.marker / 2.0;
        double lastSlow = -1e9;
        for (const TimelineFrame::Point &pt : fl.points) {
            const double x = xOf(pt.t);
            if (!pt.slow || x - lastSlow < spacing) continue;
            lastSlow = x;
            drawSlow(p, QPointF(x, barTop - L.pulseH), L.marker * 0.9, c.slow, c.text);
        }
        double lastMark[6] = {-1e9, -1e9, -1e9, -1e9, -1e9, -1e9};
        for (const TimelineFrame::Mark &m : fl.marks) {
            const double x = xOf(m.t);
            if (std::abs(x - lastMark[m.kind]) < spacing) continue;
            lastMark[m.kind] = x;
            drawMarker(p, m.kind, QPointF(x, cy), L.marker, c.marker[m.kind], c.text);
        }
        p.setRenderHint(QPainter::Antialiasing, false);
        // Words: idle lengths, the cutoff, the ending.
        for (const Label &l :
             laneLabels(fl, f.to, fm, fb, L.lineH, L.marker, top, cy, L.barH, L.plot.left(),
                        L.plot.right(), L.textRight, xOf, m_cutoff, &cutoffToName)) {
            if (l.pill) {
                p.setRenderHint(QPainter::Antialiasing, true);
                p.setPen(QPen(c.faint, 1));
                p.setBrush(withAlpha(c.background, 235));
                p.drawRoundedRect(l.rect, 4, 4);
                p.setRenderHint(QPainter::Antialiasing, false);
            }
            p.setPen(c.text);
            p.setFont(l.bold ? L.bold : L.font);
            p.drawText(l.rect, Qt::AlignCenter, l.text);
            p.setFont(L.font);
        }
        p.restore();
    }

    // The selected event.
    if (m_selected >= 0 && m_selectedConn > 0 && m_selectedT >= f.from && m_selectedT <= f.to) {
        const QPoint at = pointFor(m_selectedT, m_selectedConn, m_selectedCommand);
        if (at.y() >= 0) {
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(QPen(c.selection, 3));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QPointF(at), L.marker * 0.9, L.marker * 0.9);
            p.setRenderHint(QPainter::Antialiasing, false);
        }
    }

    // The time axis.
    p.setPen(QPen(c.faint, 1));
    p.drawLine(L.plot.left(), L.axisTop, L.plot.right(), L.axisTop);
    const double step = tickStep(L.to - L.from, std::max(2, L.plot.width() / 110));
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step)));
    p.setPen(c.text);
    for (double t = std::ceil(L.from / step) * step; t <= L.to + step * 1e-6; t += step) {
        const double x = xOf(t);
        p.drawLine(QPointF(x, L.axisTop), QPointF(x, L.axisTop + 5));
        const QString label = QString::number(t, 'f', decimals);
        const int w = fm.horizontalAdvance(label);
        p.drawText(QRectF(x - w / 2.0, L.axisTop + 6, w, L.lineH), Qt::AlignCenter, label);
    }
    p.drawText(QRect(L.plot.left(), L.axisTop + 8 + L.lineH, L.plot.width(), L.lineH),
               Qt::AlignCenter, tr("seconds since start"));

    // The legend: every shape the lanes use, in words.
    int x = kMargin, y = L.legendTop;
    for (const LegendItem &item : legendItems()) {
        const int w = L.lineH * 2 + fm.horizontalAdvance(item.text) + L.lineH;
        if (x + w > m_canvas->width() - kMargin && x > kMargin) {
            x = kMargin;
            y += L.lineH + 6;
        }
        const QRectF g(x, y + 2, L.lineH * 1.6, L.lineH - 4);
        const QPointF mid = g.center();
        switch (item.glyph) {
        case Glyph::Active:
            p.fillRect(QRectF(g.left(), mid.y() - L.barH / 2.0, g.width(), L.barH), c.active);
            break;
        case Glyph::Waiting:
            drawWaiting(p, QRectF(g.left(), mid.y() - L.barH / 2.0, g.width(), L.barH), c);
            break;
        case Glyph::Command:
            p.fillRect(QRectF(g.left(), mid.y() - L.barH / 2.0, g.width(), L.barH), c.active);
            p.fillRect(QRectF(g.left() + 3, mid.y() - L.barH / 2.0 - L.pulseH, 4, L.pulseH),
                       c.command);
            p.fillRect(QRectF(g.left() + 11, mid.y() - L.barH / 2.0 - L.pulseH, 7, L.pulseH),
                       c.command);
            break;
        case Glyph::Slow:
            p.setRenderHint(QPainter::Antialiasing, true);
            drawSlow(p, mid, L.marker * 0.9, c.slow, c.text);
            p.setRenderHint(QPainter::Antialiasing, false);
            break;
        case Glyph::Idle:
        case Glyph::IdleKeepalive: {
            const QRectF r(g.left(), mid.y() - L.barH / 2.0, g.width(), L.barH);
            p.fillRect(r, c.idleFill);
            p.fillRect(r,
                       QBrush(c.idleLine, item.glyph == Glyph::IdleKeepalive ? Qt::Dense5Pattern
                                                                             : Qt::BDiagPattern));
            p.setPen(QPen(c.idleLine, 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r);
            break;
        }
        case Glyph::Band:
            p.fillRect(g, c.bandFill);
            p.setPen(QPen(c.bandLine, 2, Qt::DashLine));
            p.drawLine(QPointF(mid.x(), g.top()), QPointF(mid.x(), g.bottom()));
            break;
        case Glyph::Marker:
            p.setRenderHint(QPainter::Antialiasing, true);
            drawMarker(p, item.kind, mid, L.marker, c.marker[item.kind], c.text);
            p.setRenderHint(QPainter::Antialiasing, false);
            break;
        }
        p.setPen(c.text);
        p.drawText(QRectF(x + L.lineH * 2, y, w, L.lineH + 4), Qt::AlignLeft | Qt::AlignVCenter,
                   item.text);
        x += w;
    }
}

QPoint TimelineWidget::pointFor(double t, int conn, bool command) const
{
    const Layout L = layout();
    const auto &lanes = frame().lanes;
    for (int i = 0; i < int(lanes.size()); ++i)
        if (lanes[size_t(i)].conn == conn) {
            const double y = command ? L.centre(i) - L.barH / 2.0 - L.pulseH / 2.0 : L.centre(i);
            return QPoint(int(std::lround(L.x(t))), int(std::lround(y)));
        }
    return {-1, -1};
}

int TimelineWidget::commandNear(double x, int conn) const
{
    const auto &cmds = data().commands();
    auto it = std::lower_bound(cmds.begin(), cmds.end(), x,
                               [](const TimelineCommand &c, double v) { return c.t < v; });
    int bestIdx = -1;
    double bestD = 1e300;
    // Commands are in time order; look outwards for the nearest on this lane (bounded).
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
    const TimelineCommand &c = data().commands()[size_t(i)];
    if (c.sendEvent >= m_transcript->size()) return {};
    const Event send = m_transcript->at(c.sendEvent);
    const QString label = TimelineData::commandLabel(send, m_maskSecrets);
    return tr("#%1 at %2 s: %3\nreply after %4")
        .arg(c.conn)
        .arg(c.t, 0, 'f', 3)
        .arg(label, seconds(c.latency));
}

int TimelineWidget::hitTest(const QPoint &pos, QString *text) const
{
    text->clear();
    const Layout L = layout();
    const auto &lanes = frame().lanes;
    if (pos.y() < L.plot.top() || pos.y() >= L.plot.top() + int(lanes.size()) * L.laneH) return -1;
    const int i = (pos.y() - L.plot.top()) / L.laneH;
    const TimelineFrame::Lane &fl = lanes[size_t(i)];
    if (pos.x() < L.plot.left() - L.marker / 2) {
        *text = laneStory(fl.conn);
        return -1;
    }
    const double perPx = (L.to - L.from) / std::max(1, L.plot.width());
    const double t = L.t(pos.x());
    const double tol = 6 * perPx;
    auto eventText = [this](int ev) {
        if (ev < 0 || !m_transcript || ev >= m_transcript->size()) return QString();
        const Event e = m_transcript->at(ev);
        return tr("#%1 at %2 s: %3 %4")
            .arg(e.conn)
            .arg(double(e.tUs) / 1e6, 0, 'f', 3)
            .arg(eventKindName(e.kind),
                 (m_maskSecrets ? e.safeDisplayText() : e.displayText()).left(120).trimmed());
    };
    // Above the bar the commands come first; on it, the ending and the markers.
    const bool pulseRow = pos.y() < L.centre(i) - L.barH / 2;
    const int cmd = commandNear(t, fl.conn);
    const bool cmdNear = cmd >= 0 && std::abs(data().commands()[size_t(cmd)].t - t) <= tol;
    if (pulseRow && cmdNear) {
        *text = describeCommandAt(t, fl.conn);
        return data().commands()[size_t(cmd)].sendEvent;
    }
    if (fl.endT >= 0 && std::abs(t - fl.endT) <= tol * 2) {
        *text = TimelineData::endingText(fl.ending, fl.keepalive) + QLatin1Char('\n') +
                eventText(fl.endEvent);
        return fl.endEvent;
    }
    int bestMark = -1;
    double bestD = tol;
    for (const TimelineFrame::Mark &m : fl.marks)
        if (std::abs(m.t - t) <= bestD) {
            bestD = std::abs(m.t - t);
            bestMark = m.event;
        }
    if (bestMark >= 0) {
        *text = eventText(bestMark);
        return bestMark;
    }
    if (cmdNear) {
        *text = describeCommandAt(t, fl.conn);
        return data().commands()[size_t(cmd)].sendEvent;
    }
    for (const TimelineFrame::Band &b : fl.bands)
        if (t >= b.idleFrom + m_cutoff.lower - tol &&
            t <= std::min(b.idleFrom + m_cutoff.upper, b.idleTo) + tol) {
            *text = m_cutoff.headline() + QLatin1Char('\n') +
                    tr("This connection had been idle since %1 s.").arg(b.idleFrom, 0, 'f', 1);
            return -1;
        }
    for (const TimelineFrame::Idle &s : fl.idle)
        if (t >= s.from && t <= s.to) {
            *text = s.waiting ? tr("#%1: %2; nothing came back meanwhile")
                                    .arg(fl.conn)
                                    .arg(TimelineData::idleText(s.length, true) +
                                         (s.ongoing ? tr(" so far") : QString()))
                              : tr("#%1: %2, nothing sent or received%3")
                                    .arg(fl.conn)
                                    .arg(TimelineData::idleText(s.length) +
                                             (s.ongoing ? tr(" so far") : QString()),
                                         fl.keepalive ? tr(" (TCP keepalives only)") : QString());
            return -1;
        }
    *text = laneStory(fl.conn);
    return -1;
}

void TimelineWidget::click(const QPoint &pos)
{
    QString text;
    const int ev = hitTest(pos, &text);
    if (ev < 0) return;
    setSelectedEvent(ev);
    emit eventActivated(ev);
}

void TimelineWidget::setSelectedEvent(int event)
{
    m_selected = event;
    m_selectedConn = -1;
    if (event >= 0 && m_transcript && event < m_transcript->size()) {
        const Event e = m_transcript->at(event);
        m_selectedConn = e.conn;
        m_selectedT = double(e.tUs) / 1e6;
        m_selectedCommand = e.kind == EventKind::Send;
    }
    m_canvas->update();
}

} // namespace mailscope
