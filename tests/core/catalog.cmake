headroom_add_qtest(NAME tst_catalog SOURCES tst_catalog.cpp LIBS headroom_catalog LABELS core)
headroom_add_qtest(NAME tst_catalog_validation SOURCES tst_catalog_validation.cpp
    LIBS headroom_catalog LABELS core)
