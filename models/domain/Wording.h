#pragma once

#include <QList>
#include <QString>

namespace trellis::domain {

// Words for people that stay English wherever they are stored, logged or printed by trellisctl,
// and are put into the worker's language only where the desktop shows them. `source` is marked
// with QT_TRANSLATE_NOOP(context, ...) where it is written, so lupdate collects it; nothing
// translated is ever kept.
struct Wording {
    struct Argument {
        QString text;
        const char* context = nullptr; // translate `text` in this context at display; null: a number or a value
    };

    const char* context = nullptr;
    const char* source = nullptr;
    QList<Argument> arguments = {};

    bool isEmpty() const { return source == nullptr; }
    QString english() const;
    QString translated() const;
};

// The contexts of the words models/ marks for the desktop (translations/README.md).
namespace wording {
inline constexpr char kValidation[] = "Validation";     // validation messages
inline constexpr char kFieldLabels[] = "FieldLabels";   // a field's name, models/domain/Entities.cpp
inline constexpr char kEntityLabels[] = "EntityLabels"; // a kind of record, models/domain/Entities.cpp

// A validation message (`source` marked with QT_TRANSLATE_NOOP("Validation", ...)).
Wording validation(const char* source, QList<Wording::Argument> arguments = {});
// An argument that is a field's label, a kind of record or another validation phrase.
Wording::Argument fieldLabel(const QString& englishLabel);
Wording::Argument entityLabel(const QString& englishLabel);
Wording::Argument phrase(const char* source);
Wording::Argument number(qlonglong value);
} // namespace wording

} // namespace trellis::domain
