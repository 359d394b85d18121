# The real binary, once, as a user would start it: the console opens on a fresh database, shows
# the demo workspace and then the live one with a real host snapshot, and exits 0.
add_test(NAME smoke_console_self_test COMMAND headroom --self-test)
set_tests_properties(smoke_console_self_test PROPERTIES
    LABELS "ui;smoke"
    ENVIRONMENT "${HEADROOM_TEST_ENV}"
    TIMEOUT 180
    PASS_REGULAR_EXPRESSION "live workspace shown with a host snapshot")
