#pragma once

#include "Measure.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace trellis::kpi {

// Drill-down detail texts ("due 02/11/2026", "victim aged 16") made once per distinct value and
// shared by every row that needs the same words (QString copies share one buffer), instead of
// formatting a date or looking up a label for each of 100,000 rows while the figures are worked
// out. One cache lives for one measure's computation.
class DetailTexts {
public:
    explicit DetailTexts(std::function<QString(qint64)> make) : m_make(std::move(make)) {}

    QString operator()(qint64 key)
    {
        auto found = m_texts.constFind(key);
        if (found == m_texts.constEnd())
            found = m_texts.insert(key, m_make(key));
        return *found;
    }

    // "<prefix> dd/MM/yyyy", keyed by the day.
    static DetailTexts days(const QString& prefix)
    {
        return DetailTexts([prefix](qint64 julianDay) {
            return prefix + QDate::fromJulianDay(julianDay).toString(QStringLiteral("dd/MM/yyyy"));
        });
    }
    QString day(const QDate& date) { return (*this)(date.toJulianDay()); }

    // `pattern` with %1 replaced by the number.
    static DetailTexts numbers(const QString& pattern)
    {
        return DetailTexts([pattern](qint64 number) { return pattern.arg(number); });
    }

private:
    std::function<QString(qint64)> m_make;
    QHash<qint64, QString> m_texts;
};

// The same for texts made from a stored word (a label), keyed by the word's shared buffer: the
// loader holds each distinct word once, so this is a handful of entries found by comparing
// pointers (and one entry per distinct word even when equal words do not share one).
class WordTexts {
public:
    explicit WordTexts(std::function<QString(const QString&)> make) : m_make(std::move(make)) {}

    QString operator()(const QString& word)
    {
        for (const Entry& entry : m_texts) {
            if (entry.word.constData() == word.constData())
                return entry.text;
        }
        for (const Entry& entry : m_texts) { // an equal word in another buffer
            if (entry.word == word)
                return entry.text;
        }
        m_texts.append({word, m_make(word)});
        return m_texts.last().text;
    }

private:
    std::function<QString(const QString&)> m_make;
    struct Entry {
        QString word; // held, so its buffer (the key) stays alive and is not reused
        QString text;
    };
    QList<Entry> m_texts;
};

// Counts a figure's rows and says whether to list them too: MeasureCalculator::computeGroupCounts
// wants the figures alone, and making a drill-down row copies a young person's id (a locked
// reference-count increment on memory not in cache), which is most of the time a refresh takes
// when 100,000 young people give over a million rows. Usage: if (tally.in()) rows.append(...).
struct Tally {
    bool list = true;
    int inCount = 0;
    int otherCount = 0;

    bool in() { return ++inCount, list; }
    bool other() { return ++otherCount, list; }
    // Percent measures (denominator >= 0) get count + the rest as their denominator.
    void finish(MeasureValue& value) const
    {
        value.count = inCount;
        if (value.denominator >= 0)
            value.denominator = inCount + otherCount;
    }
};

} // namespace trellis::kpi
