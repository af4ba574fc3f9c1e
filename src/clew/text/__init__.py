"""Text normalisation with offset maps back to the original characters.

``normalize`` gives the general view that rules and most extractors read;
``digit_view`` gives the numeric view (number words, leet and look-alike letters as
digits) that the phone extractor reads. Both map every character back to the
original text.
"""

from clew.text.normalize import NormalizedText, in_spaced_script, normalize
from clew.text.numbers import NumericView, digit_view

__all__ = ["NormalizedText", "NumericView", "digit_view", "in_spaced_script", "normalize"]
