// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sparkline: a small line chart of one value over time (events per second during a run).
// Samples are appended as they come; the widget keeps a bounded ring of the most recent ones and
// paints them scaled to the widget, with the current value and the peak written beside the line.
// The same figures are its accessible description, and it takes Tab focus, so a screen reader
// or a keyboard user reaches them without the mouse.

#include <QList>
#include <QWidget>

namespace Tidemark {

class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);

    void setCapacity(int samples);
    int capacity() const { return m_capacity; }
    //! Unit written after the numbers ("events/s").
    void setUnit(const QString &unit);

    const QList<double> &samples() const { return m_samples; }
    double peak() const { return m_peak; }
    //! "1,234 events/s (peak 2,345)": the text painted above the line.
    QString summaryText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void addSample(double value);
    void clear();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_samples;
    int m_capacity = 240;
    double m_peak = 0;
    QString m_unit;
};

} // namespace Tidemark
