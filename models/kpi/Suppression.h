#pragma once

#include <QString>

#include <optional>

namespace trellis::kpi {

// Small numbers: a count of 1 to 4 is shown as "<5" in anything shared, and no percentage or
// rate is derived from a suppressed count (docs/kpi-definitions.md, "Small numbers").
class Suppression {
public:
    static constexpr int kThreshold = 5;
    static bool hides(int count) { return count >= 1 && count < kThreshold; }
    static QString shown(int count);                                     // "<5", else the number
    // The percentage in words ("43%", one decimal below 10%), or "–" when either count is
    // suppressed, the denominator is 0, or the rest (denominator − numerator) is 1–4.
    static QString percentShown(int numerator, int denominator);
    static std::optional<double> percent(int numerator, int denominator); // nullopt when not shown
    // The rest of a percentage (47 of 49 leaves 2 NEET children) is a small number too: with the
    // denominator, which other figures give (YJB denominators are the open caseload), it would
    // be revealed by subtraction. Then the numerator and the denominator are withheld as well.
    static bool hidesRest(int numerator, int denominator) { return hides(denominator - numerator); }
    // A percentage's numerator and denominator as shown: "<5" when small, "–" when withheld for
    // a small rest, else the number.
    static QString numeratorShown(int numerator, int denominator);
    static QString denominatorShown(int numerator, int denominator);
};

} // namespace trellis::kpi
