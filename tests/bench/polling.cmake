# bench_polling: the engine polling 200 exporters (real nginx on 127.0.0.1); see the file's header.
if(TARGET headroom_engine AND TARGET headroom_endpoint AND TARGET headroom_catalog)
    add_executable(bench_polling bench_polling.cpp NodeExporterText.h LoopbackNginx.h)
    target_link_libraries(bench_polling PRIVATE headroom_engine headroom_catalog headroom_sources
                                                Threads::Threads)
    set_target_properties(bench_polling PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    headroom_set_warnings(bench_polling)
endif()
