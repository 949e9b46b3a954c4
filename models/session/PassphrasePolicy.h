#pragma once

#include <QString>

namespace trellis {

// What a new passphrase must be: at least 12 characters, or at least four words. Length beats
// complexity rules for something typed many times a day (NCSC's "three random words" advice).
class PassphrasePolicy {
public:
    static constexpr int kMinimumCharacters = 12;
    static constexpr int kMinimumWords = 4;

    // An empty string when acceptable, otherwise what is wrong in plain words.
    static QString problem(const QString& passphrase);
    // The plain warning shown when a store is created.
    static QString forgottenWarning();
};

} // namespace trellis
