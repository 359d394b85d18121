# Proof that the core needs no Qt: this test links headroom_core alone (no Qt Test runner) and
# fails to link if any core library pulled in a Qt symbol.
add_executable(tst_core_without_qt core_without_qt.cpp)
target_link_libraries(tst_core_without_qt PRIVATE headroom_core)
set_target_properties(tst_core_without_qt PROPERTIES AUTOMOC OFF)
headroom_set_warnings(tst_core_without_qt)
add_test(NAME tst_core_without_qt COMMAND tst_core_without_qt)
set_tests_properties(tst_core_without_qt PROPERTIES LABELS core TIMEOUT 60)
