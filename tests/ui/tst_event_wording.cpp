// The History tab's one-line wording of each governance event, from the detail JSON the core
// writes (the shapes are those of core/store and core/engine), and the raw fallback for a shape
// it does not know.

#include "Wording.h"

#include <QTest>

using namespace headroom;
using namespace headroom::ui;

namespace {

QString detailOf(EventKind kind, const char* json, const char* subject = "production") {
    Event e;
    e.kind = kind;
    e.subject = subject;
    e.detailJson = json;
    return Wording(QLocale::c()).eventDetail(e);
}

} // namespace

class TestEventWording : public QObject {
    Q_OBJECT
private slots:
    void scalingControl() {
        QCOMPARE(detailOf(EventKind::ModeSet,
                          R"({"actor":"founder","advised":"pilot","against_advice":true,)"
                          R"("new":"growth","old":"pilot","reason":"16 clients"})"),
                 QStringLiteral(
                     "Mode pilot → growth, against the advice (pilot) (by founder) — 16 clients"));
        QCOMPARE(detailOf(EventKind::ModeSet,
                          R"({"actor":"founder","against_advice":false,"new":"scale",)"
                          R"("old":"growth","reason":""})"),
                 QStringLiteral("Mode growth → scale (by founder)"));
        QCOMPARE(detailOf(EventKind::ScalingFrozen,
                          R"({"actor":"founder","new":true,"old":false,"reason":"Error spike"})"),
                 QStringLiteral("Onboarding frozen (by founder) — Error spike"));
        QCOMPARE(detailOf(EventKind::ScalingUnfrozen, R"({"actor":"founder","reason":""})"),
                 QStringLiteral("Onboarding unfrozen (by founder)"));
        QCOMPARE(detailOf(EventKind::AutoModeChanged,
                          R"({"actor":"cli","new":"on","old":"off","reason":"trial"})"),
                 QStringLiteral("Auto-mode off → on (by cli) — trial"));
        QCOMPARE(
            detailOf(EventKind::ScalingConfigChanged,
                     R"({"actor":"founder","reason":"","old":{"cadence":"daily","limits":1,)"
                     R"("freeze":false},"new":{"cadence":"per_tier","limits":2,"freeze":false}})"),
            QStringLiteral("Settings changed: cadence, limits (by founder)"));
        QCOMPARE(detailOf(EventKind::HealthSnapshotTaken,
                          R"({"action":"hold","overall":97.73,"mode":"growth","confidence":0.85})",
                          "scheduled"),
                 QStringLiteral("Overall 97.7, mode growth, advice hold, confidence 85 %"));
    }

    void policiesAlertsAndNotifications() {
        QCOMPARE(
            detailOf(EventKind::PolicyChanged,
                     R"({"action":"activate","old":"web_app_balanced","new":"api_performance",)"
                     R"("actor":"founder","reason":"p95 matters most"})",
                     "api_performance"),
            QStringLiteral("activate: web_app_balanced → api_performance (by founder) — p95 "
                           "matters most"));
        QCOMPARE(detailOf(EventKind::AlertFired,
                          R"({"severity":"critical","name":"Queue depth","value":250,)"
                          R"("threshold":200,"transition":"fired"})",
                          "queue_depth"),
                 QStringLiteral("Critical: Queue depth at 250 (threshold 200)"));
        QCOMPARE(detailOf(EventKind::AlertResolved,
                          R"({"severity":"critical","name":"Queue depth","value":10,)"
                          R"("threshold":null,"transition":"resolved"})",
                          "queue_depth"),
                 QStringLiteral("Queue depth resolved (was Critical)"));
        QCOMPARE(detailOf(EventKind::NotificationSent,
                          R"({"delivery":3,"attempts":2,"summary":"alert queue_depth firing"})",
                          "ops"),
                 QStringLiteral("alert queue_depth firing (attempts: 2)"));
        QCOMPARE(detailOf(EventKind::NotificationFailed,
                          R"({"delivery":3,"attempts":5,"summary":"test notification",)"
                          R"("error":"HTTP 503"})",
                          "ops"),
                 QStringLiteral("test notification failed (attempts: 5): HTTP 503"));
    }

