// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeoJsonReader.h"
#include "WebMercator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ioc::map::tool {

namespace {

Ring readRing(const QJsonArray& coordinates)
{
    Ring ring;
    ring.reserve(std::size_t(coordinates.size()));
    for (const QJsonValue& v : coordinates) {
        const QJsonArray lonLat = v.toArray();
        ring.push_back(WebMercator::project(lonLat.at(1).toDouble(), lonLat.at(0).toDouble()));
    }
    if (ring.size() > 1 && ring.front() == ring.back())
        ring.pop_back();
    return ring;
}

void readPolygon(const QJsonArray& polygon, std::vector<Ring>& rings)
{
    for (const QJsonValue& ring : polygon) {
        Ring r = readRing(ring.toArray());
        if (r.size() >= 3)
            rings.push_back(std::move(r));
    }
}

AdminUnit::Type unitType(const QString& typeEn)
{
    if (typeEn == QLatin1String("ward"))
        return AdminUnit::Type::Ward;
    if (typeEn == QLatin1String("special zone"))
        return AdminUnit::Type::SpecialZone;
    return AdminUnit::Type::Commune;
}

} // namespace

std::optional<std::vector<Feature>> readFeatures(const QString& path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        *error = QStringLiteral("%1: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    std::vector<Feature> features;
    for (const QJsonValue& value : doc.object().value(QLatin1String("features")).toArray()) {
        const QJsonObject f = value.toObject();
        const QJsonObject props = f.value(QLatin1String("properties")).toObject();
        const QJsonObject geometry = f.value(QLatin1String("geometry")).toObject();
        Feature feature;
        AdminUnit& u = feature.unit;
        u.code = props.value(QLatin1String("code")).toString();
        u.name = props.value(QLatin1String("name")).toString();
        u.fullName = props.value(QLatin1String("full_name")).toString();
        u.nameEn = props.value(QLatin1String("name_en")).toString();
        u.type = unitType(props.value(QLatin1String("type_en")).toString());
        u.areaKm2 = props.value(QLatin1String("area_km2")).toDouble();
        const QJsonArray label = props.value(QLatin1String("label_point")).toArray();
        if (label.size() == 2)
            u.labelPoint = QGeoCoordinate(label.at(1).toDouble(), label.at(0).toDouble());

        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
        if (type == QLatin1String("Polygon")) {
            readPolygon(coordinates, feature.rings);
        } else if (type == QLatin1String("MultiPolygon")) {
            for (const QJsonValue& polygon : coordinates)
                readPolygon(polygon.toArray(), feature.rings);
        } else {
            *error = QStringLiteral("%1: feature %2 has geometry type %3").arg(path, u.code, type);
            return std::nullopt;
        }
        if (u.code.isEmpty() || feature.rings.empty()) {
            *error = QStringLiteral("%1: a feature without code or rings").arg(path);
            return std::nullopt;
        }
        features.push_back(std::move(feature));
    }
    if (features.empty()) {
        *error = QStringLiteral("%1: no features").arg(path);
        return std::nullopt;
    }
    return features;
}

} // namespace ioc::map::tool
