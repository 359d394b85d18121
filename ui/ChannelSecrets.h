#pragma once
// ChannelSecrets: the secrets of notification channels (an SMTP password, the {token} of a webhook
// URL) between the keychain (SecretStore, key "notification/<channel>") and the engine, which
// holds them in memory only under the scope "notifications" (core/engine/EngineAlerts.cpp).
// - provideStored(): when the channels are listed, reads each channel's secret from the keychain
//   once per session and provides it; a channel without one simply has none (secrets are
//   optional for channels, unlike for the sources that declare an auth scheme);
// - saved(): writes a newly typed secret and provides it; a rename moves it to the new key;
// - removed(): deletes the key and makes the engine forget it.
// Without a keychain the secret is kept for this session only and sessionOnly() says so; nothing
// falls back to plaintext. SourceSecrets does the same for sources; the keys cannot collide.

#include "SecretKeychain.h"
#include "model/AlertState.h"

#include <optional>

#include <QHash>
#include <QObject>
#include <QSet>

namespace headroom {
class Engine;
}

namespace headroom::ui {

class ChannelSecrets : public QObject {
    Q_OBJECT

public:
    static constexpr const char* kEngineScope = "notifications";

    ChannelSecrets(Engine& engine, SecretStore& store, QObject* parent = nullptr);

    static QString keyFor(const QString& channel);

    void provideStored(const std::vector<NotificationChannel>& channels);
    // `typed`: the secret entered in the dialog; nullopt keeps the one the channel had.
    void saved(const QString& name, std::optional<QString> typed,
               const std::optional<QString>& previousName);
    void removed(const QString& name);

    bool sessionOnly(const QString& name) const { return m_sessionOnly.contains(keyFor(name)); }
    bool known(const QString& name) const { return m_known.contains(keyFor(name)); }

signals:
    // After a write: Ok (in the keychain) or Unavailable / Failed (this session only).
    void secretStored(const QString& name, headroom::ui::SecretOutcome::Status status,
                      const QString& message);

private:
    void provide(const QString& name, std::optional<QString> secret);
    void writeAndProvide(const QString& name, const QString& secret);
    void forget(const QString& name);

    Engine& m_engine;
    SecretStore& m_store;
    QHash<QString, QString> m_known; // keychain key -> secret
    QSet<QString> m_sessionOnly;
    QSet<QString> m_asked; // keys read (or being read) this session
};

} // namespace headroom::ui
