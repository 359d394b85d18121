# Strain tests (issue 8): the latency histogram against a sorted-sample reference.
if(TARGET headroom_strain)
    headroom_add_qtest(NAME tst_latency_histogram SOURCES tst_latency_histogram.cpp
        LIBS headroom_strain LABELS core strain)
endif()
