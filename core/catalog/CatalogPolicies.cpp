// policies.json: reading, writing and checking its sections (placeholder until implemented).
#include "CatalogStreams.h"

namespace headroom::catalog_detail {

void readPolicySection(Section /*section*/, const Node& /*node*/, Catalog& /*into*/) {}

Json writePolicySection(Section /*section*/, const Catalog& /*catalog*/) {
    return Json::object();
}

void findPolicyProblems(const Catalog& /*catalog*/, std::vector<Problem>& /*problems*/) {}

} // namespace headroom::catalog_detail
