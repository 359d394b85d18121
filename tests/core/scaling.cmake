# Scaling control (seed 001): the environment's configuration, its validation, the mode decision
# at each guardrail, health snapshots and their schedule; the store, engine and CLI parts.
headroom_add_qtest(NAME tst_health_schedule SOURCES tst_health_schedule.cpp LIBS headroom_policy
    LABELS core policy)
headroom_add_qtest(NAME tst_scaling_config SOURCES tst_scaling_config.cpp support/PolicyFixtures.h
    LIBS headroom_policy LABELS core policy)
headroom_add_qtest(NAME tst_store_scaling SOURCES tst_store_scaling.cpp support/PolicyFixtures.h
    LIBS headroom_store headroom_policy SQLite::SQLite3 LABELS core)
if(TARGET headroom_engine AND TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_engine_scaling SOURCES tst_engine_scaling.cpp LIBS headroom_engine
        headroom_catalog LABELS core TIMEOUT 300)
endif()
headroom_add_qtest(NAME tst_cli_scaling SOURCES tst_cli_scaling.cpp LIBS headroom_cli LABELS core)
