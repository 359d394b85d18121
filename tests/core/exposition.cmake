# Exposition parser tests (core/sources/exposition): hand-written fixtures and API tests.
if(TARGET headroom_exposition)
    headroom_add_qtest(NAME tst_exposition_fixtures SOURCES tst_exposition_fixtures.cpp
        LIBS headroom_exposition LABELS core exposition)
    headroom_add_qtest(NAME tst_exposition SOURCES tst_exposition.cpp
        LIBS headroom_exposition LABELS core exposition)
endif()
if(TARGET headroom_exposition)
    headroom_add_qtest(NAME tst_exposition_alloc SOURCES tst_exposition_alloc.cpp
        LIBS headroom_exposition LABELS core exposition)
endif()
if(TARGET headroom_exposition)
    headroom_add_qtest(NAME tst_exposition_promtool SOURCES tst_exposition_promtool.cpp
        LIBS headroom_exposition LABELS core exposition)
endif()
