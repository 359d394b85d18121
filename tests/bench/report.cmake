# bench_report: the investor report of two years (issue 7: rendered in under 3 s), from the
# stored history to the finished PDF, CSV and JSON.
if(TARGET headroom_ui AND TARGET headroom_demo AND TARGET headroom_catalog)
    add_executable(bench_report bench_report.cpp)
    target_link_libraries(bench_report PRIVATE benchmark::benchmark headroom_ui headroom_demo
        headroom_catalog headroom_policy)
    set_target_properties(bench_report PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    headroom_set_warnings(bench_report)
endif()
