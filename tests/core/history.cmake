headroom_add_qtest(NAME tst_history_chain SOURCES tst_history_chain.cpp LIBS headroom_store
    SQLite::SQLite3 LABELS core)
