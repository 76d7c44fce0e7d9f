// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonArray>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace ioc::console {

// The data-source board ("đúng, đủ, sạch, sống"): every department, commune and sensor source
// from GET /api/v1/sources, overdue ones first (most overdue at the top), then by name.
class SourceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by SourcesController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countChanged)

public:
    enum Role {
        SourceIdRole = Qt::UserRole + 1,
        LabelRole,
        KindRole,             // department | commune | sensor | …
        ExpectedIntervalRole, // seconds
        LastReceivedAtRole,
        StatusRole,   // freshness: no_data | fresh | late | stale
        LatenessRole, // seconds past due, 0 when on time
        OverdueRole,
        GapsRole,
        AcceptedRole,
        RejectedRole,
        RejectedReasonsRole, // "future_time 2, bad_value 1"
        ConnectorStateRole,  // worst connector state ("" for push-only sources)
        ConnectorErrorRole,
        UrgeCountRole,
        LastUrgeAtRole,
        LastUrgeByRole,
        LastUrgeNoteRole,
    };
    Q_ENUM(Role)

    explicit SourceListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The "sources" array of GET /api/v1/sources.
    void setSources(const QJsonArray& sources);
    void setLanguage(const QString& language);
    int overdueCount() const;
    Q_INVOKABLE QString sourceIdAt(int row) const;

signals:
    void countChanged();

private:
    struct Row
    {
        QString id;
        QString labelVi;
        QString labelEn;
        QString kind;
        qint64 interval = 0;
        QDateTime lastReceived;
        QString status;
        qint64 lateness = 0;
        qint64 gaps = 0;
        qint64 accepted = 0;
        qint64 rejected = 0;
        QString reasons;
        QString connectorState;
        QString connectorError;
        int urgeCount = 0;
        QDateTime lastUrgeAt;
        QString lastUrgeBy;
        QString lastUrgeNote;
        bool overdue() const;
    };
    static Row rowFrom(const QJsonObject& o);

    std::vector<Row> m_rows;
    QString m_language = QStringLiteral("vi");
};

} // namespace ioc::console
