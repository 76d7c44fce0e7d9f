// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapBackend.h"

#include <QColor>

namespace ioc::map {

// The base layer from the shipped data: a backdrop and the city's land (all units, islands
// included) with its outline. No network, no tiles.
class OfflineMapBackend : public MapBackend
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QColor backgroundColor READ backgroundColor WRITE setBackgroundColor NOTIFY changed)
    Q_PROPERTY(QColor landColor READ landColor WRITE setLandColor NOTIFY changed)
    Q_PROPERTY(QColor outlineColor READ outlineColor WRITE setOutlineColor NOTIFY changed)
    // Full sources, licences and provenance caveat of the data, for the About dialog.
    Q_PROPERTY(QString attributionDetails READ attributionDetails CONSTANT)

public:
    explicit OfflineMapBackend(QObject *parent = nullptr);

    QSGNode *updateNode(QSGNode *old, const MapRenderContext& context) override;
    QString attribution() const override;
    QString attributionDetails() const;

    QColor backgroundColor() const { return m_background; }
    void setBackgroundColor(const QColor& color);
    QColor landColor() const { return m_land; }
    void setLandColor(const QColor& color);
    QColor outlineColor() const { return m_outline; }
    void setOutlineColor(const QColor& color);

private:
    // Outside the city is not necessarily sea (the data does not say where the coast is), so
    // the backdrop is a neutral dark tone, not blue.
    QColor m_background{0x0d, 0x13, 0x1a};
    QColor m_land{0x1d, 0x2a, 0x37};
    QColor m_outline{0x7f, 0x9c, 0xb8};
    quint64 m_styleVersion = 1;
};

} // namespace ioc::map
