#include "JsonLinesImporter.h"

#include "RecordJson.h"
#include "domain/Entities.h"
#include "store/AuditLog.h"
#include "store/RecordRepository.h"
#include "store/Transaction.h"
#include "sync/Outbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcImport, "trellis.import")

namespace trellis::io {

using domain::EntityDef;
using domain::Entities;
using domain::Record;

namespace {

constexpr qint64 kProgressEvery = 10000;

struct PendingReference {
    qint64 line;
    QString field;
    const EntityDef* target;
    QUuid id;
};

// Reads a JSON Lines file one line at a time, numbering lines from 1 and skipping blank ones.
class LineReader {
public:
    explicit LineReader(const QString& path) : m_file(path) {}
    bool open() { return m_file.open(QIODevice::ReadOnly); }
    QString errorString() const { return m_file.errorString(); }
    bool next(QByteArray& line, qint64& number)
    {
        while (!m_file.atEnd()) {
            line = m_file.readLine();
            number = ++m_line;
            if (!line.trimmed().isEmpty())
                return true;
        }
        return false;
    }

private:
    QFile m_file;
    qint64 m_line = 0;
};

// Parses one line into a record; problems are added to `errors` with the line number.
std::optional<Record> decodeLine(const QByteArray& text, qint64 line, QList<JsonLinesImporter::LineError>& errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.append({line, {}, QStringLiteral("is not valid JSON (%1 at character %2)")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset + 1)});
        return std::nullopt;
    }
    if (!doc.isObject()) {
        errors.append({line, {}, QStringLiteral("must be a JSON object with an \"entity\" key")});
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    const QString entityName = object.value(QStringLiteral("entity")).toString();
    const EntityDef* def = Entities::find(entityName);
    if (!def) {
        errors.append({line, QStringLiteral("entity"),
                       entityName.isEmpty() ? QStringLiteral("is missing")
                                            : QStringLiteral("is not a kind of record Trellis knows")});
        return std::nullopt;
    }
    if (def->name == domain::entity::AuditEvent) {
        // Only Trellis writes its audit trail; a file must not add (or backdate) events in it.
        errors.append({line, QStringLiteral("entity"),
                       QStringLiteral("is an audit event; the audit trail cannot be imported")});
        return std::nullopt;
    }
    domain::ValidationIssues issues;
    Record record = RecordJson::fromJson(object, *def, issues);
    for (const auto& issue : issues)
        errors.append({line, issue.field, issue.message});
    if (!issues.isEmpty())
        return std::nullopt;
    return record;
}

} // namespace

QString JsonLinesImporter::LineError::toString() const
{
    return field.isEmpty() ? QStringLiteral("line %1: %2").arg(line).arg(message)
                           : QStringLiteral("line %1: %2 %3").arg(line).arg(field, message);
}

JsonLinesImporter::JsonLinesImporter(Database& db, domain::Validator validator, QString actor)
    : m_db(db)
    , m_validator(validator)
    , m_actor(std::move(actor))
{
}

JsonLinesImporter::Report JsonLinesImporter::importFile(const QString& path)
{
    Report report = checkAndWrite(path);
    if (!report.ok) {
        // Everything was rolled back; counts of what was written before the failure mean nothing.
        report.records = 0;
        report.perEntity.clear();
    }
    return report;
}

