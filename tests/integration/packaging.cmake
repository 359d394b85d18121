# Packaging (issue 9): the real install rules into a temporary prefix, and the real Debian package
# built by CPack from them. Label "packaging": the sanitizer build does not run them (a Debug
# build with ASan is nothing anyone installs; see packaging/run-tests.sh).
if(TARGET headroom)
    set(_headroom_packaging_defs
        HEADROOM_EXPECTED_VERSION="${PROJECT_VERSION}"
        HEADROOM_APP_ID="${HEADROOM_APP_ID}"
        HEADROOM_CMAKE_COMMAND="${CMAKE_COMMAND}"
        HEADROOM_CPACK_COMMAND="${CMAKE_CPACK_COMMAND}"
        HEADROOM_INSTALL_BINDIR="${CMAKE_INSTALL_BINDIR}"
        HEADROOM_INSTALL_DATADIR="${CMAKE_INSTALL_DATADIR}")

    # Links headroom_ui only to compare the installed .qm with the one embedded under :/i18n/.
    headroom_add_qtest(NAME tst_install_tree SOURCES tst_install_tree.cpp
        LIBS Qt6::Gui headroom_ui LABELS "packaging" TIMEOUT 300)
    target_compile_definitions(tst_install_tree PRIVATE ${_headroom_packaging_defs})
    # The install needs the binary, its translations and the rendered icons.
    add_dependencies(tst_install_tree headroom headroom_icons)

    headroom_add_qtest(NAME tst_deb_package SOURCES tst_deb_package.cpp
        LIBS Qt6::Core LABELS "packaging" TIMEOUT 600)
    target_compile_definitions(tst_deb_package PRIVATE ${_headroom_packaging_defs})
    add_dependencies(tst_deb_package headroom headroom_icons)

    # Both write the build folder's install_manifest.txt; one at a time.
    set_tests_properties(tst_install_tree tst_deb_package PROPERTIES RESOURCE_LOCK headroom_install)
endif()
