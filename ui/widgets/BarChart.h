// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BarChart: a small custom-painted bar chart (Qt Charts is not available on the target systems).
//
// Categories along one axis (months, entity types), one or more series stacked in each bar
// (own photos / own videos / partner photos…, or one series per recent run). Vertical bars suit
// time axes; horizontal bars suit long category names. Labels that do not fit are thinned out,
// never overlapped; a tooltip gives the exact figures of the bar under the mouse.
//
// Keyboard: the chart takes Tab focus; the arrow keys, Home and End move a highlight from bar to
// bar and show that bar's figures (tooltip and accessible description), so nothing is mouse-only.

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace Tidemark {

class BarChart : public QWidget
{
    Q_OBJECT
public:
    struct Series
    {
        QString name;
        QColor color;
        QList<double> values; //!< one per category
    };

    explicit BarChart(QWidget *parent = nullptr);

    void setOrientation(Qt::Orientation orientation);
    Qt::Orientation orientation() const { return m_orientation; }
    void setTitle(const QString &title);
    //! Text shown when there is nothing to draw.
    void setEmptyText(const QString &text);
    void setData(const QStringList &categories, const QList<Series> &series);
    void clear();

    QStringList categories() const { return m_categories; }
    const QList<Series> &series() const { return m_series; }
    double total(int category) const;
    //! Index of the category under a point in widget coordinates, -1 when none.
    int categoryAt(const QPoint &pos) const;
    //! The bar chosen with the keyboard, -1 when none.
    int currentCategory() const { return m_current; }
    void setCurrentCategory(int category);
    //! The figures of one bar as text ("2024-05\nOwn photos: 12\nTotal: 14").
    QString categoryText(int category) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    //! A default palette that stays readable on light and dark themes.
    static QColor seriesColor(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QRectF plotRect() const;
    int categoryLabelExtent() const;
    double maxTotal() const;
    QRectF barRect(int category, const QRectF &plot) const;
    void updateAccessibleDescription();

    Qt::Orientation m_orientation = Qt::Vertical;
    QString m_title;
    QString m_emptyText;
    QStringList m_categories;
    QList<Series> m_series;
    int m_current = -1;
};

} // namespace Tidemark
