#include "Wording.h"

#include <QCoreApplication>

namespace trellis::domain {

namespace {
QString filled(QString text, const QList<Wording::Argument>& arguments, bool translate)
{
    for (const Wording::Argument& argument : arguments) {
        const bool shownTranslated = translate && argument.context;
        text =
            text.arg(shownTranslated ? QCoreApplication::translate(argument.context, argument.text.toUtf8().constData())
                                     : argument.text);
    }
    return text;
}
} // namespace

QString Wording::english() const
{
    return source ? filled(QString::fromUtf8(source), arguments, false) : QString();
}

QString Wording::translated() const
{
    return source ? filled(QCoreApplication::translate(context, source), arguments, true) : QString();
}

namespace wording {

Wording validation(const char* source, QList<Wording::Argument> arguments)
{
    return {kValidation, source, std::move(arguments)};
}

Wording::Argument fieldLabel(const QString& englishLabel)
{
    return {englishLabel, kFieldLabels};
}
Wording::Argument entityLabel(const QString& englishLabel)
{
    return {englishLabel, kEntityLabels};
}
Wording::Argument phrase(const char* source)
{
    return {QString::fromUtf8(source), kValidation};
}
Wording::Argument number(qlonglong value)
{
    return {QString::number(value), nullptr};
}

} // namespace wording

} // namespace trellis::domain
