# Issue 6's budget: the triggers kept incrementally for replay, checked against the batch path.
if(TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_trigger_window SOURCES tst_trigger_window.cpp
        LIBS headroom_policy headroom_catalog LABELS core policy TIMEOUT 300)
endif()
