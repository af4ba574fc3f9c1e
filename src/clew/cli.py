"""The ``clew`` command.

Stateless commands (``analyze``, ``link``) read JSONL and write JSONL, ``-`` meaning
standard input or output. Workspace commands work on the directory given by
``--workspace`` or ``CLEW_WORKSPACE`` (default ``./clew-data``).

Exit codes: 0 success; 1 some input records were rejected (the good ones were
processed); 2 the command could not run (bad option, missing workspace, …).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

import click

from clew import __version__
from clew.errors import ClewError
from clew.model import TYPOLOGIES, Document
from clew.settings import Settings
from clew.sharing.cli import COMMANDS as SHARING_COMMANDS
from clew.workspace_cli import COMMANDS as WORKSPACE_COMMANDS
from clew.workspace_cli import raise_watch_alerts, start_retention

EXIT_REJECTED = 1
EXIT_ERROR = 2


class Progress:
    """Counts on standard error, at most every two seconds, only for long runs."""

    def __init__(self, label: str, *, quiet: bool = False, every: float = 2.0) -> None:
        self.label = label
        self.quiet = quiet
        self.every = every
        self.started = self.last = time.monotonic()
        self.count = 0

    def __call__(self, count: int) -> None:
        self.count = count
        now = time.monotonic()
        if not self.quiet and now - self.last >= self.every:
            self.last = now
            rate = count / max(now - self.started, 1e-9)
            click.echo(f"clew {self.label}: {count:,} documents ({rate:,.0f}/s)", err=True)

    def done(self) -> float:
        return time.monotonic() - self.started


def _settings(ctx: click.Context) -> Settings:
    settings: Settings = ctx.obj
    return settings


def _jobs_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--jobs/-j`` of the stateless commands: 0 (the default) means every usable core."""
    return click.option("--jobs", "-j", type=click.IntRange(0, 64), default=0, show_default=True, help=help_text)


def _open_output(path: str) -> TextIO:
    if path == "-":
        return sys.stdout
    return open(path, "w", encoding="utf-8")


def _input_path(path: str) -> Path:
    return Path("/dev/stdin") if path == "-" else Path(path)


def _read_documents(path: str, errors: list[str], max_chars: int) -> Iterator[Document]:
    """Documents of a JSONL input; bad lines are reported on stderr and skipped."""
    from clew.ingest import read

    for rec in read(_input_path(path), "jsonl"):
        error = rec.error
        if rec.document is not None and len(rec.document.text) > max_chars:
            error = (
                f"the text is {len(rec.document.text):,} characters long; the limit is {max_chars:,} "
                "(raise CLEW_MAX_DOCUMENT_CHARS to accept it)"
            )
        if rec.document is None or error:
            message = f"{rec.where}: {error}"
            errors.append(message)
            click.echo(f"error: {message}", err=True)
            continue
        yield rec.document


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="clew")
@click.option(
    "--workspace",
    "-w",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="CLEW_WORKSPACE",
    default=Path("./clew-data"),
    show_default=True,
    help="Workspace directory (or set CLEW_WORKSPACE).",
)
@click.pass_context
def cli(ctx: click.Context, workspace: Path) -> None:
    """Clew finds, links and explains the online traces of trafficking in persons.

    Every score is a lead for a person to review, never proof.
    """
    ctx.obj = Settings(workspace=workspace)


# ------------------------------------------------------------------ stateless


