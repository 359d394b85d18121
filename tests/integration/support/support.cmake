# Helpers that start real servers for integration tests (TestServerProcess, NginxServer).
# Any <area>.cmake in tests/integration includes this file and links headroom_test_servers.
include_guard(GLOBAL)
find_package(Qt6 REQUIRED COMPONENTS Core)
add_library(headroom_test_servers STATIC
    ${CMAKE_CURRENT_LIST_DIR}/TestServerProcess.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NginxServer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PrometheusStack.cpp)
set_target_properties(headroom_test_servers PROPERTIES AUTOMOC OFF)
target_include_directories(headroom_test_servers PUBLIC ${PROJECT_SOURCE_DIR}/tests)
target_link_libraries(headroom_test_servers PUBLIC Qt6::Core)
headroom_set_warnings(headroom_test_servers)
