#pragma once
// Lets QCOMPARE print the net library's enums (HttpFailure) by their stable keys.

#include "net/HttpTypes.h"

#include <string>

#include <QTest>

namespace QTest {

template <>
inline char* toString(const headroom::HttpFailure& value) {
    return qstrdup(std::string(headroom::keyOf(value)).c_str());
}

} // namespace QTest
