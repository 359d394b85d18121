# The replay timeline (issue 6): the strip's downsampling, scrubbing, stepping, keys, playing on an
# injected clock and the resolution badge.
headroom_add_qtest(NAME tst_replaybar SOURCES tst_replaybar.cpp LIBS headroom_ui LABELS ui)
