// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/client/AuditClient.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace ioc::console {

// One page of the audit log, newest first as the server sends it. When the chain check found a
// broken link, the entry where it breaks is flagged so the view can point at it.
class AuditListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by AuditController")

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        AtRole, // QDateTime (UTC)
        ActorRole,
        RoleRole, // the actor's role
        ActionRole,
        TargetRole,
        DetailRole,
        AddressRole,
        BrokenRole, // true on the first entry whose hash does not match the chain
    };
    Q_ENUM(Role)

    explicit AuditListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces every row; `firstBrokenId` 0 when the chain is intact or was not checked.
    void setEntries(std::vector<client::AuditEntry> entries, qint64 firstBrokenId);
    void clear();

private:
    std::vector<client::AuditEntry> m_rows;
    qint64 m_firstBrokenId = 0;
};

} // namespace ioc::console
