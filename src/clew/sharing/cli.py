"""Command groups for screening and sharing: ``token``, ``group``, ``bank``, ``exchange``,
``export`` and ``referral`` (registered on the ``clew`` command by ``clew.cli``).

Secrets stay out of output: a token's secret is printed once, as the last line of
``clew token create``; a group key is only ever written to a key file (mode 600).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

import click

from clew.errors import InputError
from clew.settings import Settings


def _store(ctx: click.Context) -> Any:
    from clew.store import open_workspace

    settings: Settings = ctx.obj
    return open_workspace(settings)


def _out(path: str) -> TextIO:
    return sys.stdout if path == "-" else open(path, "w", encoding="utf-8")


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# ------------------------------------------------------------------ tokens


@click.group()
def token() -> None:
    """API tokens for programs (platforms screening uploads, peer servers)."""


@token.command("create")
@click.argument("name")
@click.option(
    "--scope",
    "scopes",
    multiple=True,
    help="screen (default), banks:read, banks:write, exchange, referral or admin; repeat for several.",
)
@click.option("--rate", type=int, default=None, help="Requests per minute (default 6000).")
@click.pass_context
def token_create(ctx: click.Context, name: str, scopes: tuple[str, ...], rate: int | None) -> None:
    """Create a token; its secret is printed once, as the last line."""
    from clew.web.tokens import DEFAULT_RATE_PER_MINUTE, DEFAULT_SCOPES, create_token

    new = create_token(
        _store(ctx), name=name, scopes=scopes or DEFAULT_SCOPES, rate_per_minute=rate or DEFAULT_RATE_PER_MINUTE
    )
    click.echo(f"token {new.name!r}: scopes {', '.join(new.scopes)}; {new.rate_per_minute} requests/minute")
    click.echo("store the secret below now: it is shown only once (Clew keeps only its hash)")
    click.echo(new.secret)


@token.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def token_list(ctx: click.Context, as_json: bool) -> None:
    """Tokens with their scopes and state (never their secret)."""
    from clew.web.tokens import list_tokens

    rows = list_tokens(_store(ctx))
    if as_json:
        _print_json(rows)
        return
    if not rows:
        click.echo("no tokens; create one with `clew token create NAME`")
    for row in rows:
        used = row["last_used_at"] or "never"
        click.echo(
            f"{row['name']}  {row['prefix']}…  {','.join(row['scopes'])}  {row['rate_per_minute']}/min  "
            f"{row['status']}  last used {used}"
        )


@token.command("revoke")
@click.argument("name")
@click.pass_context
def token_revoke(ctx: click.Context, name: str) -> None:
    """Revoke a token: requests carrying it get 401 from now on."""
    from clew.web.tokens import revoke_token

    revoke_token(_store(ctx), name=name)
    click.echo(f"token {name!r} revoked")


# ------------------------------------------------------------------ groups


@click.group("group")
def group() -> None:
    """Sharing groups: organisations that hold the same key."""


@group.command("create")
@click.argument("name")
@click.option("--org", "organisation", required=True, help="Your organisation's name, as partners will see it.")
@click.option(
    "--key-file",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Where the group key is: an existing file joins the group with a partner's key; "
    "a new path gets a new random key (mode 600) to hand to partners out of band.",
)
@click.pass_context
def group_create(ctx: click.Context, name: str, organisation: str, key_file: Path) -> None:
    """Create a sharing group, or join one with the key file a partner sent."""
    from clew.sharing.keys import create_group, read_key_file, write_key_file

    store = _store(ctx)
    if key_file.exists():
        grp = create_group(store, name=name, organisation=organisation, key=read_key_file(key_file))
        click.echo(f"joined sharing group {grp.name!r} with the key in {key_file} (key id {grp.key_id})")
    else:
        grp = create_group(store, name=name, organisation=organisation)
        write_key_file(key_file, grp.key)
        click.echo(f"created sharing group {grp.name!r} (key id {grp.key_id}); new key written to {key_file}")


@group.command("list")
@click.pass_context
def group_list(ctx: click.Context) -> None:
    """Groups with their key id (never the key)."""
    from clew.sharing.keys import list_groups

    groups = list_groups(_store(ctx))
    if not groups:
        click.echo("no sharing groups; create one with `clew group create`")
    for grp in groups:
        click.echo(f"{grp.name}  key id {grp.key_id}  as {grp.organisation}")


# ------------------------------------------------------------------ banks


@click.group()
def bank() -> None:
    """Signal banks: hashed identifiers and photo hashes with opinions."""


@bank.command("create")
@click.argument("name")
@click.option("--group", "group_name", required=True, help="The sharing group whose key hashes the signals.")
@click.option("--kind", type=click.Choice(["signals", "negative"]), default="signals", show_default=True)
@click.option("--description", default="")
@click.option("--flood-limit", type=click.IntRange(1), default=1000, show_default=True, help="Matches per window.")
@click.option("--flood-window", type=click.IntRange(1), default=3600, show_default=True, help="Window in seconds.")
@click.pass_context
def bank_create(
    ctx: click.Context, name: str, group_name: str, kind: str, description: str, flood_limit: int, flood_window: int
) -> None:
    """Create a bank (``--kind negative`` for known false positives)."""
    from clew.sharing.banks import create_bank

    created = create_bank(
        _store(ctx),
        name=name,
        group=group_name,
        kind=kind,
        description=description,
        flood_limit=flood_limit,
        flood_window_seconds=flood_window,
    )
    click.echo(f"bank {created.name!r} ({created.kind}) in group {created.group.name!r}")


@bank.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def bank_list(ctx: click.Context, as_json: bool) -> None:
    """Banks with signal counts, checkpoints and quarantine state."""
    from clew.sharing.banks import list_banks

    rows = list_banks(_store(ctx))
    if as_json:
        _print_json(rows)
        return
    if not rows:
        click.echo("no banks; create one with `clew bank create NAME --group GROUP`")
    for row in rows:
        state = (
            f"QUARANTINED since {row['quarantined_at']}: {row['quarantine_reason']}"
            if row["quarantined_at"]
            else "active"
        )
        click.echo(
            f"{row['name']}  {row['kind']}  group {row['group']}  {row['signals']:,} signals  "
            f"checkpoint {row['checkpoint']}  {state}"
        )


@bank.command("add")
@click.argument("bank_name", metavar="BANK")
@click.argument(
    "type_", metavar="TYPE", type=click.Choice(["phone", "email", "url", "handle", "payment", "crypto", "pdq"])
)
@click.argument("value")
@click.option("--hash", "is_hash", is_flag=True, help="VALUE is already a keyed hash (or a PDQ hash).")
@click.option(
    "--opinion", type=click.Choice(["confirmed", "lead", "false_positive"]), default="lead", show_default=True
)
@click.option("--tag", "tags", multiple=True, help="A tag (repeat).")
@click.option("--no-keep-raw", is_flag=True, help="Do not keep the raw identifier, even locally.")
@click.option("--region", default=None, help="Region for reading national phone numbers (default CLEW_DEFAULT_REGION).")
@click.pass_context
def bank_add(
    ctx: click.Context,
    bank_name: str,
    type_: str,
    value: str,
    is_hash: bool,
    opinion: str,
    tags: tuple[str, ...],
    no_keep_raw: bool,
    region: str | None,
) -> None:
    """Give your organisation's opinion on a signal."""
    from clew.sharing.banks import add_signal, get_bank

    store = _store(ctx)
    settings: Settings = ctx.obj
    result = add_signal(
        store,
        get_bank(store, bank_name),
        type_=type_,
        value=None if is_hash else value,
        hash_=value if is_hash else None,
        opinion=opinion,
        tags=tags,
        keep_raw=not no_keep_raw,
        region=region or settings.default_region,
    )
    state = "added" if result["changed"] else "unchanged"
    click.echo(f"{state}: {type_} {result['hash']} ({opinion}) in {bank_name}")


