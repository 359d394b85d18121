# The console's alerts (alerts stream): panel, tray fallback, the Notifications dialog on a real
# Engine with a temporary database.
if(TARGET headroom_engine AND TARGET headroom_catalog AND TARGET headroom_store)
    headroom_add_qtest(NAME tst_alerts_ui SOURCES tst_alerts_ui.cpp FakeSecretStore.h
        LIBS headroom_ui headroom_engine headroom_catalog LABELS ui TIMEOUT 180)
endif()
