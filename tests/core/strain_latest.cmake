# The newest strain run of each scenario in a period (issue 8), as the report and the governance
# readiness read them: one query of the store.
headroom_add_qtest(NAME tst_strain_store_latest SOURCES tst_strain_store_latest.cpp
    support/TempDatabases.h LIBS headroom_store LABELS core strain)
