// MainWindow: outcomes, resource monitor and tier readiness (governance stream).
#include "MainWindow.h"

namespace headroom::ui {

void MainWindow::setupGovernance() {}

} // namespace headroom::ui
