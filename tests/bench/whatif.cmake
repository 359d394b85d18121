# bench_replay: re-evaluating a year of 30-second snapshots through the what-if pipelines.
if(TARGET headroom_replay AND TARGET headroom_catalog)
    add_executable(bench_replay bench_replay.cpp)
    target_link_libraries(bench_replay PRIVATE benchmark::benchmark headroom_replay
        headroom_catalog)
    set_target_properties(bench_replay PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    headroom_set_warnings(bench_replay)
endif()
