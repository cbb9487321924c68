// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/BarChart.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Tidemark {

namespace {
constexpr int kMargin = 6;
constexpr int kLegendSwatch = 10;

//! A "nice" axis maximum (1, 2, 5 × 10^n) at or above v.
double niceCeil(double v)
{
    if (v <= 0)
        return 1;
    const double exp = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * exp >= v)
            return m * exp;
    return 10 * exp;
}
} // namespace

BarChart::BarChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(true);
    setFocusPolicy(Qt::TabFocus);
    m_emptyText = tr("Nothing to show yet");
}

QColor BarChart::seriesColor(int index)
{
    static const QColor colors[] = {QColor(0x35, 0x7e, 0xc7), QColor(0xe0, 0x8a, 0x1e),
        QColor(0x7d, 0xb4, 0xe6), QColor(0xf2, 0xc0, 0x7a), QColor(0x4c, 0xa8, 0x6a),
        QColor(0xb5, 0x5a, 0x9e), QColor(0x9a, 0x9a, 0x9a)};
    return colors[index % int(std::size(colors))];
}

void BarChart::setOrientation(Qt::Orientation orientation)
{
    m_orientation = orientation;
    updateGeometry();
    update();
}

void BarChart::setTitle(const QString &title)
{
    m_title = title;
    if (accessibleName().isEmpty() || accessibleName() == m_title)
        setAccessibleName(title);
    update();
}

void BarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void BarChart::setData(const QStringList &categories, const QList<Series> &series)
{
    m_categories = categories;
    m_series = series;
    for (Series &s : m_series)
        s.values.resize(m_categories.size());
    if (m_current >= m_categories.size())
        m_current = -1;
    updateAccessibleDescription();
    updateGeometry();
    update();
}

void BarChart::clear()
{
    setData({}, {});
}

double BarChart::total(int category) const
{
    double t = 0;
    for (const Series &s : m_series)
        if (category >= 0 && category < s.values.size())
            t += s.values.at(category);
    return t;
}

double BarChart::maxTotal() const
{
    double m = 0;
    for (int i = 0; i < m_categories.size(); ++i)
        m = std::max(m, total(i));
    return m;
}

QSize BarChart::sizeHint() const
{
    const int lh = fontMetrics().height();
    if (m_orientation == Qt::Horizontal)
        return {420, std::max(8 * lh, int(m_categories.size()) * (lh + 4) + 4 * lh)};
    return {520, 14 * lh};
}

QSize BarChart::minimumSizeHint() const
{
    const int lh = fontMetrics().height();
    if (m_orientation == Qt::Horizontal)
        return {240, std::max(6 * lh, int(m_categories.size()) * (lh + 2) + 4 * lh)};
    return {240, 9 * lh};
}

int BarChart::categoryLabelExtent() const
{
    const QFontMetrics fm = fontMetrics();
    if (m_orientation == Qt::Vertical)
        return fm.height() + 4;
    int w = 0;
    for (const QString &c : m_categories)
        w = std::max(w, fm.horizontalAdvance(c));
    return std::min(w + 8, width() / 2);
}

QRectF BarChart::plotRect() const
{
    const QFontMetrics fm = fontMetrics();
    const double top = kMargin + (m_title.isEmpty() ? 0 : fm.height() + 4)
        + (m_series.size() > 0 ? fm.height() + 4 : 0);
    if (m_orientation == Qt::Vertical) {
        const double valueAxis
            = fm.horizontalAdvance(QLocale().toString(qint64(maxTotal()) * 10)) + 8;
        return QRectF(kMargin + valueAxis, top, width() - 2 * kMargin - valueAxis,
            height() - top - kMargin - categoryLabelExtent());
    }
    const double left = kMargin + categoryLabelExtent();
    const double valueLabel = fm.horizontalAdvance(QLocale().toString(qint64(maxTotal()))) + 8;
    return QRectF(left, top, width() - left - kMargin - valueLabel, height() - top - kMargin);
}

