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
    // suppressed or the denominator is 0.
    static QString percentShown(int numerator, int denominator);
    static std::optional<double> percent(int numerator, int denominator); // nullopt when not shown
};

} // namespace trellis::kpi
