# The replay timeline (issue 6): the strip's downsampling, scrubbing, stepping, keys, playing on an
# injected clock and the resolution badge.
headroom_add_qtest(NAME tst_replaybar SOURCES tst_replaybar.cpp LIBS headroom_ui LABELS ui)
# Offline replay in the window (issue 6's must-show): the demo exported, reopened read-only,
# scrubbed to a past day, a what-if with stricter CPU limits, closing, a corrupt bundle refused.
if(TARGET headroom_engine AND TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_replay_window SOURCES tst_replay_window.cpp
        LIBS headroom_ui headroom_engine headroom_catalog LABELS ui TIMEOUT 600)
endif()
