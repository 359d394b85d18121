# Governance parts of the console (resource monitor, key metrics, tier readiness, outcomes) on a
# real Engine with the demo workspace.
if(TARGET headroom_engine AND TARGET headroom_catalog AND TARGET headroom_store)
    headroom_add_qtest(NAME tst_governance_ui SOURCES tst_governance_ui.cpp
        LIBS headroom_ui headroom_engine headroom_catalog LABELS ui TIMEOUT 180)
endif()
