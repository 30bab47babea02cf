"""Views of the checklist tools: the city's assessments, for its coordinators, in the admin
(`admin`; the tool's full page sends its `assessments/` address there: `site`), and the page of
the published ones for everyone (`published`). The self-check lives in
`checklists.self_check`."""
