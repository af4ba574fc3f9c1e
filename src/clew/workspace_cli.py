"""``clew user``, ``clew audit``, ``clew case``, ``clew watch``, ``clew alerts`` and ``clew purge``.

Registered on the main command by ``clew.cli``. Everything done here is written
to the audit log as the operating-system user who ran the command
(``cli:NAME``), so work done on the server's console is accounted for like work
done in the browser.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from clew.settings import Settings

EXIT_REJECTED = 1


def _settings(ctx: click.Context) -> Settings:
    settings: Settings = ctx.obj
    return settings


def _store(ctx: click.Context) -> Any:
    from clew.store import open_workspace

    return open_workspace(_settings(ctx))


def _actor() -> Any:
    from clew.store.audit import cli_principal

    return cli_principal()


# --------------------------------------------------------------------------- users


@click.group()
def user() -> None:
    """Local user accounts: add, list, disable, enable, reset a password, change a role."""


@user.command("add")
@click.argument("name")
@click.option(
    "--role",
    type=click.Choice(["viewer", "analyst", "supervisor", "admin", "auditor"]),
    default="analyst",
    show_default=True,
)
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of standard input.")
@click.pass_context
def user_add(ctx: click.Context, name: str, role: str, password_stdin: bool) -> None:
    """Add a user. Without --password-stdin a one-time password is printed once; it must be changed at first sign-in."""
    from clew.store.accounts import create_user

    password = None
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise click.UsageError("no password on standard input")
    created, secret = create_user(_store(ctx), _settings(ctx), name=name, role=role, actor=_actor(), password=password)
    click.echo(f"user {created['name']} added with role {created['role']}")
    if password is None:
        click.echo(f"one-time password (shown once, must be changed at first sign-in): {secret}")


@user.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def user_list(ctx: click.Context, as_json: bool) -> None:
    """Every user with role and state."""
    from clew.store.accounts import list_users

    rows = list_users(_store(ctx))
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    for row in rows:
        state = "disabled" if row["disabled"] else "locked" if row["locked"] else "active"
        if row["must_change_password"]:
            state += ", one-time password"
        click.echo(f"{row['name']:<24} {row['role']:<11} {state:<28} last sign-in {row['last_login_at'] or '-'}")


@user.command("disable")
@click.argument("name")
@click.pass_context
def user_disable(ctx: click.Context, name: str) -> None:
    """Disable an account and end its sessions."""
    from clew.store.accounts import set_disabled

    set_disabled(_store(ctx), name=name, disabled=True, actor=_actor())
    click.echo(f"user {name} disabled")


@user.command("enable")
@click.argument("name")
@click.pass_context
def user_enable(ctx: click.Context, name: str) -> None:
    """Enable a disabled account again."""
    from clew.store.accounts import set_disabled

    set_disabled(_store(ctx), name=name, disabled=False, actor=_actor())
    click.echo(f"user {name} enabled")


@user.command("reset")
@click.argument("name")
@click.pass_context
def user_reset(ctx: click.Context, name: str) -> None:
    """Give a new one-time password (printed once); unlocks the account and ends its sessions."""
    from clew.store.accounts import reset_password

    secret = reset_password(_store(ctx), _settings(ctx), name=name, actor=_actor())
    click.echo(f"one-time password for {name} (shown once, must be changed at first sign-in): {secret}")


@user.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(["viewer", "analyst", "supervisor", "admin", "auditor"]))
@click.pass_context
def user_role(ctx: click.Context, name: str, role: str) -> None:
    """Change a user's role (their sessions end: they sign in again)."""
    from clew.store.accounts import set_role

    set_role(_store(ctx), name=name, role=role, actor=_actor())
    click.echo(f"user {name} is now {role}")


# --------------------------------------------------------------------------- audit


@click.group()
def audit() -> None:
    """The audit log: list entries, verify the hash chain."""


