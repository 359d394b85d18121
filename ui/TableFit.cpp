#include "TableFit.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace headroom::ui {

namespace {

void updateFittedHeight(QTableView* view) {
    int height = 2 * view->frameWidth() + view->horizontalHeader()->sizeHint().height();
    const int rows = view->model() != nullptr ? view->model()->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        height += view->rowHeight(row);
    }
    if (rows == 0) {
        height += view->verticalHeader()->defaultSectionSize();
    }
    // A narrow window may need the horizontal scroll bar: keep the last row above it.
    if (view->horizontalHeader()->length() > view->viewport()->width()) {
        height += view->horizontalScrollBar()->sizeHint().height();
    }
    view->setFixedHeight(height);
}

// Refits the view when its width changes (the horizontal scroll bar may come or go).
class FitOnResize : public QObject {
public:
    explicit FitOnResize(QTableView* view)
        : QObject(view)
        , m_view(view) {
        view->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_view && event->type() == QEvent::Resize) {
            updateFittedHeight(m_view);
        }
        return false;
    }

private:
    QTableView* m_view;
};

} // namespace

void fitTableToRows(QTableView* view) {
    new FitOnResize(view);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Deferred: a QTableWidget's own model resets while the view is being destroyed, when the
    // view must no longer be touched; a queued call to a destroyed view is dropped.
    const auto update = [view] {
        QMetaObject::invokeMethod(
            view, [view] { updateFittedHeight(view); }, Qt::QueuedConnection);
    };
    QAbstractItemModel* model = view->model();
    QObject::connect(model, &QAbstractItemModel::modelReset, view, update);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, update);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, view, update);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, view, update);
    QObject::connect(view->verticalHeader(), &QHeaderView::sectionResized, view, update);
    QObject::connect(view->horizontalHeader(), &QHeaderView::sectionResized, view, update);
    QObject::connect(view->horizontalHeader(), &QHeaderView::geometriesChanged, view, update);
    updateFittedHeight(view);
}

} // namespace headroom::ui
