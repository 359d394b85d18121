# Console tests (offscreen; QT_QPA_PLATFORM=offscreen comes from headroom_add_qtest).
headroom_add_qtest(NAME tst_recommendationsmodel SOURCES tst_recommendationsmodel.cpp
    LIBS headroom_ui LABELS ui)
headroom_add_qtest(NAME tst_historymodel SOURCES tst_historymodel.cpp LIBS headroom_ui LABELS ui)
headroom_add_qtest(NAME tst_capacitymodels SOURCES tst_capacitymodels.cpp LIBS headroom_ui LABELS ui)
# The window test drives a real Engine on a temporary database.
if(TARGET headroom_engine AND TARGET headroom_catalog AND TARGET headroom_store)
    headroom_add_qtest(NAME tst_mainwindow SOURCES tst_mainwindow.cpp
        LIBS headroom_ui headroom_engine headroom_catalog LABELS ui TIMEOUT 180)
endif()
# Sources: the editor form and the models need no engine; the dialog drives a real Engine on a
# temporary database and a real nginx serving an exposition (headroom_test_servers).
headroom_add_qtest(NAME tst_sourceeditor SOURCES tst_sourceeditor.cpp LIBS headroom_ui LABELS ui)
headroom_add_qtest(NAME tst_sourcesmodel SOURCES tst_sourcesmodel.cpp LIBS headroom_ui LABELS ui)
if(TARGET headroom_engine AND TARGET headroom_catalog AND TARGET headroom_store)
    # tests/ui is configured before tests/integration: include the server helpers here (the file
    # has an include guard, so the integration tests share the same target).
    include(${PROJECT_SOURCE_DIR}/tests/integration/support/support.cmake)
    headroom_add_qtest(NAME tst_sourcesdialog SOURCES tst_sourcesdialog.cpp FakeSecretStore.h
        LIBS headroom_ui headroom_engine headroom_catalog headroom_test_servers
        LABELS ui integration TIMEOUT 180)
endif()
# The AI Capacity tab against `headroom costs --json` on the same demo database.
if(TARGET headroom_engine AND TARGET headroom_catalog AND TARGET headroom_cli)
    headroom_add_qtest(NAME tst_aicapacity SOURCES tst_aicapacity.cpp
        LIBS headroom_ui headroom_engine headroom_catalog headroom_cli LABELS ui TIMEOUT 180)
endif()
