# The History tab's verification banner, search, CSV export and mode timeline.
headroom_add_qtest(NAME tst_historytab SOURCES tst_historytab.cpp LIBS headroom_ui LABELS ui)
# The wording of each governance event in the history.
headroom_add_qtest(NAME tst_event_wording SOURCES tst_event_wording.cpp LIBS headroom_ui LABELS ui)
