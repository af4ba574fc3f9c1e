"""Synthetic, privacy-safe demo data for Clew (see ``clew.demo.generator``)."""
