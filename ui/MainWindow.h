#pragma once

#include "store/Database.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace trellis::ui {

// The caseworker's window. For now it shows how many young people the caseload holds; the
// caseload list, the record editor and locking come with the caseworker desktop.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Database> db, QString actor, QWidget* parent = nullptr);
    ~MainWindow() override;

    void refresh();

private:
    std::unique_ptr<Database> m_db;
    QString m_actor;
    QLabel* m_countLabel;
};

} // namespace trellis::ui