@cli.command()
@click.argument("input_path", metavar="IN", default="-")
@click.option("-o", "--output", default="-", show_default=True, help="Output JSONL file, - for stdout.")
@_jobs_option("Worker processes; 0 uses every core this process may run on.")
@click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
@click.pass_context
def analyze(ctx: click.Context, input_path: str, output: str, jobs: int, quiet: bool) -> None:
    """Analyse documents: identifiers, indicators and typology scores.

    Reads JSONL documents ({"id", "text", ...}) from IN and writes one analysis per
    line to OUT, in input order. Bad lines are named on stderr and skipped (exit 1).
    """
    from clew.ingest.jsonl import open_binary
    from clew.pipeline import Pipeline
    from clew.runner import analyze_lines, default_jobs, numbered_lines

    settings = _settings(ctx)
    path = _input_path(input_path)
    pipeline = Pipeline(settings)
    rejected = 0
    progress = Progress("analyze", quiet=quiet)
    out = _open_output(output)
    try:
        count = 0
        with open_binary(path) as fh:
            for result in analyze_lines(
                pipeline,
                numbered_lines(fh),
                source_file=str(path),
                max_chars=settings.max_document_chars,
                jobs=jobs or default_jobs(),
            ):
                if result.json is None:
                    rejected += 1
                    click.echo(f"error: {result.error}", err=True)
                    continue
                out.write(result.json)
                out.write("\n")
                count += 1
                progress(count)
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    if not quiet:
        click.echo(f"clew analyze: {count:,} analysed, {rejected:,} rejected in {progress.done():.1f}s", err=True)
    if rejected:
        ctx.exit(EXIT_REJECTED)


