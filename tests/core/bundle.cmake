# Bundles (issue 6): export, staging and the checks on hostile files. The demo workspace is the
# source of the round trip, so these link the demo generator and the catalog loader too.
if(TARGET headroom_bundle)
    set(_bundle_test_libs headroom_bundle headroom_demo headroom_catalog headroom_replay
        headroom_store)
    foreach(_bundle_test roundtrip corruption secrets legacy)
        if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/tst_bundle_${_bundle_test}.cpp")
            headroom_add_qtest(NAME tst_bundle_${_bundle_test}
                SOURCES tst_bundle_${_bundle_test}.cpp
                LIBS ${_bundle_test_libs} LABELS core)
        endif()
    endforeach()
endif()
