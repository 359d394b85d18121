headroom_add_qtest(NAME tst_snapshot SOURCES tst_snapshot.cpp LIBS headroom_model LABELS core)
headroom_add_qtest(NAME tst_text SOURCES tst_text.cpp LIBS headroom_model LABELS core)
