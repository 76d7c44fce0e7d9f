// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BreakdownModel.h"
#include "DashboardListModel.h"
#include "KpiListModel.h"
#include "ioc/client/ApiRequester.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace ioc::console {

class SeriesListModel;

// The dashboards view's state: the configured dashboards, the one shown, its KPI tiles, trend
// charts and breakdown by unit. Live values come from the workstation's series model; history
// (previous-period values) and unit names from iocd through the requester.
class DashboardController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application and passed to the window")
    Q_PROPERTY(ioc::console::DashboardListModel *dashboards READ dashboards CONSTANT)
    Q_PROPERTY(ioc::console::KpiListModel *kpis READ kpis CONSTANT)
    Q_PROPERTY(ioc::console::BreakdownModel *breakdown READ breakdown CONSTANT)
    Q_PROPERTY(QString currentId READ currentId WRITE setCurrentId NOTIFY currentChanged)
    Q_PROPERTY(QString title READ title NOTIFY currentChanged)
    Q_PROPERTY(QString article READ article NOTIFY currentChanged)
    Q_PROPERTY(QVariantList trends READ trends NOTIFY currentChanged)
    Q_PROPERTY(QString breakdownTitle READ breakdownTitle NOTIFY currentChanged)
    Q_PROPERTY(QString configError READ configError CONSTANT)
    Q_PROPERTY(int previousValuesPending READ previousValuesPending NOTIFY previousValuesChanged)

public:
    struct Options
    {
        QString configPath;
        std::function<QDateTime()> now = {}; // tests inject their own clock
    };

    DashboardController(Options options, client::ApiRequester *requester, SeriesListModel *series,
                        QObject *parent = nullptr);

    DashboardListModel *dashboards() { return &m_dashboards; }
    KpiListModel *kpis() { return &m_kpis; }
    BreakdownModel *breakdown() { return &m_breakdown; }
    QString currentId() const;
    void setCurrentId(const QString& id);
    QString title() const;
    QString article() const;
    QVariantList trends() const;
    QString breakdownTitle() const;
    QString configError() const { return m_configError; }
    int previousValuesPending() const { return m_previousPending; }

    client::ApiRequester *requester() const { return m_requester; }
    SeriesListModel *seriesModel() const { return m_series; }
    QDateTime now() const;

    // UI language of titles, labels and numbers ("vi" or "en").
    void setLanguage(const QString& language);
    // Fetches what comes from iocd (unit names, previous-period values) again; the view calls it
    // when shown.
    Q_INVOKABLE void refresh();

signals:
    void currentChanged();
    void previousValuesChanged();

private:
    const DashboardSpec *current() const;
    void loadUnitNames();
    void loadPreviousValues();

    Options m_options;
    QPointer<client::ApiRequester> m_requester;
    QPointer<SeriesListModel> m_series;
    DashboardListModel m_dashboards;
    KpiListModel m_kpis;
    BreakdownModel m_breakdown;
    int m_current = -1;
    QString m_language = QStringLiteral("vi");
    QString m_configError;
    bool m_unitsLoaded = false;
    quint64 m_generation = 0;
    int m_previousPending = 0;
    QTimer m_previousTimer;
};

} // namespace ioc::console
