# Tests of the sources, the demo generator and the engine (owner: engine).
headroom_add_qtest(NAME tst_host_collector SOURCES tst_host_collector.cpp LIBS headroom_sources
    LABELS core)
headroom_add_qtest(NAME tst_metrics_file SOURCES tst_metrics_file.cpp LIBS headroom_sources
    LABELS core)
if(TARGET headroom_demo AND TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_demo SOURCES tst_demo.cpp LIBS headroom_demo headroom_catalog
        LABELS core)
endif()
if(TARGET headroom_engine AND TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_engine SOURCES tst_engine.cpp LIBS headroom_engine
        headroom_catalog LABELS core TIMEOUT 300)
endif()
if(TARGET headroom_engine AND TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_engine_sources SOURCES tst_engine_sources.cpp LIBS headroom_engine
        headroom_catalog LABELS core TIMEOUT 300)
endif()
