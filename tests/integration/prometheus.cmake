# The Prometheus API parser, URL builder and mappings against Debian's real prometheus scraping
# itself and a real prometheus-node-exporter, both on free ports on 127.0.0.1.
include(${CMAKE_CURRENT_LIST_DIR}/support/support.cmake)
headroom_add_qtest(NAME tst_prometheus_api
    SOURCES tst_prometheus_api.cpp support/PlainHttpGet.cpp
    LIBS headroom_prometheus headroom_test_servers LABELS integration TIMEOUT 120)
