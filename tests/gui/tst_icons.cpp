// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The icons embedded from resources/mailscope.qrc: they load (the resource is linked in and
// Qt's SVG icon engine is present), render at the sizes the UI asks for, and the findings list
// shows each severity with its own icon.
#include "AppIcons.h"
#include "ResultsPanel.h"

#include <QApplication>
#include <QImage>
#include <QTest>
#include <QTreeWidget>

using namespace mailscope;

namespace {
// Opaque pixels in a rendering: an icon that failed to load renders as nothing at all.
int opaquePixels(const QIcon &icon, int size)
{
    const QImage img = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            if (qAlpha(img.pixel(x, y)) > 200) ++n;
    return n;
}

QRgb dominantColour(const QIcon &icon)
{
    const QImage img = icon.pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
    return img.pixel(8, 20); // left of the centre line, inside every severity shape
}
} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void applicationIconRenders()
    {
        const QIcon icon = icons::application();
        QVERIFY(!icon.isNull());
        for (int size : {16, 32, 64, 256}) {
            QCOMPARE(icon.pixmap(size, size).size(), QSize(size, size));
            // The envelope and the lens cover a good part of the square.
            QVERIFY2(opaquePixels(icon, size) > size * size / 4, qPrintable(QString::number(size)));
        }
    }

    void severityIconsDiffer()
    {
        const QIcon error = icons::severity(Severity::Error);
        const QIcon warning = icons::severity(Severity::Warning);
        const QIcon info = icons::severity(Severity::Info);
        for (const QIcon &i : {error, warning, info}) {
            QVERIFY(!i.isNull());
            QVERIFY(opaquePixels(i, 16) > 60);
        }
        // Red, amber, blue: the same hues as the style's message-box icons they replace.
        const QColor e(dominantColour(error)), w(dominantColour(warning)), n(dominantColour(info));
        QVERIFY2(e.red() > 150 && e.green() < 100 && e.blue() < 100, qPrintable(e.name()));
        QVERIFY2(w.red() > 200 && w.green() > 140 && w.blue() < 100, qPrintable(w.name()));
        QVERIFY2(n.blue() > 150 && n.red() < 100, qPrintable(n.name()));
    }

    void findingsShowTheirSeverityIcon()
    {
        Report r;
        r.findings.append(
            {QStringLiteral("a.info"), Severity::Info, QStringLiteral("Info"), QString(), {}, {}});
        r.findings.append({QStringLiteral("a.error"),
                           Severity::Error,
                           QStringLiteral("Error"),
                           QString(),
                           {},
                           {}});
        r.findings.append({QStringLiteral("a.warning"),
                           Severity::Warning,
                           QStringLiteral("Warning"),
                           QString(),
                           {},
                           {}});
        ResultsPanel panel;
        panel.setReport(r);
        QTreeWidget *tree = panel.findingsTree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        // Sorted errors first; each row's icon is its severity's.
        const Severity order[] = {Severity::Error, Severity::Warning, Severity::Info};
        for (int i = 0; i < 3; ++i) {
            const QIcon shown = tree->topLevelItem(i)->icon(0);
            QVERIFY(!shown.isNull());
            QCOMPARE(shown.pixmap(16, 16).toImage(),
                     icons::severity(order[i]).pixmap(16, 16).toImage());
        }
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
