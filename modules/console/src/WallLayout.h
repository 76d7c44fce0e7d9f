// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/domain/WallFocus.h"
#include "ioc/domain/WallPlaylist.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <variant>

namespace ioc::console {

// A video wall layout (docs/wall-layout.md): per screen a playlist of pages, each page a grid
// of tiles. Parsed and checked here, once; QML gets each screen as a QVariantMap.
struct WallTile
{
    QString kind; // map | kpi | chart | incidents | alerts | sources | clock | video
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QVariantMap options; // the tile's JSON object as given (title, layers, series, url, …)
};

struct WallPage
{
    QString id;
    QVariantMap title; // {"vi","en"}; may be empty
    int dwellSeconds = 60;
    int rows = 1;
    int columns = 1;
    QList<WallTile> tiles;
};

struct WallScreenLayout
{
    std::optional<int> index; // matches QGuiApplication::screens()[index]
    QString name;             // or matches QScreen::name()
    QList<WallPage> pages;
    QList<domain::ScheduleSlot> schedule;

    domain::Playlist playlist() const;
    // What the window's QML reads:
    // {"pages":[{"id","title","dwell_s","rows","columns","tiles":[…]}]}
    QVariantMap toVariant() const;
};

struct WallShift
{
    int startMinute = 0;
    QVariantMap name; // {"vi","en"}
};

struct WallLayout
{
    QList<WallScreenLayout> screens;
    std::optional<WallScreenLayout> otherScreens; // for screens the list does not name
    domain::FocusRule focus;
    // The screen that shows focus pages: an index or a name like the screens'; default index 0.
    std::optional<int> focusScreenIndex = 0;
    QString focusScreenName;
    QList<WallShift> shifts;
};

// Every tile kind the wall knows, in the order the documentation lists them.
QStringList wallTileKinds();

// Parses a layout file's bytes. On error: a message naming the place in the file
// ("screens[1].pages[0].tiles[2].row_span: …").
std::variant<WallLayout, QString> parseWallLayout(const QByteArray& json);

// The layout used when no file is given: a sensible page on every screen present.
WallLayout defaultWallLayout();

} // namespace ioc::console
