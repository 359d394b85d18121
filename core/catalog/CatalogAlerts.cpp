// alerts.json: reading, writing and checking its sections (placeholder until implemented).
#include "CatalogStreams.h"

namespace headroom::catalog_detail {

void readAlertSection(Section /*section*/, const Node& /*node*/, Catalog& /*into*/) {}

Json writeAlertSection(Section /*section*/, const Catalog& /*catalog*/) {
    return Json::object();
}

void findAlertProblems(const Catalog& /*catalog*/, std::vector<Problem>& /*problems*/) {}

} // namespace headroom::catalog_detail