@bank.command("delete")
@click.argument("bank_name", metavar="BANK")
@click.argument(
    "type_", metavar="TYPE", type=click.Choice(["phone", "email", "url", "handle", "payment", "crypto", "pdq"])
)
@click.argument("value")
@click.option("--hash", "is_hash", is_flag=True, help="VALUE is a keyed hash (or a PDQ hash).")
@click.option("--region", default=None)
@click.pass_context
def bank_delete(ctx: click.Context, bank_name: str, type_: str, value: str, is_hash: bool, region: str | None) -> None:
    """Withdraw your opinion on a signal (deleting it when no opinion is left)."""
    from clew.sharing.banks import delete_signal, get_bank

    store = _store(ctx)
    settings: Settings = ctx.obj
    delete_signal(
        store,
        get_bank(store, bank_name),
        type_=type_,
        value=None if is_hash else value,
        hash_=value if is_hash else None,
        region=region or settings.default_region,
    )
    click.echo(f"withdrawn: {type_} signal in {bank_name}")


@bank.command("signals")
@click.argument("bank_name", metavar="BANK")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option("--show-raw", is_flag=True, help="Show the raw identifiers kept locally.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def bank_signals_cmd(
    ctx: click.Context, bank_name: str, limit: int, offset: int, show_raw: bool, as_json: bool
) -> None:
    """A bank's signals with every opinion and the combined one."""
    from clew.sharing.banks import bank_signals, get_bank

    store = _store(ctx)
    total, items = bank_signals(store, get_bank(store, bank_name), limit=limit, offset=offset, include_raw=show_raw)
    if as_json:
        _print_json({"total": total, "items": items})
        return
    click.echo(f"{total:,} signals")
    for item in items:
        who = "; ".join(f"{o['organisation']}: {o['opinion']}" for o in item["opinions"])
        raw = f"  {item.get('value')}" if show_raw and item.get("value") else ""
        click.echo(f"{item['type']}  {item['hash']}  {item['opinion']}  [{who}]{raw}")


