// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/domain/HandoverDrafter.h"

#include <algorithm>
#include <map>

namespace ioc::domain {

namespace {
std::string incidentKey(const std::string& ref)
{
    return "incident:" + ref;
}

// What happened to an incident during the shift, most significant first.
std::string activityDuring(const IncidentFact& f, const ShiftInstance& shift)
{
    const auto within = [&](TimePoint t) { return t >= shift.start && t < shift.end; };
    if (f.closedAt && within(*f.closedAt))
        return "closed";
    if (within(f.createdAt))
        return "opened";
    if (within(f.updatedAt))
        return "changed";
    return "";
}

// Keeps each key once and marks what the previous handover already had open.
class ItemList
{
public:
    explicit ItemList(const std::optional<PreviousHandover>& previous)
    {
        if (previous)
            for (const auto& item : previous->items)
                if (item.open)
                    m_previousOpen.emplace(item.key, previous->id);
    }
    void add(HandoverItem item)
    {
        if (!m_keys.insert(item.key).second)
            return;
        if (item.open && !item.carriedFrom)
            if (auto it = m_previousOpen.find(item.key); it != m_previousOpen.end())
                item.carriedFrom = it->second;
        m_items.push_back(std::move(item));
    }
    std::vector<HandoverItem> take() { return std::move(m_items); }

private:
    std::map<std::string, std::int64_t> m_previousOpen;
    std::set<std::string> m_keys;
    std::vector<HandoverItem> m_items;
};

// Incident, alert, source and order items are regenerated from the current facts, so the
// previous handover's copies carry forward only while the fact still stands; what the drafter
// cannot re-derive (free items, items already carried) carries forward until settled.
bool carriesByItself(HandoverItemKind k)
{
    return k == HandoverItemKind::Free || k == HandoverItemKind::CarriedForward;
}

HandoverItem item(HandoverItemKind kind, std::string key, std::string title)
{
    HandoverItem i;
    i.kind = kind;
    i.key = std::move(key);
    i.title = std::move(title);
    return i;
}

bool moreUrgent(const IncidentFact *a, const IncidentFact *b)
{
    // A deadline before none, earlier before later, then higher severity, then ref.
    if (a->deadline.has_value() != b->deadline.has_value())
        return a->deadline.has_value();
    if (a->deadline && *a->deadline != *b->deadline)
        return *a->deadline < *b->deadline;
    if (a->severity != b->severity)
        return toInt(a->severity) > toInt(b->severity);
    return a->ref < b->ref;
}
} // namespace

bool isInForce(const StandingOrderFact& order, TimePoint t)
{
    return order.validFrom <= t && (!order.validTo || t < *order.validTo);
}

std::vector<HandoverItem> draftHandoverItems(const DraftInputs& in)
{
    ItemList list(in.previous);

    if (in.previous)
        for (const auto& prev : in.previous->items) {
            if (!prev.open || !carriesByItself(prev.kind))
                continue;
            auto i = prev;
            i.kind = HandoverItemKind::CarriedForward;
            i.open = !in.settledKeys.contains(prev.key);
            i.status = i.open ? "open" : "settled";
            i.carriedFrom = prev.carriedFrom.value_or(in.previous->id);
            list.add(std::move(i));
        }

    std::vector<const IncidentFact *> open;
    for (const auto& f : in.incidents)
        if (f.status != IncidentStatus::Closed)
            open.push_back(&f);
    std::sort(open.begin(), open.end(), moreUrgent);
    for (const auto *f : open) {
        const bool proposed = f->status == IncidentStatus::ResolutionProposed;
        auto i =
            item(proposed ? HandoverItemKind::AwaitingApproval : HandoverItemKind::OpenIncident,
                 incidentKey(f->ref), f->ref + " " + f->title);
        i.status = std::string(toString(f->status));
        i.owner = proposed ? f->proposedBy : f->assignee;
        i.deadline = f->deadline;
        i.severity = toInt(f->severity);
        i.activity = activityDuring(*f, in.shift);
        list.add(std::move(i));
    }

    auto alerts = in.alerts;
    std::sort(alerts.begin(), alerts.end(), [](const AlertFact& a, const AlertFact& b) {
        return a.severity != b.severity ? a.severity > b.severity : a.raisedAt < b.raisedAt;
    });
    for (const auto& a : alerts) {
        auto i = item(HandoverItemKind::Alert, "alert:" + a.id, a.label);
        i.status = a.acknowledged ? "acknowledged" : "active";
        i.severity = a.severity;
        i.deadline = a.raisedAt;
        list.add(std::move(i));
    }

    for (const auto& s : in.sources) {
        if (s.freshness == Freshness::Fresh)
            continue;
        auto i = item(HandoverItemKind::Source, "source:" + s.id, s.id);
        i.status = std::string(toString(s.freshness));
        i.deadline = s.lastReceivedAt;
        list.add(std::move(i));
    }

    for (const auto& o : in.standingOrders) {
        if (!isInForce(o, in.now))
            continue;
        auto i = item(HandoverItemKind::StandingOrder, "order:" + std::to_string(o.id), o.title);
        i.detail = o.text;
        i.owner = o.createdBy;
        i.deadline = o.validTo;
        i.status = "in_force";
        list.add(std::move(i));
    }

    // Closed during the shift: for information (open ones are listed above with their activity).
    for (const auto& f : in.incidents) {
        if (f.status != IncidentStatus::Closed)
            continue;
        auto what = activityDuring(f, in.shift);
        if (what.empty())
            continue;
        auto i =
            item(HandoverItemKind::IncidentActivity, incidentKey(f.ref), f.ref + " " + f.title);
        i.status = std::string(toString(f.status));
        i.owner = f.assignee;
        i.severity = toInt(f.severity);
        i.activity = what;
        i.open = false;
        list.add(std::move(i));
    }
    return list.take();
}

} // namespace ioc::domain
