// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/client/TlsConfig.h"

#include <QFile>
#include <QSslCertificate>

namespace ioc::client {

bool makeTlsConfiguration(const QString& caFile, QSslConfiguration *config, QString *error)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read CA file %1: %2").arg(caFile, file.errorString());
            return false;
        }
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certificates.isEmpty()) {
            *error = QStringLiteral("no PEM certificate in CA file %1").arg(caFile);
            return false;
        }
        // Added to the system's authorities, not replacing them.
        tls.addCaCertificates(certificates);
    }
    *config = tls;
    return true;
}

} // namespace ioc::client