@audit.command("verify")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def audit_verify(ctx: click.Context, as_json: bool) -> None:
    """Walk the hash chain; exit 1 and name the first bad row when the log was changed."""
    from clew.store.audit import verify

    result = verify(_store(ctx))
    if as_json:
        click.echo(json.dumps(result.as_dict(), indent=2))
    elif result.ok:
        click.echo(f"audit log intact: {result.checked:,} entries verified")
    else:
        for problem in result.problems:
            click.echo(f"tampered: {problem}", err=True)
        click.echo(f"audit log BROKEN from row {result.first_bad_id} ({result.checked:,} entries checked)")
    if not result.ok:
        ctx.exit(EXIT_REJECTED)


@audit.command("list")
@click.option("--actor")
@click.option("--action")
@click.option("--target", help="e.g. case:7, or a prefix ending in ':' such as user:")
@click.option("--limit", type=click.IntRange(1, 100_000), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def audit_list(
    ctx: click.Context, actor: str | None, action: str | None, target: str | None, limit: int, as_json: bool
) -> None:
    """The newest entries, filtered."""
    from clew.store.audit import entries

    total, rows = entries(_store(ctx), actor=actor, action=action, target=target, limit=limit)
    if as_json:
        click.echo(json.dumps({"total": total, "items": rows}, ensure_ascii=False, indent=2))
        return
    click.echo(f"{total:,} entries")
    for row in rows:
        detail = json.dumps(row["detail"], ensure_ascii=False) if row["detail"] else ""
        click.echo(f"#{row['id']} {row['at'][:19]} {row['actor']:<16} {row['action']:<14} {row['target']} {detail}")


# --------------------------------------------------------------------------- retention


@click.command()
@click.option(
    "--older-than",
    "days",
    type=click.IntRange(0),
    help="Days since a document was stored (default: the retention_days setting, CLEW_RETENTION_DAYS).",
)
@click.option("--dry-run", is_flag=True, help="Count what would go; delete nothing.")
@click.pass_context
def purge(ctx: click.Context, days: int | None, dry_run: bool) -> None:
    """Delete documents older than the retention period that are in no case (audited)."""
    from clew.store.retention import purge as run_purge

    settings = _settings(ctx)
    days = settings.retention_days if days is None else days
    result = run_purge(_store(ctx), days=days, actor=_actor(), dry_run=dry_run)
    if result["disabled"]:
        click.echo("retention is off (0 days): nothing purged")
        return
    verb = "would purge" if dry_run else "purged"
    click.echo(
        f"{verb} {result['purged']:,} documents stored before {result['cutoff']}; "
        f"kept {result['kept_in_cases']:,} older ones that are in cases"
    )


# --------------------------------------------------------------------------- cases


@click.group()
def case() -> None:
    """Cases: list them, export evidence, check an evidence package."""


@case.command("list")
@click.option("--status", type=click.Choice(["open", "in_review", "closed"]))
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def case_list(ctx: click.Context, status: str | None, as_json: bool) -> None:
    from clew.store.cases import list_cases

    rows = list_cases(_store(ctx), status=status)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        click.echo(
            f"#{row['id']:<5} {row['status']:<10} {row['items']:>4} items  {row['assignee'] or '-':<14} {row['title']}"
        )


@case.command("export")
@click.argument("case_id", type=int)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="ZIP file.")
@click.pass_context
def case_export(ctx: click.Context, case_id: int, output: Path) -> None:
    """Write a case's evidence package (with its printable report) to a ZIP file."""
    from clew.store.audit import entries_for
    from clew.store.cases import evidence, export_zip
    from clew.web.cases import REPORT_CSS, report_html

    store = _store(ctx)
    actor = _actor()
    data = evidence(store, case_id)
    data["custody"] = entries_for(store, f"case:{case_id}")
    extra = {
        "report.html": report_html(data, css_href="report.css", generated_by=actor.name).encode("utf-8"),
        "report.css": REPORT_CSS.read_bytes(),
    }
    with output.open("wb") as fh:
        manifest = export_zip(store, case_id, fh, actor=actor, extra_files=extra)
    click.echo(f"wrote {output}: {len(manifest['files']):,} files, content SHA-256 {manifest['content_sha256']}")


