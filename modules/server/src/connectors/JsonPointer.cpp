// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonPointer.h"

namespace ioc::server {

std::optional<std::string> jsonPointerError(std::string_view pointer)
{
    if (pointer.empty())
        return std::nullopt;
    if (pointer.front() != '/')
        return "a JSON pointer must be empty or start with '/'";
    for (std::size_t i = 0; i < pointer.size(); ++i) {
        if (pointer[i] != '~')
            continue;
        if (i + 1 >= pointer.size() || (pointer[i + 1] != '0' && pointer[i + 1] != '1'))
            return "'~' in a JSON pointer must be followed by 0 or 1";
    }
    return std::nullopt;
}

const boost::json::value *resolveJsonPointer(const boost::json::value& root,
                                             std::string_view pointer)
{
    // Boost.JSON also reports the reason, but a miss is a miss to the mapping.
    boost::system::error_code ec;
    return root.find_pointer(pointer, ec);
}

} // namespace ioc::server
