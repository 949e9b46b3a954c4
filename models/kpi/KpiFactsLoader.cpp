#include "KpiFacts.h"
#include "PopulationTable.h"

#include "domain/Entities.h"
#include "store/Database.h"
#include "store/ReadSnapshot.h"

#include <QDateTime>
#include <QTimeZone>

#include <sqlite3.h>

#include <functional>
#include <string>
#include <string_view>
#include <cstdint>
#include <deque>
#include <vector>

namespace trellis::kpi {

namespace {

// The loader steps SQLite statements itself rather than through Statement, whose text() makes a
// QString of every column: 100,000 young people with their interventions and episodes are over a
// million columns, nearly all enumerated words and dates. Here a word costs a comparison against
// the few distinct words seen so far, a date a few digit reads, and only ids and names allocate.

// Plain scans (NOT INDEXED): every row is wanted, so reading pages in file order beats walking a
// partial index and fetching each row from a random page (as CaseloadListQuery found). Only the
// columns the measures use are selected. The store is migrated to the latest schema whenever it
// is opened, so schema 8's columns are always there.
constexpr const char* kWorkers = "SELECT id, display_name, team FROM worker WHERE deleted = 0";

constexpr const char* kPeople =
    "SELECT id, reference, given_name, family_name, date_of_birth, ethnicity, lead_worker_id, status, "
    "ete_status, send_status, care_status, suitable_accommodation, safety_wellbeing, risk_serious_harm, "
    "next_contact_due, learning_plan, mental_health, substance_misuse FROM young_person NOT INDEXED "
    "WHERE deleted = 0";

// Only plans that were ever activated matter (drafts never count): the active one's review date,
// and the first activation of any version.
constexpr const char* kPlans = "SELECT young_person_id, status, review_date, activated_at FROM safety_plan "
                               "WHERE deleted = 0 AND status IN ('active', 'superseded')";

constexpr const char* kInterventions = "SELECT young_person_id, type, coalesce(outcome_date, start_date), "
                                       "start_date, end_date, offence_date FROM intervention NOT INDEXED "
                                       "WHERE deleted = 0";

constexpr const char* kEpisodes =
    "SELECT young_person_id, kind, start_date, end_date, return_interview_date, nrm_reasonable_grounds, "
    "nrm_reasonable_grounds_on, nrm_conclusive_grounds, nrm_conclusive_grounds_on, exclusion_kind, "
    "first_appointment_date FROM episode NOT INDEXED WHERE deleted = 0";

// One prepared statement, finalized on every path out.
class Rows {
public:
    Rows(sqlite3* db, const char* sql) { m_status = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Rows() { sqlite3_finalize(m_stmt); }
    Rows(const Rows&) = delete;
    Rows& operator=(const Rows&) = delete;

    bool next()
    {
        if (m_status != SQLITE_OK && m_status != SQLITE_ROW)
            return false;
        m_status = sqlite3_step(m_stmt);
        return m_status == SQLITE_ROW;
    }
    bool failed() const { return m_status != SQLITE_DONE; }
    int status() const { return m_status; }

    // Valid until the next step; empty for NULL.
    std::string_view text(int column) const
    {
        const auto* chars = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return chars ? std::string_view(chars, std::size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
    }
    QString string(int column) const
    {
        const std::string_view bytes = text(column);
        return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    }
    // An ISO date, or the date part of an ISO date-time ("2026-11-26T10:00:00Z"), as stored.
    QDate date(int column) const
    {
        const std::string_view s = text(column);
        if (s.size() < 10 || s[4] != '-' || s[7] != '-')
            return {};
        int parts[3] = {0, 0, 0};
        const std::size_t starts[3] = {0, 5, 8};
        const std::size_t lengths[3] = {4, 2, 2};
        for (int p = 0; p < 3; ++p) {
            for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
                if (s[i] < '0' || s[i] > '9')
                    return {};
                parts[p] = parts[p] * 10 + (s[i] - '0');
            }
        }
        return QDate(parts[0], parts[1], parts[2]); // invalid (e.g. 31 February) stays invalid
    }

    // The day in Europe/London of a stored UTC date-time: a plan activated at 23:30Z in summer
    // was activated the next day where the team works (and where `today` is judged). A bare
    // date is taken as it is.
    QDate londonDate(int column) const
    {
        const QDate utcDate = date(column);
        const std::string_view s = text(column);
        if (!utcDate.isValid() || s.size() <= 10)
            return utcDate;
        const QDateTime utc = QDateTime::fromString(string(column), Qt::ISODateWithMs);
        if (!utc.isValid())
            return utcDate;
        static const QTimeZone london(QByteArrayLiteral("Europe/London"));
        return london.isValid() ? utc.toTimeZone(london).date() : utc.toLocalTime().date();
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_status = SQLITE_OK;
};

// The distinct words of one column, each held once as a QString with its code, found by
// comparing bytes: a column of enumerated words has a handful of distinct values.
template <typename Code>
class Words {
public:
    struct Word {
        std::string bytes;
        QString text;
        Code code;
    };
    explicit Words(std::function<Code(const QString&)> codeOf) : m_codeOf(std::move(codeOf)) {}

    const Word& operator()(std::string_view bytes)
    {
        for (const Word& word : m_words) {
            if (word.bytes == bytes)
                return word;
        }
        QString text = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
        const Code code = m_codeOf(text);
        m_words.push_back({std::string(bytes), std::move(text), code});
        return m_words.back();
    }

private:
    std::function<Code(const QString&)> m_codeOf;
    std::deque<Word> m_words; // a deque: references handed out stay valid as words are added
};

// Ids to indexes without making a QString or a std::string of each id read: open addressing over
// a power-of-two table of (hash tag, index), the ids' bytes kept in one arena to confirm a match.
// A lookup costs a slot and an arena read; std::unordered_map cost a node allocation per id and
// three or four cache misses per lookup (half a million lookups at 100,000 young people).
class IdIndex {
public:
    void add(std::string_view id, int index)
    {
        if (std::size_t(index) != m_offsets.size())
            return; // indexes are dense, in order of adding
        m_offsets.push_back(std::uint32_t(m_arena.size()));
        m_lengths.push_back(std::uint32_t(id.size()));
        m_arena.append(id);
        if (2 * m_offsets.size() > m_slots.size())
            rebuild(std::max<std::size_t>(1024, 4 * m_offsets.size()));
        else
            place(std::hash<std::string_view>{}(id), index);
    }

    int find(std::string_view id) const
    {
        if (m_slots.empty())
            return -1;
        const std::size_t hash = std::hash<std::string_view>{}(id);
        const auto tag = std::uint32_t(hash >> 32);
        for (std::size_t slot = hash & m_mask;; slot = (slot + 1) & m_mask) {
            const Slot& found = m_slots[slot];
            if (found.index < 0)
                return -1;
            if (found.tag == tag && idAt(found.index) == id)
                return found.index;
        }
    }

private:
    struct Slot {
        std::uint32_t tag = 0;
        int index = -1;
    };

    std::string_view idAt(int index) const
    {
        return std::string_view(m_arena).substr(m_offsets[std::size_t(index)], m_lengths[std::size_t(index)]);
    }

    void place(std::size_t hash, int index)
    {
        std::size_t slot = hash & m_mask;
        while (m_slots[slot].index >= 0)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = {std::uint32_t(hash >> 32), index};
    }

    void rebuild(std::size_t size)
    {
        std::size_t capacity = 1; // a power of two, so a hash masks to a slot
        while (capacity < size)
            capacity *= 2;
        m_slots.assign(capacity, Slot{});
        m_mask = capacity - 1;
        for (std::size_t i = 0; i < m_offsets.size(); ++i)
            place(std::hash<std::string_view>{}(idAt(int(i))), int(i));
    }

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::string m_arena;
    std::vector<std::uint32_t> m_offsets;
    std::vector<std::uint32_t> m_lengths;
};

int indexOf(const IdIndex& index, std::string_view id)
{
    return index.find(id);
}

int riskRankOf(const QString& rating)
{
    return std::max(0, int(domain::choices::riskRating().indexOf(rating))); // unknown counts as low
}

Stage stageOf(const QString& word)
{
    return Stage(domain::choices::supportStage().indexOf(word)); // -1: Unknown
}

NrmGrounds groundsOf(const QString& word)
{
    if (word.isEmpty())
        return NrmGrounds::Empty;
    if (word == QLatin1String("pending"))
        return NrmGrounds::Pending;
    if (word == QLatin1String("positive"))
        return NrmGrounds::Positive;
    if (word == QLatin1String("negative"))
        return NrmGrounds::Negative;
    return NrmGrounds::Other;
}

EpisodeKind kindOf(const QString& word)
{
    static const QStringList kinds{QStringLiteral("missing"), QStringLiteral("nrm"), QStringLiteral("exclusion"),
                                   QStringLiteral("semh"), QStringLiteral("knife_crime")};
    const qsizetype found = kinds.indexOf(word);
    return found < 0 ? EpisodeKind::Other : EpisodeKind(found);
}

ExclusionKind exclusionOf(const QString& word)
{
    if (word == QLatin1String("suspension"))
        return ExclusionKind::Suspension;
    if (word == QLatin1String("permanent"))
        return ExclusionKind::Permanent;
    return ExclusionKind::None;
}

struct TypeCode {
    bool substantive = false;
    bool custodial = false;
};

class Loader {
public:
    explicit Loader(Database& db) : m_db(db), m_handle(db.handle()) {}

    Result<KpiFacts> run()
    {
        ReadSnapshot snapshot(m_db); // one moment of the store for every table
        if (!snapshot.began())
            return m_db.lastError();
        if (!workers() || !people() || !plans() || !interventions() || !episodes())
            return m_db.lastError();
        return std::move(m_facts);
    }

private:
    bool workers()
    {
        Rows rows(m_handle, kWorkers);
        Words<bool> teams([](const QString&) { return false; });
        while (rows.next()) {
            m_workerIndex.add(rows.text(0), int(m_facts.workers.size()));
            m_facts.workers.append({rows.string(0), rows.string(1), teams(rows.text(2)).text});
        }
        return finish(rows);
    }

    bool people()
    {
        Rows rows(m_handle, kPeople);
        const QStringList groups = EthnicGroups::keys();
        Words<std::int8_t> ethnicity([&](const QString& word) {
            return std::int8_t(groups.indexOf(EthnicGroups::groupOf(word)));
        });
        Words<bool> open([](const QString& word) { return word == QLatin1String("open"); });
        Words<bool> ete([](const QString& word) { return word == QLatin1String("neet"); });
        Words<bool> send([](const QString& word) { return !word.isEmpty() && word != QLatin1String("none"); });
        Words<bool> care([](const QString&) { return false; });
        Words<bool> accommodation([](const QString& word) { return word == QLatin1String("yes"); });
        Words<bool> plan([](const QString& word) { return word == QLatin1String("yes"); });
        Words<int> risk(riskRankOf);
        Words<Stage> mentalHealth(stageOf);
        Words<Stage> substance(stageOf);
        std::string name; // reused: one allocation per name, the QString's
        while (rows.next()) {
            PersonFact person;
            const std::string_view id = rows.text(0);
            person.id = rows.string(0);
            person.reference = rows.string(1);
            name.assign(rows.text(2)).append(1, ' ').append(rows.text(3));
            person.name = QString::fromUtf8(name.data(), qsizetype(name.size()));
            person.dateOfBirth = rows.date(4);
            const auto& group = ethnicity(rows.text(5));
            person.ethnicity = group.text;
            person.ethnicGroup = group.code;
            person.worker = indexOf(m_workerIndex, rows.text(6));
            person.open = open(rows.text(7)).code;
            const auto& eteWord = ete(rows.text(8));
            person.eteStatus = eteWord.text;
            person.neet = eteWord.code;
            const auto& sendWord = send(rows.text(9));
            person.sendStatus = sendWord.text;
            person.send = sendWord.code;
            person.careStatus = care(rows.text(10)).text;
            const auto& accommodationWord = accommodation(rows.text(11));
            person.suitableAccommodation = accommodationWord.text;
            person.accommodationYes = accommodationWord.code;
            person.riskRank = std::max(risk(rows.text(12)).code, risk(rows.text(13)).code);
            person.nextContactDue = rows.date(14);
            const auto& planWord = plan(rows.text(15));
            person.learningPlan = planWord.text;
            person.learningPlanYes = planWord.code;
            const auto& mentalHealthWord = mentalHealth(rows.text(16));
            person.mentalHealth = mentalHealthWord.text;
            person.mentalHealthStage = mentalHealthWord.code;
            const auto& substanceWord = substance(rows.text(17));
            person.substanceMisuse = substanceWord.text;
            person.substanceStage = substanceWord.code;
            m_personIndex.add(id, int(m_facts.people.size()));
            m_facts.people.append(std::move(person));
        }
        return finish(rows);
    }

    bool plans()
    {
        Rows rows(m_handle, kPlans);
        while (rows.next()) {
            const int index = indexOf(m_personIndex, rows.text(0));
            if (index < 0)
                continue; // the young person was deleted
            PersonFact& person = m_facts.people[index];
            if (rows.text(1) == "active") {
                person.hasActivePlan = true;
                person.activePlanReview = rows.date(2);
            }
            // activated_at is a UTC date-time; the day it counts on is the local (London) one.
            const QDate activated = rows.londonDate(3);
            if (activated.isValid() && (!person.firstPlanActivated.isValid() || activated < person.firstPlanActivated))
                person.firstPlanActivated = activated;
        }
        return finish(rows);
    }

    bool interventions()
    {
        Rows rows(m_handle, kInterventions);
        const QStringList substantive = domain::choices::substantiveInterventionTypes();
        Words<TypeCode> types([&](const QString& word) {
            return TypeCode{substantive.contains(word), word == QLatin1String("detention_training_order")};
        });
        while (rows.next()) {
            const int index = indexOf(m_personIndex, rows.text(0));
            if (index < 0)
                continue;
            const auto& type = types(rows.text(1));
            m_facts.interventions.append({index, type.text, rows.date(2), rows.date(3), rows.date(4), rows.date(5),
                                          type.code.substantive, type.code.custodial});
        }
        return finish(rows);
    }

    bool episodes()
    {
        Rows rows(m_handle, kEpisodes);
        Words<EpisodeKind> kinds(kindOf);
        Words<NrmGrounds> grounds(groundsOf);
        Words<ExclusionKind> exclusions(exclusionOf);
        while (rows.next()) {
            const int index = indexOf(m_personIndex, rows.text(0));
            if (index < 0)
                continue;
            EpisodeFact episode;
            episode.person = index;
            const auto& kind = kinds(rows.text(1));
            episode.kind = kind.text;
            episode.kindCode = kind.code;
            episode.startDate = rows.date(2);
            episode.endDate = rows.date(3);
            episode.returnInterviewDate = rows.date(4);
            const auto& reasonable = grounds(rows.text(5));
            episode.reasonableGrounds = reasonable.text;
            episode.reasonable = reasonable.code;
            episode.reasonableGroundsOn = rows.date(6);
            const auto& conclusive = grounds(rows.text(7));
            episode.conclusiveGrounds = conclusive.text;
            episode.conclusive = conclusive.code;
            episode.conclusiveGroundsOn = rows.date(8);
            const auto& exclusion = exclusions(rows.text(9));
            episode.exclusionKind = exclusion.text;
            episode.exclusion = exclusion.code;
            episode.firstAppointmentDate = rows.date(10);
            m_facts.episodes.append(std::move(episode));
        }
        return finish(rows);
    }

    bool finish(const Rows& rows)
    {
        if (rows.failed())
            m_db.recordError(rows.status()); // its message names the kind, never a row's content
        return !rows.failed();
    }

    Database& m_db;
    sqlite3* m_handle;
    KpiFacts m_facts;
    IdIndex m_workerIndex;
    IdIndex m_personIndex; // the one map from ids to indexes
};

} // namespace

Result<KpiFacts> KpiFactsLoader::load(Database& db)
{
    return Loader(db).run();
}

} // namespace trellis::kpi
