# Every screen of the console (issue 9): each main-window tab and each dialog fits a 1280x800
# laptop screen in English and German with no text cut off; with HEADROOM_UI_SCREENSHOTS=<dir>
# it also saves a PNG of each, light and dark, at 1280x800 and 1920x1080. It builds a window per
# language and theme, so under the sanitizers it needs a long timeout.
if(TARGET headroom_engine AND TARGET headroom_catalog AND TARGET headroom_store)
    headroom_add_qtest(NAME tst_screens SOURCES tst_screens.cpp
        LIBS headroom_ui headroom_engine headroom_catalog LABELS ui TIMEOUT 900)
endif()
