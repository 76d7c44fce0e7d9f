// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace ioc::console {

// One handover (GET /api/v1/handovers/{id}) as an administrative record on A4: centre name,
// shift and times, the items, notes, queries, annotations, and the signer's and acknowledger's
// lines. The record is in Vietnamese whatever the console's language: it is a document of a
// Vietnamese state body (the console shows the same data translated). Noto fonts carry the
// diacritics. Returns an empty string on success, else why it failed.
QString writeHandoverPdf(const QJsonObject& handover, const QString& path);

// The HTML laid out in the PDF (kept separate so a test can read what is written).
QString handoverRecordHtml(const QJsonObject& handover);

} // namespace ioc::console
