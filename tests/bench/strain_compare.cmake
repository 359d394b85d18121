# bench_strain_compare: the load generator beside wrk and ab -k against one nginx on 127.0.0.1
# (issue 8's throughput targets); a plain program, run by hand. See the file's header.
if(TARGET headroom_net AND TARGET headroom_strain)
    add_executable(bench_strain_compare bench_strain_compare.cpp LoopbackNginx.h)
    target_link_libraries(bench_strain_compare PRIVATE headroom_net headroom_strain)
    set_target_properties(bench_strain_compare PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    headroom_set_warnings(bench_strain_compare)
endif()
