#pragma once
// An in-memory SecretStore for console tests: answers on the next event-loop turn, in order, like
// the keychain's job queue; can play "no keychain available" (CI has no Secret Service).

#include "SecretKeychain.h"

#include <QMap>
#include <QPointer>
#include <QTimer>

namespace headroom::test {

class FakeSecretStore : public ui::SecretStore {
public:
    explicit FakeSecretStore(bool available = true, QObject* parent = nullptr)
        : SecretStore(parent)
        , m_available(available) {}

    QMap<QString, QString> entries;
    int writes = 0;
    int removes = 0;

    void read(const QString& key, QObject* context, Callback done) override {
        ui::SecretOutcome outcome;
        if (!m_available) {
            outcome = unavailable();
        } else if (const auto it = entries.constFind(key); it != entries.constEnd()) {
            outcome.secret = *it;
        } else {
            outcome.status = ui::SecretOutcome::Status::NotFound;
        }
        answer(outcome, context, std::move(done));
    }

    void write(const QString& key, const QString& secret, QObject* context,
               Callback done) override {
        ++writes;
        ui::SecretOutcome outcome;
        if (m_available) {
            entries.insert(key, secret);
        } else {
            outcome = unavailable();
        }
        answer(outcome, context, std::move(done));
    }

    void remove(const QString& key, QObject* context, Callback done) override {
        ++removes;
        ui::SecretOutcome outcome;
        if (m_available) {
            entries.remove(key);
        } else {
            outcome = unavailable();
        }
        answer(outcome, context, std::move(done));
    }

private:
    static ui::SecretOutcome unavailable() {
        ui::SecretOutcome outcome;
        outcome.status = ui::SecretOutcome::Status::Unavailable;
        outcome.message = QStringLiteral("No keychain service available");
        return outcome;
    }

    void answer(const ui::SecretOutcome& outcome, QObject* context, Callback done) {
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [this, outcome, guard, done = std::move(done)] {
            noteOutcome(outcome);
            if (guard && done) {
                done(outcome);
            }
        });
    }

    bool m_available;
};

} // namespace headroom::test
