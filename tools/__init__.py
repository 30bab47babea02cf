"""The tools framework: per-city customisation, embedding and the registry of installed tools.

A tool is a Django app whose main model subclasses `tools.models.CityTool`; see that class.
"""
