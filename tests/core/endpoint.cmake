# Configured metric endpoints (pure part): SourceConfig validation, its stored JSON form and the
# configs made from ready-made mappings. No network.
if(TARGET headroom_endpoint)
    headroom_add_qtest(NAME tst_source_config SOURCES tst_source_config.cpp
        LIBS headroom_endpoint LABELS core)
endif()
