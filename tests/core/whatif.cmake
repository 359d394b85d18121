# What-if (issue 6): the one pipeline step, the difference of two traces, and re-evaluating a
# stored history with another catalog.
if(TARGET headroom_engine AND TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_evaluation_step SOURCES tst_evaluation_step.cpp
        LIBS headroom_engine headroom_policy headroom_catalog LABELS core TIMEOUT 120)
endif()
if(TARGET headroom_replay)
    headroom_add_qtest(NAME tst_what_if_diff SOURCES tst_what_if_diff.cpp LIBS headroom_replay
        LABELS core)
endif()
if(TARGET headroom_replay AND TARGET headroom_demo AND TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_what_if SOURCES tst_what_if.cpp
        LIBS headroom_replay headroom_demo headroom_catalog LABELS core TIMEOUT 300)
    target_compile_definitions(tst_what_if PRIVATE
        HEADROOM_WHATIF_DIR="${PROJECT_SOURCE_DIR}/resources/whatif")
endif()
