# Strain runs in the store (issue 8, schema v9): the JSON forms of a run, runs and baselines with
# their history events, the migration from version 8, and a bundle export leaving them out.
headroom_add_qtest(NAME tst_strain_store SOURCES tst_strain_store.cpp support/TempDatabases.h
    LIBS headroom_store headroom_bundle SQLite::SQLite3 LABELS core)
