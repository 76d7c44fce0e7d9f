// SPDX-License-Identifier: GPL-3.0-or-later
#include "WallLayout.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ioc::console {

namespace {

constexpr int kMaxGrid = 12;
constexpr int kMinDwellSeconds = 5;

QString join(const QString& path, const char *key)
{
    return path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('.') + QLatin1String(key);
}

// Collects the first error with the path to the offending value.
class Reader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    bool fail(const QString& path, const QString& message)
    {
        if (m_error.isEmpty())
            m_error = path.isEmpty() ? message : path + QStringLiteral(": ") + message;
        return false;
    }

    // An optional integer in [min, max]; `value` keeps its default when absent.
    bool integer(const QJsonObject& o, const QString& path, const char *key, int min, int max,
                 int *value, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString where = join(path, key);
        if (v.isUndefined())
            return required ? fail(where, QStringLiteral("is required")) : true;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            return fail(where, QStringLiteral("must be a whole number"));
        if (v.toInt() < min || v.toInt() > max)
            return fail(where, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        *value = v.toInt();
        return true;
    }

    // A {"vi","en"} text or a plain string (used for both languages); absent: empty map.
    bool text(const QJsonObject& o, const QString& path, const char *key, QVariantMap *value)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString where = join(path, key);
        if (v.isUndefined())
            return true;
        if (v.isString()) {
            *value = {{QStringLiteral("vi"), v.toString()}, {QStringLiteral("en"), v.toString()}};
            return true;
        }
        if (!v.isObject() || !v.toObject().value(QLatin1String("vi")).isString())
            return fail(where, QStringLiteral("must be a string or {\"vi\": …, \"en\": …}"));
        const QJsonObject t = v.toObject();
        const QString vi = t.value(QLatin1String("vi")).toString();
        *value = {{QStringLiteral("vi"), vi},
                  {QStringLiteral("en"), t.value(QLatin1String("en")).toString(vi)}};
        return true;
    }

