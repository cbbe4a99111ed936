"""Tests read nothing outside the repository and their temporary folders.

A fresh clone with nothing beside it must pass: no absolute path to a developer's machine,
no sibling checkout beside the repository. Fixture files live in `tests/fixtures/`
(with their licence).
The zip-slip tests hold hostile member names on purpose; such a line says `# hostile path`.
"""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]

# A string literal that opens with a machine's folder, a Windows drive, or a sibling checkout.
_FORBIDDEN = re.compile(
    r"""["'](?:/(?:work|home|root|Users|mnt|media|opt|srv|shared|tmp|var|usr|etc)\b"""
    r"""|[A-Za-z]:[\\/]|~[\\/])"""
    r"""|\.\.[\\/]+shared|Path\(\s*["']/"""
)
_ALLOWED = "# hostile path"


def _offences(text: str) -> list[int]:
    return [
        n
        for n, line in enumerate(text.splitlines(), 1)
        if _FORBIDDEN.search(line) and _ALLOWED not in line
    ]


def test_no_test_source_names_a_path_outside_the_repository() -> None:
    found = {
        str(p.relative_to(TESTS)): lines
        for p in sorted(TESTS.rglob("*.py"))
        if p.resolve() != Path(__file__).resolve() and (lines := _offences(p.read_text("utf-8")))
    }
    assert found == {}, (
        f"absolute or sibling paths {found}: put files in tests/fixtures/ and use tmp_path; "
        f"a deliberately hostile or missing path may say `{_ALLOWED}` on its line"
    )


def test_the_scan_sees_what_it_must() -> None:
    # The offending lines are assembled here, so this file itself names no outside path.
    slash, up = "/", ".." + "/"
    assert _offences(f'EXAMPLES = Path("{slash}work{slash}shared/hsds/examples")') == [1]
    assert _offences(f'root = HERE / ".." / "{up}shared/hsds"') == [1]
    assert _offences('p = "C:' + "\\\\" + 'Users\\\\me\\\\x.json"') == [1]
    assert _offences('p = tmp_path / "a.json"') == []
    assert _offences(f'm = "{slash}etc/evil.csv"  # hostile path') == []


def test_the_hsds_fixtures_travel_with_their_licence() -> None:
    hsds = TESTS / "fixtures" / "hsds"
    licence = (hsds / "LICENSE-HSDS-CC-BY-SA-4.0.txt").read_text("utf-8")
    assert "Creative Commons Attribution Share-Alike 4.0" in licence
    assert (hsds / "examples" / "3.0" / "json" / "service_full.json").is_file()


# The stopwatches. (`time.monotonic` is left alone: tests fake it for throttles and idle locks.)
_TIMING = re.compile(r"\b(perf_counter|perf_counter_ns|process_time|timeit)\b")


def test_no_test_outside_the_benchmarks_times_itself() -> None:
    """A duration assertion fails on a busy machine; speed is measured by `make bench`."""
    found = sorted(
        str(p.relative_to(TESTS))
        for p in TESTS.rglob("*.py")
        if "benchmarks" not in p.relative_to(TESTS).parts
        and p.resolve() != Path(__file__).resolve()
        and _TIMING.search(p.read_text("utf-8"))
    )
    assert found == []
