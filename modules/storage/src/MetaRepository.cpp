// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/MetaRepository.h"

#include "ioc/storage/Statement.h"

namespace ioc::storage {

std::optional<std::string> MetaRepository::get(std::string_view key)
{
    Statement q(m_db, "SELECT value FROM meta WHERE key = ?");
    q.bind(1, key);
    if (!q.step())
        return std::nullopt;
    return q.text(0);
}

void MetaRepository::set(std::string_view key, std::string_view value)
{
    Statement st(m_db, "INSERT INTO meta(key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value).run();
}

} // namespace ioc::storage
