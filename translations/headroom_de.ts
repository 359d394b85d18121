<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog could not be loaded:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database %1 could not be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>CPU utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database connection limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI spend per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early-warning events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI tokens per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual jobs per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual jobs pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual jobs failed recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual job processing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load average (1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 /min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 /day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves %1 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves %1 to %2 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintain current mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to scale up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider scaling down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze new onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score %1 is below the freeze threshold %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning density %1 % exceeds the threshold %2 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk %1 % exceeds the threshold %2 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI cost pressure %1 % exceeds the threshold %2 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure health %1 is below the acceptable level %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already at the highest scaling mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health %1 is below the increase threshold %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation %1 is too high for safe scaling (limit %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health %1 and utilisation %2 support scaling up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current mode is appropriate for health and utilisation levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data confidence %1 is below the %2 needed to recommend a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active clients are outside the current mode&apos;s range (up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode advice changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 (threshold %3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>headroom::ui::AiCapacityTab</name>
    <message>
        <source>AI provider budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot yet — waiting for the first poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI providers are configured in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month-to-date usage against the monthly allocation of the %1 tier. %2 of %3 providers report usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::BarDelegate</name>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::BudgetModel</name>
    <message>
        <source>no usage data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of monthly budget used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::DecisionDialog</name>
    <message>
        <source>Accept recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisit on date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisit on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::HistoryModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mode advice changed (%n times)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changed %n times between %1 and %2; latest: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — revisit on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::HistoryTab</name>
    <message>
        <source>Decisions and key events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds, including mode advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Decisions and key events” hides mode-advice changes and source recoveries; choose “All kinds” to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of history entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History from date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode-advice changes and source recoveries are hidden. Choose “All kinds” to see them; runs of advice changes are folded into one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of decisions and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions or events in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::MainWindow</name>
    <message>
        <source>Headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO DATA — generated, not your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure in this workspace is generated sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the latest snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling the live sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [demo]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspaces in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom — %1 [Demo data]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest stored snapshot: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot has been stored for this workspace yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace has no live sources to poll; F5 reloads the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the live sources now instead of waiting for the next poll (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll now and refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background error — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine could not start.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::MetricChart</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics shown in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history yet — the chart fills in as snapshots are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation over time chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metrics (CPU and error rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation of tier limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::OverviewTab</name>
    <message>
        <source>No snapshot yet — waiting for the first poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI cost pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation of tier limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources and their freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data is generated; it has no live sources to poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live sources are configured for this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 to %2 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active clients: not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reasons given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Blocked by the truth layer: “%1” was indicated, but the data is too thin to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Blocked by the truth layer: the data is too thin to recommend a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 100 overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Partial: from %1 of 4 scores · data confidence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From all 4 scores · data confidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall score averages only the measured scores. Not measured: %1. Data confidence is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall score combines all four scores. Data confidence is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting new clients: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting new clients: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the upgrade to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data confidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (complete %1, fresh %2) — snapshot of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::RecommendationDetail</name>
    <message>
        <source>Select a recommendation to see its evidence, cost and steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer the selected recommendation to a later date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected recommendation (a reason is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation and rollback steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · severity %2 · first seen %3 · last seen %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · revisit on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Impact %1 · risk %2 · effort %3 · confidence %4 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recommendation type is not in the current catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measured evidence was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::RecommendationsModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::RecommendationsTab</name>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which recommendations to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, including decided and resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendations: nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No recommendations have been raised for this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::SourcesModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::UtilisationModel</name>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation of tier limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Headroom scaling console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace to show first (local, demo, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between polls of the live sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, render the demo and live workspaces, exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --self-test: save the window as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
