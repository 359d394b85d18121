# The cost report (core/cost/CostReport.h) composed from the ledger, the Shield, anomalies,
# projections and forecasts, under the shipped default catalog.
headroom_add_qtest(NAME tst_cost_report SOURCES tst_cost_report.cpp
    LIBS headroom_cost headroom_catalog LABELS core cost)