@bank.command("hash-photo")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def bank_hash_photo(paths: tuple[Path, ...]) -> None:
    """PDQ hash and quality of photo files (to add with `clew bank add BANK pdq HASH --hash`)."""
    from clew.sharing.banks import pdq_hash_image

    for path in paths:
        digest, quality = pdq_hash_image(path)
        click.echo(f"{digest}  quality {quality}  {path}")


@bank.command("release")
@click.argument("bank_name", metavar="BANK")
@click.pass_context
def bank_release(ctx: click.Context, bank_name: str) -> None:
    """End a bank's flood quarantine after review."""
    from clew.sharing.banks import get_bank, release_bank

    store = _store(ctx)
    release_bank(store, get_bank(store, bank_name))
    click.echo(f"bank {bank_name!r} released: its matches are acted on again")


@bank.command("matches")
@click.argument("bank_name", metavar="BANK")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@click.pass_context
def bank_matches_cmd(ctx: click.Context, bank_name: str, limit: int) -> None:
    """The newest screening matches of a bank (to review a quarantine)."""
    from clew.sharing.banks import get_bank, recent_matches

    store = _store(ctx)
    for row in recent_matches(store, get_bank(store, bank_name), limit=limit):
        click.echo(f"{row['matched_at']}  {row['status']}  {row['type']}  document {row['document_id']}")


# ------------------------------------------------------------------ exchange


@click.group()
def exchange() -> None:
    """Exchange banks with partner organisations: files, or pulls from a peer server."""


@exchange.command("export")
@click.argument("bank_name", metavar="BANK")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option(
    "--since", type=click.IntRange(0), default=0, show_default=True, help="Only changes after this checkpoint."
)
@click.option("--include-raw", is_flag=True, help="Also write raw identifiers kept locally (an explicit choice).")
@click.pass_context
def exchange_export(ctx: click.Context, bank_name: str, output: Path, since: int, include_raw: bool) -> None:
    """Write a bank's changes (opinions and deletions) after a checkpoint to a file."""
    from clew.sharing.banks import get_bank
    from clew.sharing.exchange import export_file

    store = _store(ctx)
    if include_raw:
        click.echo("warning: the file holds raw identifiers; handle it as personal data", err=True)
    info = export_file(store, get_bank(store, bank_name), output, since=since, include_raw=include_raw)
    click.echo(
        f"{info['changes']:,} changes after checkpoint {since} written to {output}; checkpoint {info['checkpoint']}"
    )


