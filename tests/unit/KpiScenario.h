#pragma once

// The hand-made caseload the measure tests work out on paper (tst_kpi_measures, tst_kpi_report).
// Every young person is fictional ("… Fixture"). Today is 26/11/2026 (kpifixture::kToday).
//
// Workers: Ada and Ben in team "North", Cy in team "South".
//
//  name     born        worker ethnicity        open  risk (safety / harm)  other
//  Alpha    01/06/2010  Ada    white_british    yes   low / high            due 25/11/2026, ehcp, plan yes, mh attending, accommodation yes
//  Bravo    15/01/2009  Ben    black_caribbean  yes   low / low             due 26/11/2026, NEET, sen_support, plan yes, mh offered, accommodation yes
//  Charlie  01/08/2015  Ada    black_african    yes   low / low             sen_support, plan no, mh need identified, accommodation yes
//  Delta    01/10/2007  Ben    asian_pakistani  yes   medium / low          due 01/10/2026, mh no need, accommodation yes
//  Echo     01/05/2007  Cy     white_irish      yes   high / low            accommodation yes
//  Foxtrot  02/02/2010  Cy     asian_indian     yes   low / low             accommodation yes, substance need identified
//  Golf     03/03/2009  Ada    mixed_other      yes   very_high / low       accommodation no
//  Hotel    03/03/2009  Ben    white_irish      yes   medium / medium       NEET
//  India    01/01/2008  Cy     not_stated       no    very_high / low       due 01/01/2026 (closed: in no snapshot)
//  Juliet   26/11/2008  Ada    other_arab       yes   medium / low          NEET, 18 today
//  Kilo     27/11/2010  Ben    not_stated       yes   low / low             16 tomorrow
//  Lima     01/01/2012  none   white_other      yes   low / low
//
// Interventions (outcome date = start date unless said):
//  Alpha    youth_caution 31/03/2025 (offence 01/03/2025); referral_order 10/06/2025 (offence 01/05/2025)
//  Bravo    diversion_triage 01/05/2024; youth_conditional_caution 01/04/2025 (offence 01/03/2025)
//  Charlie  youth_caution 01/03/2025 (offence 01/02/2025)                              aged 9 then
//  Delta    referral_order 30/09/2025 (offence 01/09/2025)                             aged 17 then
//  Echo     youth_rehabilitation_order 01/05/2025 (offence 01/04/2025)                 aged 18 then
//  Foxtrot  detention_training_order 01/06/2024, ends 01/12/2024 (offence 01/05/2024);
//           youth_rehabilitation_order 01/08/2025 (offence 02/06/2025)
//  Golf     youth_caution 01/04/2024 (offence 01/03/2024); youth_caution 01/10/2025 (offence 01/04/2025)
//  Hotel    referral_order 01/05/2024 (offence 01/04/2024); referral_order 02/11/2025 (offence 01/06/2024)
//
// Episodes:
//  missing  Bravo 01/05/2025–02/05/2025 RHI 03/05; Bravo 01/07/2025–03/07/2025 RHI 04/07;
//           Bravo 01/12/2025–02/12/2025 no RHI; Golf 01/08/2025–01/08/2025 RHI 02/08;
//           Golf 31/03/2026–01/04/2026 RHI 02/04; Golf 01/04/2026–22/11/2026 no RHI;
//           Golf 20/11/2026–23/11/2026 no RHI; Alpha 24/11/2026 still missing;
//           India (closed) 01/09/2024–02/09/2024 no RHI
//  nrm      Bravo start 10/04/2025, RG positive 01/05/2025, CG pending
//           Foxtrot start 01/01/2025, RG positive 01/02/2025, CG positive 01/09/2025
//           Hotel start 01/05/2025, RG positive 01/06/2025, CG negative 01/10/2025
//           Delta start 01/10/2026, RG positive 01/11/2026
//  semh     Alpha 01/05/2025 seen 29/05/2025; Bravo 01/06/2025 seen 15/07/2025;
//           Delta 20/03/2026 not seen; Golf 10/11/2026 not seen
//  exclusion Alpha suspension 01/09/2025; Bravo suspension 01/10/2025; Delta permanent 15/01/2026
//  knife_crime Golf 01/06/2025 (aged 16); Echo 01/02/2026 (aged 18); Hotel 01/07/2024
//
// Safety plans: Bravo v1 active, activated 01/06/2025, review 20/11/2026;
//               Golf v1 superseded, activated 01/02/2025; v2 active, activated 01/05/2026, review 31/12/2026;
//               Delta v1 draft.

#include "KpiFixture.h"

