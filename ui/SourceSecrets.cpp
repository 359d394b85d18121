#include "SourceSecrets.h"

namespace headroom::ui {

SourceSecrets::SourceSecrets(Engine& engine, SecretStore& store, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_store(store) {}

void SourceSecrets::provide(const QString& workspace, const QString& name,
                            std::optional<QString> secret) {
    m_engine.provideSecret(workspace.toStdString(), name.toStdString(),
                           secret ? std::optional(secret->toStdString()) : std::nullopt);
}

void SourceSecrets::provideStored(const SourcesView& view) {
    if (m_store.availability() == SecretStore::Availability::Unavailable) {
        return; // nothing can be read; the dialog says secrets are kept per session
    }
    const QString workspace = QString::fromStdString(view.workspace);
    for (const SourceConfig& config : view.configs) {
        if (!config.needsSecret()) {
            continue;
        }
        const QString name = QString::fromStdString(config.name);
        const QString key = SecretStore::keyFor(workspace, name);
        if (m_provided.contains(key) || m_known.contains(key)) {
            continue; // read once per session; typed secrets were provided when saved
        }
        m_provided.insert(key);
        m_store.read(key, this, [this, workspace, name, key](const SecretOutcome& outcome) {
            if (outcome.status == SecretOutcome::Status::Ok) {
                m_known.insert(key, outcome.secret);
                provide(workspace, name, outcome.secret);
                return;
            }
            // Unread: a later view may try again (the keychain may be unlocked by then).
            m_provided.remove(key);
            emit secretMissing(workspace, name,
                               outcome.status == SecretOutcome::Status::NotFound
                                   ? tr("No secret stored in the keychain for %1.").arg(name)
                                   : outcome.message);
        });
    }
}

void SourceSecrets::writeAndProvide(const QString& workspace, const QString& name,
                                    const QString& secret) {
    const QString key = SecretStore::keyFor(workspace, name);
    m_known.insert(key, secret);
    provide(workspace, name, secret);
    m_store.write(key, secret, this, [this, workspace, name, key](const SecretOutcome& outcome) {
        if (outcome.status == SecretOutcome::Status::Ok) {
            m_sessionOnly.remove(key);
        } else {
            m_sessionOnly.insert(key);
        }
        emit secretStored(workspace, name, outcome.status, outcome.message);
    });
}

void SourceSecrets::deleteKey(const QString& workspace, const QString& name) {
    const QString key = SecretStore::keyFor(workspace, name);
    m_known.remove(key);
    m_sessionOnly.remove(key);
    m_provided.remove(key);
    m_store.remove(key, this, {});
}

void SourceSecrets::saved(const QString& workspace, const SourceConfig& config,
                          std::optional<QString> typed,
                          const std::optional<QString>& previousName) {
    const QString name = QString::fromStdString(config.name);
    const bool renamed = previousName && *previousName != name;
    if (!config.needsSecret()) {
        deleteKey(workspace, name);
        provide(workspace, name, std::nullopt);
    } else if (typed) {
        writeAndProvide(workspace, name, *typed);
    } else if (renamed) {
        // Unchanged secret under a new name: move it.
        const QString oldKey = SecretStore::keyFor(workspace, *previousName);
        if (const auto it = m_known.constFind(oldKey); it != m_known.constEnd()) {
            writeAndProvide(workspace, name, *it);
        } else {
            m_store.read(oldKey, this, [this, workspace, name](const SecretOutcome& outcome) {
                if (outcome.status == SecretOutcome::Status::Ok) {
                    writeAndProvide(workspace, name, outcome.secret);
                } else {
                    emit secretMissing(workspace, name, outcome.message);
                }
            });
        }
    }
    if (renamed) {
        const QString oldName = *previousName;
        // The read above (if any) was queued first, so it sees the old entry before it goes.
        deleteKey(workspace, oldName);
        provide(workspace, oldName, std::nullopt);
    }
}

void SourceSecrets::removed(const QString& workspace, const QString& name) {
    deleteKey(workspace, name);
    provide(workspace, name, std::nullopt);
}

std::optional<QString> SourceSecrets::known(const QString& workspace, const QString& name) const {
    const auto it = m_known.constFind(SecretStore::keyFor(workspace, name));
    return it == m_known.constEnd() ? std::nullopt : std::optional(*it);
}

bool SourceSecrets::sessionOnly(const QString& workspace, const QString& name) const {
    return m_sessionOnly.contains(SecretStore::keyFor(workspace, name));
}

} // namespace headroom::ui
