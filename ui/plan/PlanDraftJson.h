#pragma once

#include <QDate>

#include "domain/Record.h"

#include <QJsonObject>
#include <QList>

namespace trellis::ui {

// The safety plan editor's unsaved state as JSON for the DraftStore: the header fields a worker
// edits and every item with its id, section and content. Stamps are not kept: the store takes
// them from the stored rows when the draft is finally saved.
class PlanDraftJson {
public:
    static QJsonObject write(const QString& planId, const domain::Record& plan, const QList<domain::Record>& items);
    static QString planId(const QJsonObject& draft);
    // Puts the draft's header values over `plan` (absent ones cleared) and returns its items.
    static void readHeader(const QJsonObject& draft, domain::Record& plan);
    static QList<domain::Record> readItems(const QJsonObject& draft);
};

} // namespace trellis::ui