    bool minuteOfDay(const QJsonObject& o, const QString& path, const char *key, int *minute)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString where = join(path, key);
        const auto parsed = domain::parseMinuteOfDay(v.toString().toStdString());
        if (!v.isString() || !parsed)
            return fail(where, QStringLiteral("must be a time of day \"HH:MM\""));
        *minute = *parsed;
        return true;
    }

    bool stringList(const QJsonObject& o, const QString& path, const char *key, QStringList *values,
                    bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString where = join(path, key);
        if (v.isUndefined())
            return required ? fail(where, QStringLiteral("is required")) : true;
        if (!v.isArray())
            return fail(where, QStringLiteral("must be a list of strings"));
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString() || item.toString().isEmpty())
                return fail(where, QStringLiteral("must be a list of non-empty strings"));
            values->append(item.toString());
        }
        if (required && values->isEmpty())
            return fail(where, QStringLiteral("must not be empty"));
        return true;
    }

    bool tileOptions(const QJsonObject& t, const QString& path, const QString& kind)
    {
        static const QStringList mapLayers{
            QStringLiteral("incidents"),   QStringLiteral("sensor.traffic"),
            QStringLiteral("sensor.air"),  QStringLiteral("sensor.water"),
            QStringLiteral("sensor.rain"), QStringLiteral("sensor.other")};
        if (kind == QLatin1String("map")) {
            QStringList layers;
            if (!stringList(t, path, "layers", &layers, false))
                return false;
            for (const QString& layer : std::as_const(layers))
                if (!mapLayers.contains(layer))
                    return fail(path + QStringLiteral(".layers"),
                                QStringLiteral("unknown layer '%1' (%2)")
                                    .arg(layer, mapLayers.join(QStringLiteral(", "))));
        } else if (kind == QLatin1String("kpi")) {
            if (!t.value(QLatin1String("domain")).isString() ||
                t.value(QLatin1String("domain")).toString().isEmpty())
                return fail(path + QStringLiteral(".domain"),
                            QStringLiteral("is required (a domain id, e.g. \"environment\")"));
        } else if (kind == QLatin1String("chart")) {
            QStringList series;
            if (!stringList(t, path, "series", &series, true))
                return false;
            if (series.size() > 8)
                return fail(path + QStringLiteral(".series"),
                            QStringLiteral("at most 8 series per chart"));
            int window = 3600;
            if (!integer(t, path, "window_s", 60, 86400, &window))
                return false;
        } else if (kind == QLatin1String("video")) {
            const QJsonValue url = t.value(QLatin1String("url"));
            if (!url.isUndefined() && !url.isString())
                return fail(path + QStringLiteral(".url"),
                            QStringLiteral("must be a URL string (rtsp://, http(s)://, file://)"));
        } else if (kind == QLatin1String("alerts") || kind == QLatin1String("incidents")) {
            int severity = 1;
            if (!integer(t, path, "min_severity", 1, 4, &severity))
                return false;
        }
        return true;
    }

    bool tile(const QJsonValue& v, const QString& path, const WallPage& page, WallTile *tile)
    {
        if (!v.isObject())
            return fail(path, QStringLiteral("must be an object"));
        const QJsonObject t = v.toObject();
        tile->kind = t.value(QLatin1String("kind")).toString();
        if (!wallTileKinds().contains(tile->kind))
            return fail(path + QStringLiteral(".kind"),
                        QStringLiteral("unknown tile kind '%1' (%2)")
                            .arg(tile->kind, wallTileKinds().join(QStringLiteral(", "))));
        if (!integer(t, path, "row", 0, page.rows - 1, &tile->row, true) ||
            !integer(t, path, "column", 0, page.columns - 1, &tile->column, true) ||
            !integer(t, path, "row_span", 1, page.rows - tile->row, &tile->rowSpan) ||
            !integer(t, path, "column_span", 1, page.columns - tile->column, &tile->columnSpan))
            return false;
        QVariantMap title;
        if (!text(t, path, "title", &title) || !tileOptions(t, path, tile->kind))
            return false;
        tile->options = t.toVariantMap();
        tile->options.insert(QStringLiteral("title"), title);
        return true;
    }

    bool page(const QJsonValue& v, const QString& path, WallPage *page)
    {
        if (!v.isObject())
            return fail(path, QStringLiteral("must be an object"));
        const QJsonObject p = v.toObject();
        page->id = p.value(QLatin1String("id")).toString();
        if (page->id.isEmpty())
            return fail(path + QStringLiteral(".id"), QStringLiteral("is required"));
        if (!text(p, path, "title", &page->title) ||
            !integer(p, path, "dwell_s", kMinDwellSeconds, 86400, &page->dwellSeconds) ||
            !integer(p, path, "rows", 1, kMaxGrid, &page->rows, true) ||
            !integer(p, path, "columns", 1, kMaxGrid, &page->columns, true))
            return false;
        const QJsonArray tiles = p.value(QLatin1String("tiles")).toArray();
        if (tiles.isEmpty())
            return fail(path + QStringLiteral(".tiles"), QStringLiteral("needs at least one tile"));
        QSet<int> used; // grid cells taken, row * kMaxGrid + column
        for (int i = 0; i < tiles.size(); ++i) {
            const QString where = path + QStringLiteral(".tiles[%1]").arg(i);
            WallTile t;
            if (!tile(tiles[i], where, *page, &t))
                return false;
            for (int r = t.row; r < t.row + t.rowSpan; ++r)
                for (int c = t.column; c < t.column + t.columnSpan; ++c)
                    if (!std::as_const(used).contains(r * kMaxGrid + c))
                        used.insert(r * kMaxGrid + c);
                    else
                        return fail(where, QStringLiteral("overlaps another tile at row %1, "
                                                          "column %2")
                                               .arg(r)
                                               .arg(c));
            page->tiles.append(t);
        }
        return true;
    }

    bool schedule(const QJsonArray& entries, const QString& path, WallScreenLayout *screen)
    {
        for (int i = 0; i < entries.size(); ++i) {
            const QString where = path + QStringLiteral(".schedule[%1]").arg(i);
            const QJsonObject s = entries[i].toObject();
            domain::ScheduleSlot slot;
            QStringList pages;
            if (!minuteOfDay(s, where, "from", &slot.fromMinute) ||
                !minuteOfDay(s, where, "to", &slot.toMinute) ||
                !stringList(s, where, "pages", &pages, true))
                return false;
            for (const QString& id : std::as_const(pages)) {
                const bool known = std::any_of(screen->pages.cbegin(), screen->pages.cend(),
                                               [&](const WallPage& p) { return p.id == id; });
                if (!known)
                    return fail(where + QStringLiteral(".pages"),
                                QStringLiteral("no page with id '%1' on this screen").arg(id));
                slot.pages.push_back(id.toStdString());
            }
            screen->schedule.append(slot);
        }
        return true;
    }

    // `matched`: whether "screen" (index or name) is required.
    bool screen(const QJsonValue& v, const QString& path, bool matched, WallScreenLayout *screen)
    {
        if (!v.isObject())
            return fail(path, QStringLiteral("must be an object"));
        const QJsonObject s = v.toObject();
        if (matched && !matcher(s.value(QLatin1String("screen")), path + QStringLiteral(".screen"),
                                &screen->index, &screen->name))
            return false;
        const QJsonArray pages = s.value(QLatin1String("pages")).toArray();
        if (pages.isEmpty())
            return fail(path + QStringLiteral(".pages"), QStringLiteral("needs at least one page"));
        for (int i = 0; i < pages.size(); ++i) {
            WallPage p;
            if (!page(pages[i], path + QStringLiteral(".pages[%1]").arg(i), &p))
                return false;
            for (const WallPage& other : std::as_const(screen->pages))
                if (other.id == p.id)
                    return fail(path + QStringLiteral(".pages[%1].id").arg(i),
                                QStringLiteral("'%1' is used twice on this screen").arg(p.id));
            screen->pages.append(p);
        }
        return schedule(s.value(QLatin1String("schedule")).toArray(), path, screen);
    }

    bool matcher(const QJsonValue& v, const QString& path, std::optional<int> *index, QString *name)
    {
        if (v.isDouble() && v.toDouble() == double(v.toInt()) && v.toInt() >= 0) {
            *index = v.toInt();
            return true;
        }
        if (v.isString() && !v.toString().isEmpty()) {
            *index = std::nullopt;
            *name = v.toString();
            return true;
        }
        return fail(path, QStringLiteral("must be a screen index (0, 1, …) or a screen name"));
    }

    bool focus(const QJsonObject& o, WallLayout *layout)
    {
        const QString path = QStringLiteral("focus");
        int severity = layout->focus.minSeverity;
        int timeout = int(layout->focus.timeout.count());
        if (!integer(o, path, "min_severity", 1, 4, &severity) ||
            !integer(o, path, "timeout_s", 10, 86400, &timeout))
            return false;
        layout->focus.minSeverity = severity;
        layout->focus.timeout = std::chrono::seconds(timeout);
        if (o.contains(QLatin1String("screen")) &&
            !matcher(o.value(QLatin1String("screen")), path + QStringLiteral(".screen"),
                     &layout->focusScreenIndex, &layout->focusScreenName))
            return false;
        QStringList kinds;
        if (!stringList(o, path, "kinds", &kinds, false))
            return false;
        if (o.contains(QLatin1String("kinds"))) {
            for (const QString& k : std::as_const(kinds))
                if (k != QLatin1String("incident") && k != QLatin1String("alert"))
                    return fail(path + QStringLiteral(".kinds"),
                                QStringLiteral("unknown kind '%1' (incident, alert)").arg(k));
            layout->focus.incidents = kinds.contains(QLatin1String("incident"));
            layout->focus.alerts = kinds.contains(QLatin1String("alert"));
        }
        return true;
    }

    bool shifts(const QJsonArray& list, WallLayout *layout)
    {
        for (int i = 0; i < list.size(); ++i) {
            const QString where = QStringLiteral("shifts[%1]").arg(i);
            const QJsonObject s = list[i].toObject();
            WallShift shift;
            if (!minuteOfDay(s, where, "from", &shift.startMinute) ||
                !text(s, where, "name", &shift.name))
                return false;
            if (shift.name.isEmpty())
                return fail(where + QStringLiteral(".name"), QStringLiteral("is required"));
            layout->shifts.append(shift);
        }
        return true;
    }

