# A strain run's memory figure (issue 8): the workspace's snapshots first, else a probe of this
# computer sampled during the run, and never this computer's memory for another machine.
if(TARGET headroom_engine)
    headroom_add_qtest(NAME tst_strain_memory_probe SOURCES tst_strain_memory_probe.cpp
        support/TempDatabases.h LIBS headroom_engine LABELS core strain TIMEOUT 60)
endif()