namespace trellis::test::kpifixture {

struct Scenario {
    QString ada, ben, cy;
    QMap<QString, QString> id; // given name -> young person id
    QString nameOf(const QString& youngPersonId) const { return id.key(youngPersonId); }
};

inline Scenario buildScenario(KpiFixture& f)
{
    using M = QMap<QString, QVariant>;
    const auto d = [](int y, int m, int day) { return QDate(y, m, day); };
    const QString yes = QStringLiteral("yes");
    Scenario s;
    s.ada = f.worker(QStringLiteral("ada.fixture"), QStringLiteral("Ada Fixture"), QStringLiteral("North"));
    s.ben = f.worker(QStringLiteral("ben.fixture"), QStringLiteral("Ben Fixture"), QStringLiteral("North"));
    s.cy = f.worker(QStringLiteral("cy.fixture"), QStringLiteral("Cy Fixture"), QStringLiteral("South"));

    s.id["Alpha"] = f.person("Alpha", d(2010, 6, 1), s.ada,
                             {{"risk_serious_harm", "high"}, {"next_contact_due", d(2026, 11, 25)},
                              {"send_status", "ehcp"}, {"learning_plan", yes}, {"mental_health", "attending"},
                              {"suitable_accommodation", yes}});
    s.id["Bravo"] = f.person("Bravo", d(2009, 1, 15), s.ben,
                             {{"ethnicity", "black_caribbean"}, {"next_contact_due", d(2026, 11, 26)},
                              {"ete_status", "neet"}, {"send_status", "sen_support"}, {"learning_plan", yes},
                              {"mental_health", "intervention_offered"}, {"suitable_accommodation", yes}});
    s.id["Charlie"] = f.person("Charlie", d(2015, 8, 1), s.ada,
                               {{"ethnicity", "black_african"}, {"send_status", "sen_support"},
                                {"learning_plan", "no"}, {"mental_health", "need_identified"},
                                {"suitable_accommodation", yes}});
    s.id["Delta"] = f.person("Delta", d(2007, 10, 1), s.ben,
                             {{"ethnicity", "asian_pakistani"}, {"safety_wellbeing", "medium"},
                              {"next_contact_due", d(2026, 10, 1)}, {"mental_health", "no_need"},
                              {"suitable_accommodation", yes}});
    s.id["Echo"] = f.person("Echo", d(2007, 5, 1), s.cy,
                            {{"ethnicity", "white_irish"}, {"safety_wellbeing", "high"},
                             {"suitable_accommodation", yes}});
    s.id["Foxtrot"] = f.person("Foxtrot", d(2010, 2, 2), s.cy,
                               {{"ethnicity", "asian_indian"}, {"suitable_accommodation", yes},
                                {"substance_misuse", "need_identified"}});
    s.id["Golf"] = f.person("Golf", d(2009, 3, 3), s.ada,
                            {{"ethnicity", "mixed_other"}, {"safety_wellbeing", "very_high"},
                             {"suitable_accommodation", "no"}});
    s.id["Hotel"] = f.person("Hotel", d(2009, 3, 3), s.ben,
                             {{"ethnicity", "white_irish"}, {"safety_wellbeing", "medium"},
                              {"risk_serious_harm", "medium"}, {"ete_status", "neet"}});
    s.id["India"] = f.person("India", d(2008, 1, 1), s.cy,
                             {{"ethnicity", "not_stated"}, {"status", "closed"}, {"safety_wellbeing", "very_high"},
                              {"next_contact_due", d(2026, 1, 1)}});
    s.id["Juliet"] = f.person("Juliet", d(2008, 11, 26), s.ada,
                              {{"ethnicity", "other_arab"}, {"safety_wellbeing", "medium"}, {"ete_status", "neet"}});
    s.id["Kilo"] = f.person("Kilo", d(2010, 11, 27), s.ben, {{"ethnicity", "not_stated"}});
    s.id["Lima"] = f.person("Lima", d(2012, 1, 1), QString(), {{"ethnicity", "white_other"}});

    const auto offence = [](const QDate& day) { return M{{"offence_date", day}}; };
    f.intervention(s.id["Alpha"], "youth_caution", d(2025, 3, 31), offence(d(2025, 3, 1)));
    f.intervention(s.id["Alpha"], "referral_order", d(2025, 6, 10), offence(d(2025, 5, 1)));
    f.intervention(s.id["Bravo"], "diversion_triage", d(2024, 5, 1));
    f.intervention(s.id["Bravo"], "youth_conditional_caution", d(2025, 4, 1), offence(d(2025, 3, 1)));
    f.intervention(s.id["Charlie"], "youth_caution", d(2025, 3, 1), offence(d(2025, 2, 1)));
    f.intervention(s.id["Delta"], "referral_order", d(2025, 9, 30), offence(d(2025, 9, 1)));
    f.intervention(s.id["Echo"], "youth_rehabilitation_order", d(2025, 5, 1), offence(d(2025, 4, 1)));
    f.intervention(s.id["Foxtrot"], "detention_training_order", d(2024, 6, 1),
                   {{"offence_date", d(2024, 5, 1)}, {"end_date", d(2024, 12, 1)}});
    f.intervention(s.id["Foxtrot"], "youth_rehabilitation_order", d(2025, 8, 1), offence(d(2025, 6, 2)));
    f.intervention(s.id["Golf"], "youth_caution", d(2024, 4, 1), offence(d(2024, 3, 1)));
    f.intervention(s.id["Golf"], "youth_caution", d(2025, 10, 1), offence(d(2025, 4, 1)));
    f.intervention(s.id["Hotel"], "referral_order", d(2024, 5, 1), offence(d(2024, 4, 1)));
    f.intervention(s.id["Hotel"], "referral_order", d(2025, 11, 2), offence(d(2024, 6, 1)));

    const QString missing = QStringLiteral("missing");
    const auto back = [](const QDate& end, const QDate& rhi) {
        M fields{{"end_date", end}};
        if (rhi.isValid())
            fields.insert("return_interview_date", rhi);
        return fields;
    };
    f.episode(s.id["Bravo"], missing, d(2025, 5, 1), back(d(2025, 5, 2), d(2025, 5, 3)));
    f.episode(s.id["Bravo"], missing, d(2025, 7, 1), back(d(2025, 7, 3), d(2025, 7, 4)));
    f.episode(s.id["Bravo"], missing, d(2025, 12, 1), back(d(2025, 12, 2), {}));
    f.episode(s.id["Golf"], missing, d(2025, 8, 1), back(d(2025, 8, 1), d(2025, 8, 2)));
    f.episode(s.id["Golf"], missing, d(2026, 3, 31), back(d(2026, 4, 1), d(2026, 4, 2)));
    f.episode(s.id["Golf"], missing, d(2026, 4, 1), back(d(2026, 11, 22), {}));
    f.episode(s.id["Golf"], missing, d(2026, 11, 20), back(d(2026, 11, 23), {}));
    f.episode(s.id["Alpha"], missing, d(2026, 11, 24));
    f.episode(s.id["India"], missing, d(2024, 9, 1), back(d(2024, 9, 2), {}));

    const QString nrm = QStringLiteral("nrm");
    f.episode(s.id["Bravo"], nrm, d(2025, 4, 10),
              {{"nrm_reasonable_grounds", "positive"}, {"nrm_reasonable_grounds_on", d(2025, 5, 1)},
               {"nrm_conclusive_grounds", "pending"}});
    f.episode(s.id["Foxtrot"], nrm, d(2025, 1, 1),
              {{"nrm_reasonable_grounds", "positive"}, {"nrm_reasonable_grounds_on", d(2025, 2, 1)},
               {"nrm_conclusive_grounds", "positive"}, {"nrm_conclusive_grounds_on", d(2025, 9, 1)}});
    f.episode(s.id["Hotel"], nrm, d(2025, 5, 1),
              {{"nrm_reasonable_grounds", "positive"}, {"nrm_reasonable_grounds_on", d(2025, 6, 1)},
               {"nrm_conclusive_grounds", "negative"}, {"nrm_conclusive_grounds_on", d(2025, 10, 1)}});
    f.episode(s.id["Delta"], nrm, d(2026, 10, 1),
              {{"nrm_reasonable_grounds", "positive"}, {"nrm_reasonable_grounds_on", d(2026, 11, 1)}});

    const QString semh = QStringLiteral("semh");
    f.episode(s.id["Alpha"], semh, d(2025, 5, 1), {{"first_appointment_date", d(2025, 5, 29)}});
    f.episode(s.id["Bravo"], semh, d(2025, 6, 1), {{"first_appointment_date", d(2025, 7, 15)}});
    f.episode(s.id["Delta"], semh, d(2026, 3, 20));
    f.episode(s.id["Golf"], semh, d(2026, 11, 10));

    const QString exclusion = QStringLiteral("exclusion");
    f.episode(s.id["Alpha"], exclusion, d(2025, 9, 1),
              {{"exclusion_kind", "suspension"}, {"exclusion_days", QVariant::fromValue<qlonglong>(3)}});
    f.episode(s.id["Bravo"], exclusion, d(2025, 10, 1),
              {{"exclusion_kind", "suspension"}, {"exclusion_days", QVariant::fromValue<qlonglong>(2)}});
    f.episode(s.id["Delta"], exclusion, d(2026, 1, 15), {{"exclusion_kind", "permanent"}});

    const QString knife = QStringLiteral("knife_crime");
    f.episode(s.id["Golf"], knife, d(2025, 6, 1));
    f.episode(s.id["Echo"], knife, d(2026, 2, 1));
    f.episode(s.id["Hotel"], knife, d(2024, 7, 1));

    f.plan(s.id["Bravo"], 1, "active", d(2025, 6, 1), d(2026, 11, 20));
    f.plan(s.id["Golf"], 1, "superseded", d(2025, 2, 1), d(2025, 8, 1));
    f.plan(s.id["Golf"], 2, "active", d(2026, 5, 1), d(2026, 12, 31));
    f.plan(s.id["Delta"], 1, "draft", {}, {});
    return s;
}

} // namespace trellis::test::kpifixture
