// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CitizenReportListModel.h"
#include "IncidentController.h"
#include "SessionController.h"

#include "MapMarkerModel.h"

#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;

namespace ioc::client {
class ApiRequester;
struct ApiReply;
} // namespace ioc::client

namespace ioc::console {

// Thumbnails fetched with the signed-in requester (QML's Image cannot send a bearer token), kept
// for the image provider "citizenphotos". Shared with the provider, which the engine owns.
class CitizenPhotoCache
{
public:
    void insert(const QString& key, const QImage& image);
    QImage find(const QString& key) const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QImage> m_images;
};

// The citizen report triage queue (issue 13): the queue with urgency and duplicate groups, the
// reports on a map, the selected report's detail with photos, and the officer's actions — make
// an incident, forward with a deadline, merge, reject with a public reason, and on a forwarded
// report record the unit's answer and accept it as the public answer. The server decides every
// rule; a refusal is shown in its own words. Created in QML next to the incidents controller,
// whose signed-in requester it shares.
class CitizenReportController : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(ioc::console::IncidentController *incidents READ incidents WRITE setIncidents NOTIFY
                   dependenciesChanged)
    Q_PROPERTY(ioc::console::SessionController *session READ session WRITE setSession NOTIFY
                   dependenciesChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(ioc::console::CitizenReportListModel *queue READ queue CONSTANT)
    Q_PROPERTY(ioc::map::MapMarkerModel *markers READ markers CONSTANT)
    Q_PROPERTY(qint64 selectedId READ selectedId NOTIFY detailChanged)
    Q_PROPERTY(QVariantMap detail READ detail NOTIFY detailChanged)
    Q_PROPERTY(QStringList detailThumbnails READ detailThumbnails NOTIFY detailChanged)
    Q_PROPERTY(QVariantList categories READ categories NOTIFY categoriesChanged)
    Q_PROPERTY(int groupCount READ groupCount NOTIFY queueChanged)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY queueChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)

public:
    explicit CitizenReportController(QObject *parent = nullptr);
    ~CitizenReportController() override;

    // For tests and for a host that builds it in C++: the requester to use.
    void setApi(client::ApiRequester *api);
    // Registers the "citizenphotos" image provider on `engine` (done by itself when made in QML).
    void registerImageProvider(QQmlEngine *engine);

    IncidentController *incidents() const { return m_incidents; }
    void setIncidents(IncidentController *incidents);
    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    bool active() const { return m_active; }
    void setActive(bool active);
    CitizenReportListModel *queue() { return &m_queue; }
    map::MapMarkerModel *markers() { return &m_markers; }
    qint64 selectedId() const { return m_selected; }
    QVariantMap detail() const { return m_detail.toVariantMap(); }
    QStringList detailThumbnails() const { return m_detailThumbnails; }
    QVariantList categories() const { return m_categories; }
    int groupCount() const { return m_groupCount; }
    int waitingCount() const { return m_waiting; }
    bool busy() const { return m_busy > 0; }
    QString errorMessage() const { return m_error; }

    void classBegin() override {}
    void componentComplete() override;

    Q_INVOKABLE void reload();
    Q_INVOKABLE void select(qint64 id);
    Q_INVOKABLE void makeIncident(const QString& note);
    // Deadline `hours` from now.
    Q_INVOKABLE void forward(const QString& unit, const QString& focalPoint, int hours,
                             const QString& note);
    // `target`: a report number ("12") or an incident ref ("HP-2026-000123").
    Q_INVOKABLE void merge(const QString& target, const QString& note);
    Q_INVOKABLE void reject(const QString& reason, const QString& note);
    Q_INVOKABLE void recordAnswer(const QString& answer);
    Q_INVOKABLE void acceptAnswer(const QString& publicText);
    Q_INVOKABLE void clearError();
    Q_INVOKABLE QString categoryLabel(const QString& id, const QString& language) const;

signals:
    void dependenciesChanged();
    void activeChanged();
    void detailChanged();
    void categoriesChanged();
    void queueChanged();
    void busyChanged();
    void errorChanged();
    // The server accepted an action on the selected report.
    void actionAccepted(const QString& action);

private:
    void start();
    void clear();
    void loadDetail();
    void act(const QJsonObject& body);
    void fetchThumbnail(qint64 id, int position, bool forQueue);
    void rebuildMarkers();
    bool failed(const client::ApiReply& reply);

    QPointer<IncidentController> m_incidents;
    QPointer<SessionController> m_session;
    client::ApiRequester *m_api = nullptr;
    std::shared_ptr<CitizenPhotoCache> m_photos;
    CitizenReportListModel m_queue;
    map::MapMarkerModel m_markers;
    QTimer m_refresh;
    bool m_active = false;
    qint64 m_selected = 0;
    QJsonObject m_detail;
    QStringList m_detailThumbnails;
    QVariantList m_categories;
    int m_groupCount = 0;
    int m_waiting = 0;
    int m_busy = 0;
    QString m_error;
    quint64 m_generation = 0;
};

} // namespace ioc::console
