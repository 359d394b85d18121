# The console's language (issue 9): the German translation is complete (the .ts, and every tr()
# string in the sources as lupdate finds them now), the German window shows no English string
# the translation has, Preferences switches the language, and formats follow the locale.
if(TARGET headroom_engine AND TARGET headroom_catalog AND TARGET headroom_store)
    # The sources lupdate scans, listed at configure time (CONFIGURE_DEPENDS re-lists them).
    file(GLOB_RECURSE _headroom_tr_sources CONFIGURE_DEPENDS
        "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h")
    list(APPEND _headroom_tr_sources
        "${PROJECT_SOURCE_DIR}/app/ConsoleMain.cpp" "${PROJECT_SOURCE_DIR}/app/ReportPdfCommand.cpp")
    list(JOIN _headroom_tr_sources "\n" _headroom_tr_list)
    file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/translated-sources.lst" "${_headroom_tr_list}\n")
    headroom_add_qtest(NAME tst_console_language SOURCES tst_console_language.cpp
        LIBS headroom_ui headroom_engine headroom_catalog LABELS ui TIMEOUT 180)
    target_compile_definitions(tst_console_language PRIVATE
        HEADROOM_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
        HEADROOM_TR_SOURCES="${CMAKE_CURRENT_BINARY_DIR}/translated-sources.lst")
endif()
