# The investor report's figures (issue 7, core/report): the builder on a hand-built fixture, an
# empty period, a period with a gap, the demo workspace; JSON and CSV against ReportData.
if(TARGET headroom_report)
    headroom_add_qtest(NAME tst_report_builder SOURCES tst_report_builder.cpp
        LIBS headroom_report headroom_demo headroom_catalog LABELS core TIMEOUT 300)
endif()
