// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/client/Backoff.h"
#include "ioc/client/Endpoints.h"

#include <QTest>

using namespace std::chrono_literals;
using ioc::client::Backoff;

class tst_ClientBasics : public QObject
{
    Q_OBJECT

private slots:
    void backoffDoublesToCapAndResets()
    {
        Backoff b(500ms, 10s);
        QCOMPARE(b.next(), 500ms);
        QCOMPARE(b.next(), 1000ms);
        QCOMPARE(b.next(), 2000ms);
        QCOMPARE(b.next(), 4000ms);
        QCOMPARE(b.next(), 8000ms);
        QCOMPARE(b.next(), 10000ms);
        QCOMPARE(b.next(), 10000ms);
        b.reset();
        QCOMPARE(b.next(), 500ms);
    }

    void urls()
    {
        using ioc::client::apiUrl;
        using ioc::client::streamUrl;
        const QUrl base(QStringLiteral("http://127.0.0.1:8686"));
        QCOMPARE(apiUrl(base, QStringLiteral("series")).toString(),
                 QStringLiteral("http://127.0.0.1:8686/api/v1/series"));
        QCOMPARE(streamUrl(base, 42).toString(),
                 QStringLiteral("ws://127.0.0.1:8686/api/v1/stream?since=42"));
        QCOMPARE(streamUrl(QUrl(QStringLiteral("https://ioc.example/prefix/")), 7).toString(),
                 QStringLiteral("wss://ioc.example/prefix/api/v1/stream?since=7"));
    }
};

QTEST_GUILESS_MAIN(tst_ClientBasics)
#include "tst_ClientBasics.moc"
