"""Text normalisation with offset maps back to the original characters."""

from clew.text.normalize import NormalizedText, normalize

__all__ = ["NormalizedText", "normalize"]
