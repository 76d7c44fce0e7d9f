// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpriteAtlas.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>

namespace ioc::map {

namespace {

// Versions are unique across atlases, so a renderer never mistakes a new atlas for the old one.
quint64 nextVersion()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

constexpr int kPadding = 2; // keeps linear filtering from bleeding neighbours in
constexpr int kAtlasWidth = 1024;

void paintShape(QPainter& p, SpriteAtlas::Shape shape, QColor color, qreal size)
{
    const qreal border = std::max(1.5, size / 9);
    const QRectF box(border / 2, border / 2, size - border, size - border);
    p.setPen(QPen(QColor(255, 255, 255), border));
    p.setBrush(color);
    switch (shape) {
    case SpriteAtlas::Shape::Circle:
        p.drawEllipse(box);
        break;
    case SpriteAtlas::Shape::Square:
        p.drawRoundedRect(box, size / 6, size / 6);
        break;
    case SpriteAtlas::Shape::Diamond:
        p.drawPolygon(QPolygonF(
            {QPointF(box.center().x(), box.top()), QPointF(box.right(), box.center().y()),
             QPointF(box.center().x(), box.bottom()), QPointF(box.left(), box.center().y())}));
        break;
    case SpriteAtlas::Shape::Triangle:
        p.drawPolygon(
            QPolygonF({QPointF(box.center().x(), box.top()), box.bottomRight(), box.bottomLeft()}));
        break;
    case SpriteAtlas::Shape::Cluster: {
        // A translucent outer ring says "several", the solid core carries the count.
        QColor outer = color;
        outer.setAlphaF(0.35f);
        p.setPen(Qt::NoPen);
        p.setBrush(outer);
        p.drawEllipse(QRectF(0, 0, size, size));
        p.setPen(QPen(QColor(255, 255, 255), border));
        p.setBrush(color);
        p.drawEllipse(QRectF(size * 0.16, size * 0.16, size * 0.68, size * 0.68));
        break;
    }
    case SpriteAtlas::Shape::SelectionRing:
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(0, 0, 0, 160), border * 2.2));
        p.drawEllipse(box.adjusted(border, border, -border, -border));
        p.setPen(QPen(color, border * 1.2));
        p.drawEllipse(box.adjusted(border, border, -border, -border));
        break;
    case SpriteAtlas::Shape::OverdueBadge:
        p.drawEllipse(box);
        p.setPen(QPen(QColor(255, 255, 255), std::max(1.5, size / 6), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(size / 2, size * 0.28), QPointF(size / 2, size * 0.56));
        p.drawPoint(QPointF(size / 2, size * 0.74));
        break;
    case SpriteAtlas::Shape::Pin: {
        // Tip at the bottom centre of the sprite: that pixel is the picked point.
        QPainterPath pin;
        const qreal r = size * 0.3;
        const QPointF c(size / 2, r + border);
        pin.moveTo(size / 2, size - border / 2);
        pin.arcTo(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), -60, 300);
        pin.closeSubpath();
        p.setPen(QPen(QColor(20, 20, 20), border));
        p.drawPath(pin);
        p.setBrush(QColor(255, 255, 255));
        p.setPen(Qt::NoPen);
        p.drawEllipse(c, r * 0.4, r * 0.4);
        break;
    }
    case SpriteAtlas::Shape::Halo:
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(color, border, Qt::DashLine));
        p.drawEllipse(box);
        break;
    }
}

} // namespace

SpriteAtlas::SpriteAtlas(qreal devicePixelRatio)
    : m_dpr(devicePixelRatio > 0 ? devicePixelRatio : 1.0)
    , m_image(int(kAtlasWidth * m_dpr), int(256 * m_dpr), QImage::Format_ARGB32_Premultiplied)
{
    m_image.fill(Qt::transparent);
    m_image.setDevicePixelRatio(m_dpr); // drawn 1:1 by QPainter at this ratio
    m_version = nextVersion();
    m_generation = m_version;
}

QRect SpriteAtlas::allocate(QSize pixels)
{
    const int w = std::min(pixels.width() + kPadding, m_image.width());
    const int h = pixels.height() + kPadding;
    if (m_shelfX + w > m_image.width()) {
        m_shelfY += m_shelfHeight;
        m_shelfX = 0;
        m_shelfHeight = 0;
    }
    if (m_shelfY + h > m_image.height()) {
        // Grow downwards: existing source rectangles stay valid.
        QImage bigger(m_image.width(), std::max(m_image.height() * 2, m_shelfY + h),
                      QImage::Format_ARGB32_Premultiplied);
        bigger.fill(Qt::transparent);
        for (int y = 0; y < m_image.height(); ++y)
            std::memcpy(bigger.scanLine(y), m_image.constScanLine(y), m_image.bytesPerLine());
        bigger.setDevicePixelRatio(m_dpr);
        m_image = std::move(bigger);
    }
    const QRect r(m_shelfX, m_shelfY, w - kPadding, h - kPadding);
    m_shelfX += w;
    m_shelfHeight = std::max(m_shelfHeight, h);
    return r;
}

