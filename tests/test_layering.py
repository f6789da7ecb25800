"""The data layers never import the UI: the store, extraction and the browser's model work without Textual."""
from __future__ import annotations

import subprocess
import sys

from conftest import REPO


def test_data_layers_do_not_import_textual():
    code = ("import sys, store, casefile.ingest, casefile.export, casefile.extract, casefile.caseview, "
            "casefile.search, casefile.selection, casefile.reports, casefile.annotations; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('textual',)]; "
            "assert not bad, bad")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_only_store_imports_tinydb():
    offenders = [str(p.relative_to(REPO)) for p in (REPO / "casefile").rglob("*.py")
                 if "tinydb" in p.read_text(encoding="utf-8")]
    assert offenders == []
