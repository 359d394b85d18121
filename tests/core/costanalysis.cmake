# Cost analysis tests (core/cost): anomalies; infrastructure cost, efficiency, right-sizing and
# schedules. Two executables to keep CI link time down.
headroom_add_qtest(NAME tst_anomalies SOURCES tst_anomalies.cpp LIBS headroom_cost
    LABELS core cost)
headroom_add_qtest(NAME tst_infra_cost SOURCES tst_infra_cost.cpp LIBS headroom_cost
    LABELS core cost)
