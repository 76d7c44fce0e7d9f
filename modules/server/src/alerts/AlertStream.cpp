// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertStream.h"

#include <boost/json/serialize.hpp>

namespace ioc::server {

namespace bj = boost::json;

AlertService::Publish alertStreamPublisher(LiveData& live)
{
    return [&live](std::string_view type, std::string_view change, const bj::object& record) {
        live.publishEvent([&](std::int64_t seq) {
            bj::object message{{"seq", seq}, {"type", type}, {"change", change}};
            message[type] = record;
            return bj::serialize(message);
        });
    };
}

} // namespace ioc::server
