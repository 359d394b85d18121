# The HTTP client against Debian's real nginx on 127.0.0.1: every fault kind, auth, TLS, cancel.
include(${CMAKE_CURRENT_LIST_DIR}/support/support.cmake)
headroom_add_qtest(NAME tst_http_faults SOURCES tst_http_faults.cpp
    LIBS headroom_net headroom_test_servers LABELS integration TIMEOUT 120)
