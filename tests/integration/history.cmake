# `headroom verify` end to end: the real binary and the real sqlite3 shell on one file.
if(TARGET headroom)
    headroom_add_qtest(NAME tst_verify_tamper SOURCES tst_verify_tamper.cpp LIBS Qt6::Core
        LABELS integration TIMEOUT 300)
    target_compile_definitions(tst_verify_tamper PRIVATE HEADROOM_EXE="$<TARGET_FILE:headroom>")
    add_dependencies(tst_verify_tamper headroom)
endif()
