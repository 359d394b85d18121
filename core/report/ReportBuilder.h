#pragma once
// buildReport: reads everything an investor report shows for one workspace and one period from a
// Store (the live database or an opened bundle's copy: both report alike) and computes it once
// into ReportData (report/ReportData.h), which the PDF, CSV and JSON writers only format.
// It reads aggregated data: a bounded number of evaluations spread over the period
// (Store::snapshotsSampled), metric series with a roll-up statistic (Store::series), the ledger
// through the cost layer's LedgerIndex and cost report, and the history tables. The clock is
// passed in (`now`: the generation time; data after it does not exist yet).

#include "model/Catalog.h"
#include "model/Error.h"
#include "model/Records.h"
#include "report/ReportData.h"
#include "store/Store.h"

namespace headroom {

// Errors: InvalidArgument for an empty or reversed period, or a request naming another
// workspace than the one given; StorageError when the store fails; the cost layer's errors
// for ledger rows it refuses. An unknown workspace is the caller's to report (it resolves the
// name to `workspace` first).
Result<ReportData> buildReport(Store& store, const Workspace& workspace, const Catalog& catalog,
                               const ReportRequest& request, Timestamp now);

} // namespace headroom
