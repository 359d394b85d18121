# Policies stream: seed 003's autoscaling templates and seed 004's triggers.
headroom_add_qtest(NAME tst_policy_catalog SOURCES tst_policy_catalog.cpp LIBS headroom_catalog
    LABELS core)
headroom_add_qtest(NAME tst_autoscale SOURCES tst_autoscale.cpp
    LIBS headroom_policy headroom_catalog LABELS core policy)
headroom_add_qtest(NAME tst_policy_triggers SOURCES tst_policy_triggers.cpp
    LIBS headroom_policy headroom_catalog LABELS core policy)
headroom_add_qtest(NAME tst_policy_run SOURCES tst_policy_run.cpp
    LIBS headroom_cli LABELS core policy)
# The policies inside a running Engine on a steered clock.
if(TARGET headroom_engine AND TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_engine_policies SOURCES tst_engine_policies.cpp
        LIBS headroom_engine headroom_catalog LABELS core TIMEOUT 120)
endif()