QRectF BarChart::barRect(int category, const QRectF &plot) const
{
    const int n = int(m_categories.size());
    if (n == 0)
        return {};
    if (m_orientation == Qt::Vertical) {
        const double slot = plot.width() / n;
        const double gap = slot > 6 ? std::min(slot * 0.2, 8.0) : 0.0;
        return QRectF(
            plot.left() + slot * category + gap / 2, plot.top(), slot - gap, plot.height());
    }
    const double slot = std::min(plot.height() / n, double(fontMetrics().height() * 2));
    const double gap = std::min(slot * 0.25, 6.0);
    return QRectF(plot.left(), plot.top() + slot * category + gap / 2, plot.width(), slot - gap);
}

int BarChart::categoryAt(const QPoint &pos) const
{
    const QRectF plot = plotRect();
    for (int i = 0; i < m_categories.size(); ++i) {
        QRectF r = barRect(i, plot);
        if (m_orientation == Qt::Horizontal)
            r.setLeft(0);
        else
            r.setBottom(height());
        if (r.contains(pos))
            return i;
    }
    return -1;
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    p.fillRect(rect(), pal.color(QPalette::Base));

    double y = kMargin;
    if (!m_title.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(kMargin, y, width() - 2 * kMargin, fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(m_title, Qt::ElideRight, width() - 2 * kMargin));
        p.setFont(font());
        y += fm.height() + 4;
    }
    // Legend on one line, elided series names when crowded.
    if (!m_series.isEmpty()) {
        double x = kMargin;
        const double maxItem
            = std::max(40.0, double(width() - 2 * kMargin) / double(m_series.size()));
        for (const Series &s : m_series) {
            p.fillRect(
                QRectF(x, y + (fm.height() - kLegendSwatch) / 2.0, kLegendSwatch, kLegendSwatch),
                s.color);
            const QString text
                = fm.elidedText(s.name, Qt::ElideRight, int(maxItem) - kLegendSwatch - 12);
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QPointF(x + kLegendSwatch + 4, y + fm.ascent()), text);
            x += kLegendSwatch + 4 + fm.horizontalAdvance(text) + 12;
        }
        y += fm.height() + 4;
    }

    const QRectF plot = plotRect();
    const double maxT = maxTotal();
    if (m_categories.isEmpty() || maxT <= 0 || plot.width() < 10 || plot.height() < 10) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(0, y, width(), height() - y), Qt::AlignCenter, m_emptyText);
        return;
    }
    const double axisMax = m_orientation == Qt::Vertical ? niceCeil(maxT) : maxT;

    QColor gridColor = pal.color(QPalette::Mid);
    gridColor.setAlpha(90);
    if (m_orientation == Qt::Vertical) {
        // Horizontal grid lines with value labels at 0, 1/2, 1 of the axis.
        for (int i = 0; i <= 2; ++i) {
            const double v = axisMax * i / 2.0;
            const double gy = plot.bottom() - plot.height() * (v / axisMax);
            p.setPen(gridColor);
            p.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy));
            p.setPen(pal.color(QPalette::Text));
            p.drawText(
                QRectF(kMargin, gy - fm.height() / 2.0, plot.left() - kMargin - 4, fm.height()),
                Qt::AlignRight | Qt::AlignVCenter, locale.toString(qint64(v)));
        }
    }

    // Bars.
    for (int c = 0; c < m_categories.size(); ++c) {
        const QRectF slot = barRect(c, plot);
        double acc = 0;
        for (const Series &s : m_series) {
            const double v = s.values.value(c);
            if (v <= 0)
                continue;
            QRectF seg;
            if (m_orientation == Qt::Vertical) {
                const double y0 = slot.bottom() - slot.height() * (acc / axisMax);
                const double y1 = slot.bottom() - slot.height() * ((acc + v) / axisMax);
                seg = QRectF(QPointF(slot.left(), y1), QPointF(slot.right(), y0));
            } else {
                const double x0 = slot.left() + slot.width() * (acc / axisMax);
                const double x1 = slot.left() + slot.width() * ((acc + v) / axisMax);
                seg = QRectF(QPointF(x0, slot.top()), QPointF(x1, slot.bottom()));
            }
            if (seg.width() < 1)
                seg.setWidth(1);
            if (seg.height() < 1)
                seg.setTop(seg.bottom() - 1);
            p.fillRect(seg, s.color);
            acc += v;
        }
        p.setPen(pal.color(QPalette::Text));
        if (m_orientation == Qt::Horizontal) {
            const QRectF labelRect(kMargin, slot.top(), plot.left() - kMargin - 6, slot.height());
            p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                fm.elidedText(m_categories.at(c), Qt::ElideMiddle, int(labelRect.width())));
            const double end = slot.left() + slot.width() * (acc / axisMax);
            p.drawText(QRectF(end + 4, slot.top(), width() - end - 4, slot.height()),
                Qt::AlignLeft | Qt::AlignVCenter, locale.toString(qint64(acc)));
        }
    }

    if (m_orientation == Qt::Vertical) {
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(plot.bottomLeft(), plot.bottomRight());
        // Category labels: show every k-th so that none overlap.
        int widest = 1;
        for (const QString &c : m_categories)
            widest = std::max(widest, fm.horizontalAdvance(c));
        const double slotW = plot.width() / double(m_categories.size());
        const int every = std::max(1, int(std::ceil((widest + 8) / slotW)));
        p.setPen(pal.color(QPalette::Text));
        for (int c = 0; c < m_categories.size(); c += every) {
            const double cx = plot.left() + slotW * (c + 0.5);
            QRectF r(cx - widest / 2.0 - 4, plot.bottom() + 2, widest + 8, fm.height());
            if (r.left() < 0)
                r.moveLeft(0);
            if (r.right() > width())
                r.moveRight(width());
            p.drawText(r, Qt::AlignCenter, m_categories.at(c));
        }
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
        if (m_current >= 0 && m_current < m_categories.size()) {
            p.setPen(QPen(pal.color(QPalette::Text), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(barRect(m_current, plotRect()).adjusted(-2, -2, 2, 2));
        }
    }
}

bool BarChart::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const int c = categoryAt(help->pos());
        if (c < 0) {
            QToolTip::hideText();
            e->ignore();
            return true;
        }
        QToolTip::showText(help->globalPos(), categoryText(c), this);
        return true;
    }
    return QWidget::event(e);
}

