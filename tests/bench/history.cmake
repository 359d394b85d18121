# bench_history: the cost of the tamper-evident history (chained append, verification) against
# a plain insert and a plain read of the same rows.
if(TARGET headroom_store)
    add_executable(bench_history bench_history.cpp)
    target_link_libraries(bench_history PRIVATE benchmark::benchmark headroom_store
        SQLite::SQLite3)
    set_target_properties(bench_history PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    headroom_set_warnings(bench_history)
endif()
