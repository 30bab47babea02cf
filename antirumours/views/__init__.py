"""The public screens of a city's strategy, one module a screen; `AntiRumourStrategy.screens`
routes them (see `tools.screens`)."""
