#pragma once
// fitTableToRows: a table inside a page that scrolls as a whole (the Overview, AI capacity) is
// made exactly as tall as its header and rows (one empty row at least), so it never shows a
// vertical scroll bar of its own inside the page's; it refits when rows, sections or its width
// change (a narrow window may need the horizontal scroll bar under the last row).

class QTableView;

namespace headroom::ui {

void fitTableToRows(QTableView* view);

} // namespace headroom::ui
