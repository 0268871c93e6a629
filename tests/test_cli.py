"""The command line: help, one-line errors, README and CI agreement."""
import re
import time

import pytest

from conftest import ROOT


def test_readme_starts_with_the_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", readme, re.S).group(1)
    commands = [line for line in block.splitlines() if line and not line.startswith("#")]
    assert len(commands) == 2
    assert commands[0].endswith("arsip demo")
    assert commands[1].endswith("pytest -q")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines(), ".ci/run must run the README's test command verbatim"


def test_help_lists_every_command_and_is_fast(arsip):
    started = time.monotonic()
    out = arsip("--help")
    assert out.returncode == 0
    assert time.monotonic() - started < 5
    commands_section = out.stdout.split("Commands:", 1)[1]
    listed = set(re.findall(r"^  ([a-z-]+)\s", commands_section, re.M))
    assert {"demo", "crawl", "extract", "serve-sample"} <= listed
    for cmd in listed:
        sub = arsip(cmd, "--help")
        assert sub.returncode == 0 and "Usage: arsip " + cmd in sub.stdout, cmd


@pytest.mark.parametrize("args, message", [
    (["extract", "/no/such/page.html"], "no such file"),
    (["crawl", "--since", "2024-13-01"], "YYYY-MM-DD"),
    (["crawl", "--discover", "carrier-pigeon"], "sitemap, index"),
    (["crawl", "--base-url", "ftp://x"], "http"),
    (["crawl", "--since", "2024-05-02", "--until", "2024-05-01"], "after"),
    (["crawl", "--db", "/no/such/dir/a.duckdb"], "does not exist"),
    (["crawl", "--setting", "ARSIP_EXTRACT_WORKERS=many"], "whole number >= 0 or 'auto'"),
    (["nonsense"], "No such command"),
])
def test_bad_input_is_one_line_and_nonzero(arsip, args, message):
    out = arsip(*args)
    assert out.returncode != 0
    lines = [l for l in out.stderr.splitlines() if l.strip()]
    assert "Traceback" not in out.stderr
    assert any(message in l for l in lines), out.stderr
    assert len(lines) <= 3
