# Governance (issue 5): key metrics and outcomes, the resource monitor, tier checklists and
# readiness (core/policy), their store calls and the CLI subcommands.
headroom_add_qtest(NAME tst_decision_metrics SOURCES tst_decision_metrics.cpp
    LIBS headroom_policy LABELS core policy)
headroom_add_qtest(NAME tst_resource_monitor SOURCES tst_resource_monitor.cpp
    LIBS headroom_policy LABELS core policy)
headroom_add_qtest(NAME tst_store_outcomes SOURCES tst_store_outcomes.cpp
    LIBS headroom_store headroom_policy LABELS core)
if(TARGET headroom_catalog)
    headroom_add_qtest(NAME tst_tier_readiness SOURCES tst_tier_readiness.cpp
        LIBS headroom_policy headroom_catalog LABELS core policy)
endif()
if(TARGET headroom_cli)
    headroom_add_qtest(NAME tst_cli_governance SOURCES tst_cli_governance.cpp
        LIBS headroom_cli LABELS core)
endif()
