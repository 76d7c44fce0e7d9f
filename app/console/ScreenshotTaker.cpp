// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotTaker.h"

#include "ioc/client/BackendClient.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>

#include <cstdio>

namespace {
constexpr int kDeltasWanted = 3;
constexpr int kTimeoutMs = 20'000;
constexpr int kSettleMs = 1'200; // lets the change highlights fade before the grab
} // namespace

ScreenshotTaker::ScreenshotTaker(QQuickWindow *window, ioc::client::BackendClient *client,
                                 QString path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_client(client)
    , m_path(std::move(path))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        std::fprintf(stderr,
                     "ioc-console: no live data within %d s (snapshots %d, deltas %d); "
                     "screenshot not taken\n",
                     kTimeoutMs / 1000, m_client->snapshotCount(), m_deltas);
        QCoreApplication::exit(3);
    });
}

void ScreenshotTaker::start()
{
    connect(m_client, &ioc::client::BackendClient::snapshotReceived, this, &ScreenshotTaker::check);
    connect(m_client, &ioc::client::BackendClient::seriesUpdated, this, [this] {
        ++m_deltas;
        check();
    });
    m_timeout.start(kTimeoutMs);
}

void ScreenshotTaker::check()
{
    if (m_grabbing || m_client->snapshotCount() == 0 || m_deltas < kDeltasWanted)
        return;
    m_grabbing = true;
    QTimer::singleShot(kSettleMs, this, &ScreenshotTaker::grab);
}

void ScreenshotTaker::grab()
{
    m_timeout.stop();
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(m_path, "PNG")) {
        std::fprintf(stderr, "ioc-console: cannot save screenshot to %s\n", qPrintable(m_path));
        QCoreApplication::exit(4);
        return;
    }
    std::printf("ioc-console: screenshot %dx%d saved to %s\n", image.width(), image.height(),
                qPrintable(m_path));
    QCoreApplication::exit(0);
}
