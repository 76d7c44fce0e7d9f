// SPDX-License-Identifier: GPL-3.0-or-later
#include "CitizenReportController.h"

#include "IncidentController.h"
#include "SessionController.h"
#include "ioc/client/ApiRequester.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMutexLocker>
#include <QQmlEngine>
#include <QQuickImageProvider>
#include <QRegularExpression>
#include <QUrlQuery>

namespace ioc::console {

namespace {
constexpr auto kProviderId = "citizenphotos";
constexpr int kRefreshMs = 15'000;

class CitizenPhotoProvider : public QQuickImageProvider
{
public:
    explicit CitizenPhotoProvider(std::shared_ptr<CitizenPhotoCache> cache)
        : QQuickImageProvider(QQuickImageProvider::Image)
        , m_cache(std::move(cache))
    {}

    QImage requestImage(const QString& id, QSize *size, const QSize& requested) override
    {
        QImage image = m_cache->find(id);
        if (size)
            *size = image.size();
        if (!image.isNull() && requested.isValid())
            image = image.scaled(requested, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        return image;
    }

private:
    std::shared_ptr<CitizenPhotoCache> m_cache;
};

// Queue colours by urgency, the same scale as incident severities.
QColor urgencyColour(int urgency)
{
    switch (urgency) {
    case 4:
        return QColor(0xD3, 0x2F, 0x2F);
    case 3:
        return QColor(0xF5, 0x7C, 0x00);
    case 2:
        return QColor(0xF9, 0xA8, 0x25);
    default:
        return QColor(0x42, 0x8B, 0xCA);
    }
}
} // namespace

void CitizenPhotoCache::insert(const QString& key, const QImage& image)
{
    QMutexLocker lock(&m_mutex);
    m_images.insert(key, image);
}

QImage CitizenPhotoCache::find(const QString& key) const
{
    QMutexLocker lock(&m_mutex);
    return m_images.value(key);
}

CitizenReportController::CitizenReportController(QObject *parent)
    : QObject(parent)
    , m_photos(std::make_shared<CitizenPhotoCache>())
{
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &CitizenReportController::reload);
}

CitizenReportController::~CitizenReportController() = default;

void CitizenReportController::setApi(client::ApiRequester *api)
{
    m_api = api;
}

void CitizenReportController::registerImageProvider(QQmlEngine *engine)
{
    if (engine && !engine->imageProvider(QLatin1String(kProviderId)))
        engine->addImageProvider(QLatin1String(kProviderId), new CitizenPhotoProvider(m_photos));
}

void CitizenReportController::componentComplete()
{
    registerImageProvider(qmlEngine(this));
}

void CitizenReportController::setIncidents(IncidentController *incidents)
{
    if (m_incidents == incidents)
        return;
    m_incidents = incidents;
    m_api = incidents ? incidents->api() : nullptr;
    emit dependenciesChanged();
}

void CitizenReportController::setSession(SessionController *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &SessionController::sessionChanged, this, [this] {
            if (!m_session->loggedIn())
                clear();
            else if (m_active)
                start();
        });
    }
    emit dependenciesChanged();
}

void CitizenReportController::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    emit activeChanged();
    // Only a shown queue is kept current (every 15 s and after each action).
    if (active) {
        start();
        m_refresh.start();
    } else {
        m_refresh.stop();
    }
}

void CitizenReportController::start()
{
    if (!m_api || (m_session && !m_session->loggedIn()))
        return;
    if (m_categories.isEmpty())
        m_api->get(QStringLiteral("citizen-report-categories"), {}, this,
                   [this](const auto& reply) {
                       if (failed(reply))
                           return;
                       m_categories =
                           reply.body.value(QLatin1String("categories")).toArray().toVariantList();
                       emit categoriesChanged();
                   });
    reload();
}

void CitizenReportController::clear()
{
    m_queue.clear();
    m_markers.clear();
    m_selected = 0;
    m_detail = {};
    m_detailThumbnails.clear();
    m_groupCount = m_waiting = 0;
    emit detailChanged();
    emit queueChanged();
    clearError();
}

