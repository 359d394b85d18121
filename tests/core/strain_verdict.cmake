# Strain tests (issue 8): strain.json's defaults and validation, run plans and verdicts.
headroom_add_qtest(NAME tst_strain_catalog SOURCES tst_strain_catalog.cpp LIBS headroom_catalog
    LABELS core strain)
if(TARGET headroom_strain)
    headroom_add_qtest(NAME tst_strain_verdict SOURCES tst_strain_verdict.cpp
        LIBS headroom_strain headroom_catalog LABELS core strain)
endif()