@cli.command()
@click.argument("input_path", metavar="IN", default="-")
@click.option("-o", "--output", default="-", show_default=True, help="Output JSONL file, - for stdout.")
@click.option(
    "--evidence",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write every network of two or more documents with the evidence of its links, its indicators, "
    "risk and template (JSONL).",
)
@click.option(
    "--hub-cap",
    type=click.IntRange(2),
    default=None,
    help="An identifier shared by more documents than this links none of them (default 1000).",
)
@click.option(
    "--template-similarity",
    type=click.FloatRange(0.05, 1.0),
    default=None,
    help="Jaccard similarity from which two texts count as one template (default 0.3).",
)
@click.option(
    "--link-types",
    default=None,
    metavar="TYPE,…",
    help="Identifier types that link (default phone,email,url,handle,payment,crypto,photo).",
)
@click.option("--no-photos", is_flag=True, help="Do not hash the documents' local images.")
@_jobs_option(
    "Worker processes for the per-document work; 0 uses every core this process may run on. "
    "The output does not depend on it."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
@click.pass_context
def link(
    ctx: click.Context,
    input_path: str,
    output: str,
    evidence: Path | None,
    hub_cap: int | None,
    template_similarity: float | None,
    link_types: str | None,
    no_photos: bool,
    jobs: int,
    quiet: bool,
) -> None:
    """Group documents into networks: shared identifiers, re-used photos, near-duplicate templates.

    Writes {"id", "network"} per input line, in input order; a document that links
    to nothing gets a network of its own. Warnings (hub identifiers, directory pages,
    unreadable images) go to stderr. See docs/linking.md.
    """
    from clew.identifiers import REGISTRY
    from clew.ingest.jsonl import open_binary
    from clew.linking import LinkConfig
    from clew.linking.stream import default_jobs, link_lines, make_context
    from clew.runner import numbered_lines

    config = LinkConfig()
    if link_types is not None:
        chosen = frozenset(t.strip() for t in link_types.split(",") if t.strip())
        unknown = sorted(chosen - set(REGISTRY) - {"photo"})
        if unknown or not chosen:
            raise click.BadParameter(
                f"unknown identifier types {', '.join(unknown) or '(none given)'}; known: "
                f"{', '.join(sorted([*REGISTRY, 'photo']))}",
                param_hint="--link-types",
            )
        config = LinkConfig(link_types=chosen)
    settings = _settings(ctx)
    progress = Progress("link", quiet=quiet)
    path = _input_path(input_path)
    base = None if input_path == "-" else Path(input_path).resolve().parent
    context = make_context(
        default_region=settings.default_region,
        hub_cap=hub_cap,
        template_similarity=template_similarity,
        photos=not no_photos,
        image_base=base,
        describe=evidence is not None,
        config=config,
        source_file=str(path),
        max_chars=settings.max_document_chars,
    )
    with open_binary(path) as fh:
        result, errors = link_lines(
            numbered_lines(fh),
            context,
            jobs=jobs or default_jobs(),
            progress=progress,
            on_error=lambda message: click.echo(f"error: {message}", err=True),
        )
    out = _open_output(output)
    try:
        for doc_id, network in result.assignments:
            out.write(json.dumps({"id": doc_id, "network": network}, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    if evidence is not None:
        with evidence.open("w", encoding="utf-8") as fh:
            for described in result.described:
                fh.write(json.dumps(described, ensure_ascii=False, default=str) + "\n")
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    if not quiet:
        stats = result.stats
        click.echo(
            f"clew link: {len(result.assignments):,} documents, {stats.get('linked_documents', 0):,} in "
            f"{stats.get('networks', 0):,} networks (largest {stats.get('largest', 0):,}) in {progress.done():.1f}s",
            err=True,
        )
    if errors:
        ctx.exit(EXIT_REJECTED)


@cli.command("demo-data")
@click.option("-n", "count", type=click.IntRange(0), default=20_000, show_default=True)
@click.option("--seed", type=int, default=7, show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Output JSONL; the ground truth goes beside it as NAME.truth.jsonl.",
)
def demo_data(count: int, seed: int, output: Path) -> None:
    """Write a synthetic corpus (fictional numbers, example domains) with ground truth."""
    from clew.demo.generator import write_corpus

    truth = write_corpus(output, count, seed)
    click.echo(f"wrote {count:,} documents to {output} and the ground truth to {truth}", err=True)


# ------------------------------------------------------------------ workspace


@cli.command()
@click.pass_context
def init(ctx: click.Context) -> None:
    """Create the workspace (or bring its schema up to date)."""
    from clew.store import init_workspace
    from clew.store.accounts import FIRST_ADMIN, bootstrap_admin
    from clew.store.audit import cli_principal

    settings = _settings(ctx)
    store = init_workspace(settings)
    click.echo(f"workspace ready at {settings.workspace} (schema {store.revision()})")
    one_time = bootstrap_admin(store, settings, actor=cli_principal())
    if one_time:  # a fresh workspace: the first admin, its password shown this once
        click.echo(f"admin user: {FIRST_ADMIN}")
        click.echo(f"one-time password (shown once, must be changed at first sign-in): {one_time}")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "html", "warc"]),
    help="Input format (default: from the file name; folders are HTML).",
)
@click.option(
    "--map",
    "mapping",
    multiple=True,
    metavar="FIELD=COLUMN",
    help="CSV: take a document field from a column, e.g. --map text=body.",
)
@click.option("--delimiter", help="CSV delimiter (default , or tab for .tsv).")
@click.option("--quiet", "-q", is_flag=True)
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[Path, ...],
    fmt: str | None,
    mapping: tuple[str, ...],
    delimiter: str | None,
    quiet: bool,
) -> None:
    """Store documents from JSONL, CSV, HTML folders or WARC archives.

    The same content is stored once; bad records go to quarantine with their reason
    (see `clew quarantine list`) and the exit code is 1.
    """
    from clew.ingest import detect_format, read
    from clew.store import open_workspace
    from clew.store.repository import ingest as store_ingest

    settings = _settings(ctx)
    options: dict[str, str] = {}
    for item in mapping:
        field, sep, column = item.partition("=")
        if not sep or not field or not column:
            raise click.BadParameter(f"{item!r} is not FIELD=COLUMN", param_hint="--map")
        options[f"map.{field}"] = column
    if delimiter:
        options["delimiter"] = delimiter
    store = open_workspace(settings)
    rejected = 0
    for path in paths:
        kind = fmt or detect_format(path)
        progress = Progress(f"ingest {path.name}", quiet=quiet)
        report = store_ingest(
            store,
            read(path, kind, options),
            source=str(path),
            fmt=kind,
            batch_size=settings.batch_size,
            max_chars=settings.max_document_chars,
            progress=progress,
        )
        rejected += report.rejected
        for line in report.errors:
            click.echo(f"rejected: {line}", err=True)
        if report.rejected > len(report.errors):
            click.echo(f"… and {report.rejected - len(report.errors):,} more (clew quarantine list)", err=True)
        click.echo(
            f"{path}: read {report.read:,}, stored {report.stored:,}, updated {report.updated:,}, "
            f"duplicates {report.duplicates:,}, rejected {report.rejected:,} "
            f"({progress.done():.1f}s)"
        )
    if rejected:
        ctx.exit(EXIT_REJECTED)


