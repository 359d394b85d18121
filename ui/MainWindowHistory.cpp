// MainWindow: the History tab's verification, timeline and export (history stream).
#include "MainWindow.h"

namespace headroom::ui {

void MainWindow::setupHistoryTrust() {}

} // namespace headroom::ui
