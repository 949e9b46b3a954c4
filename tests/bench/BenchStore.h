#pragma once

// The seeded store the benchmark programs measure: made once with DemoSeeder (fixed seed and
// today) and kept in --dir, so later runs skip the minutes of seeding.

#include "BenchStats.h"

#include "demo/DemoSeeder.h"
#include "store/Database.h"
#include "store/Passphrase.h"
#include "store/StoreOpener.h"

#include <QDate>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace trellis::bench {

// Opens the store or ends the program: a bench with no store has nothing to measure.
inline std::unique_ptr<Database> openStore(const QString& path, const Passphrase& passphrase)
{
    auto opened = StoreOpener::open(path, passphrase);
    if (!opened.ok()) {
        std::fprintf(stderr, "could not open the store: %s\n", qPrintable(opened.error().message));
        std::exit(2);
    }
    return opened.takeValue();
}

inline bool seedIfMissing(const QString& path, const Passphrase& passphrase, int cases, const QDate& today)
{
    if (QFileInfo::exists(path))
        return true;
    QElapsedTimer timer;
    timer.start();
    auto created = StoreOpener::create(path, passphrase);
    if (!created.ok())
        return false;
    demo::DemoSeeder::Options options;
    options.cases = cases;
    options.seed = 20261126;
    options.today = today;
    const auto report = demo::DemoSeeder(*created.value(), options).run();
    if (!report.ok) {
        std::fprintf(stderr, "seeding failed: %s\n", qPrintable(report.failure));
        return false;
    }
    std::printf("seeded %d young people (%lld records) in %.1f s\n", cases, report.records, msSince(timer) / 1000);
    return true;
}

} // namespace trellis::bench
