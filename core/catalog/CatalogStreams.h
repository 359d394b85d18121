#pragma once
// Internal to headroom_catalog: the sections added for scaling governance, each file with its
// reader, writer and value checks in one place:
//   policies.json   policies, policy_triggers            CatalogPolicies.cpp
//   alerts.json     alert_rules, burn_rate, alert_routing CatalogAlerts.cpp
//   readiness.json  resource_monitor, checklists          CatalogReadiness.cpp
//   strain.json     strain                                StrainCatalog.cpp
// The readers throw ReadProblem like the others; the checks append Problems.

#include "CatalogNode.h"
#include "CatalogSections.h"

#include <vector>

namespace headroom::catalog_detail {

void readPolicySection(Section section, const Node& node, Catalog& into);
Json writePolicySection(Section section, const Catalog& catalog);
void findPolicyProblems(const Catalog& catalog, std::vector<Problem>& problems);

void readAlertSection(Section section, const Node& node, Catalog& into);
Json writeAlertSection(Section section, const Catalog& catalog);
void findAlertProblems(const Catalog& catalog, std::vector<Problem>& problems);

void readReadinessSection(Section section, const Node& node, Catalog& into);
Json writeReadinessSection(Section section, const Catalog& catalog);
void findReadinessProblems(const Catalog& catalog, std::vector<Problem>& problems);

void readStrainSection(Section section, const Node& node, Catalog& into);
Json writeStrainSection(Section section, const Catalog& catalog);
void findStrainProblems(const Catalog& catalog, std::vector<Problem>& problems);

} // namespace headroom::catalog_detail
