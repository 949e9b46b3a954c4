#pragma once

class QWidget;

namespace trellis::ui {

// Makes the keyboard focus visible where Qt's Fusion style shows none (WCAG 2.4.7): on a tab of
// a tab bar, and on a read-only text box (which has no blinking cursor to show it). Draws a
// frame in the palette's Highlight colour (checked at 3:1 by tst_contrast) inside the focused
// tab or around the box while it has the focus; everything else is drawn by the application's
// style, so the platform's look stays. `widget` is a QTabBar or a QAbstractScrollArea.
void showFocusFrame(QWidget* widget);

} // namespace trellis::ui
