// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace ioc::console {

// The alerts inbox: open alerts first (unacknowledged before acknowledged, then by severity,
// newest first), cleared ones after them, newest first. Rows are the server's alert objects
// (GET /api/v1/alerts, stream type "alert"), replaced whole when a newer version arrives.
class AlertListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by AlertController")
    Q_PROPERTY(int count READ rowCount NOTIFY countsChanged)
    Q_PROPERTY(int unacknowledgedCount READ unacknowledgedCount NOTIFY countsChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY countsChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SeverityRole,
        StateRole,
        KindRole,
        LabelViRole,
        LabelEnRole,
        MessageViRole,
        MessageEnRole,
        RaisedAtRole,
        AcknowledgedAtRole,
        AcknowledgedByRole,
        AckCommentRole,
        ClearedAtRole,
        IncidentIdRole,
        EarlyWarningRole,
        CategoryRole,
    };
    Q_ENUM(Role)

    explicit AlertListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setAlerts(const QJsonArray& alerts);
    // Inserts or replaces (by id) and re-sorts.
    void upsert(const QJsonObject& alert);
    void clear();
    int unacknowledgedCount() const;
    int openCount() const;
    QJsonObject alert(qint64 id) const;

signals:
    void countsChanged();

private:
    void sortRows();
    std::vector<QJsonObject> m_rows;
};

} // namespace ioc::console
