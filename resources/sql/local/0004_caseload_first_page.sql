-- Schema version 4: the caseload window's first page.
-- The window opens on open cases sorted by next contact due (no date first). With a large store
-- the whole list is read on a second connection off the GUI thread; this index lets the GUI
-- thread show the first lines at once by walking a few hundred entries instead of every page of
-- young_person (CaseloadListQuery::runFirstPage, docs/benchmarks.md "Caseload screen").
-- SQLite puts NULL first in ascending order, as the window does.
CREATE INDEX young_person_open_due ON young_person (next_contact_due)
    WHERE deleted = 0 AND status = 'open';
