// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertStream.h"

#include "ioc/protocol/Stream.h"

namespace ioc::server {

AlertService::Publish alertStreamPublisher(LiveData& live)
{
    return [&live](std::string_view type, std::string_view change, const boost::json::object& record) {
        live.publishEvent([&](std::int64_t seq) {
            return protocol::encodeStreamMessage(
                {seq, protocol::RecordUpdate{std::string(type), std::string(change), record}});
        });
    };
}

} // namespace ioc::server