@case.command("verify")
@click.argument("package", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def case_verify(ctx: click.Context, package: Path) -> None:
    """Check every file of an evidence package against its MANIFEST.sha256."""
    from clew.store.cases import verify_zip

    problems = verify_zip(str(package))
    for problem in problems:
        click.echo(f"mismatch: {problem}", err=True)
    if problems:
        click.echo(f"{package}: {len(problems)} problems")
        ctx.exit(EXIT_REJECTED)
    click.echo(f"{package}: every file matches the manifest")


# --------------------------------------------------------------------------- watchlists


@click.group()
def watch() -> None:
    """Watchlists: identifiers, queries or rule hits that raise alerts when processing finds them."""


@watch.command("add")
@click.argument("value")
@click.option(
    "--kind", type=click.Choice(["identifier", "query", "indicator"]), default="identifier", show_default=True
)
@click.option("--name", default="", help="A label for the watch.")
@click.pass_context
def watch_add(ctx: click.Context, value: str, kind: str, name: str) -> None:
    """Watch VALUE: phone:+12135550127, a query such as '"ask for daddy"', or an indicator id."""
    from clew.store.watchlists import count_matches, create_watch

    store = _store(ctx)
    created = create_watch(
        store, name=name, kind=kind, value=value, actor=_actor(), default_region=_settings(ctx).default_region
    )
    click.echo(
        f"watch #{created['id']} {created['kind']} {created['value']} "
        f"({count_matches(store, created['id']):,} stored documents match it now)"
    )


@watch.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def watch_list(ctx: click.Context, as_json: bool) -> None:
    from clew.store.watchlists import list_watches

    rows = list_watches(_store(ctx))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        state = "" if row["active"] else " (paused)"
        click.echo(
            f"#{row['id']:<4} {row['kind']:<10} {row['value']:<40} {row['alerts']:>5} alerts "
            f"({row['new_alerts']} new){state}  {row['name']}"
        )


@watch.command("remove")
@click.argument("watch_id", type=int)
@click.pass_context
def watch_remove(ctx: click.Context, watch_id: int) -> None:
    from clew.store.watchlists import delete_watch

    delete_watch(_store(ctx), watch_id, actor=_actor())
    click.echo(f"watch #{watch_id} removed")


@click.command("alerts")
@click.option("--status", type=click.Choice(["new", "acknowledged"]))
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def alerts(ctx: click.Context, status: str | None, limit: int, as_json: bool) -> None:
    """Alerts raised by watchlists, newest first."""
    from clew.store.watchlists import list_alerts

    total, rows = list_alerts(_store(ctx), status=status, limit=limit)
    if as_json:
        click.echo(json.dumps({"total": total, "items": rows}, ensure_ascii=False, indent=2))
        return
    click.echo(f"{total:,} alerts")
    for row in rows:
        click.echo(
            f"#{row['id']:<5} {row['created_at'][:19]} {row['status']:<12} {row['watch']['value']:<32} "
            f"{row['document']['id']}"
        )


COMMANDS = (user, audit, purge, case, watch, alerts)
"""Added to the ``clew`` group by ``clew.cli``."""


def raise_watch_alerts(store: Any, *, since: datetime) -> None:
    """After ``clew process``: alerts for the documents this run analysed that match a watch."""
    from clew.store.watchlists import raise_alerts

    raised = raise_alerts(store, since=since)
    if raised:
        click.echo(f"watchlists: {raised:,} new alerts (clew alerts --status new)")


def start_retention(settings: Settings) -> Any:
    """The retention purge on a timer in ``clew serve`` (off when retention_days is 0)."""
    from clew.store import open_workspace
    from clew.store.audit import SYSTEM
    from clew.store.retention import RetentionScheduler

    scheduler = RetentionScheduler(
        open_workspace(settings),
        days=settings.retention_days,
        interval=settings.retention_interval_seconds,
        actor=SYSTEM,
    )
    scheduler.start()
    return scheduler