private:
    QString m_error;
};

QVariantMap tileToVariant(const WallTile& tile)
{
    QVariantMap map = tile.options;
    map.insert(QStringLiteral("kind"), tile.kind);
    map.insert(QStringLiteral("row"), tile.row);
    map.insert(QStringLiteral("column"), tile.column);
    map.insert(QStringLiteral("row_span"), tile.rowSpan);
    map.insert(QStringLiteral("column_span"), tile.columnSpan);
    return map;
}

} // namespace

QStringList wallTileKinds()
{
    return {QStringLiteral("map"),       QStringLiteral("kpi"),    QStringLiteral("chart"),
            QStringLiteral("incidents"), QStringLiteral("alerts"), QStringLiteral("sources"),
            QStringLiteral("clock"),     QStringLiteral("video")};
}

domain::Playlist WallScreenLayout::playlist() const
{
    domain::Playlist playlist;
    for (const WallPage& page : pages)
        playlist.pages.push_back({page.id.toStdString(), std::chrono::seconds(page.dwellSeconds)});
    for (const domain::ScheduleSlot& slot : schedule)
        playlist.schedule.push_back(slot);
    return playlist;
}

QVariantMap WallScreenLayout::toVariant() const
{
    QVariantList pageList;
    for (const WallPage& page : pages) {
        QVariantList tiles;
        for (const WallTile& tile : page.tiles)
            tiles.append(tileToVariant(tile));
        pageList.append(QVariantMap{{QStringLiteral("id"), page.id},
                                    {QStringLiteral("title"), page.title},
                                    {QStringLiteral("dwell_s"), page.dwellSeconds},
                                    {QStringLiteral("rows"), page.rows},
                                    {QStringLiteral("columns"), page.columns},
                                    {QStringLiteral("tiles"), tiles}});
    }
    return {{QStringLiteral("pages"), pageList}};
}

