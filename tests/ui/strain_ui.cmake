# Strain tests (issue 8): the Strain Tests view on a real Engine with a temporary database,
# sending real load to Debian's nginx on 127.0.0.1 (headroom_test_servers): a short run with its
# live chart and progress, the history and its verdicts, a baseline and the comparison with it,
# cancelling, the confirmation a remote target needs and the plan's refusals shown inline.
if(TARGET headroom_engine AND TARGET headroom_catalog AND TARGET headroom_store)
    include(${PROJECT_SOURCE_DIR}/tests/integration/support/support.cmake)
    headroom_add_qtest(NAME tst_strain_dialog SOURCES tst_strain_dialog.cpp
        LIBS headroom_ui headroom_engine headroom_catalog headroom_test_servers
        LABELS ui integration TIMEOUT 240)
endif()
