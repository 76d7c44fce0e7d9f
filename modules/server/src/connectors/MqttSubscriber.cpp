// SPDX-License-Identifier: GPL-3.0-or-later
#include "MqttSubscriber.h"

#include "Log.h"
#include "PointMapper.h"
#include "TopicFilter.h"

#include <mosquitto.h>

#include <cerrno>
#include <cstring>

namespace ioc::server {

namespace {

// How long one mosquitto_loop() may wait for the socket: bounds how late stop() and the
// connect deadline are noticed, nothing else (the socket wakes the loop for traffic).
constexpr int kLoopTimeoutMs = 200;

void initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { mosquitto_lib_init(); });
}

std::string errorText(int rc, int savedErrno)
{
    if (rc == MOSQ_ERR_ERRNO)
        return std::strerror(savedErrno);
    if (rc == MOSQ_ERR_CONN_LOST)
        return "connection lost";
    return mosquitto_strerror(rc);
}

} // namespace

MqttSubscriber::MqttSubscriber(MqttConfig config, IngestService& ingest, SourceQuality& quality,
                               const domain::Clock& clock)
    : m_config(std::move(config))
    , m_ingest(ingest)
    , m_quality(quality)
    , m_clock(clock)
    , m_rng(std::random_device{}())
{
    for (const auto& s : m_config.subscriptions)
        m_sources.insert(s.source);
    m_status.id = "mqtt";
    m_status.kind = "mqtt";
}

MqttSubscriber::~MqttSubscriber()
{
    stop();
}

void MqttSubscriber::start()
{
    initLibrary();
    publish();
    m_thread = std::thread([this] { run(); });
}

void MqttSubscriber::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool MqttSubscriber::stopping()
{
    std::lock_guard lock(m_mutex);
    return m_stopping;
}

bool MqttSubscriber::waitBeforeRetry(std::chrono::milliseconds delay)
{
    std::unique_lock lock(m_mutex);
    return !m_cv.wait_for(lock, delay, [this] { return m_stopping; });
}

void MqttSubscriber::run()
{
    m_mosq = mosquitto_new(m_config.clientId.c_str(), true, this);
    if (!m_mosq) {
        down(std::string("cannot create the MQTT client: ") + std::strerror(errno));
        return;
    }
    if (!m_config.username.empty())
        mosquitto_username_pw_set(m_mosq, m_config.username.c_str(),
                                  m_config.password ? m_config.password->c_str() : nullptr);
    mosquitto_connect_callback_set(m_mosq, [](mosquitto *, void *self, int rc) {
        static_cast<MqttSubscriber *>(self)->onConnect(rc);
    });
    mosquitto_subscribe_callback_set(
        m_mosq, [](mosquitto *, void *self, int mid, int count, const int *granted) {
            static_cast<MqttSubscriber *>(self)->onSubscribe(mid, count, granted);
        });
    mosquitto_message_callback_set(m_mosq, [](mosquitto *, void *self, const mosquitto_message *m) {
        if (m)
            static_cast<MqttSubscriber *>(self)->onMessage(*m);
    });
    while (!stopping()) {
        session();
        if (stopping())
            break;
        const auto delay =
            backoffDelay(m_config.backoff, std::max<std::int64_t>(1, m_status.consecutiveFailures),
                         std::uniform_real_distribution<double>(0.0, 1.0)(m_rng));
        m_status.nextAttemptAt = m_clock.now() + delay;
        publish();
        if (!waitBeforeRetry(delay))
            break;
    }
    mosquitto_destroy(m_mosq);
    m_mosq = nullptr;
}

void MqttSubscriber::session()
{
    m_up = false;
    m_refusal.reset();
    m_pendingSubacks.clear();
    const std::string where = m_config.host + ":" + std::to_string(m_config.port);
    // Resolves the host (blocking, on this thread only) and starts a non-blocking connect.
    int rc = mosquitto_connect_async(m_mosq, m_config.host.c_str(), m_config.port,
                                     static_cast<int>(m_config.keepalive.count()));
    if (rc != MOSQ_ERR_SUCCESS)
        return down("connect to " + where + ": " + errorText(rc, errno));
    const auto deadline = std::chrono::steady_clock::now() + m_config.connectTimeout;
    while (true) {
        if (stopping()) {
            mosquitto_disconnect(m_mosq);
            mosquitto_loop(m_mosq, 0, 1); // sends DISCONNECT if the socket takes it right away
            return;
        }
        rc = mosquitto_loop(m_mosq, kLoopTimeoutMs, 1);
        const int savedErrno = errno;
        if (m_refusal) {
            mosquitto_disconnect(m_mosq);
            return down(*m_refusal);
        }
        if (rc != MOSQ_ERR_SUCCESS)
            return down(
                (m_up ? "connection to " + where + " lost: " : "connect to " + where + ": ") +
                errorText(rc, savedErrno));
        if (!m_up && std::chrono::steady_clock::now() > deadline) {
            mosquitto_disconnect(m_mosq);
            return down("no CONNACK/SUBACK from " + where + " within " +
                        std::to_string(m_config.connectTimeout.count()) + " s");
        }
    }
}