template<typename Paint> SpriteAtlas::Sprite SpriteAtlas::add(QSizeF logicalSize, Paint&& paint)
{
    const QSize pixels(int(std::ceil(logicalSize.width() * m_dpr)),
                       int(std::ceil(logicalSize.height() * m_dpr)));
    const QRect area = allocate(pixels);
    // The image carries the device pixel ratio, so the painter works in logical pixels.
    QPainter p(&m_image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setClipRect(QRectF(QPointF(area.topLeft()) / m_dpr, QSizeF(area.size()) / m_dpr));
    p.translate(QPointF(area.topLeft()) / m_dpr);
    paint(p);
    p.end();
    m_version = nextVersion();
    return Sprite{QRectF(area), logicalSize};
}

SpriteAtlas::Sprite SpriteAtlas::symbol(Shape shape, QColor color, int size)
{
    const quint64 key = (quint64(shape) << 56) | (quint64(quint8(size)) << 48) | color.rgba();
    const auto it = m_symbols.constFind(key);
    if (it != m_symbols.constEnd())
        return *it;
    const Sprite sprite =
        add(QSizeF(size, size), [&](QPainter& p) { paintShape(p, shape, color, size); });
    m_symbols.insert(key, sprite);
    return sprite;
}

int SpriteAtlas::fontSlot(const QFont& font)
{
    const qsizetype i = m_fonts.indexOf(font);
    if (i >= 0)
        return int(i);
    m_fonts.append(font);
    return int(m_fonts.size() - 1);
}

SpriteAtlas::Sprite SpriteAtlas::glyph(QChar character, const QFont& font)
{
    const quint64 key = (quint64(fontSlot(font)) << 16) | character.unicode();
    const auto it = m_glyphs.constFind(key);
    if (it != m_glyphs.constEnd())
        return *it;
    const QFontMetricsF metrics(font);
    const QSizeF size(std::ceil(metrics.horizontalAdvance(character)), std::ceil(metrics.height()));
    const Sprite sprite = add(size, [&](QPainter& p) {
        p.setFont(font);
        p.setPen(QColor(255, 255, 255));
        p.drawText(QRectF(QPointF(0, 0), size), Qt::AlignCenter, QString(character));
    });
    m_glyphs.insert(key, sprite);
    return sprite;
}

SpriteAtlas::Sprite SpriteAtlas::count(int count, const QFont& font)
{
    Q_ASSERT(count >= 0 && count < 1000);
    const quint64 key = (quint64(fontSlot(font)) << 16) | quint64(count);
    const auto it = m_counts.constFind(key);
    if (it != m_counts.constEnd())
        return *it;
    const QString digits = QString::number(count);
    const QFontMetricsF metrics(font);
    const QSizeF size(std::ceil(metrics.horizontalAdvance(digits)), std::ceil(metrics.height()));
    const Sprite sprite = add(size, [&](QPainter& p) {
        p.setFont(font);
        p.setPen(QColor(255, 255, 255));
        p.drawText(QRectF(QPointF(0, 0), size), Qt::AlignCenter, digits);
    });
    m_counts.insert(key, sprite);
    return sprite;
}

SpriteAtlas::Sprite SpriteAtlas::text(const QString& key, const QString& text, const QFont& font,
                                      QColor color, QColor halo)
{
    const auto it = m_texts.constFind(key);
    if (it != m_texts.constEnd())
        return *it;
    const QFontMetricsF metrics(font);
    constexpr qreal kHalo = 2.5;
    const QSizeF size(std::ceil(metrics.horizontalAdvance(text) + 2 * kHalo),
                      std::ceil(metrics.height() + 2 * kHalo));
    const Sprite sprite = add(size, [&](QPainter& p) {
        QPainterPath path;
        path.addText(QPointF(kHalo, kHalo + metrics.ascent()), font, text);
        p.setPen(QPen(halo, kHalo * 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPath(path);
    });
    m_texts.insert(key, sprite);
    return sprite;
}

} // namespace ioc::map
