// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace ioc::client {

// `base` is the backend's root, e.g. http://127.0.0.1:8686 (a path prefix is kept).
// apiUrl(base, "series") → http://127.0.0.1:8686/api/v1/series
QUrl apiUrl(const QUrl& base, const QString& resource);
// ws://…/api/v1/stream?since=SEQ (wss:// for an https base).
QUrl streamUrl(const QUrl& base, qint64 since);

} // namespace ioc::client
