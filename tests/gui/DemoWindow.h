#pragma once

// A real main window on a seeded, fictional demo store, for the accessibility tests: shown at
// 1366×768 and active, unlocked by typing the passphrase, with the record of the young person
// who has the most to look at (an adult not to be contacted, episodes, contacts and an active
// plan with rated places).

#include "SyncRowsSupport.h"
#include "TestStore.h"

#include "MainWindow.h"
#include "WorkArea.h"
#include "demo/DemoSeeder.h"
#include "record/RecordView.h"
#include "session/Clock.h"
#include "session/Session.h"

#include <QApplication>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

#include <memory>
#include <optional>

namespace trellis::test {

inline const QString kDemoPassphrase = QStringLiteral("purple-otter-lantern-42");
inline const QDate kDemoToday(2026, 11, 26);

class DemoWindow {
public:
    // Seeds the store with `cases` fictional young people; call from initTestCase.
    void seed(int cases = 40)
    {
        auto db = m_store.create();
        QVERIFY(db);
        demo::DemoSeeder::Options options;
        options.cases = cases;
        options.today = kDemoToday;
        QVERIFY(demo::DemoSeeder(*db, options).run().ok);
        const auto has = [](const char* table, const char* where) {
            return QStringLiteral("(SELECT count(*) > 0 FROM %1 t WHERE t.young_person_id = l.young_person_id %2)")
                .arg(QString::fromLatin1(table), QString::fromLatin1(where));
        };
        m_personId =
            scalar(*db, QStringLiteral("SELECT l.young_person_id FROM trusted_adult_link l "
                                       "JOIN trusted_adult a ON a.id = l.trusted_adult_id AND a.do_not_contact "
                                       "ORDER BY %1 + %2 + %3 DESC, 1 LIMIT 1")
                            .arg(has("episode", ""), has("contact", ""),
                                 has("safety_plan", "AND t.status = 'active' AND EXISTS (SELECT 1 FROM "
                                                    "safety_plan_item i WHERE i.safety_plan_id = t.id AND "
                                                    "i.rating IS NOT NULL)")))
                .toString();
        QVERIFY2(!m_personId.isEmpty(), "the demo store has no young person with everything to look at");
    }

    void close()
    {
        m_window.reset();
        m_session.reset();
        m_clock.reset();
    }

    // A main window, 1366×768 and active, on the store at `path` (the seeded one by default).
    void show(const QString& path = {})
    {
        close();
        m_clock = std::make_unique<ManualClock>(QDateTime(kDemoToday, QTime(10, 0), Qt::UTC));
        m_session = std::make_unique<Session>(path.isEmpty() ? m_store.path() : path, *m_clock,
                                              QStringLiteral("demo.worker01"));
        m_window = std::make_unique<ui::MainWindow>(*m_session);
        m_window->resize(1366, 768);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
    }

    // show(), then unlocked by typing the passphrase and Enter.
    void unlock()
    {
        show();
        auto* passphrase = m_window->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        QVERIFY(passphrase);
        QTest::keyClicks(passphrase, kDemoPassphrase);
        QTest::keyClick(passphrase, Qt::Key_Return);
        QVERIFY(m_session->isUnlocked());
    }

    // unlock(), then the record of personId() open; leaving it discards unsaved edits.
    void openRecord()
    {
        unlock();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_window->workArea()->openRecord(m_personId));
        record()->setLeaveAsker([] { return ui::RecordView::LeaveAnswer::Discard; });
        m_window->workArea()->setPlanLeaveAsker([] { return std::optional<bool>(false); });
    }

    // openRecord(), then the tab whose page has the object name `page`; that page.
    QWidget* openTab(const char* page)
    {
        openRecord();
        if (QTest::currentTestFailed())
            return nullptr;
        auto* widget = record()->findChild<QWidget*>(QString::fromLatin1(page));
        const int index = tabs()->indexOf(widget);
        if (index < 0 || !tabs()->isTabVisible(index))
            return nullptr;
        tabs()->setCurrentIndex(index);
        return widget;
    }

    ui::MainWindow* window() const { return m_window.get(); }
    Session* session() const { return m_session.get(); }
    ManualClock* clock() const { return m_clock.get(); }
    TestStore& store() { return m_store; }
    const QString& personId() const { return m_personId; }
    ui::RecordView* record() const { return m_window->workArea()->recordView(); }
    QTabWidget* tabs() const { return record()->findChild<QTabWidget*>(QStringLiteral("recordTabs")); }

private:
    TestStore m_store;
    QString m_personId;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace trellis::test
