# Notification delivery (alerts stream) against real nginx and python3's smtpd on 127.0.0.1.
include(${CMAKE_CURRENT_LIST_DIR}/support/support.cmake)
if(TARGET headroom_engine AND TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_notify_delivery SOURCES tst_notify_delivery.cpp
        LIBS headroom_engine headroom_catalog headroom_test_servers
        LABELS integration TIMEOUT 180)
endif()