@exchange.command("import")
@click.argument("bank_name", metavar="BANK")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def exchange_import(ctx: click.Context, bank_name: str, path: Path) -> None:
    """Apply a partner's export file to a local bank."""
    from clew.sharing.banks import get_bank
    from clew.sharing.exchange import import_file

    store = _store(ctx)
    result = import_file(store, get_bank(store, bank_name), path)
    click.echo(f"{result['received']:,} changes read, {result['applied']:,} applied, {result['unchanged']:,} unchanged")


@exchange.command("pull")
@click.argument("bank_name", metavar="BANK")
@click.option("--from", "peer", required=True, help="The peer server's base URL, e.g. http://127.0.0.1:8765")
@click.option("--remote-bank", required=True, help="The bank's name on the peer.")
@click.option(
    "--token-env",
    default="CLEW_EXCHANGE_TOKEN",
    show_default=True,
    help="Environment variable holding the peer's token (scope exchange); never on the command line.",
)
@click.pass_context
def exchange_pull(ctx: click.Context, bank_name: str, peer: str, remote_bank: str, token_env: str) -> None:
    """Pull a peer's bank changes since the last checkpoint into a local bank."""
    from clew.sharing.banks import get_bank
    from clew.sharing.exchange import pull

    secret = os.environ.get(token_env, "").strip()
    if not secret:
        raise InputError(f"set {token_env} to the token the peer gave you (scope exchange)", where="--token-env")
    store = _store(ctx)
    result = pull(store, get_bank(store, bank_name), peer_url=peer, remote_bank=remote_bank, token=secret)
    click.echo(
        f"pulled {result['received']:,} changes in {result['pages']} pages from {peer} ({remote_bank}): "
        f"{result['applied']:,} applied; checkpoint {result['since']} -> {result['checkpoint']}"
    )


# ------------------------------------------------------------------ export formats


@click.group("export")
def export() -> None:
    """Interoperable formats: STIX 2.1, FollowTheMoney, CSV."""


@export.command("stix")
@click.argument("bank_name", metavar="BANK")
@click.option("-o", "--output", default="-", show_default=True)
@click.option("--include-raw", is_flag=True, help="Add observables with raw identifiers (an explicit choice).")
@click.pass_context
def export_stix(ctx: click.Context, bank_name: str, output: str, include_raw: bool) -> None:
    """A bank as a STIX 2.1 bundle of indicators, opinions and identities."""
    from clew.sharing.banks import get_bank
    from clew.sharing.stix import bank_bundle

    store = _store(ctx)
    bundle = bank_bundle(store, get_bank(store, bank_name), include_raw=include_raw)
    with _out(output) as fh:
        fh.write(json.dumps(bundle, ensure_ascii=False, indent=1) + "\n")


@export.command("csv")
@click.argument("bank_name", metavar="BANK")
@click.option("-o", "--output", default="-", show_default=True)
@click.option("--include-raw", is_flag=True, help="Fill the value column with raw identifiers (an explicit choice).")
@click.pass_context
def export_csv(ctx: click.Context, bank_name: str, output: str, include_raw: bool) -> None:
    """A bank as CSV, one row per signal and opinion."""
    from clew.sharing.banks import get_bank
    from clew.sharing.csvfmt import write_bank_csv

    store = _store(ctx)
    with _out(output) as fh:
        write_bank_csv(store, get_bank(store, bank_name), fh, include_raw=include_raw)


