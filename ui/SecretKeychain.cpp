#include "SecretKeychain.h"

#include <qt6keychain/keychain.h>

namespace headroom::ui {

SecretStore::SecretStore(QObject* parent)
    : QObject(parent) {}

QString SecretStore::keyFor(const QString& workspace, const QString& sourceName) {
    return QStringLiteral("source/%1/%2").arg(workspace, sourceName);
}

void SecretStore::noteOutcome(const SecretOutcome& outcome) {
    Availability next = m_availability;
    switch (outcome.status) {
    case SecretOutcome::Status::Ok:
    case SecretOutcome::Status::NotFound:
        next = Availability::Available;
        break;
    case SecretOutcome::Status::Unavailable:
        next = Availability::Unavailable;
        m_unavailableReason = outcome.message;
        break;
    case SecretOutcome::Status::Failed:
        break; // the keychain answered: it exists, this entry was refused
    }
    if (next != m_availability) {
        m_availability = next;
        emit availabilityChanged(next);
    }
}

void SecretStore::probe() {
    if (m_probing || m_availability != Availability::Unknown) {
        return;
    }
    m_probing = true;
    // A key nobody writes: NotFound proves a keychain answers.
    read(QStringLiteral("probe/availability"), this,
         [this](const SecretOutcome&) { m_probing = false; });
}

namespace {

SecretOutcome outcomeOf(const QKeychain::Job& job) {
    SecretOutcome outcome;
    outcome.message = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        outcome.status = SecretOutcome::Status::Ok;
        outcome.message.clear();
        break;
    case QKeychain::EntryNotFound:
        outcome.status = SecretOutcome::Status::NotFound;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
        outcome.status = SecretOutcome::Status::Failed;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // OtherError is what qtkeychain reports when no Secret Service library or daemon is
        // reachable at all ("Unknown error", "D-Bus is not running"): treat it as no keychain,
        // so the secret is kept for the session instead of silently lost.
        outcome.status = SecretOutcome::Status::Unavailable;
        if (outcome.message == QLatin1String("Unknown error")) {
            outcome.message.clear(); // says nothing a founder could act on
        }
        break;
    }
    return outcome;
}

// Starts `job` (auto-deleted) and answers through `done` if `context` still exists.
template <class JobT>
void run(JobT* job, SecretStore* store, QObject* context, SecretStore::Callback done,
         const std::function<void(const JobT&, SecretOutcome&)>& extra,
         const std::function<void(const SecretOutcome&)>& note) {
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext in QSettings
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, store,
                     [store, job, guard, done = std::move(done), extra, note](QKeychain::Job*) {
                         SecretOutcome outcome = outcomeOf(*job);
                         if (extra) {
                             extra(*job, outcome);
                         }
                         note(outcome);
                         if (guard && done) {
                             done(outcome);
                         }
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : SecretStore(parent) {}

void KeychainSecretStore::read(const QString& key, QObject* context, Callback done) {
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(kService), this);
    job->setKey(key);
    run<QKeychain::ReadPasswordJob>(
        job, this, context, std::move(done),
        [](const QKeychain::ReadPasswordJob& j, SecretOutcome& outcome) {
            if (outcome.status == SecretOutcome::Status::Ok) {
                outcome.secret = j.textData();
            }
        },
        [this](const SecretOutcome& o) { noteOutcome(o); });
}

void KeychainSecretStore::write(const QString& key, const QString& secret, QObject* context,
                                Callback done) {
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(kService), this);
    job->setKey(key);
    job->setTextData(secret);
    run<QKeychain::WritePasswordJob>(job, this, context, std::move(done), {},
                                     [this](const SecretOutcome& o) { noteOutcome(o); });
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Callback done) {
    auto* job = new QKeychain::DeletePasswordJob(QLatin1String(kService), this);
    job->setKey(key);
    run<QKeychain::DeletePasswordJob>(
        job, this, context, std::move(done),
        [](const QKeychain::DeletePasswordJob&, SecretOutcome& outcome) {
            // Deleting what is not there leaves the wanted state.
            if (outcome.status == SecretOutcome::Status::NotFound) {
                outcome.status = SecretOutcome::Status::Ok;
            }
        },
        [this](const SecretOutcome& o) { noteOutcome(o); });
}

} // namespace headroom::ui
