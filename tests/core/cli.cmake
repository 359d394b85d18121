# The headless command line, called in-process (exit codes and output) ...
headroom_add_qtest(NAME tst_cli SOURCES tst_cli.cpp LIBS headroom_cli LABELS core)
target_compile_definitions(tst_cli PRIVATE
    HEADROOM_FIXTURES="${PROJECT_SOURCE_DIR}/tests/fixtures")

# ... and the real binary, once, the way cron would run it.
add_test(NAME cli_evaluate_seed_example
    COMMAND headroom evaluate --metrics ${PROJECT_SOURCE_DIR}/tests/fixtures/seed000_example.json)
set_tests_properties(cli_evaluate_seed_example PROPERTIES
    LABELS core
    PASS_REGULAR_EXPRESSION "Tier +Hard Launch.*Mode +Growth")
add_test(NAME cli_bad_input_exits_nonzero
    COMMAND headroom evaluate --metrics ${PROJECT_SOURCE_DIR}/tests/fixtures/does-not-exist.json)
set_tests_properties(cli_bad_input_exits_nonzero PROPERTIES LABELS core WILL_FAIL TRUE)

# `headroom costs` and `headroom import-costs` on a temporary database.
headroom_add_qtest(NAME tst_cli_costs SOURCES tst_cli_costs.cpp LIBS headroom_cli LABELS core cost)
