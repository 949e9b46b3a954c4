#include "JsonLinesExporter.h"

#include "RecordJson.h"
#include "domain/Entities.h"
#include "store/RecordRepository.h"

#include <QJsonDocument>

namespace trellis::io {

JsonLinesExporter::Report JsonLinesExporter::exportTo(QIODevice& out)
{
    Report report;
    RecordRepository repository(m_db);
    for (const auto& def : domain::Entities::all()) {
        // The audit trail belongs to this store: it is not caseload data, and importing it
        // elsewhere would put events in that store's trail that never happened there.
        if (def.name == domain::entity::AuditEvent)
            continue;
        auto visited = repository.forEach(def, [&](const domain::Record& record) {
            QByteArray line = QJsonDocument(RecordJson::toJson(record)).toJson(QJsonDocument::Compact);
            line.append('\n');
            if (out.write(line) != line.size()) {
                report.failure = QStringLiteral("could not write the export: %1").arg(out.errorString());
                return false;
            }
            ++report.records;
            ++report.perEntity[def.name];
            return true;
        });
        if (!visited.ok())
            report.failure = visited.error().message;
        if (!report.failure.isEmpty())
            return report;
    }
    report.ok = true;
    return report;
}

} // namespace trellis::io
