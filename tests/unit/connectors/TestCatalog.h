// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SeriesCatalog.h"

#include <string>

namespace ioc::server::test {

// Two sources (dept.water polled, iot.air over MQTT) and their series, plus `connectors`
// spliced in as the registry's "connectors" section.
inline std::string registryWith(const std::string& connectors)
{
    std::string json = R"({"version": 1,
 "domains": [{"id": "env", "label": {"vi": "Môi trường", "en": "Environment"}, "article": "14.3.đ", "order": 1}],
 "sources": [{"id": "dept.water", "label": {"vi": "Sở NN"}, "kind": "department", "expected_interval_s": 60},
             {"id": "iot.air", "label": {"vi": "Cảm biến"}, "kind": "sensor", "expected_interval_s": 10}],
 "series": [{"id": "water.cam.level", "label": {"vi": "Mực nước Cấm"}, "domain": "env", "source": "dept.water"},
            {"id": "water.lach_tray.level", "label": {"vi": "Mực nước Lạch Tray"}, "domain": "env", "source": "dept.water"},
            {"id": "air.pm25", "label": {"vi": "PM2.5"}, "domain": "env", "source": "iot.air"},
            {"id": "air.s1.pm25", "label": {"vi": "PM2.5 s1"}, "domain": "env", "source": "iot.air"}])";
    if (!connectors.empty())
        json += ",\n \"connectors\": " + connectors;
    json += "}";
    return json;
}

inline SeriesCatalog testCatalog()
{
    auto c = parseSeriesCatalog(registryWith(""));
    return std::move(*c);
}

} // namespace ioc::server::test
