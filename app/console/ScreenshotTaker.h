// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QQuickWindow;

namespace ioc::client {
class BackendClient;
}

// --screenshot: once the first snapshot and a few deltas are on screen, saves the window as PNG
// and quits the application (exit code 0); gives up with exit code 3 after the timeout.
class ScreenshotTaker : public QObject
{
    Q_OBJECT

public:
    ScreenshotTaker(QQuickWindow *window, ioc::client::BackendClient *client, QString path,
                    QObject *parent = nullptr);

    void start();

private:
    void check();
    void grab();

    QQuickWindow *m_window;
    ioc::client::BackendClient *m_client;
    QString m_path;
    int m_deltas = 0;
    bool m_grabbing = false;
    QTimer m_timeout;
};
