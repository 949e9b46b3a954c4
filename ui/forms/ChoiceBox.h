#pragma once

#include <QComboBox>

namespace trellis::ui {

// A combo box that, when too narrow for its current choice, cuts the middle of the text rather
// than the end. Many labels share a long beginning ("Mixed or Multiple ethnic groups: …") and
// differ only at the end, which a plain combo box would hide.
class ChoiceBox : public QComboBox {
    Q_OBJECT
public:
    explicit ChoiceBox(QWidget* parent = nullptr)
        : QComboBox(parent)
    {
    }

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace trellis::ui
