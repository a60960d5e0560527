"""Open formats and output through CliRunner on the sample store: GeoJSON, the ACLED-style
event table, CSV everywhere, full-width tables when piped, Parquet's optional extra and
the packaged JSON schema."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from wiredesk.cli import main
from wiredesk.schema import problems
from wiredesk.store import Store
from wiredesk.store.formats import ACLED_COLUMNS


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_formats_places_geojson(sample_db: Path) -> None:
    found = json.loads(run("places", "--name", "Kherson", "--format", "geojson", "--db",
                           str(sample_db)))
    assert found["type"] == "FeatureCollection" and found["features"]
    for feature in found["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert (round(lat), round(lon)) == (47, 33)
        assert feature["properties"]["name"] == "Kherson" and "lat" not in feature["properties"]


def test_cli_formats_events_geojson_carry_plover(sample_db: Path) -> None:
    found = json.loads(run("events", "--type", "attack", "--format", "geojson", "--db",
                           str(sample_db)))
    props = [f["properties"] for f in found["features"]]
    assert props and {p["plover_code"] for p in props} == {"ASSAULT"}


def test_cli_formats_acled_event_table(sample_db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run("events", "--format", "acled", "--db",
                                               str(sample_db)))))
    assert rows and tuple(rows[0]) == ACLED_COLUMNS
    assert len({r["event_id"] for r in rows}) == len(rows)
    kherson = [r for r in rows if r["location"] == "Kherson" and r["fatalities"] == "7"]
    assert kherson and kherson[0]["plover_type"] == "ASSAULT"
    assert kherson[0]["admin1"] and kherson[0]["latitude"].startswith("46.6")
    assert all(r["event_date"][:4] == "2026" for r in rows)
    assert {r["plover_type"] for r in rows} >= {"ASSAULT", "CONSULT", "AGREE"}
    assert any(r["actor1_id"] for r in rows)


@pytest.mark.parametrize(("args", "header"), [
    (["stats"], "table,rows"),
    (["contradictions"], "kind,about,detail,side"),
    (["corroboration"], "kind,about,n_sources,sources"),
    (["claims"], "article_id,source,url,published"),
])
def test_cli_formats_csv_everywhere(sample_db: Path, args: list[str], header: str) -> None:
    out = run(*args, "--format", "csv", "--db", str(sample_db))
    assert out.startswith(header) and len(out.splitlines()) > 1


def test_cli_formats_piped_table_is_not_cut(sample_db: Path) -> None:
    out = run("claims", "--speaker", "Russian Defence Ministry", "--db", str(sample_db))
    rows = json.loads(run("claims", "--speaker", "Russian Defence Ministry", "--format", "json",
                          "--db", str(sample_db)))
    longest = max((r["text"] for r in rows), key=len)
    assert len(longest) > 80 and longest in out


def test_cli_formats_parquet_without_pyarrow_says_what_to_install(sample_db: Path,
                                                                  tmp_path: Path) -> None:
    code = ("import sys; sys.modules['pyarrow'] = None; from wiredesk.cli import main; "
            "main()")
    done = subprocess.run([sys.executable, "-c", code, "export", "--format", "parquet", "--out",
                           str(tmp_path / "out"), "--db", str(sample_db)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "pip install 'wiredesk[parquet]'" in done.stderr


def test_cli_formats_extract_validate(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The governor said on Monday that 3 people were killed in Kherson.\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--validate", "--format", "json",
                                       "--published", "2026-03-04"])
    assert result.exit_code == 0 and "schema" not in result.stderr
    doc = json.loads(result.stdout)
    assert problems(doc) == []
    del doc["events"]
    doc["places"] = [{"text": "Kherson", "span": [-1, 3]}]
    found = problems(doc)
    assert any("'events' is a required property" in line for line in found)
    assert any(line.startswith("places/0") for line in found)


def test_store_export_progress_counts_every_row(sample_db: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    with Store.open(sample_db, create=False) as store:
        store.export("jsonl", tmp_path, lambda rows, total: seen.append((rows, total)))
    lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in tmp_path.iterdir())
    assert seen and {total for _, total in seen} == {lines}
    assert sum(rows for rows, _ in seen) == lines
