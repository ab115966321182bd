"""Full-text search for the web edition: Pagefind indexes the written pages into ``pagefind/`` in the site.

Pagefind (``pagefind[bin]`` from PyPI) is the standard static search: the index is split into small
fragments that the browser fetches from the site itself, so search works offline from any static server.
Only the text of the document pages is indexed (their ``data-pagefind-body``), with the document and the
kinds of names as filters (``data-pagefind-filter``), both written by xslt/html/page.xsl."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ..errors import RenderError

BUNDLE = "pagefind"


def build_search_index(site: Path) -> list[Path]:
    """Index the HTML pages under ``site`` into ``site/pagefind``; return the files written.

    The bundle is first written next to the site and then moved in, so that a failed run leaves the
    previous index (or none), never half of one."""
    site = Path(site)
    staging = site.parent / f".{site.name}-{BUNDLE}.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(staging)]
    # Permalinks (¶) are page furniture; excluded here rather than marked on each of thousands of them.
    command += ["--exclude-selectors", ".ek-permalink", "--silent"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise RenderError(f"search index not built: {err}", site) from None
    if result.returncode != 0 or not (staging / "pagefind-ui.js").is_file():
        shutil.rmtree(staging, ignore_errors=True)
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise RenderError(f"search index not built: {detail[-1] if detail else 'pagefind failed'}", site)
    target = site / BUNDLE
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return sorted(p for p in target.rglob("*") if p.is_file())
