# The engine's side of offline replay (issue 6): long jobs, bundles on the shelf, replay views.
if(TARGET headroom_engine)
    headroom_add_qtest(NAME tst_job_runner SOURCES tst_job_runner.cpp LIBS headroom_engine
        LABELS core)
endif()
if(TARGET headroom_engine)
    headroom_add_qtest(NAME tst_engine_replay SOURCES tst_engine_replay.cpp
        LIBS headroom_engine headroom_catalog LABELS core TIMEOUT 300)
endif()
if(TARGET headroom_cli)
    headroom_add_qtest(NAME tst_cli_replay SOURCES tst_cli_replay.cpp LIBS headroom_cli
        LABELS core TIMEOUT 300)
endif()
