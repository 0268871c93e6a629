"""Quote and figure accuracy on the hand-annotated article sets (tests/eval/set*.json), scored by
bench/accuracy.py; and the scorer itself on a hand-made example."""
from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "tests" / "eval"
SETS = sorted(EVAL.glob("set*.json"))
SCORE_PY = ROOT.parent / "shared" / "eval" / "score.py"

QUOTES_F1, ATTRIBUTED_F1, FIGURES_F1 = 0.90, 0.85, 0.95


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def acc():
    return _load("bench_accuracy", ROOT / "bench" / "accuracy.py")


# ----------------------------------------------------------------- the sets
def test_the_eight_sets_are_there():
    assert [p.name for p in SETS] == [f"set{i}.json" for i in range(1, 9)]
    counts = [len(json.loads(p.read_text(encoding="utf-8"))) for p in SETS]
    assert counts == [33, 30, 30, 30, 30, 30, 30, 30]


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_set_is_well_formed(path):
    arts = json.loads(path.read_text(encoding="utf-8"))
    ids = [a["id"] for a in arts]
    assert len(set(ids)) == len(ids)
    for a in arts:
        assert a["id"].startswith(path.stem + "-")
        assert a["paragraphs"] and all(isinstance(p, str) and p for p in a["paragraphs"])
        for q in a["quotes"]:
            assert q["kind"] in ("direct", "indirect"), (a["id"], q)
            assert q["text"] and isinstance(q["aliases"], list) and isinstance(q["ambiguous"], bool)
            assert 0 <= q["paragraph"] < len(a["paragraphs"]), (a["id"], q)
            assert "role" in q
        for f in a["figures"]:
            assert isinstance(f["value"], (int, float)) and isinstance(f["ambiguous"], bool), (a["id"], f)
            assert f["upper"] is None or isinstance(f["upper"], (int, float))
            assert 0 <= f["paragraph"] < len(a["paragraphs"]), (a["id"], f)


@pytest.fixture(scope="module")
def results(acc):
    return {p.stem: acc.run_set(p) for p in SETS}


@pytest.mark.parametrize("name", [p.stem for p in SETS])
def test_accuracy_on_set(results, name):
    r = results[name]
    s = r["scores"]
    detail = "\n".join(f"  [{aid}] {e}" for aid, evs in r["events"].items() for e in evs)
    msg = (f"{name}: quotes F1 {s['quotes']['f']:.3f}, attributed F1 {s['quotes_attributed']['f']:.3f},"
           f" figures F1 {s['figures']['f']:.3f}\n{detail}")
    assert s["quotes"]["f"] >= QUOTES_F1, msg
    assert s["quotes_attributed"]["f"] >= ATTRIBUTED_F1, msg
    assert s["figures"]["f"] >= FIGURES_F1, msg


# ----------------------------------------------------------------- the scorer
MINI = {
    "id": "mini-a01",
    "paragraphs": [
        "Menteri Budi Santoso mengatakan pendaftaran platform ditutup pekan depan.",
        "\"Kami akan memblokir 37 platform yang tidak mendaftar,\" ujar Budi.",
        "Harga kopi Rp 35.000 hingga Rp 60.000. Skor akhir 2-1. Sari Dewi mengakui aturan itu perlu dikaji ulang.",
    ],
    "quotes": [
        {"kind": "indirect", "text": "pendaftaran platform ditutup pekan depan", "speaker": "Budi Santoso",
         "aliases": ["Budi"], "role": "Menteri", "paragraph": 0, "ambiguous": False},
        {"kind": "direct", "text": "Kami akan memblokir 37 platform yang tidak mendaftar", "speaker": "Budi Santoso",
         "aliases": ["Budi"], "role": "Menteri", "paragraph": 1, "ambiguous": False},
        {"kind": "indirect", "text": "aturan itu perlu dikaji ulang", "speaker": "Sari Dewi", "aliases": [],
         "role": None, "paragraph": 2, "ambiguous": True},
    ],
    "figures": [
        {"text": "37 platform", "value": 37, "upper": None, "unit": "platform", "paragraph": 1, "ambiguous": False},
        {"text": "Rp 35.000 hingga Rp 60.000", "value": 35000, "upper": 60000, "unit": "rupiah", "paragraph": 2,
         "ambiguous": False},
        {"text": "2-1", "value": 2, "upper": None, "unit": "skor", "paragraph": 2, "ambiguous": True},
    ],
}


def _perfect():
    q = [{"text": g["text"], "speaker": g["speaker"], "role": g["role"], "kind": g["kind"], "cue": None,
          "paragraph": g["paragraph"]} for g in MINI["quotes"] if not g["ambiguous"]]
    f = [{"text": g["text"], "value": g["value"], "upper": g["upper"], "unit": g["unit"], "paragraph": g["paragraph"]}
         for g in MINI["figures"] if not g["ambiguous"]]
    return q, f


def _score(acc, quotes, figures, art=MINI):
    return acc.score_set([art], {art["id"]: (quotes, figures)})


def _f(r, key):
    return round(r["scores"][key]["f"], 6)


def test_scorer_perfect_prediction(acc):
    r = _score(acc, *_perfect())
    for key in ("quotes", "quotes_attributed", "figures", "figures_with_unit"):
        assert r["scores"][key] == {"p": 1.0, "r": 1.0, "f": 1.0}, key
    assert r["events"] == {}
    c = r["counts"]
    assert (c["q_gold"], c["q_pred"], c["q_match"], c["f_gold"], c["f_pred"], c["f_match"]) == (2, 2, 2, 2, 2, 2)


