# The engine on real endpoints: node_exporter, prometheus and nginx on 127.0.0.1 (owner: engine).
include(${CMAKE_CURRENT_LIST_DIR}/support/support.cmake)
if(TARGET headroom_engine AND TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_engine_endpoints
        SOURCES tst_engine_endpoints.cpp support/PlainHttpGet.cpp
        LIBS headroom_engine headroom_catalog headroom_test_servers
        LABELS integration TIMEOUT 180)
endif()
