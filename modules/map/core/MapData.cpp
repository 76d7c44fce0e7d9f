// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapData.h"
#include "Logging.h"
#include "WebMercator.h"

#include <QElapsedTimer>
#include <QFile>

#include <cmath>

namespace ioc::map {

MapData::MapData(MapDataContent content)
    : m_content(std::move(content))
    , m_unitIndex(m_content.levels.back(), int(m_content.units.size()))
    , m_outlineIndex(m_content.levels.back(), int(m_content.units.size()) + 1, 1)
{
    for (int i = 0; i < unitCount(); ++i)
        m_byCode.insert(m_content.units[std::size_t(i)].code, i);
    findRemoteUnits();
}

void MapData::findRemoteUnits()
{
    const int n = unitCount();
    if (n == 0)
        return;
    // Map units per km at the data's latitude (Mercator stretches by 1/cos(latitude)).
    const QGeoCoordinate middle = toCoordinate(bounds().center());
    const double unitsPerKm =
        1000.0 / (WebMercator::metresPerPixel(middle.latitude(), kMapUnitZoom));
    const double gap = kRemoteGapKm * unitsPerKm;
    int largest = 0;
    for (int i = 1; i < n; ++i) {
        if (units()[std::size_t(i)].areaKm2 > units()[std::size_t(largest)].areaKm2)
            largest = i;
    }
    // Flood fill over "bounding boxes closer than the gap".
    std::vector<bool> main(std::size_t(n), false);
    std::vector<int> queue{largest};
    main[std::size_t(largest)] = true;
    while (!queue.empty()) {
        const int u = queue.back();
        queue.pop_back();
        const QRectF grown = shapeBounds(u).adjusted(-gap, -gap, gap, gap);
        for (int v = 0; v < n; ++v) {
            if (!main[std::size_t(v)] && grown.intersects(shapeBounds(v))) {
                main[std::size_t(v)] = true;
                queue.push_back(v);
            }
        }
    }
    for (int i = 0; i < n; ++i) {
        if (main[std::size_t(i)])
            m_mainBounds |= shapeBounds(i);
        else
            m_remoteUnits.push_back(i);
    }
}

std::shared_ptr<const MapData> MapData::load(const QString& path, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return nullptr;
    }
    auto content = MapDataFile::read(file, error);
    if (!content)
        return nullptr;
    auto data = std::make_shared<const MapData>(std::move(*content));
    qCDebug(lcMap) << "loaded" << path << data->unitCount() << "units," << data->levelCount()
                   << "levels," << data->finest().vertexCount() << "vertices in" << timer.elapsed()
                   << "ms";
    return data;
}

const AdminUnit *MapData::unit(const QString& code) const
{
    const int i = indexOf(code);
    return i < 0 ? nullptr : &m_content.units[std::size_t(i)];
}

int MapData::levelForZoom(double zoom) const
{
    const double budget = toleranceForZoom(int(std::floor(zoom))) * (1.0 + 1e-9);
    for (int i = 0; i < levelCount(); ++i) {
        if (level(i).tolerance <= budget)
            return i;
    }
    return levelCount() - 1;
}

QPointF MapData::toMap(const QPointF& unitSquare) const
{
    return (unitSquare - m_content.origin) * kMapUnitsPerWorld;
}

QPointF MapData::toMap(const QGeoCoordinate& coordinate) const
{
    return toMap(WebMercator::project(coordinate));
}

QPointF MapData::toUnitSquare(const QPointF& map) const
{
    return map / kMapUnitsPerWorld + m_content.origin;
}

QGeoCoordinate MapData::toCoordinate(const QPointF& map) const
{
    return WebMercator::unproject(toUnitSquare(map));
}

int MapData::unitAt(const QGeoCoordinate& coordinate) const
{
    if (!coordinate.isValid())
        return -1;
    return unitAtMap(toMap(coordinate));
}

} // namespace ioc::map
