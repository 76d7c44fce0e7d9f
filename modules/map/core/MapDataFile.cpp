// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapDataFile.h"

#include <QDataStream>
#include <QIODevice>

#include <bit>

namespace ioc::map::MapDataFile {

static_assert(std::endian::native == std::endian::little,
              "map files store raw little-endian arrays");

namespace {

// A corrupt count must not make us allocate gigabytes.
constexpr quint32 kMaxElements = 64u * 1024u * 1024u;

template<typename T> void writeArray(QDataStream& out, const std::vector<T>& values)
{
    out << quint32(values.size());
    out.writeRawData(reinterpret_cast<const char *>(values.data()), int(values.size() * sizeof(T)));
}

template<typename T> bool readArray(QDataStream& in, std::vector<T>& values)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > kMaxElements)
        return false;
    values.resize(count);
    const int bytes = int(count * sizeof(T));
    return in.readRawData(reinterpret_cast<char *>(values.data()), bytes) == bytes;
}

bool spansFit(const std::vector<Span>& spans, std::size_t size)
{
    for (const Span& s : spans) {
        if (std::size_t(s.first) + s.count > size)
            return false;
    }
    return true;
}

bool levelConsistent(const ShapeLevel& level, std::size_t shapes)
{
    if (level.shapeRings.size() != shapes || level.shapeTriangles.size() != shapes)
        return false;
    if (!spansFit(level.rings, level.ringPoints.size()) ||
        !spansFit(level.shapeRings, level.rings.size()) ||
        !spansFit(level.shapeTriangles, level.triIndices.size()))
        return false;
    for (std::uint32_t index : level.triIndices) {
        if (index >= level.triPoints.size())
            return false;
    }
    return true;
}

} // namespace

bool write(const MapDataContent& content, QIODevice& device)
{
    QDataStream out(&device);
    out.setVersion(QDataStream::Qt_6_4);
    out.setByteOrder(QDataStream::LittleEndian);
    out << kMagic << kVersion << content.origin.x() << content.origin.y();
    out << quint32(content.units.size());
    for (const AdminUnit& u : content.units) {
        out << u.code << u.name << u.fullName << u.nameEn << quint8(u.type) << u.areaKm2
            << u.labelPoint.latitude() << u.labelPoint.longitude();
    }
    out << quint32(content.levels.size());
    for (const ShapeLevel& level : content.levels) {
        out << level.tolerance;
        writeArray(out, level.ringPoints);
        writeArray(out, level.rings);
        writeArray(out, level.shapeRings);
        writeArray(out, level.triPoints);
        writeArray(out, level.triIndices);
        writeArray(out, level.shapeTriangles);
    }
    return out.status() == QDataStream::Ok;
}

std::optional<MapDataContent> read(QIODevice& device, QString *error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QDataStream in(&device);
    in.setVersion(QDataStream::Qt_6_4);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    if (magic != kMagic)
        return fail(QStringLiteral("not a map file"));
    if (version != kVersion)
        return fail(QStringLiteral("map file version %1, expected %2").arg(version).arg(kVersion));

    MapDataContent content;
    double ox = 0;
    double oy = 0;
    quint32 unitCount = 0;
    in >> ox >> oy >> unitCount;
    if (in.status() != QDataStream::Ok || unitCount > 100000)
        return fail(QStringLiteral("truncated header"));
    content.origin = {ox, oy};
    content.units.resize(unitCount);
    for (AdminUnit& u : content.units) {
        quint8 type = 0;
        double lat = 0;
        double lon = 0;
        in >> u.code >> u.name >> u.fullName >> u.nameEn >> type >> u.areaKm2 >> lat >> lon;
        if (type > quint8(AdminUnit::Type::SpecialZone))
            return fail(QStringLiteral("unknown unit type %1").arg(type));
        u.type = AdminUnit::Type(type);
        u.labelPoint = QGeoCoordinate(lat, lon);
    }
    quint32 levelCount = 0;
    in >> levelCount;
    if (in.status() != QDataStream::Ok || levelCount == 0 || levelCount > 64)
        return fail(QStringLiteral("bad level count"));
    content.levels.resize(levelCount);
    for (ShapeLevel& level : content.levels) {
        in >> level.tolerance;
        const bool ok = readArray(in, level.ringPoints) && readArray(in, level.rings) &&
                        readArray(in, level.shapeRings) && readArray(in, level.triPoints) &&
                        readArray(in, level.triIndices) && readArray(in, level.shapeTriangles);
        if (!ok || !levelConsistent(level, unitCount + 1))
            return fail(QStringLiteral("corrupt level data"));
    }
    if (content.levels.back().tolerance != 0)
        return fail(QStringLiteral("the last level must be the original geometry"));
    return content;
}

} // namespace ioc::map::MapDataFile
