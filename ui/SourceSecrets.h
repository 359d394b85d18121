#pragma once
// SourceSecrets: moves the secrets of configured sources between the keychain (SecretStore) and
// the engine, which holds them in memory only (Engine::provideSecret). The GUI thread's one owner
// of "which secret belongs to which source":
// - provideStored(): once the sources view of the live workspace arrives, reads the secret of each
//   source that needs one from the keychain and provides it (once per source and session);
// - saved(): after the engine stored a source, writes a newly typed secret to the keychain and
//   provides it; on a rename moves it to the new key and deletes the old one; a source that no
//   longer needs a secret has its key deleted;
// - removed(): deletes the key and makes the engine forget the secret.
// When no keychain answers, secrets are kept for this session only (in the engine and here, so
// "Test connection" of a saved source works) and sessionOnly() says so; nothing falls back to
// plaintext storage. A secret is never logged or put into a SourceConfig.

#include "SecretKeychain.h"
#include "engine/Engine.h"

#include <optional>

#include <QHash>
#include <QObject>
#include <QSet>

namespace headroom::ui {

class SourceSecrets : public QObject {
    Q_OBJECT

public:
    SourceSecrets(Engine& engine, SecretStore& store, QObject* parent = nullptr);

    SecretStore& store() const { return m_store; }

    void provideStored(const SourcesView& view);
    // `typed`: the secret entered in the dialog; nullopt keeps the one the source had.
    void saved(const QString& workspace, const SourceConfig& config, std::optional<QString> typed,
               const std::optional<QString>& previousName);
    void removed(const QString& workspace, const QString& name);

    // The secret known this session (typed or read from the keychain), for "Test connection".
    std::optional<QString> known(const QString& workspace, const QString& name) const;
    // True when the source's secret lives only in this session's memory (no keychain).
    bool sessionOnly(const QString& workspace, const QString& name) const;

signals:
    // After a write: where the secret went (Ok: keychain; Unavailable: this session only).
    void secretStored(const QString& workspace, const QString& name, SecretOutcome::Status status,
                      const QString& message);
    // A stored source's secret could not be read (Failed or NotFound); the source waits for it.
    void secretMissing(const QString& workspace, const QString& name, const QString& message);

private:
    void provide(const QString& workspace, const QString& name, std::optional<QString> secret);
    void writeAndProvide(const QString& workspace, const QString& name, const QString& secret);
    void deleteKey(const QString& workspace, const QString& name);

    Engine& m_engine;
    SecretStore& m_store;
    QHash<QString, QString> m_known; // keychain key -> secret
    QSet<QString> m_sessionOnly;     // keys whose secret no keychain holds
    QSet<QString> m_provided;        // keys read (or being read) from the keychain this session
};

} // namespace headroom::ui
