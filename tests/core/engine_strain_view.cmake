# The Strain Tests view's runs from a running Engine: the newest runs, then an older baseline.
if(TARGET headroom_engine AND TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_engine_strain_view SOURCES tst_engine_strain_view.cpp
        LIBS headroom_engine headroom_catalog LABELS core strain TIMEOUT 120)
endif()
