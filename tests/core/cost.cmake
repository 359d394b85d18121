# Cost model tests (owner: ledger): rates, the ledger index and AI budgets; the Cost Shield; the
# CSV import. headroom_cost is plain C++; Qt Test is only the runner.
headroom_add_qtest(NAME tst_cost_ledger SOURCES tst_cost_ledger.cpp LIBS headroom_cost
    LABELS core cost)
headroom_add_qtest(NAME tst_ledger_csv SOURCES tst_ledger_csv.cpp LIBS headroom_cost
    LABELS core cost)
headroom_add_qtest(NAME tst_cost_shield SOURCES tst_cost_shield.cpp LIBS headroom_cost
    LABELS core cost)