    void outcomesChecklistAndLedger() {
        QCOMPARE(detailOf(EventKind::OutcomeRecorded,
                          R"({"status":"implemented","recommendation_type":"enable_pooler",)"
                          R"("actual_monthly_micro_usd":25000000,"measured":null,)"
                          R"("note":"went fine","actor":"founder"})",
                          "8"),
                 QStringLiteral("enable_pooler marked implemented; actual $25.00 per month; went "
                                "fine (by founder)"));
        QCOMPARE(detailOf(EventKind::ChecklistItemChecked,
                          R"({"actor":"founder","reason":"backups tested"})",
                          "hard_launch/backups"),
                 QStringLiteral("Ticked (by founder) — backups tested"));
        QCOMPARE(detailOf(EventKind::ChecklistItemUnchecked, R"({"actor":"founder","reason":""})",
                          "hard_launch/backups"),
                 QStringLiteral("Unticked (by founder)"));
        QCOMPARE(detailOf(EventKind::LedgerImported,
                          R"({"actor":"demo","from":"2026-09-02","new_rows":13542,"origin":"demo",)"
                          R"("replaced_rows":0,"service_cost_rows":606,"to":"2026-11-30",)"
                          R"("usage_rows":12936})",
                          "demo"),
                 QStringLiteral("12936 usage and 606 service cost rows (13542 new, 0 replaced), "
                                "2026-09-02 to 2026-11-30 (by demo)"));
    }

    void strainRunsBaselinesAndEdits() {
        QCOMPARE(detailOf(EventKind::StrainRun,
                          R"({"run_id":3,"verdict":"passed","stop":"finished","p95_us":4100,)"
                          R"("throughput_per_s":101.25,"error_rate":0,"requests":400})",
                          "baseline"),
                 QStringLiteral(
                     "Run 3: Passed — p95 4.10 ms, 101 req/s, 0.0 % errors over 400 requests"));
        QCOMPARE(detailOf(EventKind::StrainRun,
                          R"({"run_id":4,"verdict":"not_judged","stop":"cancelled","p95_us":1500,)"
                          R"("throughput_per_s":12.5,"error_rate":0.025,"requests":80})",
                          "baseline"),
                 QStringLiteral("Run 4: Cancelled — not judged — p95 1.50 ms, 12.5 req/s, 2.5 % "
                                "errors over 80 requests"));
        QCOMPARE(detailOf(EventKind::StrainBaseline,
                          R"({"actor":"founder","reason":"","old":null,"new":3})", "baseline"),
                 QStringLiteral("Run 3 is the baseline (by founder)"));
        QCOMPARE(detailOf(EventKind::StrainBaseline,
                          R"({"actor":"command line","reason":"","old":2,"new":3})", "baseline"),
                 QStringLiteral("Run 3 is the baseline, instead of run 2 (by command line)"));
        QCOMPARE(detailOf(EventKind::StrainSettingsChanged,
                          R"({"actor":"founder","added":["Checkout"],"removed":[],)"
                          R"("changed":["Baseline Performance","Peak"],"criteria":true})",
                          "strain"),
                 QStringLiteral("Scenarios: added Checkout; changed Baseline Performance, Peak; "
                                "pass criteria changed (by founder)"));
        QCOMPARE(detailOf(EventKind::StrainSettingsChanged,
                          R"({"actor":"founder","added":[],"removed":["Old"],"changed":[],)"
                          R"("criteria":false})",
                          "strain"),
                 QStringLiteral("Scenarios: removed Old (by founder)"));
        QCOMPARE(detailOf(EventKind::StrainSettingsChanged,
                          R"({"actor":"founder","added":[],"removed":[],"changed":[],)"
                          R"("criteria":false})",
                          "strain"),
                 QStringLiteral("Scenarios: suites or limits changed (by founder)"));
    }

    void unknownShapesAreListedRaw() {
        // A detail the wording does not know is shown field by field, never dropped.
        QCOMPARE(detailOf(EventKind::AlertFired, R"({"weird":1})", "x"),
                 QStringLiteral("weird: 1"));
        QCOMPARE(detailOf(EventKind::PolicyChanged, R"({"who":"me"})", "x"),
                 QStringLiteral("who: me"));
    }

    void cronLoadHasAName() {
        QCOMPARE(Wording::metricName(MetricId::CronLoad), QStringLiteral("Cron load"));
    }
};

QTEST_MAIN(TestEventWording)
#include "tst_event_wording.moc"
