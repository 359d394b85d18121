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
