# `headroom report` end to end (issue 7's must-show): the real binary, with no display, writes the
# demo's PDF, CSV and JSON; poppler reads the PDF back; bad requests exit non-zero.
if(TARGET headroom)
    headroom_add_qtest(NAME tst_headroom_report SOURCES tst_headroom_report.cpp LIBS Qt6::Core
        LABELS integration TIMEOUT 300)
    target_compile_definitions(tst_headroom_report PRIVATE HEADROOM_EXE="$<TARGET_FILE:headroom>")
    add_dependencies(tst_headroom_report headroom)
endif()