QString BarChart::categoryText(int c) const
{
    if (c < 0 || c >= m_categories.size())
        return {};
    QStringList lines {m_categories.at(c)};
    const QLocale locale;
    for (const Series &s : m_series)
        if (s.values.value(c) > 0)
            lines << tr("%1: %2").arg(s.name, locale.toString(qint64(s.values.value(c))));
    lines << tr("Total: %1").arg(locale.toString(qint64(total(c))));
    return lines.join(QLatin1Char('\n'));
}

void BarChart::setCurrentCategory(int category)
{
    m_current = (category >= 0 && category < m_categories.size()) ? category : -1;
    updateAccessibleDescription();
    update();
    if (m_current < 0 || !isVisible())
        return;
    const QRectF bar = barRect(m_current, plotRect());
    QToolTip::showText(mapToGlobal(bar.center().toPoint()), categoryText(m_current), this);
}

void BarChart::keyPressEvent(QKeyEvent *e)
{
    const int n = int(m_categories.size());
    if (n == 0)
        return QWidget::keyPressEvent(e);
    switch (e->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        setCurrentCategory(m_current < 0 ? 0 : std::min(n - 1, m_current + 1));
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        setCurrentCategory(m_current < 0 ? n - 1 : std::max(0, m_current - 1));
        break;
    case Qt::Key_Home:
        setCurrentCategory(0);
        break;
    case Qt::Key_End:
        setCurrentCategory(n - 1);
        break;
    default:
        return QWidget::keyPressEvent(e);
    }
    e->accept();
}

void BarChart::focusOutEvent(QFocusEvent *e)
{
    QToolTip::hideText();
    QWidget::focusOutEvent(e);
}

void BarChart::updateAccessibleDescription()
{
    if (m_current >= 0 && m_current < m_categories.size()) {
        setAccessibleDescription(
            categoryText(m_current).replace(QLatin1Char('\n'), QStringLiteral("; ")));
        return;
    }
    // Screen readers get the figures as text, since the bars are only paint.
    QStringList parts;
    const QLocale locale;
    const int n = int(std::min<qsizetype>(m_categories.size(), 24));
    for (int c = 0; c < n; ++c)
        parts << tr("%1: %2").arg(m_categories.at(c), locale.toString(qint64(total(c))));
    if (m_categories.size() > n)
        parts << tr("and %n more", nullptr, int(m_categories.size() - n));
    setAccessibleDescription(parts.isEmpty() ? m_emptyText : parts.join(QStringLiteral("; ")));
}

} // namespace Tidemark
