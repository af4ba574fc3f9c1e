"""Clew: find, link and explain the online traces of trafficking in persons.

Every score Clew produces is a lead for a person to review, never proof.
"""

__version__ = "0.1.0"
