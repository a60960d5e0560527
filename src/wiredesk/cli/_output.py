"""How the CLI shows documents and errors."""

from __future__ import annotations

import click

from wiredesk.records import Document


def warn(message: str) -> None:
    """One clear line on standard error."""
    click.echo(f"wiredesk: {message}", err=True)


def document_text(doc: Document) -> str:
    """A listing a person reads: one line per item, grouped by layer."""
    a = doc.article
    lines = [f"# {a.origin.path or a.id}  published={a.published or 'unknown'}  id={a.id}"]
    for att in doc.attributions:
        sp = att.speaker
        via = f" via {' > '.join(att.via)}" if att.via else ""
        cue = att.cue.text if att.cue else "-"
        head = f"  said    {sp.name or '?'} [{cue}] ({att.kind}, {att.status}{via})"
        lines.append(f"{head}: {att.content.text}")
    for t in doc.times:
        lines.append(f"  when    {t.text!r} = {t.value} ({t.type})")
    for p in doc.places:
        lines.append(f"  where   {p.text!r} = {p.name} [{p.kind}, {p.country}] {p.lat},{p.lon}")
    for f in doc.figures:
        unit = f" {f.unit}" if f.unit else ""
        lines.append(f"  figure  {f.text!r} = {f.qualifier} {f.value:g}{unit} {f.category}")
    for c in doc.checks:
        lines.append(f"  check   {c.kind} {'holds' if c.holds else 'FAILS'}: {c.detail}")
    for e in doc.events:
        lines.append(
            f"  event   {e.type} {e.actor or '?'} -> {e.target or '?'} "
            f"at {e.place or '?'} on {e.date or '?'} ({e.mode}, {e.status})"
        )
    return "\n".join(lines)
