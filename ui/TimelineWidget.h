// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The timeline, for someone who is not an expert: time runs to the right, one lane per
// connection, and each lane reads as a sentence: in use (a solid bar, commands as pulses on
// top), then idle (hatched, labelled with its length), then how it ended, in words ("reset by
// the server", "no answer: silent", "kept alive…"). The idle cutoff the idle check measured is
// drawn on every lane that stayed idle that long, as a band (its uncertainty) around a dashed
// line, and named in a sentence above the lanes. Shapes and words, not colour alone; colours
// from the palette and the theme. Hover for details, click a command or a marker to select
// its transcript line. Wheel or +/- zooms, dragging or the arrow keys pan, Home shows all.
//
// The data and what to draw are built on a worker thread (TimelineBuilder): the GUI thread
// only paints a frame of at most a few thousand shapes, however long the recording.
#pragma once

#include "TimelineBuilder.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QLabel;
class QScrollArea;
class QTimer;

namespace mailscope {
class Transcript;
enum class Theme;
class TimelineWidget;

// The drawing surface (keyboard focus, mouse, paint); the widget does the work.
class TimelineCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineCanvas(TimelineWidget *owner);
    QSize sizeHint() const override;

signals:
    void zoomBy(double factor, double atX); // atX: time under the cursor, or NaN
    void panBy(double fraction);
    void resetZoom();

protected:
    void paintEvent(QPaintEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;
    void wheelEvent(QWheelEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    bool event(QEvent *e) override;

private:
    TimelineWidget *m_owner;
    QPoint m_dragFrom;
    bool m_dragging = false;
    bool m_moved = false;
};

// The colours the timeline paints with, from the widget's palette and the theme.
struct TimelinePalette
{
    QColor background, text, faint, stripe;
    QColor active, command, slow;
    QColor idleFill, idleLine;
    QColor bandFill, bandLine;
    QColor selection;
    QColor marker[6]; // by TimelineMarker::Kind
};

class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    // The widget keeps the transcript alive while its worker reads it.
    void setTranscript(std::shared_ptr<Transcript> t);
    // Not owned: t must outlive the widget (tests, the benchmark).
    void setTranscript(Transcript *t);
    // The measured idle cutoff (IdleCutoff::fromReport), drawn on every lane.
    void setIdleCutoff(const IdleCutoff &cutoff);
    const IdleCutoff &idleCutoff() const { return m_cutoff; }
    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }
    // Keeps following the transcript (a live run) until stopped.
    void setLive(bool live);
    // Asks for new events and a new frame now (the result arrives from the worker).
    void refresh();
    void setSelectedEvent(int event);
    // Presenter mode: hover texts hide passwords the transcript view would hide.
    void setMaskSecrets(bool on) { m_maskSecrets = on; }
    int selectedEvent() const { return m_selected; }

    // The data and frame last delivered by the worker (empty until the first arrives).
    const TimelineData &data() const;
    const TimelineFrame &frame() const;
    TimelineCanvas *view() const { return m_canvas; }
    // Shapes in the current frame (after downsampling), for tests and the benchmark.
    int drawnPoints() const { return frame().drawn; }
    void zoomTo(double from, double to);
    QPair<double, double> visibleRange() const;
    // Text shown when hovering the command nearest to x on a lane (empty if none).
    QString describeCommandAt(double x, int conn) const;
    int commandNear(double x, int conn) const; // index into data().commands() or -1
    // A lane in one sentence (also the lane's tooltip and part of the accessible text).
    QString laneStory(int conn) const;
    // Every word the current frame draws: the cutoff sentence, idle lengths, endings.
    QStringList visibleTexts() const;
    // Where the timeline draws time t on a lane (canvas coordinates; a command's pulse when
    // command is true), for tests.
    QPoint pointFor(double t, int conn, bool command = false) const;
    TimelinePalette paletteInUse() const;

    // Work in progress: a request was posted and its result has not arrived.
    bool isBuilding() const { return m_building; }
    int generation() const { return m_generation; }
    int droppedResults() const { return m_dropped; }
    // A result from the worker; results of an older generation are dropped. Public so tests
    // can hand in a stale one.
    void acceptResult(const TimelineResult &r);

signals:
    void eventActivated(int event);
    void built(); // the result of the latest request arrived

private:
    friend class TimelineCanvas;
    struct Layout;
    Layout layout() const;
    void request();
    void scheduleRequest();
    void paint(QPainter &p, const QRect &clip) const;
    void hover(const QPoint &pos);
    void click(const QPoint &pos);
    // The event under pos and the words to show for it; -1 when none.
    int hitTest(const QPoint &pos, QString *text) const;
    void updateStatus();
    void updateAccessibleText();

    std::shared_ptr<Transcript> m_transcript;
    TimelineBuilder *m_builder;
    std::shared_ptr<const TimelineData> m_data;
    std::shared_ptr<const TimelineFrame> m_frame;
    IdleCutoff m_cutoff;
    TimelineCanvas *m_canvas;
    QScrollArea *m_scroll;
    QLabel *m_status;
    QTimer *m_live;
    QTimer *m_delay;
    double m_from = 0;
    double m_to = 1;
    bool m_zoomed = false;
    int m_selected = -1;
    double m_selectedT = -1;
    int m_selectedConn = -1;
    bool m_selectedCommand = false;
    int m_generation = 0;
    int m_serial = 0;
    int m_dropped = 0;
    bool m_building = false;
    Theme m_theme;
    bool m_maskSecrets = false;
};

} // namespace mailscope