void CitizenReportController::reload()
{
    if (!m_api)
        return;
    m_api->get(QStringLiteral("citizen-reports"),
               QUrlQuery{{QStringLiteral("status"), QStringLiteral("open")}}, this,
               [this](const auto& reply) {
                   if (failed(reply))
                       return;
                   const QJsonArray reports = reply.body.value(QLatin1String("reports")).toArray();
                   const QJsonArray groups = reply.body.value(QLatin1String("groups")).toArray();
                   m_queue.setReports(reports, groups);
                   m_groupCount = static_cast<int>(groups.size());
                   m_waiting = 0;
                   for (const QJsonValue& v : reports) {
                       const QJsonObject r = v.toObject();
                       const QString status = r.value(QLatin1String("status")).toString();
                       if (status == QLatin1String("received") ||
                           status == QLatin1String("triaged"))
                           ++m_waiting;
                       if (r.value(QLatin1String("photo_count")).toInt() > 0)
                           fetchThumbnail(r.value(QLatin1String("id")).toInteger(), 1, true);
                   }
                   rebuildMarkers();
                   emit queueChanged();
                   if (m_selected == 0 && !reports.isEmpty())
                       select(reports.first().toObject().value(QLatin1String("id")).toInteger());
               });
}

void CitizenReportController::rebuildMarkers()
{
    std::vector<map::MapMarker> markers;
    for (const QJsonObject& r : m_queue.reports()) {
        const QJsonObject loc = r.value(QLatin1String("location")).toObject();
        if (!loc.value(QLatin1String("lat")).isDouble())
            continue;
        map::MapMarker m;
        m.id = QString::number(r.value(QLatin1String("id")).toInteger());
        m.kind = QStringLiteral("report");
        m.latitude = loc.value(QLatin1String("lat")).toDouble();
        m.longitude = loc.value(QLatin1String("lon")).toDouble();
        m.timestamp = QDateTime::fromString(r.value(QLatin1String("received_at")).toString(),
                                            Qt::ISODateWithMs);
        m.severity = r.value(QLatin1String("urgency")).toInt();
        m.color = urgencyColour(m.severity);
        m.label = r.value(QLatin1String("text")).toString().left(80);
        markers.push_back(std::move(m));
    }
    m_markers.setMarkers(std::move(markers));
}

void CitizenReportController::select(qint64 id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    m_detail = m_queue.report(id);
    m_detailThumbnails.clear();
    emit detailChanged();
    clearError();
    loadDetail();
}

void CitizenReportController::loadDetail()
{
    if (!m_api || m_selected <= 0)
        return;
    const qint64 id = m_selected;
    const quint64 generation = ++m_generation;
    m_api->get(QStringLiteral("citizen-reports/%1").arg(id), {}, this,
               [this, id, generation](const auto& reply) {
                   if (generation != m_generation || id != m_selected || failed(reply))
                       return;
                   m_detail = reply.body;
                   // Urgency is the queue's judgement (it depends on the duplicate group).
                   if (!m_detail.contains(QLatin1String("urgency")))
                       m_detail.insert(QStringLiteral("urgency"),
                                       m_queue.report(id).value(QLatin1String("urgency")));
                   m_detailThumbnails.clear();
                   emit detailChanged();
                   for (const QJsonValue& p : m_detail.value(QLatin1String("photos")).toArray())
                       fetchThumbnail(id, p.toObject().value(QLatin1String("position")).toInt(),
                                      false);
               });
}

