#pragma once
// SecretStore: where the console keeps the secrets of configured sources (bearer tokens, basic-auth
// passwords, API-key header values). The core never stores a secret: the console reads it from
// here and hands it to the engine in memory (Engine::provideSecret).
//
// KeychainSecretStore is the desktop keychain through qtkeychain (Secret Service, KWallet), service
// "Headroom", key "source/<workspace>/<name>". Its insecure plaintext fallback stays off: when no
// keychain answers (no Secret Service on D-Bus, as in CI and under Xvfb) every operation reports
// Unavailable and the caller keeps the secret for this session only. Tests use an in-memory store
// behind the same interface.
//
// Every operation is asynchronous: `done` runs later on the GUI thread, unless `context` is gone.

#include <functional>

#include <QObject>
#include <QPointer>
#include <QString>

namespace headroom::ui {

struct SecretOutcome {
    enum class Status {
        Ok,          // read: `secret` holds it; write/remove: done
        NotFound,    // no entry under that key (a remove of a missing entry is Ok)
        Unavailable, // no keychain answers: nothing was stored or read
        Failed,      // the keychain answered with an error (access denied...): `message`
    };
    Status status = Status::Ok;
    QString secret;
    QString message; // the keychain's own words, for a tooltip or note
};

class SecretStore : public QObject {
    Q_OBJECT

public:
    enum class Availability { Unknown, Available, Unavailable };
    using Callback = std::function<void(const SecretOutcome&)>;

    explicit SecretStore(QObject* parent = nullptr);

    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    virtual void write(const QString& key, const QString& secret, QObject* context,
                       Callback done) = 0;
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;

    // Learnt from the answers so far (Unknown before the first); probe() asks once.
    Availability availability() const { return m_availability; }
    QString unavailableReason() const { return m_unavailableReason; }
    void probe();

    // "source/<workspace>/<name>"
    static QString keyFor(const QString& workspace, const QString& sourceName);

signals:
    void availabilityChanged(headroom::ui::SecretStore::Availability availability);

protected:
    // Implementations call this with each answer before handing it on.
    void noteOutcome(const SecretOutcome& outcome);

private:
    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
    bool m_probing = false;
};

class KeychainSecretStore : public SecretStore {
    Q_OBJECT

public:
    static constexpr const char* kService = "Headroom";

    explicit KeychainSecretStore(QObject* parent = nullptr);

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
};

} // namespace headroom::ui
