#pragma once
// Generated thumbnails: a gradient, a shape and a label drawn from the asset's own values.

#include <QByteArray>

namespace TidemarkDev {

struct Asset;

class Thumbnails {
public:
    //! preview = 1440 px JPEG; otherwise 250 px WebP (JPEG when the WebP plugin is missing).
    static QByteArray render(const Asset &asset, const QByteArray &label, bool preview, QByteArray *contentType);
    static bool webpAvailable();
};

} // namespace TidemarkDev