def test_scorer_alias_counts_as_the_speaker(acc):
    q, f = _perfect()
    q[1]["speaker"] = "budi"
    assert _f(_score(acc, q, f), "quotes_attributed") == 1.0


def test_scorer_wrong_speaker_lowers_attributed_only(acc):
    q, f = _perfect()
    q[1]["speaker"] = "Sari Dewi"
    r = _score(acc, q, f)
    assert _f(r, "quotes") == 1.0
    assert _f(r, "quotes_attributed") == 0.5  # 1 of 2 predictions right, 1 of 2 gold quotes found
    assert any("wrong speaker" in e for e in r["events"]["mini-a01"])
    q[1]["speaker"] = None
    assert _f(_score(acc, q, f), "quotes_attributed") == 0.5


def test_scorer_null_gold_speaker_matches_null_prediction(acc):
    art = copy.deepcopy(MINI)
    art["quotes"][1].update(speaker=None, aliases=[])
    q, f = _perfect()
    q[1]["speaker"] = None
    assert _f(_score(acc, q, f, art), "quotes_attributed") == 1.0
    q[1]["speaker"] = "Budi"
    assert _f(_score(acc, q, f, art), "quotes_attributed") == 0.5


def test_scorer_ambiguous_gold_changes_nothing(acc):
    q, f = _perfect()
    base = _score(acc, q, f)
    q.append({"text": "aturan itu perlu dikaji ulang", "speaker": "Sari Dewi", "kind": "indirect", "paragraph": 2})
    f.append({"text": "2", "value": 2, "upper": None, "unit": None, "paragraph": 2})
    r = _score(acc, q, f)
    assert r["scores"] == base["scores"]
    assert r["counts"]["q_pred"] == base["counts"]["q_pred"] and r["counts"]["f_pred"] == base["counts"]["f_pred"]
    assert (r["counts"]["q_amb_match"], r["counts"]["f_amb_match"]) == (1, 1)
    assert r["events"] == {}


def test_scorer_extra_prediction_lowers_precision(acc):
    q, f = _perfect()
    q.append({"text": "harga kopi naik tajam", "speaker": "Budi Santoso", "kind": "indirect", "paragraph": 2})
    f.append({"text": "1", "value": 1, "upper": None, "unit": None, "paragraph": 2})
    r = _score(acc, q, f)
    for key in ("quotes", "quotes_attributed", "figures", "figures_with_unit"):
        assert r["scores"][key]["r"] == 1.0 and round(r["scores"][key]["p"], 6) == round(2 / 3, 6), key
    evs = r["events"]["mini-a01"]
    assert any(e.startswith("extra quote") for e in evs) and any(e.startswith("extra figure") for e in evs)


def test_scorer_miss_lowers_recall(acc):
    q, f = _perfect()
    r = _score(acc, q[:1], f[:1])
    for key in ("quotes", "figures"):
        assert r["scores"][key]["p"] == 1.0 and r["scores"][key]["r"] == 0.5, key
    evs = r["events"]["mini-a01"]
    assert any(e.startswith("missed quote") for e in evs) and any(e.startswith("missed figure") for e in evs)


def test_scorer_quote_text_threshold(acc):
    q, f = _perfect()
    q[1]["text"] = "\u201cKami akan memblokir 37 platform,\u201d"  # token F1 0.77 after stripping the marks
    assert _f(_score(acc, q, f), "quotes") == 1.0
    q[1]["text"] = "Kami akan"  # token F1 0.4
    assert _f(_score(acc, q, f), "quotes") == 0.5


def test_scorer_figure_value_upper_and_unit(acc):
    q, f = _perfect()
    f[0]["unit"] = "pengguna"
    r = _score(acc, q, f)
    assert _f(r, "figures") == 1.0 and _f(r, "figures_with_unit") == 0.5
    q, f = _perfect()
    f[1]["upper"] = None  # the range's start alone still matches by value
    assert _f(_score(acc, q, f), "figures") == 1.0
    f[1]["upper"] = 70000  # a different range does not
    assert _f(_score(acc, q, f), "figures") == 0.5
    f[1].update(value=35000.0000000001, upper=60000)  # score.py's tolerance
    assert _f(_score(acc, q, f), "figures") == 1.0


@pytest.mark.skipif(not SCORE_PY.is_file(), reason="../shared/eval/score.py is not present")
def test_scorer_agrees_with_score_py_without_ambiguous_items(acc):
    ref = _load("shared_score", SCORE_PY)
    art = copy.deepcopy(MINI)
    art["quotes"] = [g for g in art["quotes"] if not g["ambiguous"]]
    art["figures"] = [g for g in art["figures"] if not g["ambiguous"]]
    q, f = _perfect()
    q[0]["speaker"] = "Sari Dewi"
    q.append({"text": "harga kopi naik tajam", "speaker": "Budi", "kind": "indirect", "paragraph": 2})
    f[0]["unit"] = None
    f.append({"text": "2", "value": 2, "upper": None, "unit": "skor", "paragraph": 2})
    mine = _score(acc, q, f, art)["scores"]
    gold = {"u": {**art, "url": "u", "_file": "mini.gold.json"}}
    theirs = ref.score(gold, {"u": {"url": "u", "quotes": q, "figures": f}})
    for key in ("quotes", "quotes_attributed", "figures", "figures_with_unit"):
        assert mine[key] == pytest.approx(theirs[key]), key
