# Alerts (alerts stream): the state machine, burn rates, the alerts.json catalog sections.
headroom_add_qtest(NAME tst_alert_machine SOURCES tst_alert_machine.cpp LIBS headroom_policy
    LABELS core policy)
headroom_add_qtest(NAME tst_burn_rate SOURCES tst_burn_rate.cpp LIBS headroom_policy
    LABELS core policy)
headroom_add_qtest(NAME tst_alert_rules SOURCES tst_alert_rules.cpp LIBS headroom_policy
    headroom_catalog LABELS core policy)
headroom_add_qtest(NAME tst_notify_messages SOURCES tst_notify_messages.cpp LIBS headroom_notify
    LABELS core)
headroom_add_qtest(NAME tst_store_alerts SOURCES tst_store_alerts.cpp LIBS headroom_store
    LABELS core)
# The engine's alerting over time on a steered clock: fires once, survives a restart, resolves.
if(TARGET headroom_engine AND TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_engine_alerts SOURCES tst_engine_alerts.cpp LIBS headroom_engine
        headroom_catalog LABELS core TIMEOUT 120)
endif()
