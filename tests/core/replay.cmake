# Offline replay (issue 6): the pure parts first (downsampling, the replay clock).
if(TARGET headroom_replay)
    headroom_add_qtest(NAME tst_replay_math SOURCES tst_replay_math.cpp LIBS headroom_replay
        LABELS core)
endif()
if(TARGET headroom_bundle)
    headroom_add_qtest(NAME tst_bundle_format SOURCES tst_bundle_format.cpp LIBS headroom_bundle
        LABELS core)
endif()
if(TARGET headroom_bundle)
    headroom_add_qtest(NAME tst_bundle_manifest SOURCES tst_bundle_manifest.cpp
        LIBS headroom_bundle LABELS core)
endif()
if(TARGET headroom_replay)
    headroom_add_qtest(NAME tst_scaling_timeline SOURCES tst_scaling_timeline.cpp
        LIBS headroom_replay LABELS core)
endif()
if(TARGET headroom_replay AND TARGET headroom_store)
    headroom_add_qtest(NAME tst_recommendation_history SOURCES tst_recommendation_history.cpp
        LIBS headroom_replay headroom_store LABELS core)
endif()
