#include "HistoryCsv.h"

#include <QAbstractItemModel>

namespace headroom::ui {

QString csvField(const QString& text) {
    static const QString kSpecial = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (const QChar c : text) {
        if (kSpecial.contains(c)) {
            quote = true;
            break;
        }
    }
    if (!quote) {
        return text;
    }
    QString out = text;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QByteArray tableToCsv(const QAbstractItemModel& model,
                      const std::function<bool(int row)>& include) {
    QString out;
    const int columns = model.columnCount();
    auto line = [&](auto&& cell) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0) {
                out += QLatin1Char(',');
            }
            out += csvField(cell(c));
        }
        out += QStringLiteral("\r\n");
    };
    line([&](int c) { return model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(); });
    for (int r = 0; r < model.rowCount(); ++r) {
        if (include && !include(r)) {
            continue;
        }
        line([&](int c) { return model.data(model.index(r, c), Qt::DisplayRole).toString(); });
    }
    return out.toUtf8();
}

} // namespace headroom::ui
