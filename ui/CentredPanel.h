#pragma once

#include <QString>

class QLabel;
class QVBoxLayout;
class QWidget;

namespace trellis::ui {

// The layout the pages shown while locked share: a fixed-width column in the middle of the
// window, with a large bold title.
struct CentredPanel {
    // Builds the column inside `page` and returns its layout for the caller to fill.
    static QVBoxLayout* create(QWidget* page, int width);
    static QLabel* title(const QString& text, QWidget* parent);
};

} // namespace trellis::ui
