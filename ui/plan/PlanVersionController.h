#pragma once

#include "domain/SafetyPlanVersion.h"
#include "store/SafetyPlanStore.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace trellis {
class Clock;
class Database;
} // namespace trellis

namespace trellis::ui {

// The version lifecycle of one young person's safety plan, for SafetyPlanEditor: which version
// is shown, and every move from one version to another (open the one a worker would want, save
// the draft, go back to what is stored, make a new version, activate it), each with its question
// and its message. It holds no widgets, so the editor is left with editing the version shown.
//
// It says what to show through versionShown() and what happened through message(), emitted in
// the order they happen, so a message about a version always comes after that version is shown.
class PlanVersionController : public QObject {
    Q_OBJECT
public:
    // A yes/no question for the worker; must be set before activate().
    using ConfirmHook = std::function<bool(const QString& question)>;
    // Stores the editor's unsaved changes, if it has any; false when they could not be stored.
    using SaveFirst = std::function<bool()>;

    PlanVersionController(Database& db, const Clock& clock, QString actor, QObject* parent = nullptr);

    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }

    // Reads the young person's record and linked adults. False, with a message, when it cannot.
    bool open(const QString& youngPersonId);
    // Reads every version again and shows `showPlanId`, or else the one a worker would want: a
    // draft left with unsaved changes (restored), else the active version, else the latest, else
    // a new blank first version. False, with a message, when the versions cannot be read.
    bool reload(const QString& showPlanId);
    // Stores `draft` (the shown version with the editor's changes) and shows nothing new: the
    // stored copy becomes shown() for the editor to mark saved. False, with a message, when refused.
    bool save(const domain::SafetyPlanVersion& draft);
    // Forgets the unsaved draft and shows the version as stored (an unstored new plan: blank again).
    void revert();
    // Shows a draft copy of the plan to change. Only when nothing is unsaved.
    bool newVersion();
    // Asks to confirm, has `saveFirst` store unsaved changes, then makes the shown draft the plan
    // in use. Only for a draft the editor has checked has a review date.
    bool activate(const SaveFirst& saveFirst);

    const QString& youngPersonId() const { return m_youngPersonId; }
    const std::optional<domain::Record>& youngPerson() const { return m_youngPerson; }
    const QList<domain::Record>& adults() const { return m_adults; }
    // Newest first, as last read from the store.
    const QList<domain::SafetyPlanVersion>& versions() const { return m_versions; }
    // The version shown as it is stored (or, for a new plan, as it will be): the editor's edits
    // are compared with it to know whether anything is unsaved.
    const domain::SafetyPlanVersion& shown() const { return m_shown; }
    bool isStored(const QString& planId) const;
    // Where the DraftStore keeps unsaved changes to the shown version.
    QString draftKey() const;

signals:
    // Show `version` for editing (a draft) or reading; `restore`, when not null, holds unsaved
    // changes to it from an earlier session, to be put back as edits.
    void versionShown(const domain::SafetyPlanVersion& version, const QJsonObject* restore);
    void versionsChanged(const QList<domain::SafetyPlanVersion>& versions);
    void message(const QString& text);

private:
    void show(const domain::SafetyPlanVersion& version, const QJsonObject* restore);

    Database& m_db;
    const Clock& m_clock;
    QString m_actor;
    SafetyPlanStore m_store;
    ConfirmHook m_confirm;
    QString m_youngPersonId;
    std::optional<domain::Record> m_youngPerson;
    QList<domain::Record> m_adults;
    QList<domain::SafetyPlanVersion> m_versions;
    domain::SafetyPlanVersion m_shown;
};

} // namespace trellis::ui
