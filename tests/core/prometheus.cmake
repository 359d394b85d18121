# Prometheus HTTP API responses and requests, JSON endpoints, and metric mappings (pure).
set(_prom_fixtures "${PROJECT_SOURCE_DIR}/tests/fixtures/prometheus")
foreach(_prom_test tst_prom_response tst_prom_request tst_json_endpoint tst_prom_mapping
                   tst_prom_mapping_json)
    headroom_add_qtest(NAME ${_prom_test} SOURCES ${_prom_test}.cpp LIBS headroom_prometheus
                       LABELS core)
    target_compile_definitions(${_prom_test} PRIVATE
        HEADROOM_PROM_FIXTURES="${_prom_fixtures}")
endforeach()
