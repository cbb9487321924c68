// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Sparkline.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Tidemark {

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Throughput graph"));
    setFocusPolicy(Qt::TabFocus);
    setAccessibleDescription(tr("Events per second over the current run"));
}

QString Sparkline::summaryText() const
{
    const QLocale locale;
    const double current = m_samples.isEmpty() ? 0 : m_samples.constLast();
    return tr("%1 %2 (peak %3)")
        .arg(locale.toString(current, 'f', 0), m_unit, locale.toString(m_peak, 'f', 0));
}

void Sparkline::setCapacity(int samples)
{
    m_capacity = std::max(2, samples);
    while (m_samples.size() > m_capacity)
        m_samples.removeFirst();
    update();
}

void Sparkline::setUnit(const QString &unit)
{
    m_unit = unit;
    update();
}

QSize Sparkline::sizeHint() const
{
    return {320, fontMetrics().height() * 4};
}

QSize Sparkline::minimumSizeHint() const
{
    return {120, fontMetrics().height() * 3};
}

void Sparkline::addSample(double value)
{
    if (value < 0)
        value = 0;
    m_samples.append(value);
    if (m_samples.size() > m_capacity)
        m_samples.removeFirst();
    m_peak = std::max(m_peak, value);
    setAccessibleDescription(summaryText());
    update();
}

void Sparkline::clear()
{
    m_samples.clear();
    m_peak = 0;
    setAccessibleDescription(tr("Events per second over the current run"));
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.fillRect(rect(), pal.color(QPalette::Base));
    p.setPen(hasFocus() ? QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine)
                        : QPen(pal.color(QPalette::Mid)));
    p.drawRect(frame);

    const QFontMetrics fm = fontMetrics();
    const QString label = summaryText();
    const QRectF plot = frame.adjusted(4, fm.height() + 4, -4, -4);

    p.setPen(pal.color(QPalette::Text));
    p.drawText(frame.adjusted(6, 2, -6, 0), Qt::AlignLeft | Qt::AlignTop, label);

    if (m_samples.size() < 2 || plot.height() < 4) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No data yet"));
        return;
    }
    const double maxValue = std::max(1.0, *std::max_element(m_samples.cbegin(), m_samples.cend()));
    const double step = plot.width() / double(m_capacity - 1);
    const double x0 = plot.right() - step * double(m_samples.size() - 1);
    QPainterPath line;
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        const QPointF pt(
            x0 + step * double(i), plot.bottom() - plot.height() * (m_samples.at(i) / maxValue));
        if (i == 0)
            line.moveTo(pt);
        else
            line.lineTo(pt);
    }
    QPainterPath area = line;
    area.lineTo(plot.right(), plot.bottom());
    area.lineTo(x0, plot.bottom());
    area.closeSubpath();
    QColor fill = pal.color(QPalette::Highlight);
    fill.setAlpha(60);
    p.fillPath(area, fill);
    p.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
    p.drawPath(line);
}

} // namespace Tidemark
