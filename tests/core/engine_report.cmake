# The investor report through the engine (core/engine/EngineReport.cpp): a job like a what-if,
# for a live workspace or an opened bundle, equal to buildReport on the same store.
if(TARGET headroom_engine AND TARGET headroom_report)
    headroom_add_qtest(NAME tst_engine_report SOURCES tst_engine_report.cpp
        LIBS headroom_engine headroom_report headroom_catalog LABELS core TIMEOUT 300)
endif()
