"""The checklist engine: checklists authored in the admin, filled in as an anonymous self-check
or as a city's assessment, scored, and turned into follow-up actions, charts and reports.

Two tools run on it: `council-checklist` (intercultural council guidelines) and
`project-checklist` (project and practice evaluation on the three intercultural principles).
"""
