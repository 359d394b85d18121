# Retention (schema v8): roll-up of raw snapshots, the state at a time over roll-ups, the bundle
# registry and the migration from version 7.
headroom_add_qtest(NAME tst_store_retention SOURCES tst_store_retention.cpp
    LIBS headroom_store SQLite::SQLite3 LABELS core TIMEOUT 300)
