#include "domain/TimeOrderedId.h"
#include "SafetyPlanStore.h"

#include "AuditLog.h"
#include "RecordRepository.h"
#include "Transaction.h"
#include "domain/Entities.h"
#include "domain/SafetyPlanDiff.h"
#include "domain/Validator.h"
#include "session/Clock.h"

#include <QHash>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcPlans, "trellis.store.plans")

namespace trellis {

using domain::Entities;
using domain::Record;
using domain::SafetyPlanVersion;
using Kind = StoreError::Kind;
namespace entity = domain::entity;

namespace {

const QString kStatus = QStringLiteral("status");
const QString kSection = QStringLiteral("section");
const QString kPosition = QStringLiteral("position");
const QString kPlanId = QStringLiteral("safety_plan_id");
const QString kYoungPersonId = QStringLiteral("young_person_id");
const QString kVersion = QStringLiteral("version");

const domain::EntityDef& planDef() { return Entities::get(entity::SafetyPlan); }
const domain::EntityDef& itemDef() { return Entities::get(entity::SafetyPlanItem); }

struct PlanSql {
    QByteArray byYoungPerson;
    QByteArray byId;
    QByteArray activeFor;
    QByteArray items;
};

// Column names come from the fixed entity definitions; every value is bound.
const PlanSql& planSql()
{
    static const PlanSql sql = [] {
        const QString planColumns = planDef().columnNames().join(QStringLiteral(", "));
        const QString itemColumns = itemDef().columnNames().join(QStringLiteral(", "));
        QString order;
        const QStringList sections = SafetyPlanVersion::sections();
        for (int i = 0; i < sections.size(); ++i)
            order += QStringLiteral(" WHEN '%1' THEN %2").arg(sections[i]).arg(i);
        PlanSql built;
        // Column lists come from the fixed EntityDef table; every value is bound.
        built.byYoungPerson = QStringLiteral("SELECT %1 FROM safety_plan WHERE young_person_id = ?1 AND deleted = 0 "
                                             "ORDER BY version DESC")
                                  .arg(planColumns)
                                  .toUtf8();
        built.byId = QStringLiteral("SELECT %1 FROM safety_plan WHERE id = ?1 AND deleted = 0").arg(planColumns).toUtf8();
        built.activeFor = QStringLiteral("SELECT %1 FROM safety_plan WHERE young_person_id = ?1 AND status = 'active'")
                              .arg(planColumns)
                              .toUtf8();
        built.items = QStringLiteral("SELECT %1 FROM safety_plan_item WHERE safety_plan_id = ?1 AND deleted = 0 "
                                     "ORDER BY CASE section%2 ELSE 99 END, position, rowid")
                          .arg(itemColumns, order)
                          .toUtf8();
        return built;
    }();
    return sql;
}

QString newId() { return domain::createTimeOrderedId(); }

bool sameItem(const Record& a, const Record& b)
{
    QStringList fields = SafetyPlanVersion::itemContentFields();
    fields << kSection << kPosition;
    for (const QString& field : std::as_const(fields)) {
        if (a.has(field) != b.has(field) || (a.has(field) && a.value(field) != b.value(field)))
            return false;
    }
    return true;
}

// Item issues name the section and the item's place, so the editor can say which one is wrong.
void addItemIssues(const Record& item, const domain::ValidationIssues& found, domain::ValidationIssues& issues)
{
    for (domain::ValidationIssue issue : found) {
        issue.label = QCoreApplication::translate("SafetyPlanStore", "%1, item %2: %3")
                          .arg(domain::SafetyPlanDiff::sectionTitle(item.text(kSection)))
                          .arg(item.value(kPosition).toLongLong() + 1)
                          .arg(issue.label);
        issues << issue;
    }
}

} // namespace

SafetyPlanStore::SafetyPlanStore(Database& db, const Clock& clock, QString actor)
    : m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
}

Result<QList<Record>> SafetyPlanStore::plans(const QByteArray& sql, const QString& key)
{
    auto& stmt = m_db.cached(sql.constData());
    stmt.bind(1, key);
    QList<Record> found;
    while (stmt.next())
        found << RecordRepository::readFields(stmt, planDef());
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return found;
}

Result<QList<Record>> SafetyPlanStore::items(const QString& planId)
{
    auto& stmt = m_db.cached(planSql().items.constData());
    stmt.bind(1, planId);
    QList<Record> found;
    while (stmt.next())
        found << RecordRepository::readFields(stmt, itemDef());
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return found;
}

Result<QList<SafetyPlanVersion>> SafetyPlanStore::versions(const QString& youngPersonId)
{
    auto found = plans(planSql().byYoungPerson, youngPersonId);
    if (!found.ok())
        return found.error();
    QList<SafetyPlanVersion> result;
    for (Record& plan : found.value()) {
        auto planItems = items(plan.id());
        if (!planItems.ok())
            return planItems.error();
        result.append(SafetyPlanVersion{std::move(plan), planItems.takeValue()});
    }
    return result;
}

