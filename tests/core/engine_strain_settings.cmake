# Strain tests (issue 8) inside a running Engine: the scenario editor's replaceStrainSettings.
if(TARGET headroom_engine AND TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_engine_strain_settings SOURCES tst_engine_strain_settings.cpp
        LIBS headroom_engine headroom_catalog LABELS core strain TIMEOUT 120)
endif()