std::variant<WallLayout, QString> parseWallLayout(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("not valid JSON at byte %1: %2")
            .arg(parseError.offset)
            .arg(parseError.errorString());
    if (!doc.isObject())
        return QStringLiteral("the layout must be a JSON object");
    const QJsonObject root = doc.object();
    Reader reader;
    WallLayout layout;
    int version = 0;
    if (!reader.integer(root, QString(), "version", 1, 1, &version, true))
        return reader.error();
    const QJsonArray screens = root.value(QLatin1String("screens")).toArray();
    const bool hasOthers = root.contains(QLatin1String("other_screens"));
    if (screens.isEmpty() && !hasOthers)
        return QStringLiteral("screens: needs at least one screen (or \"other_screens\")");
    for (int i = 0; i < screens.size(); ++i) {
        WallScreenLayout screen;
        if (!reader.screen(screens[i], QStringLiteral("screens[%1]").arg(i), true, &screen))
            return reader.error();
        layout.screens.append(screen);
    }
    if (hasOthers) {
        WallScreenLayout others;
        if (!reader.screen(root.value(QLatin1String("other_screens")),
                           QStringLiteral("other_screens"), false, &others))
            return reader.error();
        layout.otherScreens = others;
    }
    if (root.contains(QLatin1String("focus")) &&
        !reader.focus(root.value(QLatin1String("focus")).toObject(), &layout))
        return reader.error();
    if (!reader.shifts(root.value(QLatin1String("shifts")).toArray(), &layout))
        return reader.error();
    return layout;
}

WallLayout defaultWallLayout()
{
    QFile file(QStringLiteral(":/ioc/wall/default.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the built-in wall layout is missing from the resources");
    auto parsed = parseWallLayout(file.readAll());
    if (auto *error = std::get_if<QString>(&parsed))
        qFatal("the built-in wall layout is invalid: %s", qPrintable(*error));
    return std::get<WallLayout>(std::move(parsed));
}

} // namespace ioc::console
