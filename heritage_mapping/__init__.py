"""Participatory heritage mapping: residents map their neighbourhood's diverse heritage together.

A tool of the tools framework (`tools/`), after the programme's STEPS pilot in Lisbon and Rijeka.
"""
