#pragma once
// Lets QCOMPARE print the core's value types when a comparison fails.

#include "model/Error.h"
#include "model/Records.h"

#include <QTest>

#include <optional>
#include <string>

namespace QTest {

#define HEADROOM_ENUM_PRINTER(Type)                                                                \
    template <>                                                                                    \
    inline char* toString(const Type& value)                                                       \
    {                                                                                              \
        return qstrdup(std::string(headroom::keyOf(value)).c_str());                            \
    }

HEADROOM_ENUM_PRINTER(headroom::ErrorCode)
HEADROOM_ENUM_PRINTER(headroom::Status)
HEADROOM_ENUM_PRINTER(headroom::ModeAction)
HEADROOM_ENUM_PRINTER(headroom::Verdict)
HEADROOM_ENUM_PRINTER(headroom::RecommendationState)
HEADROOM_ENUM_PRINTER(headroom::EventKind)
HEADROOM_ENUM_PRINTER(headroom::Level)
#undef HEADROOM_ENUM_PRINTER

template <>
inline char* toString(const headroom::MetricId& id)
{
    return qstrdup(std::string(headroom::metricKey(id)).c_str());
}

template <>
inline char* toString(const std::string& text)
{
    return qstrdup(text.c_str());
}

template <>
inline char* toString(const std::optional<headroom::MetricId>& value)
{
    return value ? toString(*value) : qstrdup("nullopt");
}

template <>
inline char* toString(const std::optional<double>& value)
{
    return value ? toString(*value) : qstrdup("nullopt");
}

template <>
inline char* toString(const std::optional<int>& value)
{
    return value ? toString(*value) : qstrdup("nullopt");
}

template <>
inline char* toString(const std::optional<std::string>& value)
{
    return value ? qstrdup(value->c_str()) : qstrdup("nullopt");
}

} // namespace QTest
