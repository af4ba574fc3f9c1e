"""STIX 2.1 (validated by stix2-validator), FollowTheMoney and CSV exports; referral packages."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from followthemoney import model
from stix2validator import ValidationOptions, validate_instance

from clew.model import Document
from clew.pipeline import Pipeline
from clew.sharing.banks import add_signal, create_bank
from clew.sharing.csvfmt import COLUMNS, write_bank_csv
from clew.sharing.ftm import document_entities
from clew.sharing.keys import create_group
from clew.sharing.referral import ReferralRequest, Reporter, from_document, render_html, verify_package
from clew.sharing.stix import bank_bundle
from clew.store import Store

KEY = bytes(range(32))
PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"
PIPELINE = Pipeline()


@pytest.fixture
def bank(store: Store):
    create_group(store, name="ring", organisation="Police A", key=KEY)
    bank = create_bank(store, name="leads", group="ring")
    add_signal(store, bank, type_="phone", value="213-555-0127", opinion="confirmed", tags=["se"])
    add_signal(store, bank, type_="phone", value="213-555-0127", opinion="false_positive", organisation="Platform B")
    add_signal(store, bank, type_="email", value="x@example.com", opinion="lead")
    add_signal(store, bank, type_="handle", value="instagram:lily_rose", opinion="lead")
    add_signal(store, bank, type_="crypto", value="1BoatSLRHtKNngkdXEeobR76b53LETtpyT", opinion="lead")
    add_signal(store, bank, type_="pdq", hash_=PDQ, opinion="confirmed")
    return bank


def validate(bundle: dict) -> None:
    result = validate_instance(bundle, ValidationOptions(version="2.1"))
    assert result.is_valid, [str(e) for e in result.errors]
    # open vocabularies (a platform name as account type) are the only warnings allowed
    assert all("{244}" in str(w) for w in result.warnings), [str(w) for w in result.warnings]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_stix_bundle_of_hashes_is_valid_and_has_no_raw_values(store: Store, bank) -> None:
    bundle = bank_bundle(store, bank)
    validate(bundle)
    text = json.dumps(bundle)
    assert "+12135550127" not in text and "x@example.com" not in text and KEY.hex() not in text
    kinds = [o["type"] for o in bundle["objects"]]
    assert kinds.count("indicator") == 5 and kinds.count("identity") == 2 and kinds.count("opinion") == 6
    phone = next(o for o in bundle["objects"] if o["type"] == "indicator" and "'phone'" in o["pattern"])
    assert phone["confidence"] == 15  # confirmed by one, false positive for another: disputed
    opinions = {o["opinion"] for o in bundle["objects"] if o["type"] == "opinion" and phone["id"] in o["object_refs"]}
    assert opinions == {"strongly-agree", "strongly-disagree"}
    assert any(o.get("pattern") == f"[file:hashes.PDQ = '{PDQ}']" for o in bundle["objects"])


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_stix_bundle_with_raw_observables_is_valid(store: Store, bank) -> None:
    bundle = bank_bundle(store, bank, include_raw=True)
    validate(bundle)
    values = {o.get("value") or o.get("account_login") for o in bundle["objects"]}
    assert {"+12135550127", "x@example.com", "lily_rose"} <= values
    assert any(o["type"] == "extension-definition" for o in bundle["objects"])


def test_csv_rows_per_opinion_with_raw_values_only_on_request(store: Store, bank) -> None:
    out = io.StringIO()
    assert write_bank_csv(store, bank, out) == 6
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == COLUMNS
    assert {r["value"] for r in rows} == {""}
    phone = [r for r in rows if r["type"] == "phone"]
    assert {r["combined_opinion"] for r in phone} == {"disputed"} and len(phone) == 2
    out = io.StringIO()
    write_bank_csv(store, bank, out, include_raw=True)
    # a value that starts like a formula is written as text
    assert "'+12135550127" in out.getvalue()


def test_ftm_entities_are_valid_and_link_documents_through_shared_identifiers() -> None:
    docs = [
        Document(id="a1", text="Call 213-555-0127, cashapp $lilyrose", country="US", url="https://ads.example.com/1"),
        Document(id="a2", text="New here 213-555-0127 btc 1BoatSLRHtKNngkdXEeobR76b53LETtpyT", country="US"),
    ]
    entities = [e for d in docs for e in document_entities(d, PIPELINE.analyze(d))]
    proxies = [model.get_proxy(e) for e in entities]  # raises on an unknown schema or property
    by_schema: dict[str, list] = {}
    for proxy in proxies:
        by_schema.setdefault(proxy.schema.name, []).append(proxy)
    assert len(by_schema["PlainText"]) == 2
    wallets = by_schema["CryptoWallet"]
    assert wallets[0].get("publicKey") == ["1BoatSLRHtKNngkdXEeobR76b53LETtpyT"]
    phone_accounts = {p.id for p in by_schema["UserAccount"] if p.get("phone")}
    assert len(phone_accounts) == 1  # one account entity, shared by both documents
    linked_docs = {p.get("document")[0] for p in by_schema["Documentation"] if p.get("entity")[0] in phone_accounts}
    assert linked_docs == {p.id for p in by_schema["PlainText"]}
    assert "+12135550127" in by_schema["PlainText"][0].get("phoneMentioned")


def test_referral_package_from_a_document_has_hashes_explanation_and_html() -> None:
    doc = Document(
        id="upload-1",
        text="New girls every week <b>ask for daddy</b>. Call 213-555-0127",
        country="US",
        posted_at="2026-11-28T22:10:00Z",
        source="ads.example.com",
    )
    request = ReferralRequest(
        reporter=Reporter(organisation="Classifieds Example", contact="trust@example.com", reference="TS-1"),
        legal_basis="Voluntary disclosure (test)",
    )
    package = from_document(request, doc, pipeline=PIPELINE)
    assert verify_package(package)
    (section,) = package["documents"]
    assert section["captured"]["text"] == doc.text
    import hashlib

    assert section["hashes"]["text_sha256"] == hashlib.sha256(doc.text.encode()).hexdigest()
    assert {"type": "phone", "value": "+12135550127"} in package["identifiers"]
    assert any("ask for daddy" in line for line in section["explanation"])
    assert package["reporter"]["contact"] == "trust@example.com" and package["legal_basis"]
    tampered = json.loads(json.dumps(package))
    tampered["documents"][0]["captured"]["text"] = "changed"
    assert not verify_package(tampered)

    html = render_html(package)
    assert "&lt;b&gt;" in html and "<b>ask" not in html  # captured content is escaped, never rendered
    assert '<mark class="identifier">213-555-0127</mark>' in html
    assert "<script" not in html and "src=" not in html and "<link" not in html  # no outside assets
    assert "Voluntary disclosure (test)" in html and package["package_sha256"] in html


def test_referral_needs_a_reporter_and_a_legal_basis() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        ReferralRequest.model_validate({"reporter": {"organisation": "X", "contact": ""}, "legal_basis": "y"})
    with pytest.raises(ValidationError):
        ReferralRequest.model_validate({"reporter": {"organisation": "X", "contact": "c"}, "legal_basis": ""})


def test_pdq_hash_of_an_image_file(tmp_path: Path) -> None:
    import random

    from PIL import Image, ImageDraw, ImageFilter

    from clew.sharing.banks import hamming, pdq_hash_image

    rnd = random.Random(3)
    img = Image.new("RGB", (320, 240), "white")
    draw = ImageDraw.Draw(img)
    for _ in range(40):
        x, y, r = rnd.randrange(320), rnd.randrange(240), rnd.randrange(10, 60)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=(rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)))
    img = img.filter(ImageFilter.GaussianBlur(2))
    img.save(tmp_path / "a.png")
    img.resize((200, 150)).save(tmp_path / "b.jpg", quality=70)
    img.transpose(Image.Transpose.FLIP_TOP_BOTTOM).save(tmp_path / "c.png")
    a, quality = pdq_hash_image(tmp_path / "a.png")
    b, _ = pdq_hash_image(tmp_path / "b.jpg")
    c, _ = pdq_hash_image(tmp_path / "c.png")
    assert len(a) == 64 and quality > 0
    assert hamming(a, b) <= 31  # re-encoded and resized: the same photo
    assert hamming(a, c) > 31  # a different picture
    (tmp_path / "not.png").write_text("not an image")
    from clew.errors import InputError

    with pytest.raises(InputError) as err:
        pdq_hash_image(tmp_path / "not.png")
    assert err.value.where == str(tmp_path / "not.png")
