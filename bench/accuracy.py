"""Accuracy of quote and figure extraction on the hand-annotated article sets in ``tests/eval``.

    .venv/bin/python bench/accuracy.py [--verbose] [SET.json ...]

Runs ``find_quotes`` and ``find_figures`` on the paragraphs of every article of every set
(default: ``tests/eval/set*.json``; see ``tests/eval/README.md`` for the format) and prints one
row per set and a total row: expected (gold), predicted and matched counts, quotes F1, attributed
F1 (matched and right speaker), figures F1 and figures-with-unit F1. ``--verbose`` also lists
every missed quote or figure, every false positive, every wrong speaker and every wrong unit.

Matching follows ``../shared/eval/score.py`` (``token_f1``, ``speaker_ok``, ``match_greedy``,
``figure_value_ok``, ``figure_unit_ok`` are the same rules):

- quotes: greedy by token F1 of the normalised texts (quote marks and the closing comma
  stripped), F1 >= 0.6, each prediction and gold quote used once; the paragraph is not compared.
  Attributed = matched and the speaker equals (normalised) the gold speaker or one of its
  aliases; a null gold speaker is matched by a null prediction. P/R/F1 of "attributed" are
  counted as score.py counts ``quotes_attributed``: right-speaker pairs against all predictions
  and all gold quotes.
- figures: equal ``value``; when both the prediction and the gold item have an ``upper``
  (a range), the uppers must be equal too (score.py does not look at ``upper``). "With unit"
  also needs the gold unit's first word among the predicted unit's words; a null gold unit is
  not checked.
- gold items with ``"ambiguous": true`` (the README does not settle them) are matched after the
  others, against the predictions left over; they count as neither hit nor miss, and a
  prediction they absorb is not a false positive. A gold quote with ``"speaker_ambiguous": true``
  counts for the quotes score but is left out of the attributed score when it is matched.

The scoring functions use only the standard library; only ``predict`` imports the project.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

EVAL_DIR = ROOT / "tests" / "eval"
QUOTE_CHARS = "\"'“”‘’«»„"
QUOTE_THRESHOLD = 0.6


# ----------------------------------------------------------------- the rules of score.py
def norm(s: str | None) -> str:
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", str(s))
    return re.sub(r"\s+", " ", s).strip().casefold()


def tokens(s: str | None) -> list[str]:
    return re.findall(r"\w+", norm(s))


def token_f1(pred: str | None, gold: str | None) -> float:
    p, g = Counter(tokens(pred)), Counter(tokens(gold))
    if not p and not g:
        return 1.0
    if not p or not g:
        return 0.0
    common = sum((p & g).values())
    if common == 0:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def strip_quotes(s: str | None) -> str:
    return (s or "").strip().strip(QUOTE_CHARS + " ,.")


def speaker_ok(pred: str | None, gold: dict) -> bool:
    """score.py's rule, plus: a gold quote without a speaker is matched by a prediction without one."""
    if norm(gold.get("speaker")) == "" and not gold.get("aliases"):
        return norm(pred) == ""
    names = {norm(gold.get("speaker"))} | {norm(a) for a in gold.get("aliases") or []}
    return norm(pred) in names and norm(pred) != ""


def match_greedy(preds, golds, sim, threshold):
    """Pair predictions to gold items by descending similarity; each used once."""
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            s = sim(p, g)
            if s >= threshold:
                pairs.append((s, i, j))
    pairs.sort(reverse=True)
    used_p, used_g, out = set(), set(), []
    for s, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def quote_sim(p, g) -> float:
    return token_f1(strip_quotes(p.get("text")), strip_quotes(g.get("text")))


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def _same(a, b) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-9 * max(1.0, abs(b))


def figure_value_ok(p, g) -> bool:
    """score.py's rule (equal value), and equal uppers when both sides give one."""
    if not _same(num(p.get("value")), num(g.get("value"))):
        return False
    pu, gu = num(p.get("upper")), num(g.get("upper"))
    return pu is None or gu is None or _same(pu, gu)


def figure_unit_ok(p, g) -> bool:
    """The gold unit's head word (its first token) must appear in the predicted unit."""
    gu = tokens(g.get("unit"))
    if not gu:
        return True
    return gu[0] in tokens(p.get("unit"))


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp, fp, fn):
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if self.fn == 0 else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


# ----------------------------------------------------------------- scoring
def _split(items):
    counted = [x for x in items if not x.get("ambiguous")]
    ambiguous = [x for x in items if x.get("ambiguous")]
    return counted, ambiguous


