// SPDX-License-Identifier: GPL-3.0-or-later
#include "WallScreenState.h"

namespace ioc::console {

namespace {

domain::TimePoint toTimePoint(const QDateTime& t)
{
    return domain::TimePoint(std::chrono::milliseconds(t.toMSecsSinceEpoch()));
}

int minuteOfDay(const QDateTime& t)
{
    const QTime local = t.toLocalTime().time();
    return local.hour() * 60 + local.minute();
}

} // namespace

WallScreenState::WallScreenState(QString screenName, std::function<QDateTime()> now,
                                 QObject *parent)
    : QObject(parent)
    , m_name(std::move(screenName))
    , m_now(std::move(now))
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &WallScreenState::tick);
    m_timer.start();
}

void WallScreenState::setLayout(const WallScreenLayout& layout, bool focusScreen)
{
    m_playlist = layout.playlist();
    m_variant = layout.toVariant();
    m_focusScreen = focusScreen;
    const QDateTime now = m_now();
    const auto inPlay = domain::pagesInPlay(m_playlist, minuteOfDay(now));
    m_rotation = {inPlay.empty() ? 0 : inPlay.front(), toTimePoint(now)};
    emit layoutChanged();
    emit pageIndexChanged();
}

void WallScreenState::tick()
{
    const QDateTime now = m_now();
    const auto next =
        domain::advanceRotation(m_playlist, m_rotation, toTimePoint(now), minuteOfDay(now));
    const bool changed = next.page != m_rotation.page;
    m_rotation = next;
    if (changed)
        emit pageIndexChanged();
}

} // namespace ioc::console
