# bench_timeline: the replay timeline's strip redrawing a million points (issue 6: under 50 ms).
if(TARGET headroom_ui)
    add_executable(bench_timeline bench_timeline.cpp)
    target_link_libraries(bench_timeline PRIVATE benchmark::benchmark headroom_ui)
    set_target_properties(bench_timeline PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    headroom_set_warnings(bench_timeline)
endif()
