// MainWindow: scaling mode control and health snapshots (scaling stream).
#include "MainWindow.h"

namespace headroom::ui {

void MainWindow::setupScalingControl() {}

} // namespace headroom::ui
