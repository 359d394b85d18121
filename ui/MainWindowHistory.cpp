// MainWindow: the History tab's verification, timeline and export (history stream).
#include "EngineBridge.h"
#include "HistoryTab.h"
#include "MainWindow.h"
#include "Wording.h"

#include <QAction>
#include <QMenu>
#include <QTabWidget>

namespace headroom::ui {

void MainWindow::setupHistoryTrust() {
    connect(m_history, &HistoryTab::verifyRequested, this, &MainWindow::verifyHistory);
    auto* verify = m_scalingMenu->addAction(tr("&Verify history"));
    verify->setObjectName(QStringLiteral("verifyHistoryAction"));
    verify->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    verify->setToolTip(tr("Check that no event or decision was altered or removed"));
    connect(verify, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_history);
        verifyHistory();
    });
    connect(m_bridge, &EngineBridge::historyVerified, this,
            [this](quint64 id, const HistoryVerification& verification) {
                endBusy(id);
                if (id == m_verifyRequest) {
                    m_history->setVerification(verification);
                }
            });
    connect(m_bridge, &EngineBridge::errorOccurred, this, [this](quint64 id, const Error& error) {
        if (id != 0 && id == m_verifyRequest) {
            m_history->setVerificationFailed(QString::fromStdString(error.message));
        }
    });
    // The timeline needs the mode changes and advice of the same dates whatever kinds the table
    // shows, so each table page is followed by a page of every kind for the chart.
    connect(m_bridge, &EngineBridge::historyReady, this,
            [this](quint64 id, const HistoryPage& page) {
                if (QString::fromStdString(page.workspace) != m_currentName) {
                    return;
                }
                if (id == m_historyRequest) {
                    HistoryQuery query = historyQuery();
                    query.filter.kinds.clear();
                    query.filter.limit = 5000;
                    m_timelineRequest = m_engine.requestHistory(query);
                } else if (id == m_timelineRequest) {
                    m_history->setTimelinePage(page);
                }
            });
}

void MainWindow::verifyHistory() {
    if (m_currentName.isEmpty()) {
        return;
    }
    m_verifyRequest = m_engine.verifyHistory(m_currentName.toStdString());
    beginBusy(m_verifyRequest, tr("Verifying the history"));
}

} // namespace headroom::ui
