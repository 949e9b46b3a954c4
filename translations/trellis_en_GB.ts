<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>BoardReport</name>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth Justice Service: performance report for the management board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue work and YJB indicators as at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures read from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small numbers: counts of 1 to 4 are shown as &quot;&lt;5&quot;, and no percentage, share or rate is worked out from them; a total that would reveal one is left out. The figures describe the young people this service&apos;s store holds for the scope above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 10–17 population figures used for disproportionality are Trellis&apos;s example values, not this area&apos;s: population shares and relative rates are illustrations only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(p): provisional, the follow-up time has not yet run its course. Change: the latest year against the one before (percentages in percentage points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pop. 10–17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload: open young people as at today. FTE (first-time entrants) and custody: in the period. Shares are of young people with a stated ethnicity. RRI (relative rate index): the group&apos;s rate per 10–17 population divided by the rate for White children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth-safety measures, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five financial years are left out of a report for a custom period: a year&apos;s figure minus this period&apos;s would reveal small numbers by subtraction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth-safety measures over five years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts; suppressed counts are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentages; a percentage from a suppressed count is not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YJB key performance indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases as at the report date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases as at the report date; counts of 1 to 4 not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open young people by lead worker and risk (workload); counts of 1 to 4 not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disproportionality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares of each ethnic group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance report for the management board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>CCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child criminal exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child sexual exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gang-affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of going missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knife crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim of knife crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of serious harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety and wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reoffending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood of reoffending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contact due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case clocks run out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceLabels</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian, Asian British or Asian Welsh: Bangladeshi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian, Asian British or Asian Welsh: Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian, Asian British or Asian Welsh: Indian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian, Asian British or Asian Welsh: Pakistani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian, Asian British or Asian Welsh: Other Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black, Black British, Black Welsh, Caribbean or African: African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black, Black British, Black Welsh, Caribbean or African: Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black, Black British, Black Welsh, Caribbean or African: Other Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed or Multiple ethnic groups: White and Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed or Multiple ethnic groups: White and Black African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed or Multiple ethnic groups: White and Black Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: English, Welsh, Scottish, Northern Irish or British</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: Irish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: Gypsy or Irish Traveller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: Roma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: Other White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ethnic group: Arab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ethnic group: Any other ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in education, employment or training (NEET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No special educational needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education, health and care plan (EHCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child in need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child protection plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care leaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversion or triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth conditional caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth rehabilitation order (YRO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth rehabilitation order with intensive supervision and surveillance (ISS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention and training order (DTO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint visit with police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places that are not safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things that help me cope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing from home or care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Referral Mechanism (NRM) referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion from school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social, emotional and mental health (SEMH) referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim of knife crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not screened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened: no need identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need identified, intervention offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need identified, attending an intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension (fixed period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictValueText</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a value Trellis cannot show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan v%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted adult %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to trusted adult %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a trusted adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Team caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth-safety measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YJB indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disproportionality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open young people by lead worker and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work overdue today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people or events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth-safety measures: percentages by financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth-safety measures: counts by financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YJB key performance indicators (open cases, as at today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each ethnic group: population 10–17 against the caseload, first-time entrants and custody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures have not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityLabels</name>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted adult link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education, training or employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education or training provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suitable accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formal learning plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mental health and emotional wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substance misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child criminal exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child sexual exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gang-affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk of going missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>victim of knife crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domestic abuse at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety and wellbeing rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk of serious harm rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likelihood of reoffending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next contact due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when they can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason not to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervention type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offence category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offence date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date and time of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who was present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan in my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed by the young person on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed by the parent or carer on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed by the practitioner on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return home interview date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasonable-grounds decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasonable-grounds decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conclusive-grounds decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conclusive-grounds decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>Enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters, or at least %2 words (for example three or four unrelated words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even the Trellis team or your IT service. If you forget it, the records on this computer are lost; only records that have been synced to the central store can be downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>change of lead worker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>%1 (known as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return home interview overdue (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEMH first appointment overdue (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contact overdue (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing: the interview clock starts on return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return home interview held late on %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return home interview held on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return home interview due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First appointment late on %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First appointment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEMH first appointment due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusive grounds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting reasonable-grounds decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasonable grounds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DO NOT CONTACT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectionReason</name>
    <message>
        <source>The central store has no record you may see with this change: it may have been deleted, or the young person may have moved to another worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact cannot be changed once it is logged. Log a new contact to add to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead worker changes only when a supervisor reallocates the young person, not by editing the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store already holds a different change with the same number. Please tell your system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store does not know the field “%1”. Trellis on this laptop may be newer or older than the central store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values broke one of the central store&apos;s rules for this record (for example a date before another, or a second active plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store could not read the change. Please tell your system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store refused this change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanDiff</name>
    <message>
        <source>Signs that things are going wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places and people that aren&apos;t safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I can do to cope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we agreed to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: removed (was %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: removed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: moved %2 from place %3 to place %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 changed to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rating changed from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 changed from %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanDocument</name>
    <message>
        <source>My safety plan, version %1. Page %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will look at it again by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a draft. It has not been agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old version. Ask my worker for the latest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My code word is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I say or text my code word to someone on this plan, it means I need help and can&apos;t say why. They will call me or come and get me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs that things are going wrong for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I notice these, it&apos;s time to use this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places and people that aren&apos;t safe for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red means stay away. Amber means be careful. Green means OK for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stay away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be careful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places where I feel safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe ways to get around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I can do to cope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I feel wound up, scared or low, I can:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can call or text them if I need help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals I can contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I&apos;m in danger right now, I call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To talk to someone, I can call Childline free on %1, any time, day or night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we agreed to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan in my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who agreed this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will look at this plan again by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanPrinter</name>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start printing. Check the printer or the folder chosen for the PDF, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer stopped after %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanStore</name>
    <message>
        <source>%1, item %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusQueries</name>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>may only hold digits, spaces, brackets, hyphens and a leading +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a phone number (expected a UK number such as 020 7946 0000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the right length but is not a number in use that Trellis knows of; check it with the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid phone number: check the number of digits (a UK number has 10 or 11, such as 020 7946 0000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be before the contact it follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 when the contact did not take place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a return home interview can be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRM referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a conclusive-grounds decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for an exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEMH referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interventions that follow an offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be before the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only applies to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once a plan has been active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for an active plan, so it is not forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a single word or short phrase on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for an unsafe place, area or person (red, amber or green)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsafe places, areas and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for an agreed action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to link a trusted adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted-adult links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when an adult must not be contacted, so others know why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once consent has been asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when a verification date is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required before another number is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives an age of %1; Trellis holds young people aged %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the first half of a postcode only, such as SE15 or M1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may only hold letters, digits, hyphens and slashes, such as YP-00042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with a lower-case letter and hold only lower-case letters, digits, dots, hyphens and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of the %1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a record id (a UUID such as 0b7e6a4c-2f1d-4d8e-9a3b-5c6d7e8f9a0b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long: at most %1 characters (this has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds control characters that cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date (day, month and year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too far in the past to be right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than %1 years ahead; check the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an email address (expected something like name@example.org)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::CaseloadModel</name>
    <message>
        <source>%1 %2</source>
        <comment>given name, family name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ‘%2’ %3</source>
        <comment>given name, preferred name, family name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHI overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEMH overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, known as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return home interview overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEMH first appointment overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case clocks overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::KpiDisproportionalityModel</name>
    <message>
        <source>Relative rate index: this group&apos;s rate per 10–17 population divided by the rate for White children. Above 1: over-represented. Not given when either count is suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the young people with a stated ethnicity. Not given for a suppressed count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population 10–17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload RRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time entrants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE RRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody RRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first-time entrants, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custodial outcomes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::KpiDrillDownModel</name>
    <message>
        <source>(not on this laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::KpiMeasureTableModel</name>
    <message>
        <source>%1%2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional: the follow-up time for this period has not yet run its course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest year against the one before; percentages in percentage points. Not given when either figure is suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::KpiSnapshotModel</name>
    <message>
        <source>Overdue work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: everyone counted in the percentage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::KpiTeamCaseloadModel</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open young people whose lead worker is %1, at %2 risk (the higher of the safety and wellbeing and the risk of serious harm ratings). Press Enter to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all open young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::Session</name>
    <message numerus="yes">
        <source>Too many attempts. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Too many attempts. Wait %n second, then try again.</numerusform>
            <numerusform>Too many attempts. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::SyncService</name>
    <message>
        <source>No central store is set up on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::SyncWords</name>
    <message>
        <source>The server could not be reached. Check the server name and port, and that this laptop is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost. Nothing you saved is lost; Trellis will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: it was not signed by the CA certificate file given. Ask your IT team for the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another server name. Check the server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file is missing or cannot be read. Choose the file your IT team gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection, so Trellis did not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only accepts encrypted connections. Turn off &quot;No encryption&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login or password. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account on the central store is disabled. Ask your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server turned this login away for that database. Check the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That database holds no Trellis central store. Check the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store is older than this version of Trellis. Ask your IT team to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store is newer than this version of Trellis. Update Trellis on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is not connected to a central store yet. Open Connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled. What it had done is kept; the next sync carries on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store refused a change for lack of permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s store could not be read or written. Nothing you saved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped because of an unexpected problem. Trellis will try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::kpi::EthnicGroups</name>
    <message>
        <source>Asian or Asian British</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black, Black British, Caribbean or African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed or multiple ethnic groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::kpi::Measure</name>
    <message>
        <source>Contacts overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases whose next contact was due before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases whose active safety plan has a review date before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return home interviews not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing episodes of open cases where the young person has returned, no return home interview is recorded and more than 3 days (72 hours) have passed since the return date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEMH first appointments overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEMH referrals of open cases with no first appointment recorded and more than 28 days passed since the referral date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive NRM decision, no active safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases with a positive NRM decision (a positive conclusive grounds decision, or a positive reasonable grounds decision while the conclusive decision is pending or not recorded) not dated after today, and no active safety plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time entrants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people whose first ever substantive outcome (youth caution, youth conditional caution or a court sentence: referral order, youth rehabilitation order with or without ISS, detention and training order) has its outcome date in the period, aged 10 to 17 on that date. The outcome date is the recorded outcome date, else the start date. Triage, community resolutions, prevention and remand are not substantive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodial sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention and training orders whose outcome date (else start date) is in the period, one per order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proven reoffending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort: young people with a substantive outcome, or a release from custody (the end date of a detention and training order), in the period; the index date is the first such date in the period. Reoffenders: those with another substantive outcome for an offence committed after the index date and within 12 months of it, whose outcome date is within 18 months of the index date. Provisional until 18 months after the period ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEET aged 16–17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases aged 16 or 17 today whose education, training or employment status is NEET (not in education, employment or training). A snapshot as at today: the store keeps the current status, not its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing episodes that started in the period, one per episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people with at least one missing episode that started in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive NRM with a safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people with a positive NRM decision dated in the period (the date of the positive conclusive decision, else of the positive reasonable grounds decision while the conclusive one is pending or not recorded); counted when a version of their safety plan was activated on or before the end of the period (or today, if earlier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEMH first appointment within 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEMH referrals made in the period, one per referral, leaving out referrals still inside their 28 days with no appointment yet; counted when the first appointment was on or before the 28th day after the referral date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School exclusions recorded as suspensions (fixed-term) that started in the period, one per exclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School exclusions recorded as permanent that started in the period, one per exclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knife-crime victims under 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people recorded as a victim of knife crime on a day in the period, aged under 25 on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitable accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases whose accommodation is recorded as suitable, of all open cases. Unknown counts as not suitable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In education, training or employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases whose education, training or employment status is not NEET, of all open cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND: in ETE with a formal learning plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases with special educational needs (SEN support or an EHCP) who are in education, training or employment and have a formal learning plan, of all open cases with special educational needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health: need identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases screened for mental health and emotional wellbeing needs where a need was identified, of all open cases screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health: intervention offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases offered an intervention for an identified mental health need (or attending one), of all open cases with a need identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health: attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases attending an intervention for their mental health need, of all open cases offered one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance misuse: need identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases screened for substance misuse where a need was identified, of all open cases screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance misuse: intervention offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases offered an intervention for an identified substance misuse need (or attending one), of all open cases with a need identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance misuse: attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases attending an intervention for substance misuse, of all open cases offered one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::CaseloadView</name>
    <message>
        <source>Search by name or reference (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the caseload by name or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum risk rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The higher of risk of serious harm and safety and wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;lags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contact, safety plan review or a case clock overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the young person&apos;s changes have reached the central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversion or triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reoffending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCE, County lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEMH overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n young people; loading the rest…</source>
        <translation>
            <numerusform>Showing the first young person; loading the rest…</numerusform>
            <numerusform>Showing the first %n young people; loading the rest…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n young people</source>
        <translation>
            <numerusform>%n young person</numerusform>
            <numerusform>%n young people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n young people</source>
        <translation>
            <numerusform>Showing %1 of %n young person</numerusform>
            <numerusform>Showing %1 of %n young people</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows the young people whose name or reference contains what you type; Down moves to the list, Enter opens the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your young people, one a row; the arrow keys move, Enter opens the record, Ctrl+N adds a young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only young people with this vulnerability flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show open cases, closed cases or both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::ConflictEditDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write the date as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value to keep, as dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the conflict with the value above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without settling the conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::ConflictInboxView</name>
    <message>
        <source>&amp;Conflicts to settle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a value of your own, starting from one of the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
opened %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep t&amp;his</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep th&amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is settled here. Your choice will reach the central store with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that clashed with a colleague&apos;s; choose which value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conflict; both values and a Keep button for each are shown below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the young person&apos;s record this conflict is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the conflict with this value: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::ConnectionSettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption (development only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: without encryption, records and your password cross the network in the clear. Only for a test server on this laptop, never for real records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored (type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store&apos;s name or address, as your IT team gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store&apos;s database name; usually trellis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own login to the central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your central store password; kept only in the encrypted store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that proves the server is the council&apos;s; PEM format, from your IT team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect without TLS: only for a test server on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to connect with these settings, without saving them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these settings for the next syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number from 1 to 65535, given by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::ContactListModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contact due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::ContactsTab</name>
    <message>
        <source>Save contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contact (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this contact again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past contacts, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next contact arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contact overdue (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contact due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored an unsaved contact from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::CreateStorePage</name>
    <message>
        <source>&amp;Create my store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Trellis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trellis keeps your caseload on this computer, encrypted with a passphrase only you know. Choose one of at least %1 characters, or at least %2 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an &amp;existing store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store will be created at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters or %2 words; it encrypts your caseload and cannot be recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase, to check it was typed as meant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new encrypted store with this passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store that already exists on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::DashboardTab</name>
    <message>
        <source>%1: table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure of the chart. Press Enter on a figure to list the young people behind it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::DashboardView</name>
    <message>
        <source>Supervisor dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open young people by lead worker. Exact counts: this is a work list. Click a bar, or press Enter on a number, to list the young people behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work overdue today on open cases. Exact counts: this is a work list; exports show counts of 1 to 4 as &quot;&lt;5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The youth-safety strategy&apos;s measures for five financial years. Counts of 1 to 4 are shown as &quot;&lt;5&quot; and no percentage is worked out from them. Point at a measure for its definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YJB key performance indicators for open cases as at today. Counts of 1 to 4 are shown as &quot;&lt;5&quot; and no percentage is worked out from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the figures were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the chart of the page shown, with counts of 1 to 4 left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;measures (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every measure for this scope as a CSV file; counts of 1 to 4 as &quot;&lt;5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management board&apos;s report for this scope: charts, tables and definitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the store again, for changes made since the figures were read (F5 syncs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s first day is after its last: choose the dates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population file could not be read (%1), so there are no population shares or relative rates; the caseload shares are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example population: the 10–17 population figures are Trellis&apos;s example values, not your area&apos;s, so the population shares and relative rates below are only an illustration. Your administrator can put the local figures in trellis/population-10-17.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts of 1 to 4 are shown as &quot;&lt;5&quot;; no share or rate is worked out from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open young people with no stated ethnicity, in no group: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures read from this laptop&apos;s store at %1 on %2. %3; %4; %5; as at %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the measures as CSV: %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures were not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the board report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the board report: %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board report was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the figures of one team, or of every team you can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the figures of one lead worker&apos;s young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial year the measures count, or a custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the custom period, dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the custom period, dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::DateInput</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from a calendar (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date and a 24-hour time, such as %1 15:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a time that does not exist: use the 24-hour clock, from 00:00 to 23:59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the year in full, such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written as day/month/year, such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date that exists: check the day and the month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::DrillDownDialog</name>
    <message>
        <source>%1. Rows: %2. Press Enter or double-click to open a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this list is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One young person a row; the arrow keys move, Enter opens the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the list and go back to the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::EpisodeListModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started or referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended or returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock or outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::EpisodesTab</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes, latest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of episode to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New episode of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this episode (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New episode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the episode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored unsaved changes from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happened, then Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new episode of the kind chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the episode the list is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this episode without saving and go back to the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::FieldInput</name>
    <message>
        <source>A UK phone number, such as 020 7946 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day/month/year and 24-hour time, such as 14/02/2026 15:30. F4 opens a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day/month/year, such as 14/02/2012. F4 opens a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not one of the choices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text of up to %n characters; Tab moves to the next field.</source>
        <translation>
            <numerusform>Text of up to %n character; Tab moves to the next field.</numerusform>
            <numerusform>Text of up to %n characters; Tab moves to the next field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text of up to %n characters.</source>
        <translation>
            <numerusform>Text of up to %n character.</numerusform>
            <numerusform>Text of up to %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address, such as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number from %1 to %2; below that is &quot;Not recorded&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one from the list; the arrow keys or the first letters move through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only; it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::JoinProgressDialog</name>
    <message>
        <source>Connecting to the central store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting your caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress getting your caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping; everything that arrived is kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop for now; what has arrived is kept and the next sync carries on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of your young people&apos;s records have arrived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::LanguageBox</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language / Iaith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language Trellis uses. It changes at once on this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language / Iaith:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language / Iaith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Welsh when the computer is set to Welsh, otherwise English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trellis is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase that encrypts your caseload on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;different store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to open the caseload in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. You can try again in %n seconds.</source>
        <translation>
            <numerusform>Too many attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is not correct for this store. Check it and try again; the store has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the caseload with this passphrase (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another encrypted store file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trellis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team caseload, overdue work, measures and indicators for your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer on your caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Trellis store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trellis stores (*.trellis);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer on your caseload. Their record has been removed from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::ModelBarChart</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar chart. %1. Arrow keys move between bars; Enter lists the young people behind one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::PlanHistoryView</name>
    <message>
        <source>&amp;Versions (select two to compare them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced (superseded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2 · created %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · activated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · review by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first version: nothing to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two versions to see what changed between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed from version %1 to version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one version to see it, or two with Shift or Ctrl to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was added, removed or changed between the versions selected, in words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::PlanPrintBar</name>
    <message>
        <source>&amp;Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save card as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file will not be encrypted: anyone who can open the file can read it. Save it only where your service allows, and delete it when it is no longer needed. Save it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save card as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: the PDF was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) as PDF.</source>
        <translation>
            <numerusform>Saved %n page as PDF.</numerusform>
            <numerusform>Saved %n pages as PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: nothing was printed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints and saves in bigger letters, for a young person who finds small print hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the whole saved plan in the young person&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the discreet wallet card: a code word, one adult&apos;s first name and number, and Childline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole saved plan as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the discreet wallet card as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::PlanVersionController</name>
    <message>
        <source>Error: this young person&apos;s record could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: the safety plan could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: the plan was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: the plan was not saved.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: no new version was made. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is a draft copy of the plan. Change it, then activate it when it has been agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make version %1 the plan in use? Version %2 will be kept as superseded and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make version %1 the plan in use? It can no longer be changed once active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: the plan was not activated. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is now the plan in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::ProfileTab</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead &amp;worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored unsaved changes from %1. Save them, or Discard to go back to the saved record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change just undone (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker responsible for this young person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::ReallocateDialog</name>
    <message>
        <source>Move %1 to another worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the worker in your team who will hold %1&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers in your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each worker&apos;s name, role and how many young people they hold now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reallocation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to the chosen worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the team&apos;s workers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You seem to be offline: the central store could not be reached. Nothing was changed; try again when you are connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store refused your password. Check your connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your central account has been deactivated. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or a manager can move young people between workers, and the central store does not list you as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not visible to you on the central store: they may have moved to another team already, or not have synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That worker, or %1&apos;s current worker, is not in your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That worker is no longer active. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allocated to anyone yet; an administrator allocates them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your team&apos;s workers from the central store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a worker, then Move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current worker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their current worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will move from %2 to %3. %2&apos;s laptop removes the record at their next sync, after sending their unsynced changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now belongs to %2. It reaches both laptops at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already belonged to %2; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the young person to the worker chosen in the list, after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the central store for the team&apos;s workers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without moving anyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::ReallocationAction</name>
    <message>
        <source>&amp;Move to another worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected young person to another worker in your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a young person in the caseload first, then move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a young person needs the central store: set up the connection first (Sync → Connection settings…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::RecordForm</name>
    <message>
        <source>Problems with fields not on this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked the values marked Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked the values marked “Check:”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One problem to put right before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problems to put right before saving.</source>
        <translation>
            <numerusform>%n problem to put right before saving.</numerusform>
            <numerusform>%n problems to put right before saving.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required fields still empty will be marked when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the values marked “Check:”, then tick the box to confirm them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::RecordHeader</name>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict — open the conflict inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the conflict &amp;inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected change — see details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety and wellbeing: %1  ·  Risk of serious harm: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the profile and save it; the other tabs open once it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::RecordTab</name>
    <message>
        <source>Unsaved changes could not be kept as a draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a row; the arrow keys move through it, Tab leaves it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::RecordView</name>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This young person is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything could be saved: the %1 tab shows what needs putting right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them, discard them, or cancel and stay on the record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the young person is: details, ratings, needs and lead worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adults the young person trusts, and anyone not to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a contact and read past contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing episodes, referrals, exclusions and other events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The young person&apos;s safety plan in their own words, its versions and printing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::RejectedChangesView</name>
    <message>
        <source>&amp;Refused changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refused values and what the record holds now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the record holds now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy my values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the values you tried on the clipboard, to type them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have read this; put it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refused changes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
refused %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no such record here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refused changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was a new record. It was refused, so it has been removed from this laptop; copy your values to enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your values are on the clipboard until Trellis locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not dismiss: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the central store refused, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a refused change; why it was refused is shown below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One field a row: what you tried, and what the record holds now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the young person&apos;s record the refused change was for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::SafetyPlanEditor</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard every unsaved change to this plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes to this plan from your last session were restored. Save them, or discard them to go back to the saved plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: make a new version to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: check the messages beside the plan&apos;s fields, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: set a review date before activating the plan, so that it is not forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan before printing it, so that the printed copy matches a saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to the plan (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change just undone (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this version of the plan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the plan as last saved, after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a draft copy of this plan to change; the plan in use stays until the copy is activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this draft the plan in use, after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of the plan and what changed between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the plan history and go back to the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::SectionEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place, area or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected item; F2 edits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item up in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item down in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adult no longer linked to this young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ DO NOT CONTACT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: write the date as dd/mm/yyyy, for example 14/02/2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a line to this section and starts editing it; Enter keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the line the list is on; Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the selected line one place up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the selected line one place down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating for item %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How safe the young person feels there: red, amber or green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted adult for item %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the young person&apos;s trusted adults; an adult not to be contacted cannot be chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::SyncDetailDialog</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, syncing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your changes and get the team&apos;s now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store&apos;s address, your login and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether Trellis can reach the central store, and what is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the sync details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::SyncStatusBar</name>
    <message>
        <source>Sending your changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing young people no longer on your caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Getting your caseload: %n records</source>
        <translation>
            <numerusform>Getting your caseload: %n record</numerusform>
            <numerusform>Getting your caseload: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Getting updates: %n records</source>
        <translation>
            <numerusform>Getting updates: %n record</numerusform>
            <numerusform>Getting updates: %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sync (see Sync details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::TrustedAdultModel</name>
    <message>
        <source>Do not contact this adult. No reason is recorded: ask the case manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact this adult: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (checked %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::TrustedAdultsTab</name>
    <message>
        <source>&amp;Add an adult…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link an existing adult…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role for this young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this adult (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role for this young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search trusted adults by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of a given or family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an adult who is already recorded (for example for a brother or sister)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trusted adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted adult: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the adult: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted adult (restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored unsaved changes from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult could not be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not link the adult: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new trusted adult for this young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the adult the list is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an adult already recorded for another young person, such as a sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the adult is to this young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this adult without saving and go back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of a given or family name; the adults found are listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the adult to link; the arrow keys move through the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the linked adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the adult found is to this young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the adult chosen in the list, in the role chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop linking and go back to the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::ui::WorkArea</name>
    <message>
        <source>← &amp;Back to caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety plan has changes that are not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this screen and show the list of young people (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety pla&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
