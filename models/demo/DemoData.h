#pragma once

#include <QStringList>

namespace trellis::demo {

// Word lists for synthetic caseloads. Every family name is invented so a screenshot or a demo
// can never be mistaken for a real child's record; phone numbers come from Ofcom's ranges
// reserved for drama (020 7946 0xxx, 0113 496 0xxx, 07700 900xxx).
struct DemoData {
    static const QStringList& givenNamesFemale();
    static const QStringList& givenNamesMale();
    static const QStringList& familyNames();
    static const QStringList& postcodeDistricts();
    static const QStringList& relationships();
    static const QStringList& offenceCategories();
    static const QStringList& warningSigns();
    static const QStringList& unsafePlaces();
    static const QStringList& safePlaces();
    static const QStringList& safeRoutes();
    static const QStringList& copingStrategies();
    static const QStringList& professionals();
    static const QStringList& actions();
    static const QStringList& codeWords();
    static const QStringList& contactSummaries();
    static const QStringList& schools();
};

} // namespace trellis::demo
