# `headroom report` in-process (issue 7): CSV and JSON against buildReport, the PDF through an
# injected writer, a bundle against the live workspace, and the refusals with their exit codes.
if(TARGET headroom_cli AND TARGET headroom_report)
    headroom_add_qtest(NAME tst_cli_report SOURCES tst_cli_report.cpp LIBS headroom_cli
        LABELS core TIMEOUT 300)
endif()
