# Desktop polish (issue 9): shortcuts for every main action, the shortcuts list, light and dark
# appearance, the tray's health, the first-run screen and the busy bar, on a real Engine.
if(TARGET headroom_engine AND TARGET headroom_catalog AND TARGET headroom_store)
    headroom_add_qtest(NAME tst_console_polish SOURCES tst_console_polish.cpp
        LIBS headroom_ui headroom_engine headroom_catalog LABELS ui TIMEOUT 180)
endif()
