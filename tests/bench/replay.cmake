# bench_lttb: downsampling a year of 30-second points for the replay timeline.
if(TARGET headroom_replay)
    add_executable(bench_lttb bench_lttb.cpp)
    target_link_libraries(bench_lttb PRIVATE benchmark::benchmark headroom_replay)
    set_target_properties(bench_lttb PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    headroom_set_warnings(bench_lttb)
endif()
