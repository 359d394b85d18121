# Configured metric endpoints (EndpointSource) against real servers on 127.0.0.1: nginx serving
# expositions, JSON and faults; prometheus-node-exporter; prometheus scraping it.
include(${CMAKE_CURRENT_LIST_DIR}/support/support.cmake)
if(TARGET headroom_endpoint)
    headroom_add_qtest(NAME tst_endpoint_sources SOURCES tst_endpoint_sources.cpp
        LIBS headroom_endpoint headroom_test_servers LABELS integration TIMEOUT 180)
endif()
if(TARGET headroom_cli)
    # `headroom probe` run in-process against nginx serving exposition fixtures.
    headroom_add_qtest(NAME tst_cli_probe SOURCES tst_cli_probe.cpp
        LIBS headroom_cli headroom_test_servers LABELS integration TIMEOUT 60)
endif()
