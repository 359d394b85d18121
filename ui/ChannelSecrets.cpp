#include "ChannelSecrets.h"

#include "engine/Engine.h"

namespace headroom::ui {

ChannelSecrets::ChannelSecrets(Engine& engine, SecretStore& store, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_store(store) {}

QString ChannelSecrets::keyFor(const QString& channel) {
    return QStringLiteral("notification/%1").arg(channel);
}

void ChannelSecrets::provide(const QString& name, std::optional<QString> secret) {
    m_engine.provideSecret(kEngineScope, name.toStdString(),
                           secret ? std::optional(secret->toStdString()) : std::nullopt);
}

void ChannelSecrets::provideStored(const std::vector<NotificationChannel>& channels) {
    if (m_store.availability() == SecretStore::Availability::Unavailable) {
        return;
    }
    for (const auto& channel : channels) {
        const QString name = QString::fromStdString(channel.name);
        const QString key = keyFor(name);
        if (m_asked.contains(key) || m_known.contains(key)) {
            continue;
        }
        m_asked.insert(key);
        m_store.read(key, this, [this, name, key](const SecretOutcome& outcome) {
            if (outcome.status == SecretOutcome::Status::Ok && !m_known.contains(key)) {
                m_known.insert(key, outcome.secret);
                provide(name, outcome.secret);
            } else if (outcome.status == SecretOutcome::Status::Failed) {
                m_asked.remove(key); // a later listing tries again (the keychain may unlock)
            }
        });
    }
}

void ChannelSecrets::writeAndProvide(const QString& name, const QString& secret) {
    const QString key = keyFor(name);
    m_known.insert(key, secret);
    m_asked.insert(key);
    provide(name, secret);
    m_store.write(key, secret, this, [this, name, key](const SecretOutcome& outcome) {
        if (outcome.status == SecretOutcome::Status::Ok) {
            m_sessionOnly.remove(key);
        } else {
            m_sessionOnly.insert(key);
        }
        emit secretStored(name, outcome.status, outcome.message);
    });
}

void ChannelSecrets::forget(const QString& name) {
    const QString key = keyFor(name);
    m_known.remove(key);
    m_sessionOnly.remove(key);
    m_asked.remove(key);
    m_store.remove(key, this, {});
    provide(name, std::nullopt);
}

void ChannelSecrets::saved(const QString& name, std::optional<QString> typed,
                           const std::optional<QString>& previousName) {
    const bool renamed = previousName && *previousName != name;
    if (typed) {
        writeAndProvide(name, *typed);
    } else if (renamed) {
        const QString oldKey = keyFor(*previousName);
        if (const auto it = m_known.constFind(oldKey); it != m_known.constEnd()) {
            writeAndProvide(name, *it);
        } else {
            m_store.read(oldKey, this, [this, name](const SecretOutcome& outcome) {
                if (outcome.status == SecretOutcome::Status::Ok) {
                    writeAndProvide(name, outcome.secret);
                }
            });
        }
    }
    if (renamed) {
        // Queued after the read above, so that read still finds the old entry.
        forget(*previousName);
    }
}

void ChannelSecrets::removed(const QString& name) {
    forget(name);
}

} // namespace headroom::ui
