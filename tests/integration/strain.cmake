# The load generator (issue 8) against servers started on 127.0.0.1: nginx (fast file, error
# statuses, a connection closed without an answer, no keep-alive, HTTP/2 cleartext), a stalling
# python3 server for coordinated omission, and a port nobody listens on.
include(${CMAKE_CURRENT_LIST_DIR}/support/support.cmake)
if(TARGET headroom_strain)
    # StallServer.cpp is built here rather than into headroom_test_servers: only this test uses it.
    headroom_add_qtest(NAME tst_load_generator
        SOURCES tst_load_generator.cpp support/StallServer.cpp
        LIBS headroom_net headroom_strain headroom_test_servers LABELS integration TIMEOUT 120)
endif()
if(TARGET headroom_cli)
    # `headroom strain` run in-process against nginx: the Baseline scenario's verdict, storage,
    # baselines, refusals before any traffic.
    headroom_add_qtest(NAME tst_cli_strain SOURCES tst_cli_strain.cpp
        LIBS headroom_cli headroom_test_servers LABELS integration TIMEOUT 120)
endif()
if(TARGET headroom_engine)
    # Strain runs through the engine: progress, storage, refusals, cancel, baseline, the report.
    headroom_add_qtest(NAME tst_engine_strain SOURCES tst_engine_strain.cpp
        LIBS headroom_engine headroom_catalog headroom_test_servers LABELS integration TIMEOUT 120)
endif()
if(TARGET headroom_strain)
    # The cleartext HTTP/1.1 exchange (libcurl connects, the generator reads and writes) against
    # nginx closing idle connections and after a few requests, POST bodies, HEAD, chunked gzip,
    # and the stall server outliving the request timeout.
    headroom_add_qtest(NAME tst_load_exchange
        SOURCES tst_load_exchange.cpp support/StallServer.cpp
        LIBS headroom_net headroom_strain headroom_test_servers LABELS integration TIMEOUT 120)
endif()
