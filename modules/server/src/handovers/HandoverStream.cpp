// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoverStream.h"

#include "../LiveData.h"

#include "ioc/protocol/JsonText.h"

#include <boost/json/serialize.hpp>

namespace ioc::server {

HandoverService::Publish handoverStreamPublisher(LiveData& live)
{
    return
        [&live](std::string_view type, std::string_view change, const boost::json::object& record) {
            // The generic record update of the stream (session 3 contract), written here until
            // protocol::RecordUpdate is on main; the wire is the same.
            live.publishEvent([&](std::int64_t seq) {
                std::string out = "{\"seq\":";
                protocol::json::appendInt(out, seq);
                out += ",\"type\":";
                protocol::json::appendString(out, type);
                out += ",\"change\":";
                protocol::json::appendString(out, change);
                out += ',';
                protocol::json::appendString(out, type);
                out += ':';
                out += boost::json::serialize(record);
                out += '}';
                return out;
            });
        };
}

} // namespace ioc::server
