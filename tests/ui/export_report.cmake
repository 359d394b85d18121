# File > Export report… (issue 7) on a real Engine with the demo workspace: the preview, the PDF
# read back with poppler's pdftotext, the CSV and JSON beside it, remembered settings, refusals,
# cancelling (the existing file kept) and an opened bundle reporting like a live workspace.
if(TARGET headroom_engine AND TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_export_report SOURCES tst_export_report.cpp
        LIBS headroom_ui headroom_engine headroom_catalog LABELS ui TIMEOUT 600)
endif()