void MqttSubscriber::onConnect(int rc)
{
    if (rc != 0) {
        m_refusal = std::string("broker refused the connection: ") + mosquitto_connack_string(rc);
        return;
    }
    // A clean session forgets subscriptions: renew them on every (re)connect.
    for (const auto& s : m_config.subscriptions) {
        int mid = 0;
        const int r = mosquitto_subscribe(m_mosq, &mid, s.topic.c_str(), s.qos);
        if (r != MOSQ_ERR_SUCCESS) {
            m_refusal = "cannot subscribe to '" + s.topic + "': " + mosquitto_strerror(r);
            return;
        }
        m_pendingSubacks.insert(mid);
    }
}

void MqttSubscriber::onSubscribe(int mid, int count, const int *granted)
{
    for (int i = 0; i < count; ++i)
        if (granted[i] == 0x80)
            m_refusal = "broker refused a subscription (message id " + std::to_string(mid) + ")";
    m_pendingSubacks.erase(mid);
    if (m_pendingSubacks.empty() && !m_refusal && !m_up)
        up();
}

void MqttSubscriber::onMessage(const mosquitto_message& message)
{
    if (!message.topic)
        return;
    const std::string_view topic(message.topic);
    const MqttSubscription *sub = nullptr;
    for (const auto& s : m_config.subscriptions) {
        if (topicMatches(s.topic, topic)) {
            sub = &s;
            break;
        }
    }
    if (!sub)
        return; // overlapping or stale subscription on the broker: nothing maps it
    const auto size = static_cast<std::size_t>(std::max(0, message.payloadlen));
    if (size > m_config.maxPayloadBytes) {
        m_ingest.recordRejection(sub->source, "payload_too_large",
                                 "payload of " + std::to_string(size) + " bytes on '" +
                                     std::string(topic) + "' exceeds " +
                                     std::to_string(m_config.maxPayloadBytes));
        return;
    }
    const std::string_view payload(static_cast<const char *>(message.payload), size);
    auto mapped = mapMqttMessage(*sub, topic, payload, m_clock.now());
    auto outcome = m_ingest.ingestPoints(sub->source, mapped.points, std::move(mapped.rejections));
    if (!outcome)
        return;
    if (outcome->rejected > 0) {
        const auto& v = outcome->points.back();
        log(LogLevel::Warning, "mqtt_point_rejected",
            {{"topic", topic},
             {"source", sub->source},
             {"series", v.series},
             {"reason", v.reason},
             {"message", v.message}});
    }
    if (outcome->accepted > 0) {
        m_status.lastSuccessAt = m_clock.now();
        publish();
    }
}

void MqttSubscriber::up()
{
    m_up = true;
    log(LogLevel::Info, "mqtt_up",
        {{"broker", m_config.host + ":" + std::to_string(m_config.port)},
         {"subscriptions", std::to_string(m_config.subscriptions.size())},
         {"after_failures", std::to_string(m_status.consecutiveFailures)}});
    m_status.state = ConnectorStatus::State::Up;
    m_status.consecutiveFailures = 0;
    m_status.lastSuccessAt = m_clock.now();
    m_status.nextAttemptAt.reset();
    publish();
}

void MqttSubscriber::down(const std::string& error)
{
    m_up = false;
    m_status.state = ConnectorStatus::State::Down;
    ++m_status.consecutiveFailures;
    m_status.lastError = error;
    m_status.lastErrorAt = m_clock.now();
    log(LogLevel::Warning, "mqtt_down",
        {{"error", error}, {"failures", std::to_string(m_status.consecutiveFailures)}});
    publish();
}

void MqttSubscriber::publish()
{
    for (const auto& source : m_sources)
        m_quality.setConnectorStatus(source, m_status);
}

} // namespace ioc::server