JsonLinesImporter::Report JsonLinesImporter::checkAndWrite(const QString& path)
{
    Report report;
    RecordRepository repository(m_db);

    // Pass 1: read and check everything; remember ids and the references to resolve.
    QHash<const EntityDef*, QHash<QUuid, qint64>> idsInFile;
    QList<PendingReference> references;
    {
        LineReader reader(path);
        if (!reader.open()) {
            report.failure = QStringLiteral("cannot read %1: %2").arg(path, reader.errorString());
            return report;
        }
        QByteArray text;
        qint64 line = 0;
        while (reader.next(text, line)) {
            if (m_progress && line % kProgressEvery == 0)
                m_progress(line, QStringLiteral("checking"));
            auto record = decodeLine(text, line, report.errors);
            if (!record)
                continue;
            const auto issues = m_validator.validate(*record);
            for (const auto& issue : issues) {
                if (issue.isError())
                    report.errors.append({line, issue.field, issue.message});
                else
                    ++report.warnings;
            }
            const EntityDef& def = record->def();
            const QUuid id = QUuid::fromString(record->id());
            if (!id.isNull()) {
                auto& seen = idsInFile[&def];
                if (const auto earlier = seen.constFind(id); earlier != seen.constEnd()) {
                    report.errors.append({line, QStringLiteral("id"),
                                          QStringLiteral("repeats the id of line %1").arg(*earlier)});
                } else {
                    seen.insert(id, line);
                    auto inStore = repository.exists(def, record->id());
                    if (!inStore.ok()) {
                        report.failure = inStore.error().message;
                        return report;
                    }
                    if (inStore.value())
                        report.errors.append({line, QStringLiteral("id"),
                                              QStringLiteral("belongs to a %1 already in the store").arg(def.label)});
                }
            }
            for (const auto& field : def.fields) {
                if (field.type == domain::FieldType::Reference && record->has(field.name))
                    references.append({line, field.name, Entities::find(field.target),
                                       QUuid::fromString(record->text(field.name))});
            }
        }
    }
    for (const auto& ref : references) {
        if (ref.id.isNull() || idsInFile.value(ref.target).contains(ref.id))
            continue;
        auto inStore = repository.exists(*ref.target, ref.id.toString(QUuid::WithoutBraces));
        if (inStore.ok() && !inStore.value())
            report.errors.append({ref.line, ref.field,
                                  QStringLiteral("refers to a %1 that is neither in this file nor in the store")
                                      .arg(ref.target->label)});
    }
    if (!report.errors.isEmpty())
        return report;

    // Pass 2: the file is sound; write it in one transaction. Foreign keys are checked at
    // commit so records may come in any order.
    Transaction transaction(m_db);
    if (!transaction.began()) {
        report.failure = m_db.lastError().message;
        return report;
    }
    (void)m_db.exec("PRAGMA defer_foreign_keys = ON");
    LineReader reader(path);
    if (!reader.open()) {
        report.failure = QStringLiteral("cannot read %1: %2").arg(path, reader.errorString());
        return report;
    }
    QByteArray text;
    qint64 line = 0;
    QList<LineError> unexpected;
    while (reader.next(text, line)) {
        if (m_progress && line % kProgressEvery == 0)
            m_progress(line, QStringLiteral("writing"));
        auto record = decodeLine(text, line, unexpected);
        if (!record || !unexpected.isEmpty()) {
            report.failure = QStringLiteral("line %1 changed while it was being imported").arg(line);
            return report;
        }
        // Validating again normalises phone numbers and text as in pass 1, and catches a file
        // that was changed between the passes.
        if (domain::hasErrors(m_validator.validate(*record))) {
            report.failure = QStringLiteral("line %1 changed while it was being imported").arg(line);
            return report;
        }
        if (auto inserted = repository.insert(*record); !inserted.ok()) {
            report.failure = QStringLiteral("line %1: %2").arg(line).arg(inserted.error().message);
            return report;
        }
        ++report.records;
        ++report.perEntity[record->entity()];
    }
    // Imported records sync like any other local change: the whole file is one batch. An item
    // may come before its plan, when its young person could not yet be found.
    if (auto owned = sync::Outbox(m_db).fillPlanItemOwners(); !owned.ok()) {
        report.failure = owned.error().message;
        return report;
    }
    AuditLog audit(m_db, m_actor);
    if (auto logged = audit.record(AuditLog::Action::Import, {}, {}, report.records); !logged.ok()) {
        report.failure = logged.error().message;
        return report;
    }
    if (auto committed = transaction.commit(); !committed.ok()) {
        report.failure = committed.error().message;
        report.records = 0;
        report.perEntity.clear();
        return report;
    }
    report.ok = true;
    qCInfo(lcImport) << "imported" << report.records << "records";
    return report;
}

} // namespace trellis::io
