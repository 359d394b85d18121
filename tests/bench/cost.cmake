# bench_cost: LedgerIndex build and full-year aggregation at issue 4's scale (5 providers x 500
# clients x 365 days), and the Cost Shield on that ledger.
if(TARGET headroom_cost)
    add_executable(bench_cost bench_cost.cpp CostLedgerGenerator.h)
    target_link_libraries(bench_cost PRIVATE benchmark::benchmark headroom_cost headroom_catalog)
    set_target_properties(bench_cost PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    headroom_set_warnings(bench_cost)
endif()
