# The exposition parser against real exporters (node_exporter, Prometheus) on 127.0.0.1.
if(TARGET headroom_exposition)
    headroom_add_qtest(NAME tst_node_exporter_scrape SOURCES tst_node_exporter_scrape.cpp
        LIBS headroom_exposition LABELS integration exposition TIMEOUT 60)
endif()
