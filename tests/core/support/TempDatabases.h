#pragma once
// A temporary folder of fresh database files for store tests: freshPath() names a new file each
// time, open() opens (creating and migrating) one and warns with the store's message when it
// cannot, so a test fails on the nullptr with the reason in its log.

#include "store/Store.h"

#include <memory>

#include <QTemporaryDir>
#include <QtGlobal>

namespace headroom::test {

class TempDatabases {
public:
    explicit TempDatabases(QString prefix = QStringLiteral("db"))
        : m_prefix(std::move(prefix)) {}

    bool isValid() const { return m_dir.isValid(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    QString freshPath() {
        return m_dir.filePath(QStringLiteral("%1%2.sqlite").arg(m_prefix).arg(++m_counter));
    }

    std::unique_ptr<Store> open(const QString& path) const {
        auto store = Store::open(path.toStdString());
        if (!store) {
            qWarning("%s", store.error().message.c_str());
            return nullptr;
        }
        return std::move(*store);
    }

private:
    QTemporaryDir m_dir;
    QString m_prefix;
    int m_counter = 0;
};

} // namespace headroom::test
