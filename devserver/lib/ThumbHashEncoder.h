#pragma once
// ThumbHash encoder: turns a small image into the ~25-byte placeholder a real server stores per
// asset (base64 in the asset DTO's "thumbhash"). Clients decode it into a blurred preview while
// the thumbnail loads, so the hash has to describe the same picture the thumbnail endpoint serves.
//
// Written from the public description of the ThumbHash format by Evan Wallace (MIT licence):
// pixels go to an LPQ(A) colour space (luminance, two chroma axes, alpha), each channel gets a
// low-frequency DCT (L up to 7×7, P and Q 3×3, A 5×5, coefficients walked in a triangular order),
// and the hash is a 5-byte header (DC terms, scales, alpha flag, L size, orientation; a sixth byte
// for alpha) followed by the AC coefficients quantised to 4 bits.
//
// Kept apart from the client's decoder on purpose: the dev server shares no code with core or ui.

#include <QByteArray>
#include <QImage>

namespace TidemarkDev {

class ThumbHashEncoder {
public:
    //! Largest input edge the format allows; bigger images are scaled down first.
    static constexpr int kMaxEdge = 100;
    //! Raw hash bytes of img (any format). Empty for a null image.
    static QByteArray encode(const QImage &img);
};

} // namespace TidemarkDev