@cli.command()
@click.option(
    "--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes for the analysis."
)
@click.option("--no-link", is_flag=True, help="Do not rebuild the networks afterwards.")
@click.option("--quiet", "-q", is_flag=True)
@click.pass_context
def process(ctx: click.Context, jobs: int, no_link: bool, quiet: bool) -> None:
    """Analyse new and changed documents, then rebuild the networks.

    Incremental: a document is analysed again only when its content or the
    pipeline (code or rule packs) changed.
    """
    from clew.identifiers import linking_types
    from clew.pipeline import Pipeline, analyze_stream
    from clew.store import open_workspace
    from clew.store.repository import count_pending, rebuild_networks
    from clew.store.repository import process as store_process

    settings = _settings(ctx)
    store = open_workspace(settings)
    pipeline = Pipeline(settings)
    pending = count_pending(store, version=pipeline.version)
    progress = Progress("process", quiet=quiet)
    alerts_since = datetime.now(UTC)  # watchlists alert on what this run analyses (issue 6)
    done = store_process(
        store,
        version=pipeline.version,
        batch_size=settings.batch_size,
        progress=progress,
        analyze=lambda docs: analyze_stream(pipeline, docs, jobs=jobs),
    )
    click.echo(f"analysed {done:,} of {pending:,} pending documents in {progress.done():.1f}s ({pipeline.version})")
    raise_watch_alerts(store, since=alerts_since)
    if not no_link:
        started = time.monotonic()
        summary = rebuild_networks(store, link_types=linking_types())
        for warning in summary["warnings"]:
            click.echo(f"warning: {warning['message']}", err=True)
        click.echo(
            f"networks: {summary['networks']:,} linking {summary['linked_documents']:,} "
            f"documents, largest {summary['largest']:,}; linking features computed for "
            f"{summary['features_computed']:,} new or changed documents ({time.monotonic() - started:.1f}s)"
        )


