// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QWebSocket>

// Plain HTTP/WebSocket access for tests: deliberately not the console's BackendClient, so the
// server's contract is checked independently of the client that relies on it.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;
};

HttpResult httpRequest(QNetworkAccessManager& nam, const QByteArray& method, const QUrl& url,
                       const QByteArray& body = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {});

class StreamRecorder : public QObject
{
    Q_OBJECT
public:
    explicit StreamRecorder(const QUrl& url);
    bool waitConnected(int timeoutMs = 10000);
    void close();

    QWebSocket socket;
    // One entry per seq: a series_batch listing every value of its range (how the server sends
    // several waiting messages in one frame) is recorded as the "series" messages it stands for;
    // a coalesced batch (fewer values than seqs) is kept as it is.
    QList<QJsonObject> messages;
    int frames = 0;        // WebSocket text messages received
    int joinedBatches = 0; // series_batch frames split into their messages
    int malformed = 0;
};
