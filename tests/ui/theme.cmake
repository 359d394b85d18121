# "Follow the system" against a real session bus: a dbus-daemon started by the test, on which
# the test itself plays the XDG desktop portal's Settings interface.
if(TARGET headroom_ui)
    find_package(Qt6 REQUIRED COMPONENTS DBus)
    headroom_add_qtest(NAME tst_console_theme SOURCES tst_console_theme.cpp
        LIBS headroom_ui Qt6::DBus LABELS ui TIMEOUT 60)
endif()
