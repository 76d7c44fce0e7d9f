// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace ioc::client {
class BackendClient;
}
namespace ioc::console {
class WallController;
class WallScreens;
} // namespace ioc::console

// `--wall --screenshot PATH`: once the wall shows live data (snapshot, a few deltas, incidents,
// alerts and sources fetched), saves each window as PATH-<n>.png, prints the tiles each window
// holds, and quits (0); exit code 3 when nothing arrives in time, 4 when a file cannot be saved.
class WallScreenshot : public QObject
{
    Q_OBJECT

public:
    WallScreenshot(ioc::console::WallScreens *screens, ioc::console::WallController *wall,
                   ioc::client::BackendClient *client, QString path, QObject *parent = nullptr);

    void start();

private:
    void check();
    void grab();
    QString pathFor(int index) const;

    ioc::console::WallScreens *m_screens;
    ioc::console::WallController *m_wall;
    ioc::client::BackendClient *m_client;
    QString m_path;
    int m_deltas = 0;
    bool m_grabbing = false;
    QTimer m_timeout;
};
