# The Prometheus API parser, URL builder and mappings against Debian's real prometheus scraping
# itself and a real prometheus-node-exporter, both on free ports on 127.0.0.1.
include(${CMAKE_CURRENT_LIST_DIR}/support/support.cmake)
headroom_add_qtest(NAME tst_prometheus_api
    SOURCES tst_prometheus_api.cpp support/PlainHttpGet.cpp
    LIBS headroom_prometheus headroom_test_servers LABELS integration TIMEOUT 120)
if(TARGET headroom_exposition)
    # The direct scrape of node_exporter through the exposition parser, against PromQL.
    target_link_libraries(tst_prometheus_api PRIVATE headroom_exposition)
    target_compile_definitions(tst_prometheus_api PRIVATE HEADROOM_HAVE_EXPOSITION=1)
endif()
