headroom_add_qtest(NAME tst_history_chain SOURCES tst_history_chain.cpp LIBS headroom_store
    SQLite::SQLite3 LABELS core)
if(TARGET headroom_cli)
    headroom_add_qtest(NAME tst_cli_verify SOURCES tst_cli_verify.cpp
        LIBS headroom_cli headroom_store SQLite::SQLite3 LABELS core)
endif()
if(TARGET headroom_engine AND TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_engine_history SOURCES tst_engine_history.cpp
        LIBS headroom_engine headroom_catalog LABELS core TIMEOUT 300)
endif()
