"""The Intercultural Citizenship Test: a self-assessment for residents, customised per city."""
