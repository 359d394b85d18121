// Engine: the investor report (issue 7) as a job, like a what-if run (EngineReplay.cpp). The name
// shown is resolved on the engine thread, where the bundle shelf lives; the report is built on a
// job thread with a read-only connection of its own, so the engine keeps answering meanwhile.
// An opened bundle reports through the very same buildReport as the workspace it came from and
// differs from it only in the name shown.
#include "EngineImpl.h"
#include "report/ReportBuilder.h"

namespace headroom {

namespace {

// buildReport checks no stop token (it takes about half a second); the job looks before and
// after it, so a cancelled report ends with onJobCancelled and is never delivered.
Result<void> stillWanted(const JobControl& control) {
    if (control.cancelled()) {
        return fail(ErrorCode::Cancelled, "the report was cancelled");
    }
    return {};
}

} // namespace

RequestId Engine::requestReport(ReportRequest request) {
    const RequestId id = m_impl->nextRequest++;
    Impl* impl = m_impl.get();
    impl->post([impl, id, request = std::move(request)](RequestId) mutable {
        auto source = impl->jobSource(request.workspace);
        if (!source) {
            impl->notifyError(id, source.error());
            return;
        }
        // The clock is read here, on the engine thread, never on the job's.
        const Timestamp now = impl->options.clock();
        const std::string shownName = request.workspace;
        const std::string storedName = source->storedName;
        // buildReport checks the request names the workspace it is given: inside a bundle's copy
        // that is the name it was exported under.
        request.workspace = storedName;
        impl->jobRunner->start(id, [impl, id, file = source->file, now, shownName, storedName,
                                    catalog = std::move(source->catalog),
                                    request = std::move(request)](std::stop_token stop) {
            JobControl control{stop, impl->progressReporter(id)};
            control.report(JobProgress{"reading", 0, 1});
            auto report = [&]() -> Result<ReportData> {
                if (auto ok = stillWanted(control); !ok) {
                    return std::unexpected(ok.error());
                }
                auto store = Store::openForReading(file);
                if (!store) {
                    return std::unexpected(store.error());
                }
                auto ws = (*store)->workspace(storedName);
                if (!ws) {
                    return std::unexpected(ws.error());
                }
                auto data = buildReport(**store, *ws, catalog, request, now);
                if (!data) {
                    return data;
                }
                if (auto ok = stillWanted(control); !ok) {
                    return std::unexpected(ok.error());
                }
                data->workspace = shownName;
                return data;
            }();
            if (report) {
                control.report(JobProgress{"reading", 1, 1});
            }
            impl->postInternal([impl, id, report = std::move(report)] {
                if (impl->jobFailed(id, report)) {
                    return;
                }
                impl->notify([&](EngineListener& l) { l.onReport(id, *report); });
            });
        });
    });
    return id;
}

} // namespace headroom
