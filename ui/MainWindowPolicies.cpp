// MainWindow: autoscaling policy templates (policies stream).
#include "MainWindow.h"

namespace headroom::ui {

void MainWindow::setupPolicies() {}

} // namespace headroom::ui
