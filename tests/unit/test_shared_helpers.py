"""The shared test helpers see what they must, and stay the only copy.

The PDF metadata reader is the one the sanctuary checks rely on, so it gets a control: a
value planted in the document info and one planted only in the XMP packet are both found.
"""

from __future__ import annotations

import ast
import io
from pathlib import Path

from pypdf import PdfWriter
from pypdf.xmp import XmpInformation

from tests.helpers.pdf import page_count, pdf_metadata, pdf_text

TESTS = Path(__file__).resolve().parents[1]


def _pdf_with(info_title: str, xmp_title: str) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_metadata({"/Title": info_title})
    xmp = XmpInformation.create()
    xmp.dc_title = {"x-default": xmp_title}
    writer.xmp_metadata = xmp
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_the_metadata_reader_sees_the_document_info_and_the_xmp_packet(
    tmp_path: Path,
) -> None:
    pdf = _pdf_with("PLANTED-IN-INFO", "PLANTED-ONLY-IN-XMP")
    for source in (pdf, tmp_path / "planted.pdf"):
        if isinstance(source, Path):
            source.write_bytes(pdf)
        meta = pdf_metadata(source)
        assert "/Title=PLANTED-IN-INFO" in meta
        assert "PLANTED-ONLY-IN-XMP" in meta
        assert page_count(source) == 1 and pdf_text(source) == ""


# Each shared helper, by name, and the one module allowed to define it.
_SHARED = {
    "pdf_text": "helpers/pdf.py",
    "pdf_metadata": "helpers/pdf.py",
    "page_count": "helpers/pdf.py",
    "run_intake_app": "helpers/cli.py",
    "init_vault": "helpers/cli.py",
    "vault_args": "helpers/cli.py",
    "page_context": "helpers/gui.py",
    "unlock_through_the_window": "helpers/gui.py",
    "vault_digest": "helpers/vault.py",
    "private_tmp": "conftest.py",
    "qapp_cls": "conftest.py",
}


def test_each_shared_helper_is_defined_once() -> None:
    """A copy that drifts (one `pdf_metadata` read XMP, its copy did not) starts as a
    second definition; the helpers live in tests/helpers/ and tests/conftest.py."""
    where: dict[str, list[str]] = {}
    for path in sorted(TESTS.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                name = node.name.lstrip("_")
                if name in _SHARED:
                    where.setdefault(name, []).append(str(path.relative_to(TESTS)))
    assert where == {name: [home] for name, home in _SHARED.items()}
