// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/storage/AuditRepository.h"

#include "ioc/storage/MetaRepository.h"
#include "ioc/storage/Statement.h"

#include <sodium.h>

#include <sqlite3.h>

namespace ioc::storage {

namespace {
constexpr std::string_view kHeadKey = "audit_head";

// Length-prefixed so that moving bytes between fields changes the hash.
void field(std::string& out, std::string_view v)
{
    out += std::to_string(v.size());
    out += ':';
    out += v;
}

std::string sha256Hex(std::string_view data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(data.data()), data.size());
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned char b : digest) {
        out += hex[b >> 4];
        out += hex[b & 0xF];
    }
    return out;
}

AuditEntry read(const Statement& q)
{
    AuditEntry e;
    e.id = q.int64(0);
    e.at = domain::TimePoint{domain::Milliseconds{q.int64(1)}};
    e.actor = q.text(2);
    e.role = q.text(3);
    e.action = q.text(4);
    e.target = q.text(5);
    e.details = q.text(6);
    e.prevHash = q.text(7);
    e.hash = q.text(8);
    return e;
}
} // namespace

const std::string& AuditRepository::genesisHash()
{
    static const std::string zero(64, '0');
    return zero;
}

std::string AuditRepository::entryHash(const AuditEntry& e)
{
    std::string canonical;
    field(canonical, e.prevHash);
    field(canonical, std::to_string(e.id));
    field(canonical, std::to_string(e.at.time_since_epoch().count()));
    field(canonical, e.actor);
    field(canonical, e.role);
    field(canonical, e.action);
    field(canonical, e.target);
    field(canonical, e.details);
    return sha256Hex(canonical);
}

AuditEntry AuditRepository::append(domain::TimePoint at, std::string actor, std::string role,
                                   std::string action, std::string target, std::string details)
{
    const bool ownTransaction = sqlite3_get_autocommit(m_db.handle()) != 0;
    std::optional<Transaction> tx;
    if (ownTransaction)
        tx.emplace(m_db);
    AuditEntry e;
    e.at = at;
    e.actor = std::move(actor);
    e.role = std::move(role);
    e.action = std::move(action);
    e.target = std::move(target);
    e.details = std::move(details);
    {
        Statement last(m_db, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
        if (last.step()) {
            e.id = last.int64(0) + 1;
            e.prevHash = last.text(1);
        } else {
            e.id = 1;
            e.prevHash = genesisHash();
        }
    }
    e.hash = entryHash(e);
    Statement ins(m_db, "INSERT INTO audit_log(id, at, actor, role, action, target, details, "
                        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, e.id)
        .bind(2, std::int64_t{e.at.time_since_epoch().count()})
        .bind(3, e.actor)
        .bind(4, e.role)
        .bind(5, e.action)
        .bind(6, e.target)
        .bind(7, e.details)
        .bind(8, e.prevHash)
        .bind(9, e.hash);
    ins.run();
    MetaRepository(m_db).set(kHeadKey, std::to_string(e.id) + ":" + e.hash);
    if (tx)
        tx->commit();
    return e;
}

std::vector<AuditEntry> AuditRepository::list(std::int64_t afterId, int limit)
{
    std::vector<AuditEntry> out;
    Statement q(m_db, "SELECT id, at, actor, role, action, target, details, prev_hash, hash "
                      "FROM audit_log WHERE id > ? ORDER BY id LIMIT ?");
    q.bind(1, afterId).bind(2, std::int64_t{limit});
    while (q.step())
        out.push_back(read(q));
    return out;
}

AuditVerdict AuditRepository::verify()
{
    AuditVerdict v;
    std::string prev = genesisHash();
    std::int64_t expectedId = 1;
    Statement q(m_db, "SELECT id, at, actor, role, action, target, details, prev_hash, hash "
                      "FROM audit_log ORDER BY id");
    auto broken = [&](std::int64_t id, std::string reason) {
        v.ok = false;
        v.firstBrokenId = id;
        v.reason = std::move(reason);
    };
    while (q.step()) {
        const AuditEntry e = read(q);
        ++v.entries;
        if (e.id != expectedId) {
            broken(expectedId, "entry " + std::to_string(expectedId) + " is missing");
            return v;
        }
        if (e.prevHash != prev) {
            broken(e.id, "does not link to the previous entry");
            return v;
        }
        if (entryHash(e) != e.hash) {
            broken(e.id, "content does not match its hash (edited)");
            return v;
        }
        prev = e.hash;
        ++expectedId;
    }
    // The head in meta catches a truncated tail, which the chain alone cannot.
    const auto head = MetaRepository(m_db).get(kHeadKey);
    const std::string actual = v.entries ? std::to_string(expectedId - 1) + ":" + prev : "";
    if (head.value_or("") != actual)
        broken(expectedId, "the log ends before its recorded head (entries removed)");
    return v;
}

std::vector<AuditEntry> AuditRepository::search(const AuditFilter& q)
{
    std::string sql = "SELECT id, at, actor, role, action, target, details, prev_hash, hash "
                      "FROM audit_log WHERE 1=1";
    if (!q.actor.empty())
        sql += " AND actor = ?1";
    if (!q.action.empty())
        sql += " AND action = ?2";
    if (q.from)
        sql += " AND at >= ?3";
    if (q.to)
        sql += " AND at < ?4";
    sql += " ORDER BY id DESC LIMIT ?5";
    Statement st(m_db, sql);
    if (!q.actor.empty())
        st.bind(1, q.actor);
    if (!q.action.empty())
        st.bind(2, q.action);
    if (q.from)
        st.bind(3, std::int64_t{q.from->time_since_epoch().count()});
    if (q.to)
        st.bind(4, std::int64_t{q.to->time_since_epoch().count()});
    st.bind(5, std::int64_t{q.limit});
    std::vector<AuditEntry> out;
    while (st.step())
        out.push_back(read(st));
    return out;
}

} // namespace ioc::storage
