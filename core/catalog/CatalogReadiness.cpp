// readiness.json: reading, writing and checking its sections (placeholder until implemented).
#include "CatalogStreams.h"

namespace headroom::catalog_detail {

void readReadinessSection(Section /*section*/, const Node& /*node*/, Catalog& /*into*/) {}

Json writeReadinessSection(Section /*section*/, const Catalog& /*catalog*/) {
    return Json::object();
}

void findReadinessProblems(const Catalog& /*catalog*/, std::vector<Problem>& /*problems*/) {}

} // namespace headroom::catalog_detail
