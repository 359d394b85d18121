#pragma once
// The History tab's CSV export: the rows a table shows, as RFC 4180 CSV (UTF-8, CRLF line ends,
// a header row; a field holding a comma, quote, CR or LF is quoted and its quotes doubled).
// Plain Qt core, no widgets, so it is tested on its own.

#include <functional>

#include <QByteArray>
#include <QString>

class QAbstractItemModel;

namespace headroom::ui {

QString csvField(const QString& text);
// Every column's DisplayRole text of the rows for which `include(row)` is true (all when unset).
QByteArray tableToCsv(const QAbstractItemModel& model,
                      const std::function<bool(int row)>& include = {});

} // namespace headroom::ui
