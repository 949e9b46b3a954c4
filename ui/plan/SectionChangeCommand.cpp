#include "SectionChangeCommand.h"

namespace trellis::ui {

SectionChangeCommand::SectionChangeCommand(const QString& text, QString section, QList<domain::Record> before,
                                           int rowBefore, QList<domain::Record> after, int rowAfter, Apply apply)
    : QUndoCommand(text)
    , m_section(std::move(section))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_rowBefore(rowBefore)
    , m_rowAfter(rowAfter)
    , m_apply(std::move(apply))
{
}

void SectionChangeCommand::undo()
{
    m_apply(m_section, m_before, m_rowBefore);
}

void SectionChangeCommand::redo()
{
    m_apply(m_section, m_after, m_rowAfter);
}

} // namespace trellis::ui
