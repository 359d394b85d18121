# Scaling control in the console (scaling stream): the dialogs alone, then the window on a real
# Engine with a temporary database.
headroom_add_qtest(NAME tst_scalingdialogs SOURCES tst_scalingdialogs.cpp LIBS headroom_ui
    LABELS ui)
if(TARGET headroom_engine AND TARGET headroom_catalog AND TARGET headroom_store)
    headroom_add_qtest(NAME tst_scalingwindow SOURCES tst_scalingwindow.cpp
        LIBS headroom_ui headroom_engine headroom_catalog LABELS ui TIMEOUT 180)
endif()
# The scaling policies dialog, alone and saving through a real Engine.
headroom_add_qtest(NAME tst_policyeditor SOURCES tst_policyeditor.cpp LIBS headroom_ui
    headroom_engine headroom_catalog headroom_store LABELS ui TIMEOUT 180)
