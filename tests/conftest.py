import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ARSIP = [sys.executable, "-c", "import sys, pipeline; sys.exit(pipeline.main())"]


def run_arsip(*args, cwd=None, env=None, timeout=300, check=False):
    """Run the real `arsip` command line in a subprocess; returns CompletedProcess (text)."""
    e = {**os.environ, "ARSIP_PROGRESS": "0", **(env or {})}
    proc = subprocess.run([*ARSIP, *map(str, args)], cwd=cwd or ROOT, env=e, capture_output=True, text=True,
                          timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"arsip {' '.join(map(str, args))} failed ({proc.returncode}):\n{proc.stderr}")
    return proc


@pytest.fixture
def arsip():
    return run_arsip


@pytest.fixture(scope="session")
def shared_corpus():
    d = SHARED / "corpus" / "dev"
    if not d.is_dir():
        pytest.skip("../shared/corpus is not present")
    return d