@cli.command()
@click.argument("query", required=False)
@click.option("--typology", type=click.Choice(TYPOLOGIES), help="Only documents flagged for this typology.")
@click.option(
    "--level",
    type=click.Choice(["none", "low", "medium", "high"]),
    help="With --typology: this level exactly (default: medium or high).",
)
@click.option("--flagged/--not-flagged", default=None, help="Flagged for any typology, or not.")
@click.option("--country")
@click.option("--lang")
@click.option("--source")
@click.option("--identifier", metavar="TYPE[:VALUE]", help="e.g. phone:+12135550127 or email")
@click.option("--from", "date_from", type=click.DateTime(["%Y-%m-%d"]))
@click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]))
@click.option("--min-network-size", type=click.IntRange(1))
@click.option("--sort", type=click.Choice(["risk", "posted_at", "relevance"]), default="risk", show_default=True)
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def search(
    ctx: click.Context,
    query: str | None,
    typology: str | None,
    level: str | None,
    flagged: bool | None,
    country: str | None,
    lang: str | None,
    source: str | None,
    identifier: str | None,
    date_from: Any,
    date_to: Any,
    min_network_size: int | None,
    sort: str,
    limit: int,
    offset: int,
    as_json: bool,
) -> None:
    """Full-text search with filters over the workspace."""
    from clew.store import open_workspace
    from clew.store.repository import SearchFilters
    from clew.store.repository import search as store_search

    id_type, _, id_value = (identifier or "").partition(":")
    filters = SearchFilters(
        q=query,
        typology=typology,
        level=level,
        flagged=flagged,
        country=country,
        lang=lang,
        source=source,
        identifier_type=id_type or None,
        identifier_value=id_value or None,
        date_from=_day(date_from),
        date_to=_day(date_to),
        min_network_size=min_network_size,
    )
    store = open_workspace(_settings(ctx))
    total, items = store_search(store, filters=filters, sort=sort, limit=limit, offset=offset)
    if as_json:
        click.echo(json.dumps({"total": total, "items": items}, ensure_ascii=False, indent=2))
        return
    click.echo(f"{total:,} documents")
    for item in items:
        flags = ", ".join(f"{t}={lvl}" for t, lvl in item["flagged"].items()) or "-"
        risk = "  -  " if item["risk"] is None else f"{item['risk']:.2f}"
        label = (item["title"] or item["snippet"]).replace("\n", " ")[:70]
        click.echo(f"{item['id']:<16} {risk}  {flags:<40} {label}")


def _day(value: Any) -> date | None:
    return value.date() if value is not None else None


