"""The tool's screens, one module a kind of screen; `HeritageMap.screens` routes them under
/<lang>/<embed|tools>/heritage-map/<city>/ (see `tools.screens`)."""
