// SPDX-License-Identifier: GPL-3.0-or-later
// ioc-mapc: compiles the city's GeoJSON (units + outline) into the map file the console loads.
// Runs at build time; see docs/map.md.
#include "GeoJsonReader.h"
#include "LevelBuilder.h"
#include "MapDataFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

#include <cmath>
#include <cstdio>

using namespace ioc::map;

namespace {

// Map units (whole numbers) of the top-left corner of everything, so stored floats stay small.
QPointF originOf(const std::vector<tool::Feature>& features)
{
    double minX = 1;
    double minY = 1;
    for (const auto& f : features) {
        for (const auto& ring : f.rings) {
            for (const QPointF& p : ring) {
                minX = std::min(minX, p.x());
                minY = std::min(minY, p.y());
            }
        }
    }
    return {std::floor(minX * kMapUnitsPerWorld) / kMapUnitsPerWorld,
            std::floor(minY * kMapUnitsPerWorld) / kMapUnitsPerWorld};
}

int fail(const QString& message)
{
    std::fprintf(stderr, "ioc-mapc: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Compile the Hai Phong GeoJSON to a map file"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("units"), QStringLiteral("units GeoJSON"));
    parser.addPositionalArgument(QStringLiteral("outline"), QStringLiteral("city outline GeoJSON"));
    parser.addPositionalArgument(QStringLiteral("output"), QStringLiteral("map file to write"));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return fail(QStringLiteral("usage: ioc-mapc UNITS.geojson OUTLINE.geojson OUT.iocmap"));

    QString error;
    auto units = tool::readFeatures(args[0], &error);
    if (!units)
        return fail(error);
    auto outline = tool::readFeatures(args[1], &error);
    if (!outline)
        return fail(error);

    MapDataContent content;
    content.origin = originOf(*units);
    std::vector<std::vector<tool::Ring>> shapes;
    for (auto *features : {&*units, &*outline}) {
        for (tool::Feature& f : *features) {
            for (tool::Ring& ring : f.rings) {
                for (QPointF& p : ring)
                    p = (p - content.origin) * kMapUnitsPerWorld;
            }
            if (features == &*units)
                content.units.push_back(f.unit);
        }
    }
    for (const tool::Feature& f : *units)
        shapes.push_back(f.rings);
    std::vector<tool::Ring> outlineRings;
    for (const tool::Feature& f : *outline)
        outlineRings.insert(outlineRings.end(), f.rings.begin(), f.rings.end());
    shapes.push_back(std::move(outlineRings));

    for (int zoom = kCoarsestLevelZoom; zoom <= kFinestLevelZoom; ++zoom)
        content.levels.push_back(tool::buildLevel(shapes, toleranceForZoom(zoom)));
    content.levels.push_back(tool::buildLevel(shapes, 0));

    QSaveFile out(args[2]);
    if (!out.open(QIODevice::WriteOnly) || !MapDataFile::write(content, out) || !out.commit())
        return fail(QStringLiteral("%1: %2").arg(args[2], out.errorString()));
    for (const ShapeLevel& level : content.levels) {
        std::printf("ioc-mapc: tolerance %8.4f map units: %7zu vertices, %7zu triangles\n",
                    level.tolerance, level.vertexCount(), level.triIndices.size() / 3);
    }
    return 0;
}
