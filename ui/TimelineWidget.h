// The timeline: time on x, one lane per connection. Each command is a raised pulse from its
// send to its reply (the width is the latency) with a point at the send to hover and click;
// idle windows are shaded; connect, TLS, BYE/FIN, RST and silence have their own marker
// shapes (not colour alone). Wheel or +/- zooms, dragging or the arrow keys pan, Home resets.
// Drawing is downsampled to the visible range and the widget's width, so 100,000 commands
// stay interactive.
#pragma once

#include "TimelineData.h"

#include <QChartView>
#include <QPointer>
#include <QWidget>

class QAreaSeries;
class QCategoryAxis;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QTimer;
class QValueAxis;

namespace mailscope {
class Transcript;
enum class Theme;

class TimelineChartView : public QChartView
{
    Q_OBJECT
public:
    using QChartView::QChartView;
signals:
    void zoomBy(double factor, double atX); // atX: chart x value under the cursor, or NaN
    void panBy(double fraction);
    void resetZoom();

protected:
    void wheelEvent(QWheelEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;

private:
    QPoint m_dragFrom;
    bool m_dragging = false;
    bool m_moved = false;
};

class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setTranscript(Transcript *t);
    void setTheme(Theme theme);
    // Keeps following the transcript (a live run) until stopped.
    void setLive(bool live);
    // Pulls in new events and redraws now.
    void refresh();
    void setSelectedEvent(int event);
    // Presenter mode: hover texts hide passwords the transcript view would hide.
    void setMaskSecrets(bool on) { m_maskSecrets = on; }
    int selectedEvent() const { return m_selected; }

    const TimelineData &data() const { return m_data; }
    QChart *chart() const;
    TimelineChartView *view() const { return m_view; }
    // Points currently drawn (after downsampling), for tests and the benchmark.
    int drawnPoints() const { return m_drawn; }
    void zoomTo(double from, double to);
    QPair<double, double> visibleRange() const;
    // Text shown when hovering the command nearest to x on a lane (empty if none).
    QString describeCommandAt(double x, int conn) const;
    int commandNear(double x, int conn) const; // index into data().commands() or -1

signals:
    void eventActivated(int event);

private:
    void rebuild();
    void scheduleRebuild();
    int laneOf(int conn) const { return m_lanes.value(conn, 0); }
    void onHover(const QPointF &p, bool state, bool marker);
    void onClick(const QPointF &p, bool marker);
    int markerNear(const QPointF &p) const;

    QPointer<Transcript> m_transcript;
    TimelineData m_data;
    TimelineChartView *m_view;
    QChart *m_chart;
    QValueAxis *m_x;
    QCategoryAxis *m_y;
    QScatterSeries *m_points;
    QScatterSeries *m_slow;
    QScatterSeries *m_selectedSeries;
    QList<QScatterSeries *> m_markerSeries;
    QList<QLineSeries *> m_pulses;
    QList<QAreaSeries *> m_idle;
    QLabel *m_status;
    QTimer *m_live;
    QTimer *m_redraw;
    QHash<int, int> m_lanes;
    double m_from = 0;
    double m_to = 1;
    bool m_zoomed = false;
    bool m_settingRange = false;
    int m_selected = -1;
    int m_drawn = 0;
    Theme m_theme;
    bool m_maskSecrets = false;
};

} // namespace mailscope