def _soak(preds, matched_p, amb, sim, threshold):
    """Indices of the predictions left over that ambiguous gold items absorb."""
    rest = [i for i in range(len(preds)) if i not in matched_p]
    return {rest[i] for i, _ in match_greedy([preds[i] for i in rest], amb, sim, threshold)}


def score_article(art: dict, pred_quotes: list[dict], pred_figures: list[dict]) -> dict:
    """Counts for one article and the list of its disagreements (for --verbose)."""
    c = Counter()
    events: list[str] = []
    # quotes
    gq, aq = _split(art.get("quotes", []))
    pq = pred_quotes
    pairs = match_greedy(pq, gq, quote_sim, QUOTE_THRESHOLD)
    matched_p = {i for i, _ in pairs}
    soaked = _soak(pq, matched_p, aq, quote_sim, QUOTE_THRESHOLD)
    n_pred = len(pq) - len(soaked)
    c["q_gold"] += len(gq)
    c["q_pred"] += n_pred
    c["q_match"] += len(pairs)
    c["q_amb_gold"] += len(aq)
    c["q_amb_match"] += len(soaked)
    sa = [(i, j) for i, j in pairs if gq[j].get("speaker_ambiguous")]
    attr = sum(1 for i, j in pairs if not gq[j].get("speaker_ambiguous") and speaker_ok(pq[i].get("speaker"), gq[j]))
    c["q_attr"] += attr
    c["q_attr_pred"] += n_pred - len(sa)
    c["q_attr_gold"] += len(gq) - len(sa)
    matched_g = {j for _, j in pairs}
    for j, g in enumerate(gq):
        if j not in matched_g:
            events.append(f"missed quote p{g.get('paragraph')} {g.get('kind')} ({g.get('speaker')}):"
                          f" {g['text'][:90]!r}")
    for i, j in sorted(pairs, key=lambda x: x[1]):
        p, g = pq[i], gq[j]
        if g.get("speaker_ambiguous"):
            continue
        if not speaker_ok(p.get("speaker"), g):
            events.append(f"wrong speaker p{p.get('paragraph')}: got {p.get('speaker')!r} want {g.get('speaker')!r}"
                          f" ({g.get('kind')}): {g['text'][:60]!r}")
        if p.get("kind") and g.get("kind") and p.get("kind") != g.get("kind"):
            events.append(f"kind p{p.get('paragraph')}: got {p.get('kind')} want {g.get('kind')}: {g['text'][:60]!r}")
    for i, p in enumerate(pq):
        if i not in matched_p and i not in soaked:
            events.append(f"extra quote p{p.get('paragraph')} {p.get('kind')} ({p.get('speaker')!r}, "
                          f"cue={p.get('cue')!r}): {str(p.get('text'))[:90]!r}")

    # figures: by value (same unit and paragraph preferred among equal values), then with unit
    gf, af = _split(art.get("figures", []))
    pf = pred_figures

    def vsim(p, g):
        if not figure_value_ok(p, g):
            return 0.0
        return 1.0 + 0.5 * figure_unit_ok(p, g) + 0.25 * (p.get("paragraph") == g.get("paragraph"))

    def usim(p, g):
        if not (figure_value_ok(p, g) and figure_unit_ok(p, g)):
            return 0.0
        return 1.0 + 0.25 * (p.get("paragraph") == g.get("paragraph"))

    vpairs = match_greedy(pf, gf, vsim, 1.0)
    vmatched = {i for i, _ in vpairs}
    fsoaked = _soak(pf, vmatched, af, lambda p, g: 1.0 if figure_value_ok(p, g) else 0.0, 1.0)
    counted = [i for i in range(len(pf)) if i not in fsoaked]
    upairs_local = match_greedy([pf[i] for i in counted], gf, usim, 1.0)
    n_fpred = len(counted)
    c["f_gold"] += len(gf)
    c["f_pred"] += n_fpred
    c["f_match"] += len(vpairs)
    c["f_unit"] += len(upairs_local)
    c["f_amb_gold"] += len(af)
    c["f_amb_match"] += len(fsoaked)
    vmatched_g = {j: i for i, j in vpairs}
    umatched_g = {j for _, j in upairs_local}
    for j, g in enumerate(gf):
        rng = "" if g.get("upper") is None else f"-{g['upper']}"
        if j not in vmatched_g:
            events.append(f"missed figure p{g.get('paragraph')} {g.get('text')!r} = {g.get('value')}{rng}"
                          f" {g.get('unit')}")
        elif j not in umatched_g:
            p = pf[vmatched_g[j]]
            events.append(f"wrong unit p{g.get('paragraph')} {g.get('text')!r} = {g.get('value')}: "
                          f"got {p.get('unit')!r} want {g.get('unit')!r}")
    for i, p in enumerate(pf):
        if i not in vmatched and i not in fsoaked:
            rng = "" if p.get("upper") is None else f"-{p['upper']}"
            events.append(f"extra figure p{p.get('paragraph')} {p.get('text')!r} = {p.get('value')}{rng}"
                          f" {p.get('unit')!r}")
    return {"counts": c, "events": events}


