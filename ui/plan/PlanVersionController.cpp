#include "PlanVersionController.h"

#include "PlanDraftJson.h"
#include "domain/Entities.h"
#include "session/Clock.h"
#include "store/CaseloadQueries.h"
#include "store/DraftStore.h"

#include <QLoggingCategory>

#include <algorithm>

// The editor's category: saving a plan is logged as the editor's work, wherever the code lives.
Q_DECLARE_LOGGING_CATEGORY(lcPlanEditor)

namespace trellis::ui {

using domain::Record;
using domain::SafetyPlanVersion;

PlanVersionController::PlanVersionController(Database& db, const Clock& clock, QString actor, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_store(db, clock, m_actor)
    , m_shown{Record(domain::Entities::get(domain::entity::SafetyPlan)), {}}
{
}

bool PlanVersionController::isStored(const QString& planId) const
{
    return std::any_of(m_versions.cbegin(), m_versions.cend(),
                       [&](const SafetyPlanVersion& v) { return v.id() == planId; });
}

QString PlanVersionController::draftKey() const
{
    return DraftStore::key(domain::entity::SafetyPlan, m_shown.id());
}

bool PlanVersionController::open(const QString& youngPersonId)
{
    auto full = CaseloadQueries(m_db).fullRecord(youngPersonId);
    if (!full.ok() || !full.value()) {
        emit message(tr("Error: this young person's record could not be opened."));
        return false;
    }
    m_youngPersonId = youngPersonId;
    m_youngPerson = full.value()->youngPerson;
    m_adults.clear();
    for (const auto& linked : full.value()->trustedAdults)
        m_adults << linked.adult;
    return true;
}

bool PlanVersionController::reload(const QString& showPlanId)
{
    auto versions = m_store.versions(m_youngPersonId);
    if (!versions.ok()) {
        emit message(tr("Error: the safety plan could not be read. %1").arg(versions.error().message));
        return false;
    }
    m_versions = versions.takeValue();
    emit versionsChanged(m_versions);

    std::optional<QJsonObject> restore;
    DraftStore drafts(m_db);
    if (showPlanId.isEmpty()) {
        const auto keys = drafts.keysFor(m_youngPersonId);
        for (const QString& key : keys.ok() ? keys.value() : QStringList()) {
            if (!key.startsWith(domain::entity::SafetyPlan + QLatin1Char(':')))
                continue;
            auto draft = drafts.load(key);
            if (draft.ok() && draft.value())
                restore = *draft.value();
        }
    }
    const SafetyPlanVersion* shown = nullptr;
    for (const SafetyPlanVersion& version : std::as_const(m_versions)) {
        if (!showPlanId.isEmpty() ? version.id() == showPlanId
                                  : (restore ? version.id() == PlanDraftJson::planId(*restore) && version.isDraft()
                                             : false))
            shown = &version;
    }
    if (!shown && !m_versions.isEmpty() && showPlanId.isEmpty()) {
        shown = &m_versions.first();
        for (const SafetyPlanVersion& version : std::as_const(m_versions)) {
            if (version.status() == QLatin1String("active") && !m_versions.first().isDraft())
                shown = &version;
        }
    }
    if (shown) {
        const bool matches = restore && PlanDraftJson::planId(*restore) == shown->id() && shown->isDraft();
        show(*shown, matches ? &*restore : nullptr);
    } else {
        // No plan yet: a blank first version, kept unsaved until the worker saves it. An unsaved
        // draft of it from before is restored under the id it had.
        SafetyPlanVersion blank = m_store.blankDraft(m_youngPersonId);
        const bool isNewPlanDraft = restore && m_versions.isEmpty();
        if (isNewPlanDraft)
            blank.plan.set(QStringLiteral("id"), PlanDraftJson::planId(*restore));
        show(blank, isNewPlanDraft ? &*restore : nullptr);
    }
    return true;
}

void PlanVersionController::show(const SafetyPlanVersion& version, const QJsonObject* restore)
{
    m_shown = version;
    // A plan not yet stored has no stamps; the form checks every required field, these included.
    if (!m_shown.plan.has(QStringLiteral("created_at")))
        m_shown.plan.stampNew(m_actor, m_clock.now());
    emit versionShown(m_shown, restore);
}

bool PlanVersionController::save(const SafetyPlanVersion& draft)
{
    auto outcome = m_store.saveDraft(draft);
    if (!outcome.ok()) {
        emit message(tr("Error: the plan was not saved. %1").arg(outcome.error().message));
        return false;
    }
    if (!outcome.value().saved) {
        QStringList problems;
        for (const auto& issue : outcome.value().issues) {
            if (issue.isError())
                problems << issue.shownText();
        }
        emit message(tr("Error: the plan was not saved.\n%1").arg(problems.join(QLatin1Char('\n'))));
        return false;
    }
    qCDebug(lcPlanEditor) << "saved plan" << m_shown.id();
    (void)DraftStore(m_db).discard(draftKey());
    m_shown = *outcome.value().version;
    auto versions = m_store.versions(m_youngPersonId);
    if (versions.ok())
        m_versions = versions.takeValue();
    emit versionsChanged(m_versions);
    return true;
}

void PlanVersionController::revert()
{
    (void)DraftStore(m_db).discard(draftKey());
    const QString id = m_shown.id();
    if (isStored(id))
        reload(id);
    else
        show(m_store.blankDraft(m_youngPersonId), nullptr);
}

bool PlanVersionController::newVersion()
{
    auto created = m_store.newVersion(m_youngPersonId);
    if (!created.ok()) {
        emit message(tr("Error: no new version was made. %1").arg(created.error().message));
        return false;
    }
    const bool shown = reload(created.value().id());
    emit message(tr("Version %1 is a draft copy of the plan. Change it, then activate it when it has been agreed.")
                     .arg(created.value().version()));
    return shown;
}

bool PlanVersionController::activate(const SaveFirst& saveFirst)
{
    const SafetyPlanVersion* active = nullptr;
    for (const SafetyPlanVersion& version : std::as_const(m_versions)) {
        if (version.status() == QLatin1String("active"))
            active = &version;
    }
    const QString question =
        active ? tr("Make version %1 the plan in use? Version %2 will be kept as superseded and can no longer be "
                    "changed.")
                     .arg(m_shown.version())
                     .arg(active->version())
               : tr("Make version %1 the plan in use? It can no longer be changed once active.").arg(m_shown.version());
    if (!m_confirm(question))
        return false;
    if (!saveFirst())
        return false;
    auto outcome = m_store.activate(m_shown.id());
    if (!outcome.ok() || !outcome.value().saved) {
        QString why = outcome.ok() ? QString() : outcome.error().message;
        if (outcome.ok()) {
            for (const auto& issue : outcome.value().issues)
                why += issue.shownText() + QLatin1Char('\n');
        }
        emit message(tr("Error: the plan was not activated. %1").arg(why.trimmed()));
        return false;
    }
    reload(m_shown.id());
    emit message(tr("Version %1 is now the plan in use.").arg(m_shown.version()));
    return true;
}

} // namespace trellis::ui
