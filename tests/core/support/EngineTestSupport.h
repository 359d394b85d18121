#pragma once
// Test doubles for the engine tests: a steerable source and a listener that records every answer
// so the test thread can wait on it with a deadline.

#include "engine/Engine.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace headroom::test {

// A deadline, not a timing assertion: generous because CI machines are shared and the
// sanitizer build fills the 90-day demo workspace several times slower.
constexpr auto kWait = std::chrono::seconds(90);

// A source the test steers: it reports the metrics it is given, or the error it is given.
class FakeSource final : public Source {
public:
    explicit FakeSource(std::string id)
        : m_id(std::move(id)) {}
    std::string id() const override { return m_id; }
    std::string displayName() const override { return "Fake " + m_id; }
    Result<void> poll(Timestamp now, Snapshot& into) override {
        std::lock_guard lock(m_mutex);
        ++m_polls;
        if (m_error) {
            return std::unexpected(*m_error);
        }
        for (const auto& [metric, value] : m_values) {
            if (auto ok = into.set(metric, {value, now, m_id}); !ok) {
                return ok;
            }
        }
        return {};
    }
    void setValues(std::vector<std::pair<MetricId, double>> values) {
        std::lock_guard lock(m_mutex);
        m_values = std::move(values);
    }
    void setError(std::optional<Error> error) {
        std::lock_guard lock(m_mutex);
        m_error = std::move(error);
    }
    int polls() {
        std::lock_guard lock(m_mutex);
        return m_polls;
    }

private:
    std::string m_id;
    std::mutex m_mutex;
    std::vector<std::pair<MetricId, double>> m_values;
    std::optional<Error> m_error;
    int m_polls = 0;
};

// A source that hangs in poll() until cancelled, like an endpoint that accepted the connection
// and never answers.
class HangingSource final : public Source {
public:
    std::string id() const override { return "hanging"; }
    std::string displayName() const override { return "Hanging"; }
    Result<void> poll(Timestamp, Snapshot&) override {
        std::unique_lock lock(m_mutex);
        ++m_entered;
        m_changed.notify_all();
        m_changed.wait_for(lock, std::chrono::seconds(600), [&] { return m_cancelled; });
        m_cancelled = false;
        return fail(ErrorCode::Cancelled, "hanging: cancelled");
    }
    void cancel() override {
        {
            std::lock_guard lock(m_mutex);
            m_cancelled = true;
        }
        m_changed.notify_all();
    }
    int entered() {
        std::lock_guard lock(m_mutex);
        return m_entered;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_cancelled = false;
    int m_entered = 0;
};

// Records what the engine reports; the test thread waits on it with a timeout.
class Recorder final : public EngineListener {
public:
    void onWorkspaces(RequestId id, const std::vector<Workspace>& list) override {
        record([&] { workspaces[id] = list; });
    }
    void onWorkspaceView(RequestId id, const WorkspaceView& view) override {
        record([&] { views[id] = view; });
    }
    void onHistory(RequestId id, const HistoryPage& page) override {
        record([&] { histories[id] = page; });
    }
    void onDecisionRecorded(RequestId id, const Decision& decision) override {
        record([&] { decisions[id] = decision; });
    }
    void onSnapshotStored(const std::string& workspace, const StoredSnapshot& s) override {
        record([&] { stored.emplace_back(workspace, s); });
    }
    void onSourceStatus(const std::vector<SourceStatus>& s) override {
        record([&] {
            statuses = s;
            ++statusReports;
        });
    }
    void onError(RequestId id, const Error& error) override {
        record([&] { errors.emplace_back(id, error); });
    }
    void onSources(RequestId id, const SourcesView& view) override {
        record([&] { sources[id] = view; });
    }
    void onSourceSaved(RequestId id, const std::string&, const SourceConfig& config) override {
        record([&] { saved[id] = config; });
    }
    void onSourceRemoved(RequestId id, const std::string&, const std::string& name) override {
        record([&] { removed[id] = name; });
    }
    void onSourceTested(RequestId id, const SourceTestResult& result) override {
        record([&] { tested[id] = result; });
    }
    void onPolicyChanged(RequestId id, const std::string&, const Event& event) override {
        record([&] { policyChanges[id] = event; });
    }
    void onAlertNotification(const AlertNotification& n) override {
        record([&] { alertNotifications.push_back(n); });
    }
    void onAlerts(RequestId id, const AlertsView& view) override {
        record([&] { alerts[id] = view; });
    }
    // ---- replay stream ----
    void onJobProgress(RequestId id, const JobProgress& p) override {
        record([&] { progress[id].push_back(p); });
        if (progressHook) {
            progressHook(id, p); // outside the lock: it may call back into the engine
        }
    }
    void onJobCancelled(RequestId id) override {
        record([&] { cancelled.push_back(id); });
    }
    void onBundleExported(RequestId id, const BundleExportResult& result) override {
        record([&] { exported[id] = result; });
    }
    void onBundleImported(RequestId id, const BundleSummary& summary) override {
        record([&] { imported[id] = summary; });
    }
    void onBundleClosed(RequestId id, const std::string& workspace) override {
        record([&] { closed[id] = workspace; });
    }
    void onReplaySpan(RequestId id, const ReplaySpan& span) override {
        record([&] { spans[id] = span; });
    }
    void onReplayView(RequestId id, const ReplayView& view) override {
        record([&] { replayViews[id] = view; });
    }
    void onWhatIf(RequestId id, const WhatIfReport& report) override {
        record([&] { whatIfs[id] = report; });
    }
    void onHistoryVerified(RequestId id, const HistoryVerification& v) override {
        record([&] { verifications[id] = v; });
    }
    bool hasErrorFor(RequestId id) const {
        return std::ranges::any_of(errors, [&](const auto& e) { return e.first == id; });
    }
    const SourceStatus* status(std::string_view sourceId) const {
        auto it = std::ranges::find(statuses, sourceId, &SourceStatus::sourceId);
        return it == statuses.end() ? nullptr : &*it;
    }

