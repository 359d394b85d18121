# Strain tests (issue 8): the scenario editor on its own and, on a real Engine with a temporary
# database and catalog folder, its save through the Strain Tests view (strain.json, the engine's
# strain view, the run form's refresh).
if(TARGET headroom_engine AND TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_strain_editor SOURCES tst_strain_editor.cpp
        LIBS headroom_ui headroom_engine headroom_catalog LABELS ui strain TIMEOUT 180)
endif()
