// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QRectF>
#include <QString>

namespace ioc::map {

// Marker symbols, digits and labels drawn once with QPainter into one image, so a whole layer is
// a batch of textured quads from a single texture (one draw call on the GPU, one image for the
// software renderer). Grows as new symbols are asked for; `version` tells the renderer to
// re-upload.
class SpriteAtlas
{
public:
    enum class Shape : quint8 {
        Circle,
        Square,
        Diamond,
        Triangle,
        Cluster,
        SelectionRing,
        OverdueBadge,
        Pin,
        Halo,
    };

    struct Sprite
    {
        QRectF source; // atlas pixels
        QSizeF size;   // logical pixels on screen
    };

    explicit SpriteAtlas(qreal devicePixelRatio = 1.0);

    Sprite symbol(Shape shape, QColor color, int size);
    // A single character of cluster counts ('0'–'9', '+'), white on transparent.
    Sprite glyph(QChar character, const QFont& font);
    // A whole count ("128") as one sprite, so a cluster is two blits, not one per digit. Only
    // for counts below 1000, which bounds the atlas; larger counts are composed from glyphs.
    Sprite count(int count, const QFont& font);
    // A text with a contrasting halo, keyed by `key` (e.g. a unit code).
    Sprite text(const QString& key, const QString& text, const QFont& font, QColor color,
                QColor halo);

    const QImage& image() const { return m_image; }
    quint64 version() const { return m_version; }
    // Unique per atlas instance: sprites of one atlas are meaningless in another.
    quint64 generation() const { return m_generation; }
    qreal devicePixelRatio() const { return m_dpr; }

private:
    QRect allocate(QSize pixels);
    // Draws a new sprite (no caching: the callers look up their own keys first).
    template<typename Paint> Sprite add(QSizeF logicalSize, Paint&& paint);
    int fontSlot(const QFont& font);

    qreal m_dpr;
    QImage m_image;
    quint64 m_version = 0;
    quint64 m_generation = 0;
    int m_shelfX = 0;
    int m_shelfY = 0;
    int m_shelfHeight = 0;
    // Keys are packed integers: these lookups run for every marker of every frame.
    QHash<quint64, Sprite> m_symbols; // shape, size, colour
    QHash<quint64, Sprite> m_glyphs;  // font slot, character
    QHash<quint64, Sprite> m_counts;  // font slot, count
    QHash<QString, Sprite> m_texts;
    QList<QFont> m_fonts;
};

} // namespace ioc::map
