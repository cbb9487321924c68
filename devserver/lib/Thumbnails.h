// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Generated thumbnails: a gradient, a shape and a label drawn from the asset's own values.
// The thumbhash in the asset DTO describes the same picture, so a client's placeholder has the
// thumbnail's shape and colours. Encoding a rendering per asset costs ~20 µs, ten times what the
// whole stream line costs; thumbhash() gets the same spectrum in ~0.2 µs instead: the picture is
// linear in its two colours, so the gradient's DCT is computed once per thumbnail size and the
// shape's sums once per size, shape and place (a few thousand in any library), leaving a linear
// combination per asset. hashSource() is the rendering it is checked against.

#include <QByteArray>
#include <QImage>
#include <QSize>

class QPainter;

namespace TidemarkDev {

struct Asset;

class Thumbnails
{
public:
    //! Longest edge of the image the thumbhash is encoded from (the format allows up to 100).
    static constexpr int kHashSourceEdge = 32;

    //! preview = 1440 px JPEG; otherwise 250 px WebP (JPEG when the WebP plugin is missing).
    static QByteArray render(
        const Asset &asset, const QByteArray &label, bool preview, QByteArray *contentType);
    static bool webpAvailable();
    //! Pixel size of the served image.
    static QSize size(const Asset &asset, bool preview);
    //! The thumbnail's picture without its label (text needs a GUI application and is too small to
    //! matter in a thumbhash), scaled to fit kHashSourceEdge.
    static QImage hashSource(const Asset &asset);
    static QSize hashSourceSize(QSize thumbnail);
    //! Raw thumbhash bytes of the thumbnail's picture (what encoding hashSource() gives, to
    //! within a quantisation step).
    static QByteArray thumbhash(const Asset &asset);
    //! Shapes are white at this alpha over the gradient.
    static constexpr int kShapeAlpha = 150;
    //! One of the three shapes (ellipse, square, triangle) centred on (cx, cy); brush and pen
    //! are the caller's.
    static void paintShape(QPainter &p, int type, int cx, int cy, int size);

private:
    struct Shape
    {
        int type, cx, cy, size;
    };
    //! Which shape the asset's picture has over a w×h area, and where.
    static Shape shapeOf(const Asset &asset, int w, int h);
    //! Gradient and shape over a w×h area; the label is drawn by render() on top.
    static void paintPicture(QPainter &p, const Asset &asset, int w, int h);
};

} // namespace TidemarkDev
