// MainWindow: alerts, the tray and notification settings (alerts stream).
#include "MainWindow.h"

namespace headroom::ui {

void MainWindow::setupAlerts() {}

} // namespace headroom::ui