    // Waits until pred() holds (checked under the lock); false on timeout.
    template <class Pred>
    bool waitFor(Pred pred) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, kWait, pred);
    }

    std::mutex mutex;
    std::condition_variable changed;
    std::map<RequestId, std::vector<Workspace>> workspaces;
    std::map<RequestId, WorkspaceView> views;
    std::map<RequestId, HistoryPage> histories;
    std::map<RequestId, Decision> decisions;
    std::vector<std::pair<std::string, StoredSnapshot>> stored;
    std::vector<SourceStatus> statuses;
    int statusReports = 0;
    std::vector<std::pair<RequestId, Error>> errors;
    std::map<RequestId, SourcesView> sources;
    std::map<RequestId, SourceConfig> saved;
    std::map<RequestId, std::string> removed;
    std::map<RequestId, SourceTestResult> tested;
    std::map<RequestId, Event> policyChanges;
    std::vector<AlertNotification> alertNotifications;
    std::map<RequestId, AlertsView> alerts;
    // Called on the job's thread with each progress report (e.g. to cancel the job).
    std::function<void(RequestId, const JobProgress&)> progressHook;
    std::map<RequestId, std::vector<JobProgress>> progress;
    std::vector<RequestId> cancelled;
    std::map<RequestId, BundleExportResult> exported;
    std::map<RequestId, BundleSummary> imported;
    std::map<RequestId, std::string> closed;
    std::map<RequestId, ReplaySpan> spans;
    std::map<RequestId, ReplayView> replayViews;
    std::map<RequestId, WhatIfReport> whatIfs;
    std::map<RequestId, HistoryVerification> verifications;

private:
    template <class Fn>
    void record(Fn&& fn) {
        {
            std::lock_guard lock(mutex);
            fn();
        }
        changed.notify_all();
    }
};

} // namespace headroom::test
