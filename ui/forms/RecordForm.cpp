#include "RecordForm.h"

#include "FieldEditCommand.h"
#include "FieldInput.h"
#include "FormLayout.h"
#include "domain/ChoiceLabels.h"

#include <QApplication>
#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QLoggingCategory>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace trellis::ui {

Q_LOGGING_CATEGORY(lcForms, "trellis.ui.forms")

using domain::FieldType;
using domain::ValidationIssue;

namespace {

// Alt+letter shortcuts a main window usually has: File, Edit, View, Help and Save.
const QString kDefaultReservedMnemonics = QStringLiteral("fevhs");

bool isShownType(FieldType type)
{
    return type != FieldType::Uuid && type != FieldType::Reference;
}

bool isMetadata(const QString& field)
{
    for (const domain::FieldDef& meta : domain::syncMetadataFields()) {
        if (meta.name == field)
            return true;
    }
    return false;
}

} // namespace

RecordForm::RecordForm(const domain::EntityDef& def, const QStringList& fields, const domain::Validator& validator,
                       QWidget* parent)
    : QWidget(parent)
    , m_def(&def)
    , m_validator(validator)
    , m_loaded(def)
    , m_baseline(def)
    , m_current(def)
    , m_reservedMnemonics(kDefaultReservedMnemonics)
    , m_stack(new QUndoStack(this))
    , m_summary(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_status(new QLabel(this))
    , m_acceptWarnings(new QCheckBox(this))
{
    setObjectName(QStringLiteral("recordForm"));
    auto* content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("recordFormContent"));
    for (const QString& name : fields) {
        const domain::FieldDef* field = def.field(name);
        if (!field || !isShownType(field->type) || isMetadata(name) || m_byName.contains(name)) {
            qCWarning(lcForms) << "not shown in the" << def.name << "form:" << name;
            continue;
        }
        auto* input = new FieldInput(def.name, *field, content);
        input->setToday(validator.today());
        m_inputs.append(input);
        m_byName.insert(name, input);
        connect(input, &FieldInput::edited, this, [this, input] { onEdited(input); });
        connect(input, &FieldInput::editFinished, this, &RecordForm::onEditFinished);
    }

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Problems with fields not on this form"));
    m_summary->hide();
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Record state"));
    m_acceptWarnings->setObjectName(QStringLiteral("acceptWarningsCheck"));
    m_acceptWarnings->setAccessibleName(tr("I have checked the values marked Check"));
    m_acceptWarnings->hide();

    buildLayout(content);
    assignMnemonics();

    // Tab follows the fields in the order given (down one column, then the next), then the tick.
    formlayout::chainTabOrder(tabStops());

    connect(m_acceptWarnings, &QCheckBox::toggled, this, [this](bool checked) {
        const QSet<QString> current = warningKeys(m_current, m_issues);
        if (checked)
            m_acceptedWarnings.unite(current);
        else
            m_acceptedWarnings.subtract(current);
        updateState();
    });
    // Moving to another widget ends the edit in progress, however focus moved.
    connect(qApp, &QApplication::focusChanged, this, [this] { ++m_edit; });

    load(domain::Record(def));
}

RecordForm::~RecordForm()
{
    // QWidget's destructor moves focus as it deletes the inputs; nothing of this class may hear
    // of it by then.
    disconnect(qApp, nullptr, this, nullptr);
    for (FieldInput* input : std::as_const(m_inputs))
        disconnect(input, nullptr, this, nullptr);
}

QStringList RecordForm::editableFields(const domain::EntityDef& def)
{
    QStringList names;
    for (const domain::FieldDef& field : def.fields) {
        if (isShownType(field.type) && !isMetadata(field.name))
            names << field.name;
    }
    return names;
}

QStringList RecordForm::fields() const
{
    QStringList names;
    for (const FieldInput* input : m_inputs)
        names << input->name();
    return names;
}

