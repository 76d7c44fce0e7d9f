// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineMapBackend.h"
#include "nodes/PolygonLayer.h"

#include <QFile>
#include <QQuickWindow>
#include <QSGRectangleNode>

namespace ioc::map {

namespace {

class BaseNode final : public QSGNode
{
public:
    explicit BaseNode(QQuickWindow *window)
        : background(window->createRectangleNode())
        , land(PolygonLayer::create(window))
    {
        appendChildNode(background);
        appendChildNode(land->node());
    }
    QSGRectangleNode *background;
    PolygonLayer *land;
    const MapData *data = nullptr;
    int level = -1;
    quint64 styleVersion = 0;
};

} // namespace

OfflineMapBackend::OfflineMapBackend(QObject *parent)
    : MapBackend(parent)
{}

QSGNode *OfflineMapBackend::updateNode(QSGNode *old, const MapRenderContext& context)
{
    auto *node = static_cast<BaseNode *>(old);
    if (!node)
        node = new BaseNode(context.window);
    node->background->setRect(context.itemRect);
    node->background->setColor(m_background);
    if (!context.data)
        return node;
    const int level = context.data->levelForZoom(context.viewport.zoom);
    if (node->data != context.data.get() || node->level != level ||
        node->styleVersion != m_styleVersion) {
        const int outline = context.data->outlineShape();
        node->land->setShapes(context.data, level, {outline}, {m_land.rgba()});
        node->land->setStroke(m_outline, 1.5);
        node->data = context.data.get();
        node->level = level;
        node->styleVersion = m_styleVersion;
    }
    node->land->setAntialiasing(!context.moving);
    node->land->setTransform(
        context.viewport.localToItem(context.data->toUnitSquare({0, 0}), kMapUnitsPerWorld),
        context.itemRect);
    return node;
}

QString OfflineMapBackend::attribution() const
{
    return tr("Boundaries: © Thang Le Quoc (MIT), after sapnhap.bando.com.vn · reference only");
}

QString OfflineMapBackend::attributionDetails() const
{
    QFile file(QStringLiteral(":/Ioc/Map/data/ATTRIBUTION.md"));
    if (!file.open(QIODevice::ReadOnly))
        return attribution();
    return QString::fromUtf8(file.readAll());
}

void OfflineMapBackend::setBackgroundColor(const QColor& color)
{
    if (m_background == color)
        return;
    m_background = color;
    ++m_styleVersion;
    emit changed();
}

void OfflineMapBackend::setLandColor(const QColor& color)
{
    if (m_land == color)
        return;
    m_land = color;
    ++m_styleVersion;
    emit changed();
}

void OfflineMapBackend::setOutlineColor(const QColor& color)
{
    if (m_outline == color)
        return;
    m_outline = color;
    ++m_styleVersion;
    emit changed();
}

} // namespace ioc::map
