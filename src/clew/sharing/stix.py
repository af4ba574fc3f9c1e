"""STIX 2.1 bundles of a bank: indicators, opinions, identities, and (on request) observables.

Each signal becomes an ``indicator`` whose pattern names what is shared:

- a keyed identifier: ``[x-clew-keyed-identifier:hmac_sha256 = '…' AND
  x-clew-keyed-identifier:identifier_type = 'phone']`` — a custom observable type,
  because STIX has none for a keyed hash; only members of the sharing group can
  compute it from an identifier;
- a photo: ``[file:hashes.PDQ = '…']`` (PDQ is not in the STIX hash vocabulary; the
  vocabulary is open).

Every organisation that gave an opinion is an ``identity``; each opinion is an STIX
``opinion`` on the indicator (confirmed → strongly-agree, lead → agree, false
positive → strongly-disagree), so a receiver can combine them as Clew does. Raw
identifiers appear only when the operator exports them on purpose: then an
``observed-data`` object with the observable (``email-addr``, ``url``,
``user-account`` or a custom ``x-clew-identifier``) goes with each indicator.

Domain objects get random (UUIDv4) ids as STIX 2.1 asks; observables get the
deterministic ids the ``stix2`` library derives from their values, so receivers can
de-duplicate them. Identifiers STIX has no observable for (phone numbers, wallets)
use the custom ``x-clew-identifier`` observable, declared by an
``extension-definition`` in the same bundle.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import stix2

from clew.sharing.banks import Bank, bank_signals
from clew.store import Store

EXTENSION_CREATED = datetime(2026, 11, 29, tzinfo=UTC)
OPINION_MAP = {"confirmed": "strongly-agree", "lead": "agree", "false_positive": "strongly-disagree"}
CONFIDENCE = {"confirmed": 85, "lead": 50, "disputed": 15, "false_positive": 0}


def _id(kind: str) -> str:
    return f"{kind}--{uuid.uuid4()}"


EXTENSION_ID = "extension-definition--3d1a9a3e-5bb2-4f7c-9a0e-6c2b8f1e4d55"
"""The fixed id of the definition of ``x-clew-identifier`` (an id never changes)."""


def _time(value: str | None) -> datetime:
    return datetime.fromisoformat(value) if value else datetime.now(UTC)


def pattern_for(type_: str, hash_: str) -> str:
    if type_ == "pdq":
        return f"[file:hashes.PDQ = '{hash_}']"
    return f"[x-clew-keyed-identifier:hmac_sha256 = '{hash_}' AND x-clew-keyed-identifier:identifier_type = '{type_}']"


def _observable(type_: str, value: str) -> dict[str, Any]:
    if type_ == "email":
        return {"type": "email-addr", "value": value}
    if type_ == "url":
        return {"type": "url", "value": value}
    if type_ in ("handle", "payment"):
        platform, _, login = value.partition(":")
        return {"type": "user-account", "account_type": platform, "account_login": login}
    return {
        "type": "x-clew-identifier",
        "identifier_type": type_,
        "value": value,
        "extensions": {EXTENSION_ID: {"extension_type": "new-sco"}},
    }


def bank_bundle(store: Store, bank: Bank, *, include_raw: bool = False, limit: int = 100_000) -> dict[str, Any]:
    """A STIX 2.1 bundle (as a dict) of a bank's live signals and their opinions."""
    _total, items = bank_signals(store, bank, limit=limit, include_raw=include_raw)
    identities: dict[str, stix2.Identity] = {}

    def identity(name: str) -> stix2.Identity:
        if name not in identities:
            identities[name] = stix2.Identity(
                id=_id("identity"), name=name, identity_class="organization", allow_custom=True
            )
        return identities[name]

    producer = identity(bank.group.organisation)
    objects: list[Any] = []
    needs_extension = False
    for item in items:
        ops = item["opinions"]
        first = min((_time(o["at"]) for o in ops), default=datetime.now(UTC))
        combined = item["opinion"] or "lead"
        indicator = stix2.Indicator(
            id=_id("indicator"),
            created=first,
            modified=_time(item["updated_at"]),
            name=f"{bank.name}: {item['type']} signal ({combined})",
            description="Shared by a Clew sharing group. A match is a lead for a person to review, never proof.",
            indicator_types=["attribution"] if combined in ("confirmed", "lead") else ["benign"],
            pattern=pattern_for(item["type"], item["hash"]),
            pattern_type="stix",
            valid_from=first,
            confidence=CONFIDENCE[combined],
            labels=item["tags"] or None,
            created_by_ref=producer.id,
            allow_custom=True,
        )
        objects.append(indicator)
        for op in ops:
            author = identity(op["organisation"])
            objects.append(
                stix2.Opinion(
                    id=_id("opinion"),
                    created=_time(op["at"]),
                    modified=_time(op["at"]),
                    created_by_ref=author.id,
                    opinion=OPINION_MAP[op["opinion"]],
                    explanation=f"{op['organisation']}: {op['opinion'].replace('_', ' ')}",
                    object_refs=[indicator.id],
                    labels=op["tags"] or None,
                )
            )
        if include_raw and item.get("value"):
            observable = _observable(item["type"], item["value"])
            if observable["type"] == "x-clew-identifier":
                needs_extension = True
                observable["id"] = _id("x-clew-identifier")
            sco = stix2.parse(observable | {"spec_version": "2.1"}, allow_custom=True)
            objects.append(sco)
            observed = stix2.ObservedData(
                created_by_ref=producer.id,
                first_observed=first,
                last_observed=_time(item["updated_at"]),
                number_observed=1,
                object_refs=[sco["id"]],
                allow_custom=True,
            )
            objects.append(observed)
            objects.append(
                stix2.Relationship(
                    relationship_type="based-on",
                    source_ref=indicator.id,
                    target_ref=observed.id,
                    created_by_ref=producer.id,
                )
            )
    if needs_extension:
        objects.insert(
            0,
            stix2.ExtensionDefinition(
                id=EXTENSION_ID,
                created_by_ref=producer.id,
                created=EXTENSION_CREATED,
                modified=EXTENSION_CREATED,
                name="x-clew-identifier",
                description="An identifier STIX has no observable for: identifier_type (phone, crypto, …) and value.",
                schema="https://example.org/clew/x-clew-identifier.json",
                version="1.0.0",
                extension_types=["new-sco"],
            ),
        )
    bundle = stix2.Bundle(*identities.values(), *objects, allow_custom=True)
    result: dict[str, Any] = stix2.serialization.json.loads(bundle.serialize())
    return result
