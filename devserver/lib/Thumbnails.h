#pragma once
// Generated thumbnails: a gradient, a shape and a label drawn from the asset's own values.
// The thumbhash in the asset DTO is encoded from a small rendering of the same picture
// (hashSource), so a client's placeholder has the thumbnail's shape and colours.

#include <QByteArray>
#include <QImage>
#include <QSize>

class QPainter;

namespace TidemarkDev {

struct Asset;

class Thumbnails {
public:
    //! Longest edge of the image the thumbhash is encoded from (the format allows up to 100).
    static constexpr int kHashSourceEdge = 32;

    //! preview = 1440 px JPEG; otherwise 250 px WebP (JPEG when the WebP plugin is missing).
    static QByteArray render(const Asset &asset, const QByteArray &label, bool preview, QByteArray *contentType);
    static bool webpAvailable();
    //! Pixel size of the served image.
    static QSize size(const Asset &asset, bool preview);
    //! The thumbnail's picture without its label (text needs a GUI application and is too small to
    //! matter in a thumbhash), scaled to fit kHashSourceEdge.
    static QImage hashSource(const Asset &asset);

private:
    //! Gradient and shape over a w×h area; the label is drawn by render() on top.
    static void paintPicture(QPainter &p, const Asset &asset, int w, int h);
};

} // namespace TidemarkDev