def summarise(c: Counter) -> dict:
    """P/R/F1 from summed counts."""
    def prf(tp, pred, gold):
        t = Tally()
        t.add(tp, pred - tp, gold - tp)
        return dict(zip("prf", t.prf()))

    return {
        "quotes": prf(c["q_match"], c["q_pred"], c["q_gold"]),
        "quotes_attributed": prf(c["q_attr"], c["q_attr_pred"], c["q_attr_gold"]),
        "figures": prf(c["f_match"], c["f_pred"], c["f_gold"]),
        "figures_with_unit": prf(c["f_unit"], c["f_pred"], c["f_gold"]),
    }


def score_set(articles: list[dict], predictions: dict[str, tuple[list, list]]) -> dict:
    """``predictions``: article id -> (quotes, figures). Returns counts, scores and events per article."""
    total = Counter()
    events = {}
    for art in articles:
        pq, pf = predictions.get(art["id"], ([], []))
        r = score_article(art, pq, pf)
        total.update(r["counts"])
        if r["events"]:
            events[art["id"]] = r["events"]
    return {"articles": len(articles), "counts": total, "scores": summarise(total), "events": events}


# ----------------------------------------------------------------- running the extractor
def load_set(path) -> list[dict]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def set_files() -> list[Path]:
    return sorted(EVAL_DIR.glob("set*.json"))


def predict(articles: list[dict]) -> dict[str, tuple[list, list]]:
    from extract.figures import find_figures
    from extract.quotes import find_quotes

    return {a["id"]: (find_quotes(list(a["paragraphs"])), find_figures(list(a["paragraphs"]))) for a in articles}


def run_set(path) -> dict:
    arts = load_set(path)
    return score_set(arts, predict(arts))


HEADER = (f"{'set':<6} {'arts':>4} | {'quotes exp':>10} {'pred':>4} {'match':>5} {'attr':>4} {'F1':>6} {'attr F1':>7} |"
          f" {'figs exp':>8} {'pred':>4} {'match':>5} {'unit':>4} {'F1':>6} {'unit F1':>7}")


def row(name: str, r: dict) -> str:
    c, s = r["counts"], r["scores"]
    return (f"{name:<6} {r['articles']:>4} | {c['q_gold']:>10} {c['q_pred']:>4} {c['q_match']:>5} {c['q_attr']:>4}"
            f" {s['quotes']['f']:>6.3f} {s['quotes_attributed']['f']:>7.3f} |"
            f" {c['f_gold']:>8} {c['f_pred']:>4} {c['f_match']:>5} {c['f_unit']:>4}"
            f" {s['figures']['f']:>6.3f} {s['figures_with_unit']['f']:>7.3f}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", type=Path, help="set files (default: tests/eval/set*.json)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss, false positive and wrong speaker")
    a = ap.parse_args(argv)
    files = a.sets or set_files()
    if not files:
        print(f"no set*.json in {EVAL_DIR}", file=sys.stderr)
        return 2
    results = {}
    for f in files:
        results[f.stem] = run_set(f)
    if a.verbose:
        for name, r in results.items():
            for aid, evs in r["events"].items():
                print(f"[{aid}]")
                for e in evs:
                    print("  " + e)
        print()
    print(HEADER)
    print("-" * len(HEADER))
    total = Counter()
    for name, r in results.items():
        print(row(name, r))
        total.update(r["counts"])
    print("-" * len(HEADER))
    print(row("total", {"articles": sum(r["articles"] for r in results.values()), "counts": total,
                        "scores": summarise(total)}))
    amb = (f"ambiguous gold items (not counted): quotes {total['q_amb_gold']} ({total['q_amb_match']} predicted),"
           f" figures {total['f_amb_gold']} ({total['f_amb_match']} predicted)")
    print(amb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
