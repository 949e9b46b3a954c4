#include "DemoData.h"

namespace trellis::demo {

const QStringList& DemoData::givenNamesFemale()
{
    static const QStringList names{"Amara", "Bethany", "Chloe", "Demi", "Ellie", "Faith", "Grace", "Hana", "Imani",
                                   "Jade", "Kayla", "Leah", "Maya", "Nia", "Olivia", "Precious", "Ruby", "Sienna",
                                   "Tia", "Zainab"};
    return names;
}

const QStringList& DemoData::givenNamesMale()
{
    static const QStringList names{"Aaron", "Bilal", "Callum", "Dante", "Elijah", "Femi", "Harvey", "Isaac",
                                   "Jayden", "Kai", "Leon", "Mason", "Nathan", "Omar", "Reuben", "Samuel", "Tyler",
                                   "Usman", "Kwame", "Zach", "Charlie", "Rio", "Theo", "Joel"};
    return names;
}

const QStringList& DemoData::familyNames()
{
    static const QStringList names{"Quillfeather", "Marrowdale", "Thistlewood", "Brackenfold", "Puddleby",
                                   "Wobblestone", "Fernsby", "Nettlecombe", "Grumbleton", "Picklewick",
                                   "Dandelyon", "Mossbottom", "Crumplehorn", "Fiddlesworth", "Larkspurr",
                                   "Bramblecott", "Twinkleton", "Hazelnook", "Muddlecombe", "Whistledown",
                                   "Pennywhistle", "Snapdragonne", "Tumbleweed", "Butterbury", "Inkwell",
                                   "Jollyfoot", "Kettleburn", "Lanternby", "Oddsworth", "Quinceworth"};
    return names;
}

const QStringList& DemoData::postcodeDistricts()
{
    static const QStringList districts{"SE1", "SE5", "SE15", "SE16", "SE17", "SE21", "SE22", "SE24"};
    return districts;
}

const QStringList& DemoData::relationships()
{
    static const QStringList values{"grandmother", "grandfather", "aunt",          "uncle",
                                    "older sister", "older brother", "youth worker", "football coach",
                                    "mentor",      "family friend", "mother",        "father"};
    return values;
}

const QStringList& DemoData::offenceCategories()
{
    static const QStringList values{"violence against the person", "theft and handling", "drugs",
                                    "possession of a weapon",      "robbery",            "criminal damage",
                                    "public order",                "motoring"};
    return values;
}

const QStringList& DemoData::warningSigns()
{
    static const QStringList values{"Staying out late without saying where",
                                    "New phone or trainers I can't explain",
                                    "Older people I don't know messaging me",
                                    "Feeling wound up and not sleeping",
                                    "Being asked to hold something for someone",
                                    "Skipping school to meet people"};
    return values;
}

const QStringList& DemoData::unsafePlaces()
{
    static const QStringList values{"Underpass by Example Park", "Stairwells on the Fictional Estate",
                                    "Chicken shop on Sample Road", "Bus stop outside Demo Station",
                                    "Car park behind Placeholder Parade", "Group chat run by older boys"};
    return values;
}

const QStringList& DemoData::safePlaces()
{
    static const QStringList values{"Nan's flat", "The youth centre on Imaginary Street", "School library",
                                    "Football club on Saturdays", "The YOS office"};
    return values;
}

const QStringList& DemoData::safeRoutes()
{
    static const QStringList values{"Bus 000 from school, sit near the driver", "Main road past the shops, not the park",
                                    "Get picked up by my aunt after football"};
    return values;
}

const QStringList& DemoData::copingStrategies()
{
    static const QStringList values{"Put my music on and walk it off", "Text my youth worker",
                                    "Go to the gym", "Draw or write it down", "Talk to Nan"};
    return values;
}

const QStringList& DemoData::professionals()
{
    static const QStringList values{"YOS case manager (duty line 020 7946 0101)",
                                    "Social worker (020 7946 0202)", "School safeguarding lead (0113 496 0303)",
                                    "CAMHS worker (020 7946 0404)"};
    return values;
}

const QStringList& DemoData::actions()
{
    static const QStringList values{"Arrange a new route to college", "Refer to the mentoring scheme",
                                    "Block and report the numbers", "Meet at school every Tuesday",
                                    "Check in with Nan after weekends"};
    return values;
}

const QStringList& DemoData::codeWords()
{
    static const QStringList values{"pineapple", "lighthouse", "blue kite", "marmalade", "thunderbird", "compass"};
    return values;
}

const QStringList& DemoData::contactSummaries()
{
    static const QStringList values{
        "Fictional demo note: talked through the week at school and agreed next steps.",
        "Fictional demo note: worked on the safety map together and updated two places.",
        "Fictional demo note: went through the referral order plan with parent present.",
        "Fictional demo note: no answer at the door; left a card and texted.",
        "Fictional demo note: sessions on consequences and victim awareness.",
        "Fictional demo note: joint visit to discuss a recent missing episode."};
    return values;
}

const QStringList& DemoData::schools()
{
    static const QStringList values{"Example Academy", "Sample Road College", "Fictional Training Hub",
                                    "Placeholder Pupil Referral Unit", "Demo Works Apprenticeships"};
    return values;
}

} // namespace trellis::demo
