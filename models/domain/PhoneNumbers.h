#pragma once

#include "Wording.h"

#include <QString>

namespace trellis::domain {

// UK phone numbers through libphonenumber. Debian's numbering data is from 2022, so a number
// that is possible but not known to be valid is a warning the worker may override, not an
// error; Ofcom's drama range 07700 900xxx is such a number.
struct PhoneCheck {
    enum class Status { Empty, Valid, PossibleNotValid, Invalid };
    Status status = Status::Empty;
    QString e164;    // normalised form when Valid or PossibleNotValid
    Wording message; // what is wrong, for the field's message
};

class PhoneNumbers {
public:
    static PhoneCheck check(const QString& input);
    // A readable national form for display and print ("020 7946 0000"); the input when unknown.
    static QString formatNational(const QString& e164);
};

} // namespace trellis::domain
