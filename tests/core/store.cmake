headroom_add_qtest(NAME tst_json SOURCES tst_json.cpp LIBS headroom_model LABELS core)
headroom_add_qtest(NAME tst_store_reconciler SOURCES tst_store_reconciler.cpp LIBS headroom_store LABELS core)
headroom_add_qtest(NAME tst_store SOURCES tst_store.cpp LIBS headroom_store SQLite::SQLite3 LABELS core)
headroom_add_qtest(NAME tst_store_sources SOURCES tst_store_sources.cpp LIBS headroom_store SQLite::SQLite3 LABELS core)
headroom_add_qtest(NAME tst_store_ledger SOURCES tst_store_ledger.cpp LIBS headroom_store
    SQLite::SQLite3 LABELS core)
if(TARGET headroom_demo AND TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_demo_ledger SOURCES tst_demo_ledger.cpp LIBS headroom_demo
        headroom_catalog LABELS core)
endif()
