#include "PhoneNumbers.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace trellis::domain {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneCheck PhoneNumbers::check(const QString& input)
{
    PhoneCheck result;
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return result;
    for (const QChar c : trimmed) {
        if (!(c.isDigit() || c == QLatin1Char('+') || c == QLatin1Char(' ') || c == QLatin1Char('-') ||
              c == QLatin1Char('(') || c == QLatin1Char(')'))) {
            result.status = PhoneCheck::Status::Invalid;
            result.message = wording::validation(
                QT_TRANSLATE_NOOP("Validation", "may only hold digits, spaces, brackets, hyphens and a leading +"));
            return result;
        }
    }
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(trimmed.toStdString(), "GB", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        result.status = PhoneCheck::Status::Invalid;
        result.message = wording::validation(
            QT_TRANSLATE_NOOP("Validation", "is not a phone number (expected a UK number such as 020 7946 0000)"));
        return result;
    }
    std::string formatted;
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    if (util.IsValidNumber(number)) {
        result.status = PhoneCheck::Status::Valid;
        result.e164 = QString::fromStdString(formatted);
    } else if (util.IsPossibleNumberWithReason(number) == PhoneNumberUtil::IS_POSSIBLE) {
        // IS_POSSIBLE_LOCAL_ONLY (a number missing its area code or a digit) is not enough: a
        // worker could otherwise save a number that cannot be dialled with one tick.
        result.status = PhoneCheck::Status::PossibleNotValid;
        result.e164 = QString::fromStdString(formatted);
        result.message = wording::validation(
            QT_TRANSLATE_NOOP("Validation", "has the right length but is not a number in use that Trellis knows of; "
                                            "check it with the person"));
    } else {
        result.status = PhoneCheck::Status::Invalid;
        result.message = wording::validation(
            QT_TRANSLATE_NOOP("Validation", "is not a valid phone number: check the number of digits "
                                            "(a UK number has 10 or 11, such as 020 7946 0000)"));
    }
    return result;
}

QString PhoneNumbers::formatNational(const QString& e164)
{
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(e164.toStdString(), "GB", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    const auto format = number.country_code() == 44 ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL;
    util.Format(number, format, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace trellis::domain
