# Forecast numerics (core/forecast) and cost projections (core/cost/Projection): pure, exact tests
# against hand-computed answers.
headroom_add_qtest(NAME tst_forecast SOURCES tst_forecast.cpp LIBS headroom_forecast
    LABELS core forecast)
if(EXISTS "${PROJECT_SOURCE_DIR}/core/cost/Projection.h")
    headroom_add_qtest(NAME tst_projection SOURCES tst_projection.cpp LIBS headroom_cost
        LABELS core forecast)
endif()
