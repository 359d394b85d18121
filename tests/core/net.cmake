headroom_add_qtest(NAME tst_http_pure SOURCES tst_http_pure.cpp LIBS headroom_net CURL::libcurl LABELS core)
