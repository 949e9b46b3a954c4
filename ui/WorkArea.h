#pragma once

#include <QString>
#include <QWidget>

class QLabel;

namespace trellis {
class Database;
}

namespace trellis::ui {

// Everything the worker sees while unlocked. It exists only while the store is open: locking
// destroys it with every model and widget that held decrypted data, and a new one is built on
// unlock, sent back to the same place.
class WorkArea : public QWidget {
    Q_OBJECT
public:
    // Where the worker was: ids and a tab number only, never record content.
    struct Place {
        QString youngPersonId;
        int tab = 0;
    };

    WorkArea(Database& db, QString actor, QWidget* parent = nullptr);

    Place place() const { return m_place; }
    void restore(const Place& place) { m_place = place; }
    void refresh();

signals:
    void statusMessage(const QString& message);

private:
    Database& m_db;
    QString m_actor;
    QLabel* m_countLabel;
    Place m_place;
};

} // namespace trellis::ui
