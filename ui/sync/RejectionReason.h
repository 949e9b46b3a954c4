#pragma once

#include <QString>

namespace trellis::ui {

// The central store's reason for refusing a change (docs/sync.md, "Rejections": a rule or a
// field, never a value) in plain English for the worker. Unknown reasons get a general sentence;
// the screen shows the original as a detail either way.
QString rejectionInWords(const QString& entity, const QString& reason);

} // namespace trellis::ui
