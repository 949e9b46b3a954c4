#pragma once

#include "CaseloadModel.h"
#include "store/StoreError.h"

#include <QString>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace trellis {
class BackgroundReader;
class CaseloadFilterModel;
class Clock;
class Database;
} // namespace trellis

namespace trellis::ui {

// The worker's caseload: a search box, filters and a sortable table of young people. It holds
// decrypted data, so it lives inside the WorkArea and goes when the store is locked.
//
// Keyboard: Ctrl+F searches, Down moves from the search into the list, Enter or Return opens the
// current young person (from the search box too), Ctrl+N asks for a new young person.
class CaseloadView : public QWidget {
    Q_OBJECT
public:
    CaseloadView(Database& db, const Clock& clock, QWidget* parent = nullptr);

    // With a reader, a large store's list is read off the GUI thread (see reload).
    void setBackgroundReader(BackgroundReader* reader) { m_reader = reader; }

    // Reads the list from the store again, keeping the search, filters, sort and the current
    // young person when they are still there. False (and loadFailed) when the store could not be
    // read; the rows shown before stay.
    //
    // A store of kBackgroundRows young people or more, with a background reader, is read on the
    // reader's thread and the rows arrive later (loadingChanged); the first time, the first lines
    // of the window are read here at once so the worker sees their most urgent cases without
    // waiting. A caseload of real size (tens to hundreds) is read here in a few milliseconds.
    bool reload();
    bool isLoading() const { return m_loadGeneration != m_shownGeneration; }
    static constexpr int kBackgroundRows = 5000;
    static constexpr int kFirstPageRows = 200;
    void focusSearch();

    int shownCount() const;
    int totalCount() const;
    QString currentId() const;        // empty when no row is current
    bool selectId(const QString& id); // false when that young person is not shown
    // "Showing 12 of 250 young people", or "250 young people" when nothing is filtered out.
    static QString countText(int shown, int total);
    // countText for what is shown now, saying so while the rest of the list is still loading.
    QString statusText() const;

    CaseloadModel* model() const { return m_model; }
    CaseloadFilterModel* filterModel() const { return m_filter; }
    QTableView* table() const { return m_table; }

signals:
    void openRecord(const QString& youngPersonId);
    void newYoungPerson();
    void countChanged(int shown, int total);
    void loadFailed(const QString& message);
    void loadingChanged(bool loading);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildFilters(QWidget* bar);
    void applyFilters();
    void sizeColumns();
    void openCurrent();
    void afterFilter();
    bool loadHere();
    bool storeIsLarge();
    bool firstPageFits() const;
    void loadFirstPage();
    void loadInBackground();
    void showLoaded(quint64 generation, CaseloadModel::Prepared loaded);
    void showFailure(const StoreError& error);
    // The young people's sync states from `db` (either connection); nullopt when they cannot be
    // read, and the list then shows each row's dirty flag as waiting, never a false "Synced" alone.
    static std::optional<CaseloadModel::SyncStates> readSyncStates(Database& db);

    Database& m_db;
    const Clock& m_clock;
    CaseloadModel* m_model;
    CaseloadFilterModel* m_filter;
    QLineEdit* m_search;
    QComboBox* m_risk = nullptr;
    QComboBox* m_flags = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_overdue = nullptr;
    QComboBox* m_sync = nullptr;
    QLabel* m_error;
    QTableView* m_table = nullptr;
    BackgroundReader* m_reader = nullptr;
    // Each background load has a number; only the newest one's rows are shown.
    quint64 m_loadGeneration = 0;
    quint64 m_shownGeneration = 0;
};

} // namespace trellis::ui
