# Retention through the engine and `headroom retention` (issue 6): background roll-up on the
# engine's clock, requestRetention, and the command line.
if(TARGET headroom_engine)
    headroom_add_qtest(NAME tst_engine_retention SOURCES tst_engine_retention.cpp
        LIBS headroom_engine headroom_catalog headroom_demo SQLite::SQLite3 LABELS core
        TIMEOUT 300)
endif()
if(TARGET headroom_cli)
    headroom_add_qtest(NAME tst_cli_retention SOURCES tst_cli_retention.cpp LIBS headroom_cli
        LABELS core TIMEOUT 300)
endif()
