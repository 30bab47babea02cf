"""Views of the checklist tools: the city's assessments on the site (`site`) and in the admin
(`admin`), and their public page (`published`). The self-check lives in
`checklists.self_check`."""