void RecordForm::buildLayout(QWidget* content)
{
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 8, 12, 8);
    contentLayout->addLayout(formlayout::fieldColumns(m_inputs));
    contentLayout->addStretch(1);

    m_scroll->setObjectName(QStringLiteral("recordFormScroll"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // a tab stop of its own would only get in the way

    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    auto* footer = new QVBoxLayout;
    footer->setContentsMargins(12, 0, 12, 0);
    footer->setSpacing(4);
    footer->addWidget(m_acceptWarnings);
    footer->addWidget(m_status);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(rule);
    layout->addLayout(footer);
    m_summary->setContentsMargins(12, 8, 12, 0);
}

void RecordForm::assignMnemonics()
{
    QSet<QChar> used = formlayout::mnemonicsOutside(this);
    for (const QChar c : std::as_const(m_reservedMnemonics))
        used.insert(c.toLower());
    for (FieldInput* input : std::as_const(m_inputs))
        input->setMnemonicText(formlayout::withMnemonic(input->labelText(), used));
    m_acceptWarnings->setText(formlayout::withMnemonic(tr("I have checked the values marked “Check:”"), used));
}

void RecordForm::showEvent(QShowEvent* event)
{
    // Only now is the form in its window, whose menus, tabs and buttons (in the worker's
    // language) have their own Alt letters.
    assignMnemonics();
    QWidget::showEvent(event);
}

void RecordForm::setReservedMnemonics(const QString& letters)
{
    m_reservedMnemonics = letters;
    assignMnemonics();
}

QWidget* RecordForm::editor(const QString& field) const
{
    const FieldInput* input = m_byName.value(field);
    return input ? input->editor() : nullptr;
}

QList<QWidget*> RecordForm::tabStops() const
{
    QList<QWidget*> stops;
    for (const FieldInput* input : m_inputs)
        stops << input->editor();
    stops << m_acceptWarnings;
    return stops;
}

QLabel* RecordForm::messageLabel(const QString& field) const
{
    const FieldInput* input = m_byName.value(field);
    return input ? input->messageLabel() : nullptr;
}

void RecordForm::load(const domain::Record& record, Reveal reveal)
{
    Q_ASSERT_X(record.entity() == m_def->name, "RecordForm::load", "a record of another entity");
    m_loaded = record;
    for (FieldInput* input : std::as_const(m_inputs))
        input->setRawValue(input->rawFor(record));
    setBaseline(record, false);
    captureInputs();
    m_touched.clear();
    // An existing record shows everything wrong with it; a blank one waits to be filled in.
    m_revealAll = false;
    for (const FieldInput* input : std::as_const(m_inputs)) {
        const bool isFalseTick = input->def().type == FieldType::Boolean && !record.flag(input->name());
        if (reveal == Reveal::Auto && record.has(input->name()) && !isFalseTick)
            m_revealAll = true;
    }
    m_stack->clear();
    ++m_edit;
    revalidate();
}

void RecordForm::markSaved(const domain::Record& saved)
{
    Q_ASSERT_X(saved.entity() == m_def->name, "RecordForm::markSaved", "a record of another entity");
    m_loaded = saved;
    for (FieldInput* input : std::as_const(m_inputs)) {
        const QVariant raw = input->rawFor(saved);
        if (raw != input->rawValue())
            input->setRawValue(raw);
    }
    setBaseline(saved, true);
    captureInputs();
    m_stack->setClean();
    ++m_edit;
    revalidate();
}

void RecordForm::setBaseline(const domain::Record& record, bool keepAcceptedWarnings)
{
    m_baseline = record;
    const domain::ValidationIssues baselineIssues = m_validator.validate(m_baseline);
    if (!keepAcceptedWarnings)
        m_acceptedWarnings.clear();
    m_acceptedWarnings.unite(warningKeys(m_baseline, baselineIssues));
}

void RecordForm::captureInputs()
{
    m_baselineRaw.clear();
    for (const FieldInput* input : std::as_const(m_inputs))
        m_baselineRaw.insert(input->name(), input->rawValue());
    m_lastRaw = m_baselineRaw;
}

void RecordForm::setValidator(const domain::Validator& validator)
{
    m_validator = validator;
    for (FieldInput* input : std::as_const(m_inputs))
        input->setToday(validator.today());
    setBaseline(m_loaded, true);
    revalidate();
}

void RecordForm::onEdited(FieldInput* input)
{
    const QString& field = input->name();
    const QVariant raw = input->rawValue();
    const QVariant before = m_lastRaw.value(field);
    m_touched.insert(field);
    if (raw == before) {
        revalidate();
        return;
    }
    m_lastRaw.insert(field, raw);
    const QString label = domain::ChoiceLabels::fieldLabel(input->def());
    auto apply = [this](const QString& name, const QVariant& value) { applyRaw(name, value); };
    m_stack->push(new FieldEditCommand(tr("change to %1").arg(label), field, before, raw, m_edit, apply));
}

void RecordForm::onEditFinished()
{
    ++m_edit;
    revalidate(); // a date left half typed is now worth a message
}

void RecordForm::applyRaw(const QString& field, const QVariant& raw)
{
    FieldInput* input = m_byName.value(field);
    if (!input)
        return;
    if (input->rawValue() != raw) {
        // An undo or redo, not the first redo() of a push: typing on from here is a new edit.
        input->setRawValue(raw);
        m_scroll->ensureWidgetVisible(input->cell());
        ++m_edit;
    }
    m_lastRaw.insert(field, raw);
    m_touched.insert(field);
    revalidate();
}

void RecordForm::undo()
{
    m_stack->undo();
}

void RecordForm::redo()
{
    m_stack->redo();
}

void RecordForm::revalidate()
{
    domain::Record record = m_loaded;
    QHash<QString, QString> problems;
    for (const FieldInput* input : std::as_const(m_inputs)) {
        // An input showing what was loaded keeps the stored value exactly: a time's seconds, a
        // number outside the input's range, text with spaces the Validator would trim.
        if (input->rawValue() == m_baselineRaw.value(input->name()))
            continue;
        QString problem;
        record.set(input->name(), input->recordValue(&problem));
        if (!problem.isEmpty())
            problems.insert(input->name(), problem);
    }
    domain::ValidationIssues issues = m_validator.validate(record);
    // Text the form could not read is explained in the form's words ("needs the year in full"),
    // not the Validator's ("must be a date").
    issues.removeIf([&problems](const ValidationIssue& issue) { return problems.contains(issue.field); });
    for (auto it = problems.constBegin(); it != problems.constEnd(); ++it) {
        const FieldInput* input = m_byName.value(it.key());
        issues.append({it.key(), input->def().label, it.value(), ValidationIssue::Severity::Error});
    }
    m_current = record;
    m_issues = issues;
    m_problems = problems;
    showMessages();
    updateState();
}

bool RecordForm::messageVisible(const ValidationIssue& issue) const
{
    const FieldInput* input = m_byName.value(issue.field);
    if (!input)
        return m_revealAll; // nothing here can put it right; say so once there is a record to speak of
    if (m_problems.contains(issue.field) && input->isTyping() && !m_saving)
        return false; // "12/03/2" is not wrong yet, just unfinished
    return m_revealAll || m_touched.contains(issue.field) || m_current.has(issue.field);
}

QString RecordForm::messageText(const ValidationIssue& issue) const
{
    const FieldInput* input = m_byName.value(issue.field);
    QString label =
        input ? input->labelText() : QCoreApplication::translate("FieldLabels", issue.label.toUtf8().constData());
    if (!input && !label.isEmpty())
        label[0] = label.at(0).toUpper();
    // Messages are written to follow the field's name: "Date of birth cannot be in the future".
    return issue.isError() ? tr("Error: %1 %2").arg(label, issue.shownMessage())
                           : tr("Check: %1 %2").arg(label, issue.shownMessage());
}

void RecordForm::showMessages()
{
    QHash<QString, QStringList> lines;
    QHash<QString, bool> errors;
    QStringList summary;
    for (const ValidationIssue& issue : std::as_const(m_issues)) {
        if (!messageVisible(issue))
            continue;
        if (!m_byName.contains(issue.field)) {
            summary << messageText(issue);
            continue;
        }
        lines[issue.field] << messageText(issue);
        errors[issue.field] = errors.value(issue.field) || issue.isError();
    }
    for (FieldInput* input : std::as_const(m_inputs)) {
        const auto it = lines.constFind(input->name());
        if (it == lines.constEnd()) {
            input->clearMessage();
            continue;
        }
        const auto severity =
            errors.value(input->name()) ? ValidationIssue::Severity::Error : ValidationIssue::Severity::Warning;
        input->showMessage(severity, it->join(QLatin1Char('\n')));
    }
    m_summary->setText(summary.join(QLatin1Char('\n')));
    m_summary->setVisible(!summary.isEmpty());
}

QSet<QString> RecordForm::warningKeys(const domain::Record& record, const domain::ValidationIssues& issues) const
{
    // A warning is checked for one value of one field: a different number needs checking again.
    QSet<QString> keys;
    for (const ValidationIssue& issue : issues) {
        if (!issue.isError())
            keys.insert(issue.field + QChar(0x1f) + record.text(issue.field));
    }
    return keys;
}

bool RecordForm::hasErrors() const
{
    return domain::hasErrors(m_issues);
}

bool RecordForm::hasWarnings() const
{
    return std::any_of(m_issues.begin(), m_issues.end(), [](const ValidationIssue& i) { return !i.isError(); });
}

bool RecordForm::warningsAccepted() const
{
    return m_acceptedWarnings.contains(warningKeys(m_current, m_issues));
}

void RecordForm::acceptWarnings()
{
    m_acceptedWarnings.unite(warningKeys(m_current, m_issues));
    updateState();
}

bool RecordForm::canSave() const
{
    return !hasErrors() && warningsAccepted();
}

bool RecordForm::validateForSave()
{
    m_revealAll = true;
    m_saving = true; // a date still being typed is shown as it stands
    showMessages();
    updateState();
    m_saving = false;
    for (const FieldInput* input : std::as_const(m_inputs)) {
        for (const ValidationIssue& issue : std::as_const(m_issues)) {
            if (issue.field == input->name() && issue.isError()) {
                input->editor()->setFocus(Qt::OtherFocusReason);
                m_scroll->ensureWidgetVisible(input->cell());
                return false;
            }
        }
    }
    if (hasErrors())
        return false; // a field not on this form: the summary at the top says which
    if (!warningsAccepted()) {
        m_acceptWarnings->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return true;
}

void RecordForm::updateState()
{
    bool modified = false;
    for (const FieldInput* input : std::as_const(m_inputs)) {
        const QString& field = input->name();
        const bool had = m_baseline.has(field);
        if (had != m_current.has(field) || (had && m_baseline.value(field) != m_current.value(field))) {
            modified = true;
            break;
        }
    }

    const bool warnings = hasWarnings();
    {
        const QSignalBlocker blocker(m_acceptWarnings);
        m_acceptWarnings->setChecked(warnings && warningsAccepted());
    }
    m_acceptWarnings->setVisible(warnings);

    int shown = 0;
    int hidden = 0;
    for (const ValidationIssue& issue : std::as_const(m_issues)) {
        if (!issue.isError())
            continue;
        if (messageVisible(issue))
            ++shown;
        else if (!m_problems.contains(issue.field)) // not a date half typed: a field not yet filled in
            ++hidden;
    }
    // Said in words, not by colour: the state, then what stands in the way of saving.
    QStringList parts{modified ? tr("Unsaved changes.") : tr("No unsaved changes.")};
    if (shown == 1)
        parts << tr("One problem to put right before saving.");
    else if (shown > 1)
        parts << tr("%n problems to put right before saving.", nullptr, shown);
    if (hidden > 0)
        parts << tr("Required fields still empty will be marked when you save.");
    if (warnings && !warningsAccepted())
        parts << tr("Check the values marked “Check:”, then tick the box to confirm them.");
    m_status->setText(parts.join(QLatin1Char(' ')));

    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
    const bool saveable = canSave();
    if (saveable != m_canSave) {
        m_canSave = saveable;
        emit canSaveChanged(saveable);
    }
}

} // namespace trellis::ui
