# The History tab's verification banner, search, CSV export and mode timeline.
headroom_add_qtest(NAME tst_historytab SOURCES tst_historytab.cpp LIBS headroom_ui LABELS ui)