Result<std::optional<SafetyPlanVersion>> SafetyPlanStore::version(const QString& planId)
{
    auto found = plans(planSql().byId, planId);
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return std::optional<SafetyPlanVersion>{};
    auto planItems = items(planId);
    if (!planItems.ok())
        return planItems.error();
    return std::optional<SafetyPlanVersion>(SafetyPlanVersion{found.value().first(), planItems.takeValue()});
}

SafetyPlanVersion SafetyPlanStore::blankDraft(const QString& youngPersonId, qlonglong version) const
{
    Record plan(planDef());
    plan.set(QStringLiteral("id"), newId());
    plan.set(kYoungPersonId, youngPersonId);
    plan.set(kVersion, QVariant::fromValue<qlonglong>(version));
    plan.set(kStatus, QStringLiteral("draft"));
    return SafetyPlanVersion{plan, {}};
}

Result<SafetyPlanStore::Outcome> SafetyPlanStore::saveDraft(SafetyPlanVersion draft)
{
    const QDateTime now = m_clock.now();
    Record& plan = draft.plan;
    if (plan.id().isEmpty())
        plan.set(QStringLiteral("id"), newId());
    const QString planId = plan.id();

    Transaction transaction(m_db);
    if (!transaction.began())
        return m_db.lastError();
    RecordRepository repository(m_db);
    auto stored = repository.find(planDef(), planId);
    if (!stored.ok())
        return stored.error();
    const bool isNew = !stored.value().has_value();
    if (!isNew && stored.value()->text(kStatus) != QLatin1String("draft"))
        return StoreError::make(Kind::Invalid, QStringLiteral("An active or superseded safety plan is never changed: "
                                                              "make a new version to change it."));
    if (!isNew && stored.value()->text(kYoungPersonId) != plan.text(kYoungPersonId))
        return StoreError::make(Kind::Invalid, QStringLiteral("This safety plan belongs to another young person."));
    if (plan.text(kStatus) != QLatin1String("draft"))
        return StoreError::make(Kind::Invalid, QStringLiteral("Only a draft can be saved; activate it to make it "
                                                              "the plan in use."));
    if (isNew) {
        if (!plan.has(kVersion)) {
            auto& next = m_db.cached("SELECT coalesce(max(version), 0) + 1 FROM safety_plan WHERE young_person_id = ?1");
            next.bind(1, plan.text(kYoungPersonId));
            const qlonglong number = next.next() ? next.integer(0) : 1;
            next.reset();
            plan.set(kVersion, QVariant::fromValue(number));
        }
        plan.stampNew(m_actor, now);
    } else {
        plan.set(QStringLiteral("created_at"), stored.value()->value(QStringLiteral("created_at")));
        plan.set(QStringLiteral("created_by"), stored.value()->value(QStringLiteral("created_by")));
        plan.stampUpdated(m_actor, now);
    }

    // Positions are rewritten from the list order, so the store always holds 0, 1, 2... per section.
    QHash<QString, int> nextPosition;
    for (Record& item : draft.items) {
        item.set(kPlanId, planId);
        item.set(kPosition, QVariant::fromValue<qlonglong>(nextPosition[item.text(kSection)]++));
    }

    const domain::Validator validator(m_clock.today());
    Outcome outcome;
    outcome.issues = validator.validate(plan);
    for (Record& item : draft.items) {
        if (item.id().isEmpty())
            item.set(QStringLiteral("id"), newId());
        if (!item.has(QStringLiteral("created_at")))
            item.stampNew(m_actor, now);
        addItemIssues(item, validator.validate(item), outcome.issues);
    }
    if (domain::hasErrors(outcome.issues))
        return outcome;

    if (auto written = isNew ? repository.insert(plan) : repository.update(plan); !written.ok())
        return written.error();
    if (auto written = writeItems(planId, draft.items, now); !written.ok())
        return written.error();
    AuditLog audit(m_db, m_actor);
    if (auto logged = audit.record(isNew ? AuditLog::Action::Create : AuditLog::Action::Update, entity::SafetyPlan,
                                   planId, draft.items.size(), now);
        !logged.ok())
        return logged.error();
    if (auto committed = transaction.commit(); !committed.ok())
        return committed.error();
    qCDebug(lcPlans) << "saved plan draft" << planId << "items" << draft.items.size();

    auto reread = version(planId);
    if (!reread.ok())
        return reread.error();
    outcome.saved = true;
    outcome.version = reread.value();
    return outcome;
}

Result<void> SafetyPlanStore::writeItems(const QString& planId, QList<Record>& planItems, const QDateTime& now)
{
    auto storedItems = items(planId);
    if (!storedItems.ok())
        return storedItems.error();
    QHash<QString, Record> stored;
    for (const Record& item : storedItems.value())
        stored.insert(item.id(), item);

    RecordRepository repository(m_db);
    for (Record& item : planItems) {
        const auto it = stored.constFind(item.id());
        if (it == stored.constEnd()) {
            if (auto inserted = repository.insert(item); !inserted.ok())
                return inserted.error();
            continue;
        }
        // Unchanged items are left alone, so sync does not push what nobody changed.
        if (!sameItem(*it, item)) {
            item.set(QStringLiteral("created_at"), it->value(QStringLiteral("created_at")));
            item.set(QStringLiteral("created_by"), it->value(QStringLiteral("created_by")));
            item.stampUpdated(m_actor, now);
            if (auto updated = repository.update(item); !updated.ok())
                return updated.error();
        }
        stored.remove(item.id());
    }
    // Removed items stay in the store marked deleted, so the removal syncs like any other change.
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (auto removed = repository.remove(itemDef(), it.key(), m_actor, now); !removed.ok())
            return removed;
    }
    return {};
}