void CitizenReportController::fetchThumbnail(qint64 id, int position, bool forQueue)
{
    const QString key = QStringLiteral("%1-%2").arg(id).arg(position);
    const QString source = QStringLiteral("image://%1/%2").arg(QLatin1String(kProviderId), key);
    auto use = [this, id, forQueue, source] {
        if (forQueue)
            m_queue.setThumbnail(id, source);
        else if (id == m_selected && !m_detailThumbnails.contains(source)) {
            m_detailThumbnails.append(source);
            emit detailChanged();
        }
    };
    if (!m_photos->find(key).isNull())
        return use();
    m_api->get(QStringLiteral("citizen-reports/%1/photos/%2/thumbnail").arg(id).arg(position), {},
               this, [this, key, use](const auto& reply) {
                   if (!reply.ok())
                       return; // a missing thumbnail is no reason to interrupt the officer
                   QImage image;
                   if (image.loadFromData(reply.raw, "JPEG")) {
                       m_photos->insert(key, image);
                       use();
                   }
               });
}

void CitizenReportController::act(const QJsonObject& body)
{
    if (!m_api || m_selected <= 0)
        return;
    clearError();
    if (m_busy++ == 0)
        emit busyChanged();
    const QString action = body.value(QLatin1String("action")).toString();
    m_api->post(QStringLiteral("citizen-reports/%1/actions").arg(m_selected), body, {}, this,
                [this, action](const auto& reply) {
                    if (--m_busy == 0)
                        emit busyChanged();
                    if (failed(reply))
                        return;
                    m_detail = reply.body;
                    emit detailChanged();
                    emit actionAccepted(action);
                    reload();
                });
}

void CitizenReportController::makeIncident(const QString& note)
{
    act({{QStringLiteral("action"), QStringLiteral("make_incident")},
         {QStringLiteral("note"), note.trimmed()}});
}

void CitizenReportController::forward(const QString& unit, const QString& focalPoint, int hours,
                                      const QString& note)
{
    const QString deadline = QDateTime::currentDateTimeUtc()
                                 .addSecs(qint64(std::max(1, hours)) * 3600)
                                 .toString(Qt::ISODate);
    act({{QStringLiteral("action"), QStringLiteral("forward")},
         {QStringLiteral("unit"), unit.trimmed()},
         {QStringLiteral("focal_point"), focalPoint.trimmed()},
         {QStringLiteral("deadline"), deadline},
         {QStringLiteral("note"), note.trimmed()}});
}

void CitizenReportController::merge(const QString& target, const QString& note)
{
    static const QRegularExpression number(QStringLiteral("^#?(\\d+)$"));
    QJsonObject body{{QStringLiteral("action"), QStringLiteral("merge")},
                     {QStringLiteral("note"), note.trimmed()}};
    const auto m = number.match(target.trimmed());
    if (m.hasMatch())
        body.insert(QStringLiteral("into_report"), m.captured(1).toLongLong());
    else
        body.insert(QStringLiteral("into_incident"), target.trimmed());
    act(body);
}

void CitizenReportController::reject(const QString& reason, const QString& note)
{
    act({{QStringLiteral("action"), QStringLiteral("reject")},
         {QStringLiteral("reason"), reason.trimmed()},
         {QStringLiteral("note"), note.trimmed()}});
}

void CitizenReportController::recordAnswer(const QString& answer)
{
    act({{QStringLiteral("action"), QStringLiteral("record_answer")},
         {QStringLiteral("answer"), answer.trimmed()}});
}

void CitizenReportController::acceptAnswer(const QString& publicText)
{
    act({{QStringLiteral("action"), QStringLiteral("accept_answer")},
         {QStringLiteral("text"), publicText.trimmed()}});
}

void CitizenReportController::clearError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    emit errorChanged();
}

QString CitizenReportController::categoryLabel(const QString& id, const QString& language) const
{
    for (const QVariant& c : m_categories) {
        const QVariantMap m = c.toMap();
        if (m.value(QStringLiteral("id")).toString() == id)
            return m.value(QStringLiteral("label")).toMap().value(language).toString();
    }
    return id;
}

bool CitizenReportController::failed(const client::ApiReply& reply)
{
    if (reply.ok())
        return false;
    if (reply.error->kind == client::AuthErrorKind::Expired && m_session) {
        m_session->reportUnauthorized();
        return true;
    }
    m_error = reply.message();
    emit errorChanged();
    return true;
}

} // namespace ioc::console
