# Policy tests (core/policy). The seed tests read the shipped default catalog when the catalog
# library is part of the build; otherwise they use the same seed numbers written by hand in
# support/PolicyFixtures.h.
set(_headroom_policy_test_libs headroom_policy)
if(TARGET headroom_catalog)
    list(APPEND _headroom_policy_test_libs headroom_catalog)
endif()
foreach(_test tst_capacity tst_truth tst_health tst_mode tst_recommendations tst_evaluator)
    headroom_add_qtest(NAME ${_test} SOURCES ${_test}.cpp support/PolicyFixtures.h
        LIBS ${_headroom_policy_test_libs} LABELS core policy)
    if(TARGET headroom_catalog)
        target_compile_definitions(${_test} PRIVATE HEADROOM_TEST_DEFAULT_CATALOG)
    endif()
endforeach()