Result<SafetyPlanVersion> SafetyPlanStore::newVersion(const QString& youngPersonId)
{
    auto all = versions(youngPersonId);
    if (!all.ok())
        return all.error();
    if (all.value().isEmpty())
        return StoreError::make(Kind::Invalid, QStringLiteral("There is no safety plan to make a new version of."));
    const SafetyPlanVersion& latest = all.value().first();
    if (latest.isDraft())
        return latest;
    const SafetyPlanVersion* source = &latest;
    for (const SafetyPlanVersion& candidate : all.value()) {
        if (candidate.status() == QLatin1String("active"))
            source = &candidate;
    }

    const QDateTime now = m_clock.now();
    SafetyPlanVersion copy = blankDraft(youngPersonId, latest.version() + 1);
    for (const QString& field : {QStringLiteral("code_word"), QStringLiteral("own_words"),
                                 QStringLiteral("review_date")})
        copy.plan.set(field, source->plan.value(field));
    copy.plan.stampNew(m_actor, now);
    for (const Record& original : source->items) {
        Record item(itemDef());
        for (const QString& field : SafetyPlanVersion::itemContentFields())
            item.set(field, original.value(field));
        item.set(kSection, original.value(kSection));
        item.set(kPosition, original.value(kPosition));
        item.set(kPlanId, copy.plan.id());
        item.stampNew(m_actor, now);
        copy.items << item;
    }

    Transaction transaction(m_db);
    if (!transaction.began())
        return m_db.lastError();
    RecordRepository repository(m_db);
    if (auto inserted = repository.insert(copy.plan); !inserted.ok())
        return inserted.error();
    for (const Record& item : std::as_const(copy.items)) {
        if (auto inserted = repository.insert(item); !inserted.ok())
            return inserted.error();
    }
    AuditLog audit(m_db, m_actor);
    if (auto logged = audit.record(AuditLog::Action::Create, entity::SafetyPlan, copy.plan.id(), copy.items.size(), now);
        !logged.ok())
        return logged.error();
    if (auto committed = transaction.commit(); !committed.ok())
        return committed.error();
    qCDebug(lcPlans) << "new plan version" << copy.plan.id() << "from" << source->id();
    return copy;
}

Result<SafetyPlanStore::Outcome> SafetyPlanStore::activate(const QString& planId)
{
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.began())
        return m_db.lastError();
    auto found = plans(planSql().byId, planId);
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return StoreError::make(Kind::Invalid, QStringLiteral("The safety plan to activate is not in the store."));
    Record plan = found.value().first();
    if (plan.text(kStatus) != QLatin1String("draft"))
        return StoreError::make(Kind::Invalid, QStringLiteral("Only a draft safety plan can be activated."));
    plan.set(kStatus, QStringLiteral("active"));
    plan.set(QStringLiteral("activated_at"), now.toUTC());
    plan.stampUpdated(m_actor, now);
    Outcome outcome;
    outcome.issues = domain::Validator(m_clock.today()).validate(plan);
    if (domain::hasErrors(outcome.issues))
        return outcome;

    // Supersede first: the partial unique index allows one active plan per young person at a time.
    // Through the repository, so each superseded plan's status change syncs in this batch.
    auto active = plans(planSql().activeFor, plan.text(kYoungPersonId));
    if (!active.ok())
        return active.error();
    RecordRepository repository(m_db);
    AuditLog audit(m_db, m_actor);
    for (Record& previous : active.value()) {
        previous.set(kStatus, QStringLiteral("superseded"));
        previous.stampUpdated(m_actor, now);
        if (auto updated = repository.update(previous); !updated.ok())
            return updated.error();
        if (auto logged = audit.record(AuditLog::Action::Update, entity::SafetyPlan, previous.id(), std::nullopt, now);
            !logged.ok())
            return logged.error();
    }
    if (auto updated = repository.update(plan); !updated.ok())
        return updated.error();
    if (auto logged = audit.record(AuditLog::Action::Update, entity::SafetyPlan, planId, std::nullopt, now);
        !logged.ok())
        return logged.error();
    if (auto committed = transaction.commit(); !committed.ok())
        return committed.error();
    qCDebug(lcPlans) << "activated plan" << planId << "superseding" << active.value().size();

    auto reread = version(planId);
    if (!reread.ok())
        return reread.error();
    outcome.saved = true;
    outcome.version = reread.value();
    return outcome;
}

} // namespace trellis
