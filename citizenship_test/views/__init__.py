"""The resident's screens of the test, one module a kind of screen; `CitizenshipTest.screens`
routes them (see `tools.screens`)."""
