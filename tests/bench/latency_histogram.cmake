# bench_latency_histogram: the cost of recording one latency (issue 8: well under a microsecond)
# and of reading percentiles from a full histogram.
if(TARGET headroom_strain)
    add_executable(bench_latency_histogram bench_latency_histogram.cpp)
    target_link_libraries(bench_latency_histogram PRIVATE benchmark::benchmark headroom_strain)
    set_target_properties(bench_latency_histogram PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    headroom_set_warnings(bench_latency_histogram)
endif()
