// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoverStream.h"

#include "../LiveData.h"

#include "ioc/protocol/Stream.h"

namespace ioc::server {

HandoverService::Publish handoverStreamPublisher(LiveData& live)
{
    return
        [&live](std::string_view type, std::string_view change, const boost::json::object& record) {
            live.publishEvent([&](std::int64_t seq) {
                return protocol::encodeStreamMessage(
                    {seq, protocol::RecordUpdate{std::string(type), std::string(change), record}});
            });
        };
}

} // namespace ioc::server
