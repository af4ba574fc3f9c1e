"""Sharing signals between organisations without exposing people (issue 7).

A *sharing group* is a set of organisations that hold the same secret key. Each
canonical identifier (phone, e-mail, handle, wallet, payment, URL) becomes a signal
as ``HMAC-SHA256(key, "type:value")``: members can match what they see against each
other's signals, while the shared hashes alone tell an outsider nothing — the small
space of phone numbers cannot be brute-forced without the key. Photos are shared as
PDQ perceptual hashes. A *bank* is a named set of signals in one group, each with
opinions (confirmed, investigation lead, false positive) from one or more
organisations.

- :mod:`clew.sharing.keys` — groups, keys and keyed hashing;
- :mod:`clew.sharing.banks` — banks, signals, opinions and how they combine;
- :mod:`clew.sharing.matching` — screening a document against the banks;
- :mod:`clew.sharing.exchange` — incremental export/import as files and over HTTP;
- :mod:`clew.sharing.stix`, :mod:`clew.sharing.ftm`, :mod:`clew.sharing.csvfmt` — formats;
- :mod:`clew.sharing.referral` — referral packages from a platform to police.
"""
