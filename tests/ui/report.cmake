# The investor report's PDF (issue 7): the demo's report read back with poppler (text, fonts,
# pages), the same numbers as the JSON and CSV, an empty period and a period with a gap worded,
# the layout from one day to two years, the first page's preview.
if(TARGET headroom_catalog AND TARGET headroom_demo)
    headroom_add_qtest(NAME tst_report_pdf SOURCES tst_report_pdf.cpp
        LIBS headroom_ui headroom_catalog headroom_demo LABELS ui TIMEOUT 300)
endif()