@cli.command()
@click.argument("doc_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def show(ctx: click.Context, doc_id: str, as_json: bool) -> None:
    """A document with its analysis, evidence, provenance and network."""
    from clew.store import open_workspace
    from clew.store.repository import get_document

    data = get_document(open_workspace(_settings(ctx)), doc_id=doc_id)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    doc, analysis = data["document"], data["analysis"]
    click.echo(f"{doc['id']}  {doc.get('title') or ''}")
    click.echo(
        f"url: {doc.get('url') or '-'}  posted: {doc.get('posted_at') or '-'}  country: {doc.get('country') or '-'}"
    )
    click.echo("")
    click.echo(doc["text"])
    click.echo("")
    if analysis is None:
        click.echo("not analysed yet: run `clew process`")
    else:
        stale = " (stale: the document changed; run `clew process`)" if data["analysis_stale"] else ""
        click.echo(f"risk {analysis['risk']:.2f} — a lead for review, not proof{stale}")
        for typology, score in analysis["typologies"].items():
            if score["level"] != "none":
                click.echo(f"  {typology}: {score['level']} ({score['score']:.2f})")
        for hit in analysis["indicators"]:
            click.echo(
                f"  - {hit['id']} w={hit['weight']} [{hit['field']} {hit['start']}-{hit['end']}] "
                f"{hit['text']!r}  ({hit['pack']} {hit['version']})"
            )
    for ident in data["identifiers"]:
        click.echo(f"  {ident['type']} {ident['value']}: {ident['other_documents']} other documents")
    if data["network"]:
        click.echo(f"network {data['network']['id']} ({data['network']['size']} documents)")
    for prov in data["provenance"]:
        click.echo(f"from {prov['source_file']}, {prov['position']} (raw sha256 {prov['raw_sha256'][:16]}…)")


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Counts: documents, analyses, flags per typology, networks, quarantine."""
    from clew.store import open_workspace
    from clew.store.repository import stats as store_stats

    data = store_stats(open_workspace(_settings(ctx)))
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    click.echo(
        f"documents {data['documents']:,}  analysed {data['analysed']:,}  "
        f"flagged {data['flagged']:,}  quarantined {data['quarantined']:,}"
    )
    click.echo(f"networks {data['networks']:,} linking {data['linked_documents']:,} documents")
    for typology, levels in data["typologies"].items():
        click.echo(f"  {typology:<22} " + "  ".join(f"{k} {v:,}" for k, v in levels.items()))


@cli.group()
def quarantine() -> None:
    """Records that ingest rejected, with the reason."""


@quarantine.command("list")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def quarantine_list(ctx: click.Context, limit: int, as_json: bool) -> None:
    """The most recent rejected records."""
    from clew.store import open_workspace
    from clew.store.repository import quarantined

    rows = quarantined(open_workspace(_settings(ctx)), limit=limit)
    if as_json:
        click.echo(json.dumps(rows, default=str, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("quarantine is empty")
    for row in rows:
        click.echo(f"#{row['id']} run {row['run_id']} {row['source_file']}, {row['position']}: {row['reason']}")


@cli.command()
@click.option("--host", default=None, help="Address to bind (default 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (default 8765).")
@click.option(
    "--workers",
    type=click.IntRange(1),
    default=None,
    envvar="CLEW_SERVE_WORKERS",
    help="Worker processes (CLEW_SERVE_WORKERS; default: one per CPU core, at most 8).",
)
@click.pass_context
def serve(ctx: click.Context, host: str | None, port: int | None, workers: int | None) -> None:
    """Serve the HTTP API on the workspace.

    The app (and its pipeline) is built once, then the worker processes are forked
    from it and share one listening socket; see docs/api.md, "Running the server".
    """
    from clew.sharing.matching import flush_matches
    from clew.web.app import create_app
    from clew.web.serving import default_workers, run

    settings = _settings(ctx)
    if host:
        settings.host = host
    if port:
        settings.port = port
    count = workers or default_workers()
    app = create_app(settings)

    def in_worker(number: int) -> Callable[[], None]:
        retention = start_retention(settings) if number == 0 else None  # the scheduled purge (issue 6), once

        def stopped() -> None:
            if retention is not None:
                retention.stop()
            flush_matches()  # bank matches recorded in the background reach the database

        return stopped

    click.echo(
        f"Clew {__version__} serving {settings.workspace} on http://{settings.host}:{settings.port}/ "
        f"with {count} worker process{'es' if count > 1 else ''} (OpenAPI description at /openapi.json)",
        err=True,
    )
    ctx.exit(run(app, host=settings.host, port=settings.port, workers=count, in_worker=in_worker))


@cli.group()
def rules() -> None:
    """Rule packs: check them and their examples."""


@rules.command("lint")
@click.option(
    "--dir", "dirs", multiple=True, type=click.Path(file_okay=False, path_type=Path), help="Extra rule-pack directory."
)
@click.pass_context
def rules_lint(ctx: click.Context, dirs: tuple[Path, ...]) -> None:
    """Load and validate every pack and concept lexicon; errors name the file, line and field."""
    from clew.rules.lint import lint

    report = lint(list(dirs))
    for line in report.lines:
        click.echo(line)
    for message in report.warnings:
        click.echo(f"warning: {message}", err=True)
    for message in report.errors:
        click.echo(message, err=True)
    if report.errors:
        ctx.exit(EXIT_REJECTED)


@rules.command("test")
@click.option("--dir", "dirs", multiple=True, type=click.Path(file_okay=False, path_type=Path))
@click.pass_context
def rules_test(ctx: click.Context, dirs: tuple[Path, ...]) -> None:
    """Check that every example of every indicator behaves as declared."""
    from clew.rules import load_packs
    from clew.rules.testing import run_examples

    checked, failures = run_examples(load_packs(list(dirs)))
    for failure in failures:
        click.echo(str(failure), err=True)
    click.echo(f"{checked} examples checked, {len(failures)} failed")
    if failures:
        ctx.exit(EXIT_REJECTED)


@rules.command("explain")
@click.argument("indicator_id")
@click.option("--dir", "dirs", multiple=True, type=click.Path(file_okay=False, path_type=Path))
def rules_explain(indicator_id: str, dirs: tuple[Path, ...]) -> None:
    """Show one indicator in full: patterns, weight, status, sources, examples."""
    from clew.errors import NotFoundError
    from clew.learned import ID_PREFIX, default_model
    from clew.rules import load_packs
    from clew.rules.docs import explain

    model = default_model()
    typology = indicator_id.removeprefix(ID_PREFIX)
    if indicator_id.startswith(ID_PREFIX) and model is not None and typology in model.typologies:
        click.echo(model.describe(typology))
        return
    for pack in load_packs(list(dirs)):
        for indicator in pack.indicators:
            if indicator.id == indicator_id:
                click.echo(explain(indicator, pack))
                return
    raise NotFoundError(f"no indicator {indicator_id!r}; `clew rules lint` lists the packs")


def _ruleset_from(spec: str) -> Any:
    from clew.rules import RuleSet, load_packs

    if spec == "builtin":
        return RuleSet(load_packs())
    path = Path(spec)
    if not path.is_dir():
        raise click.BadParameter(f"{spec!r} is neither 'builtin' nor a rule-pack directory")
    return RuleSet(load_packs([path]))


@rules.command("backtest")
@click.argument("old")
@click.argument("new")
@click.argument("input_path", metavar="FILE.jsonl")
@click.option("--limit", type=click.IntRange(0), default=50, show_default=True, help="Changes to list.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def rules_backtest(ctx: click.Context, old: str, new: str, input_path: str, limit: int, as_json: bool) -> None:
    """Which documents change level between two rule sets.

    OLD and NEW are rule-pack directories (their packs replace the built-in packs of
    the same name) or the word 'builtin'.
    """
    from clew.rules.backtest import backtest

    settings = _settings(ctx)
    errors: list[str] = []
    report = backtest(
        _ruleset_from(old),
        _ruleset_from(new),
        _read_documents(input_path, errors, settings.max_document_chars),
        default_region=settings.default_region,
    )
    data = report.as_dict(limit)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(f"{data['documents']:,} documents, {data['documents_changed']:,} change level")
        for typology, counts in data["flagged"].items():
            if counts["old"] != counts["new"]:
                click.echo(f"  {typology}: flagged {counts['old']:,} -> {counts['new']:,}")
        for transition, count in data["transitions"].items():
            click.echo(f"  {transition}: {count:,}")
        for change in data["changes"]:
            click.echo(
                f"  {change['id']} {change['typology']} {change['old_level']} -> {change['new_level']}"
                f" (+{','.join(change['gained']) or '-'} / -{','.join(change['lost']) or '-'})"
            )
    if errors:
        ctx.exit(EXIT_REJECTED)


@cli.group("help-directory")
def help_directory() -> None:
    """The directory of national anti-trafficking hotlines shown on the public pages."""


@help_directory.command("lint")
@click.argument("path", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--min-countries", type=click.IntRange(0), default=40, show_default=True)
@click.option("--strict", is_flag=True, help="Treat warnings (entries not checked for a year) as errors.")
@click.pass_context
def help_directory_lint(ctx: click.Context, path: Path | None, min_countries: int, strict: bool) -> None:
    """Validate the help directory (the built-in one, or PATH); errors name the file, line and field."""
    from clew.prevention.helpdir import lint

    report = lint(path, min_countries=min_countries)
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(
        f"{report.entries} entries, {report.countries} countries, {len(report.errors)} errors, "
        f"{len(report.warnings)} warnings"
    )
    if report.errors or (strict and report.warnings):
        ctx.exit(EXIT_REJECTED)


for _command in WORKSPACE_COMMANDS:  # user, audit, purge, case, watch, alerts (issue 6)
    cli.add_command(_command)


for _command in SHARING_COMMANDS:  # token, group, bank, exchange, export, referral (issue 7)
    cli.add_command(_command)


def main() -> None:
    try:
        code = cli.main(standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_ERROR)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(EXIT_ERROR)
    except ClewError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except BrokenPipeError:
        sys.exit(0)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
