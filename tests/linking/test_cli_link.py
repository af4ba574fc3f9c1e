"""`clew link IN -o OUT`: the PRODUCT.md contract, evidence, warnings, photos, bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageEnhance

from clew.cli import cli
from clew.linking.photos import distance, hash_image, near_pairs


def run(tmp_path: Path, rows: list[Any], *args: str) -> tuple[int, list[dict[str, Any]], str]:
    src = tmp_path / "in.jsonl"
    src.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["-w", str(tmp_path / "ws"), "link", str(src), "-o", str(out), *args])
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return result.exit_code, lines, result.stderr if hasattr(result, "stderr") else result.output


DOCS = [
    {"id": "a", "text": "Sweet Lily, call 213-555-0127 tonight"},
    {"id": "b", "text": "Completely different words here. Rose: 213 555 0127"},
    {"id": "c", "text": "Used sedan for sale, 2014, low mileage, call 310-555-0144"},
    {"id": "d", "text": "ok"},
]


def test_contract_one_line_per_input_in_order(tmp_path: Path) -> None:
    code, lines, _ = run(tmp_path, DOCS)
    assert code == 0
    assert [line["id"] for line in lines] == ["a", "b", "c", "d"]
    assert all(set(line) == {"id", "network"} for line in lines)
    assert lines[0]["network"] == lines[1]["network"]
    assert len({lines[1]["network"], lines[2]["network"], lines[3]["network"]}) == 3


def test_bad_line_is_named_and_exit_code_is_one(tmp_path: Path) -> None:
    code, lines, err = run(tmp_path, [DOCS[0], "{not json", {"text": "no id"}, {"id": "e", "text": ""}, DOCS[1]])
    assert code == 1
    assert [line["id"] for line in lines] == ["a", "b"]
    assert lines[0]["network"] == lines[1]["network"]
    assert "line 2" in err and "line 3" in err and "line 4" in err


def test_evidence_explains_every_edge(tmp_path: Path) -> None:
    evidence = tmp_path / "evidence.jsonl"
    code, _, _ = run(tmp_path, DOCS, "--evidence", str(evidence))
    assert code == 0
    (net,) = [json.loads(line) for line in evidence.read_text(encoding="utf-8").splitlines()]
    assert net["documents"] == ["a", "b"] and net["size"] == 2
    assert net["links"] == [
        {
            "source": "a",
            "target": "b",
            "kind": "identifier",
            "type": "phone",
            "value": "+12135550127",
            "similarity": 1.0,
        }
    ]
    assert net["indicators"]["phones"] == ["+12135550127"]
    assert set(net["risk"]) >= {"score", "level", "indicators", "hits", "explanation"}


def test_hub_cap_warning_names_the_identifier(tmp_path: Path) -> None:
    rows = [{"id": f"h{i}", "text": f"ad number {i}, agency line 213-555-0127"} for i in range(5)]
    code, lines, err = run(tmp_path, rows, "--hub-cap", "3")
    assert code == 0
    assert len({line["network"] for line in lines}) == 5
    assert "+12135550127" in err and "5 documents" in err


def noise_image(path: Path, seed: int) -> Path:
    rng = np.random.default_rng(seed)
    small = (rng.random((16, 16, 3)) * 255).astype("uint8")
    Image.fromarray(small).resize((256, 256), Image.Resampling.BILINEAR).save(path)
    return path


def test_reused_photos_link_and_flat_or_missing_ones_do_not(tmp_path: Path) -> None:
    original = noise_image(tmp_path / "p1.png", 1)
    with Image.open(original) as img:  # the same photo, re-encoded a little darker
        ImageEnhance.Brightness(img.convert("RGB")).enhance(0.9).save(tmp_path / "p1-copy.jpg", quality=80)
    noise_image(tmp_path / "p2.png", 2)
    Image.new("RGB", (256, 256), (200, 200, 200)).save(tmp_path / "flat1.png")
    Image.new("RGB", (256, 256), (200, 200, 200)).save(tmp_path / "flat2.png")
    h1, h2 = hash_image(tmp_path / "p1.png"), hash_image(tmp_path / "p1-copy.jpg")
    assert h1.hash and h2.hash and distance(h1.hash, h2.hash) <= 31
    rows = [
        {"id": "x", "text": "first ad", "images": ["p1.png"]},
        {"id": "y", "text": "second ad", "images": ["p1-copy.jpg"]},
        {"id": "z", "text": "third ad", "images": ["p2.png"]},
        {"id": "f1", "text": "fourth ad", "images": ["flat1.png"]},
        {"id": "f2", "text": "fifth ad", "images": ["flat2.png", "missing.png", "https://example.com/a.jpg"]},
    ]
    evidence = tmp_path / "ev.jsonl"
    code, lines, err = run(tmp_path, rows, "--evidence", str(evidence))
    assert code == 0
    net = {line["id"]: line["network"] for line in lines}
    assert net["x"] == net["y"]
    assert len({net["x"], net["z"], net["f1"], net["f2"]}) == 4
    (described,) = [json.loads(line) for line in evidence.read_text(encoding="utf-8").splitlines()]
    assert described["links"][0]["type"] == "photo"
    assert "missing.png" in err and "'f2'" in err
    assert "below PDQ quality" in err and "never fetches" in err


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**256 - 1), st.lists(st.integers(0, 255), max_size=40), st.integers(0, 2**256 - 1))
def test_photo_near_pairs_equal_brute_force(base: int, flips: list[int], other: int) -> None:
    near = base
    for bit in flips:
        near ^= 1 << bit
    values = [f"{base:064x}", f"{near:064x}", f"{other:064x}"]
    values = list(dict.fromkeys(values))
    expected = sorted(
        (i, j, distance(values[i], values[j]))
        for i in range(len(values))
        for j in range(i + 1, len(values))
        if distance(values[i], values[j]) <= 31
    )
    assert near_pairs(values, 31) == expected


def test_link_types_are_configuration_and_unknown_ones_are_refused(tmp_path: Path) -> None:
    rows = [{"id": "a", "text": "write x@example.com"}, {"id": "b", "text": "or x@example.com"}]
    _, lines, _ = run(tmp_path, rows)
    assert lines[0]["network"] == lines[1]["network"]
    _, lines, _ = run(tmp_path, rows, "--link-types", "phone")
    assert lines[0]["network"] != lines[1]["network"]
    code, _, err = run(tmp_path, rows, "--link-types", "phone,shoe_size")
    assert code == 2 and "shoe_size" in err


def link_subprocess(tmp_path: Path, src: Path, name: str, *args: str) -> tuple[int, str, str, str]:
    """Run `clew link` as a user does (a new process, so workers are forked from a clean parent)."""
    import subprocess
    import sys

    out, evidence = tmp_path / f"{name}.jsonl", tmp_path / f"{name}-ev.jsonl"
    command = [sys.executable, "-m", "clew.cli", "-w", str(tmp_path / "ws"), "link", str(src), "-o", str(out)]
    proc = subprocess.run(
        [*command, "--evidence", str(evidence), "--quiet", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    return proc.returncode, out.read_text(encoding="utf-8"), evidence.read_text(encoding="utf-8"), proc.stderr


def test_one_worker_and_two_give_the_same_output(tmp_path: Path) -> None:
    from clew.demo.generator import write_corpus

    corpus = tmp_path / "demo.jsonl"
    write_corpus(corpus, 1500, 3)
    rows = corpus.read_text(encoding="utf-8").splitlines()
    noise_image(tmp_path / "p1.png", 1)
    extra = [
        "{not json",  # a bad line in the middle of a chunk
        json.dumps({"id": "img-a", "text": "first photo ad", "images": ["p1.png", "gone.png"]}),
        json.dumps({"id": "img-b", "text": "second photo ad", "images": ["p1.png", "gone.png"]}),
        json.dumps({"id": "img-c", "text": "third photo ad", "images": ["https://example.com/x.jpg"]}),
        rows[5],  # the same document twice
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(rows[:700] + extra + rows[700:]) + "\n", encoding="utf-8")
    one = link_subprocess(tmp_path, src, "one", "--jobs", "1")
    two = link_subprocess(tmp_path, src, "two", "--jobs", "2")
    assert one[0] == two[0] == 1  # the bad line is rejected, the rest linked
    assert one[1] == two[1] and one[2] == two[2] and one[3] == two[3]
    lines = [json.loads(line) for line in one[1].splitlines()]
    assert len(lines) == len(rows) + 4
    net = {line["id"]: line["network"] for line in lines}
    assert net["img-a"] == net["img-b"] != net["img-c"]
    assert len(one[2].splitlines()) > 50  # networks were found, with evidence
    # The unreadable image is reported once, under the first document that uses it.
    assert one[3].count("could not be read") == 1 and "'img-a'" in one[3] and "line 701" in one[3]
