#pragma once

#include <QHash>
#include <QIcon>

namespace trellis {

// The caseload's two icons, drawn once and kept: a warning triangle for anything overdue and a
// flag (with the number of flags when there are several). Drawn rather than loaded from a theme
// so they look the same on every desktop; they always sit beside words, never alone.
class CaseloadIcons {
public:
    const QIcon& warning() const;
    const QIcon& flags(quint8 flagBits) const;

private:
    mutable QIcon m_warning;
    mutable QHash<int, QIcon> m_flags; // by number of flags set
};

} // namespace trellis