@export.command("ftm")
@click.argument("input_path", metavar="[IN.jsonl]", required=False)
@click.option("-o", "--output", default="-", show_default=True)
@click.pass_context
def export_ftm(ctx: click.Context, input_path: str | None, output: str) -> None:
    """FollowTheMoney entities (JSON lines) of documents, accounts, wallets and their links.

    With IN.jsonl, its documents are analysed now; without, the workspace's stored
    documents and analyses are exported.
    """
    from clew.model import Analysis
    from clew.pipeline import Pipeline
    from clew.sharing.ftm import write_entities

    settings: Settings = ctx.obj
    if input_path:
        from clew.ingest import read

        pipeline = Pipeline(settings)
        errors = 0

        def pairs_from_file() -> Any:
            nonlocal errors
            for rec in read(Path("/dev/stdin") if input_path == "-" else Path(input_path), "jsonl"):
                if rec.document is None or rec.error:
                    errors += 1
                    click.echo(f"error: {rec.where}: {rec.error}", err=True)
                    continue
                yield rec.document, pipeline.analyze(rec.document)

        with _out(output) as fh:
            count = write_entities(pairs_from_file(), fh)
        click.echo(f"{count:,} entities written", err=True)
        if errors:
            ctx.exit(1)
        return
    from sqlalchemy import select

    from clew.store.repository import row_to_document
    from clew.store.schema import analyses, documents

    store = _store(ctx)

    def pairs_from_store() -> Any:
        with store.engine.connect() as conn:
            rows = conn.execute(
                select(documents, analyses.c.result)
                .join(analyses, analyses.c.document_pk == documents.c.pk)
                .order_by(documents.c.pk)
            )
            for row in rows:
                yield row_to_document(row), Analysis.model_validate(row.result)

    with _out(output) as fh:
        count = write_entities(pairs_from_store(), fh)
    click.echo(f"{count:,} entities written", err=True)


# ------------------------------------------------------------------ referrals


@click.group()
def referral() -> None:
    """Referral packages from a platform to police."""


@referral.command("build")
@click.option(
    "--document",
    "document_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A JSON file with one document, as captured.",
)
@click.option("--stored", help="A stored document id.")
@click.option("--network", help="A network id.")
@click.option("--case", "case_id", help="A case number.")
@click.option("--org", "organisation", required=True, help="The reporting organisation.")
@click.option("--contact", required=True, help="Who to contact about the referral.")
@click.option("--legal-basis", required=True, help="The law or agreement the referral relies on.")
@click.option("--reference", help="Your own reference.")
@click.option("--recipient", help="The authority the referral is for.")
@click.option("--summary", help="Why it is referred, in your words.")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="The JSON package."
)
@click.option(
    "--html", "html_path", type=click.Path(dir_okay=False, path_type=Path), help="Also write the HTML report."
)
@click.pass_context
def referral_build(
    ctx: click.Context,
    document_path: Path | None,
    stored: str | None,
    network: str | None,
    case_id: str | None,
    organisation: str,
    contact: str,
    legal_basis: str,
    reference: str | None,
    recipient: str | None,
    summary: str | None,
    output: Path,
    html_path: Path | None,
) -> None:
    """Build a referral package (JSON, and optionally HTML) from a document, network or case."""
    from pydantic import ValidationError

    from clew.model import Document
    from clew.pipeline import Pipeline
    from clew.sharing.referral import ReferralRequest, Reporter, from_document, from_store, render_html

    subjects = [x for x in (document_path, stored, network, case_id) if x]
    if len(subjects) != 1:
        raise click.UsageError("give exactly one of --document, --stored, --network or --case")
    settings: Settings = ctx.obj
    pipeline = Pipeline(settings)
    request = ReferralRequest(
        reporter=Reporter(organisation=organisation, contact=contact, reference=reference),
        legal_basis=legal_basis,
        recipient=recipient,
        summary=summary,
    )
    if document_path is not None:
        try:
            document = Document.model_validate_json(document_path.read_bytes())
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "document"
            raise InputError(f"{field}: {first['msg']}", where=str(document_path)) from exc
        from clew.store import open_workspace

        store = open_workspace(settings) if (settings.workspace / "workspace.json").is_file() else None
        package = from_document(request, document, pipeline=pipeline, store=store)
    else:
        kind, ref = ("document", stored) if stored else ("network", network) if network else ("case", case_id)
        assert ref is not None
        package = from_store(request, _store(ctx), kind=kind, ref=ref, pipeline=pipeline)
    output.write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if html_path is not None:
        html_path.write_text(render_html(package), encoding="utf-8")
    click.echo(f"referral {package['id']}: {len(package['documents'])} documents -> {output}")


COMMANDS = (token, group, bank, exchange, export, referral)
"""The command groups ``clew.cli`` registers."""
