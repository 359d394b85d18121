# The load generator's HTTP/1.1 fast path: response parser and request builder.
headroom_add_qtest(NAME tst_http1_response SOURCES tst_http1_response.cpp LIBS headroom_net
    LABELS core net)
headroom_add_qtest(NAME tst_http1_request SOURCES tst_http1_request.cpp LIBS headroom_net
    CURL::libcurl LABELS core net)
